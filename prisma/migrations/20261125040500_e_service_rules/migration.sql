-- Hand-written rules for e-services (a migration of its own: PostgreSQL cannot use enum values added
-- in the same transaction).

-- A repair request is always about a building and says what is wrong; each kind has its own statuses.
ALTER TABLE "request" ADD CONSTRAINT "request_repair_fields_check"
  CHECK ("kind" <> 'REPAIR' OR ("building_id" IS NOT NULL AND "description" IS NOT NULL));
ALTER TABLE "request" ADD CONSTRAINT "request_status_of_kind_check"
  CHECK (
    ("kind" = 'REPAIR' AND "status" IN ('NEW', 'ROUTED', 'ASSIGNED', 'IN_PROGRESS', 'WORK_DONE', 'VERIFIED',
                                         'CLOSED', 'RETURNED', 'REOPENED', 'CANCELLED'))
    OR ("kind" = 'E_SERVICE' AND "status" IN ('SUBMITTED', 'REGISTERED', 'IN_REVIEW', 'AWAITING_PAYMENT',
                                               'APPROVED', 'REFUSED', 'INVALID'))
  );

-- Meter-reading window: days of the month that exist in every month.
ALTER TABLE "city" ADD CONSTRAINT "city_meter_reading_window_check"
  CHECK ("meter_reading_from_day" BETWEEN 1 AND 28 AND "meter_reading_to_day" BETWEEN "meter_reading_from_day" AND 28);

-- Money is positive; an application has at most one live payment, so paying twice never charges twice.
ALTER TABLE "payment" ADD CONSTRAINT "payment_amount_check" CHECK ("amount" > 0);
ALTER TABLE "application" ADD CONSTRAINT "application_amount_due_check" CHECK ("amount_due" IS NULL OR "amount_due" > 0);
ALTER TABLE "utility_account" ADD CONSTRAINT "utility_account_debt_check" CHECK ("debt" >= 0);
CREATE UNIQUE INDEX "payment_one_live_per_request_idx" ON "payment" ("request_id")
  WHERE "status" IN ('PENDING', 'SUCCEEDED');

-- A review task that is done says when.
ALTER TABLE "review_task" ADD CONSTRAINT "review_task_completed_check"
  CHECK (("status" = 'DONE') = ("completed_at" IS NOT NULL));

-- Plausible household sizes and readings.
ALTER TABLE "household_size_record" ADD CONSTRAINT "household_size_record_size_check" CHECK ("size" BETWEEN 0 AND 50);
ALTER TABLE "meter_reading" ADD CONSTRAINT "meter_reading_value_check" CHECK ("value" >= 0);
ALTER TABLE "meter_reading" ADD CONSTRAINT "meter_reading_period_check"
  CHECK (EXTRACT(DAY FROM "period") = 1);
