-- Hand-written: what CLOSED_UNCONFIRMED (a repair the platform closed because the resident did not answer in
-- time) means to the database. A migration of its own: PostgreSQL cannot use an enum value in the transaction
-- that added it.

-- A repair may be closed without confirmation.
ALTER TABLE "request" DROP CONSTRAINT "request_status_of_kind_check";
ALTER TABLE "request" ADD CONSTRAINT "request_status_of_kind_check"
  CHECK (
    ("kind" = 'REPAIR' AND "status" IN ('NEW', 'ROUTED', 'ASSIGNED', 'IN_PROGRESS', 'WORK_DONE', 'VERIFIED',
                                         'CLOSED', 'CLOSED_UNCONFIRMED', 'RETURNED', 'REOPENED', 'CANCELLED'))
    OR ("kind" = 'E_SERVICE' AND "status" IN ('SUBMITTED', 'REGISTERED', 'IN_REVIEW', 'AWAITING_PAYMENT',
                                               'APPROVED', 'REFUSED', 'INVALID'))
  );

-- It is closed, so it says when; and exactly it has a deadline for the resident's reopening, not before the close.
ALTER TABLE "request" DROP CONSTRAINT "request_closed_at_check";
ALTER TABLE "request" ADD CONSTRAINT "request_closed_at_check"
  CHECK (("status" IN ('CLOSED', 'CLOSED_UNCONFIRMED', 'CANCELLED')) = ("closed_at" IS NOT NULL));
ALTER TABLE "request" ADD CONSTRAINT "request_reopen_until_check"
  CHECK (("status" = 'CLOSED_UNCONFIRMED') = ("reopen_until" IS NOT NULL)
         AND ("reopen_until" IS NULL OR "reopen_until" >= "closed_at"));

-- Only the resident's confirmation lets them rate (the service allows CLOSED alone); a rating an auto-closed
-- request received before this migration stays with it.
ALTER TABLE "request" DROP CONSTRAINT "request_rating_when_closed_check";
ALTER TABLE "request" ADD CONSTRAINT "request_rating_when_closed_check"
  CHECK ("rating" IS NULL OR "status" IN ('CLOSED', 'CLOSED_UNCONFIRMED'));

-- The figures: a request closed without confirmation is resolved (the company finished, the request ended) but
-- never "confirmed"; CLOSED now means confirmed by the resident, so no timeline lookup is needed for it.
-- Same columns as before, so the view is replaced in place.
CREATE OR REPLACE VIEW "request_metric_source" AS
SELECT v.*,
       "request_duration_bucket"(v."seconds_to_assign") AS "assign_bucket",
       "request_duration_bucket"(v."seconds_to_close") AS "close_bucket"
FROM (
  SELECT
    r."id" AS "request_id",
    r."city_id",
    r."kind",
    r."category_id",
    b."district_id",
    r."organization_id",
    r."contractor_organization_id" AS "contractor_id",
    r."status",
    r."created_at",
    (r."created_at" AT TIME ZONE c."time_zone")::date AS "created_day",
    r."deadline_at",
    floor(extract(epoch FROM (assigned."at" - r."created_at")))::integer AS "seconds_to_assign",
    resolved."closed_at",
    (resolved."closed_at" AT TIME ZONE c."time_zone")::date AS "closed_day",
    floor(extract(epoch FROM (resolved."closed_at" - r."created_at")))::integer AS "seconds_to_close",
    CASE WHEN resolved."closed_at" IS NOT NULL
         THEN COALESCE(r."verified_at", resolved."closed_at") <= r."deadline_at" END AS "within_sla",
    CASE WHEN r."status" IN ('CLOSED', 'CLOSED_UNCONFIRMED') THEN r."status" = 'CLOSED' END AS "confirmed",
    (SELECT count(*) FROM "request_event" e
      WHERE e."request_id" = r."id" AND e."type" IN ('RETURNED', 'REOPENED'))::integer AS "rework_count",
    r."rating"
  FROM "request" r
  JOIN "city" c ON c."id" = r."city_id"
  LEFT JOIN "building" b ON b."id" = r."building_id"
  LEFT JOIN "application" a ON a."request_id" = r."id"
  CROSS JOIN LATERAL (
    SELECT CASE
             WHEN r."status" IN ('CLOSED', 'CLOSED_UNCONFIRMED') THEN r."closed_at"
             WHEN r."status" IN ('APPROVED', 'REFUSED', 'INVALID') THEN a."decided_at"
           END AS "closed_at"
  ) resolved
  LEFT JOIN LATERAL (
    SELECT min(e."created_at") AS "at" FROM "request_event" e
     WHERE e."request_id" = r."id" AND e."type" IN ('ASSIGNED', 'REGISTERED')
  ) assigned ON true
) v;

-- Requests the platform closed before this migration: a closed repair whose closing step (its latest event that
-- led to CLOSED) was the system's AUTO_CLOSED. They become CLOSED_UNCONFIRMED, with the default window
-- (REOPEN_AFTER_AUTO_CLOSE_DAYS = 14) from their closing, and their closing event says so too.
CREATE TEMPORARY TABLE "auto_closed_request" ON COMMIT DROP AS
SELECT r."id", last_close."event_id"
  FROM "request" r
  CROSS JOIN LATERAL (
    SELECT e."id" AS "event_id", e."type", e."actor_id"
      FROM "request_event" e
     WHERE e."request_id" = r."id" AND e."to_status" = 'CLOSED'
     ORDER BY e."position" DESC
     LIMIT 1
  ) last_close
 WHERE r."kind" = 'REPAIR' AND r."status" = 'CLOSED'
   AND last_close."type" = 'AUTO_CLOSED' AND last_close."actor_id" IS NULL;

UPDATE "request" r
   SET "status" = 'CLOSED_UNCONFIRMED',
       "reopen_until" = r."closed_at" + interval '14 days',
       "version" = r."version" + 1
  FROM "auto_closed_request" a
 WHERE a."id" = r."id";

UPDATE "request_event" e
   SET "to_status" = 'CLOSED_UNCONFIRMED'
  FROM "auto_closed_request" a
 WHERE a."event_id" = e."id";

-- Their metric rows (and, through the trigger, the rollups) follow the new status.
UPDATE "request_metric" m
   SET "status" = s."status", "confirmed" = s."confirmed"
  FROM "request_metric_source" s, "auto_closed_request" a
 WHERE s."request_id" = a."id" AND m."request_id" = a."id";
