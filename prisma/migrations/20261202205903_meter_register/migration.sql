-- AlterEnum
ALTER TYPE "MeterStatus" ADD VALUE 'UNSEALED';

-- AlterTable
ALTER TABLE "request" ADD COLUMN     "meter_id" UUID;

-- AlterTable
-- (verification_due_on is filled in below, once the intervals exist, then made NOT NULL.)
ALTER TABLE "meter" ADD COLUMN     "final_reading" DECIMAL(12,3),
ADD COLUMN     "retired_at" TIMESTAMPTZ(3),
ADD COLUMN     "verification_due_on" DATE;

-- CreateTable
CREATE TABLE "meter_verification_interval" (
    "city_id" UUID NOT NULL,
    "kind" "MeterKind" NOT NULL,
    "months" SMALLINT NOT NULL,

    CONSTRAINT "meter_verification_interval_pkey" PRIMARY KEY ("city_id","kind")
);

-- CreateTable
CREATE TABLE "meter_verification_reminder" (
    "meter_id" UUID NOT NULL,
    "due_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meter_verification_reminder_pkey" PRIMARY KEY ("meter_id","due_on")
);

-- CreateIndex
CREATE INDEX "request_meter_id_idx" ON "request"("meter_id");

-- CreateIndex
CREATE INDEX "meter_verification_due_on_idx" ON "meter"("verification_due_on");

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_meter_id_fkey" FOREIGN KEY ("meter_id") REFERENCES "meter"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_verification_interval" ADD CONSTRAINT "meter_verification_interval_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "city"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_verification_reminder" ADD CONSTRAINT "meter_verification_reminder_meter_id_fkey" FOREIGN KEY ("meter_id") REFERENCES "meter"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Hand-written: the data the new columns start with, and rules Prisma's schema language cannot express.

-- Every existing city gets the default intervals (packages/domain meters/verification.ts), in months.
INSERT INTO "meter_verification_interval" ("city_id", "kind", "months")
SELECT c."id", d."kind"::"MeterKind", d."months"
FROM "city" c
CROSS JOIN (VALUES ('COLD_WATER', 72), ('HOT_WATER', 48), ('HEATING', 48), ('GAS', 120), ('ELECTRICITY', 192))
  AS d("kind", "months");

-- Meters already registered are due their city's interval after their last verification (PostgreSQL adds
-- months as the domain does: the same day, or the month's last day).
UPDATE "meter" m SET "verification_due_on" = (m."verified_on" + make_interval(months => i."months"))::date
FROM "premises" p, "building" b, "district" d, "meter_verification_interval" i
WHERE p."id" = m."premises_id" AND b."id" = p."building_id" AND d."id" = b."district_id"
  AND i."city_id" = d."city_id" AND i."kind" = m."kind";
ALTER TABLE "meter" ALTER COLUMN "verification_due_on" SET NOT NULL;

-- Meters retired before the column existed (annulled registrations) left the register when they came on it.
UPDATE "meter" SET "retired_at" = "registered_at" WHERE "status" = 'RETIRED';

-- A meter is retired exactly when it has left the register, and only a retired one has a final reading,
-- never below its initial figure.
ALTER TABLE "meter" ADD CONSTRAINT "meter_retired_at_check" CHECK (("status" = 'RETIRED') = ("retired_at" IS NOT NULL));
ALTER TABLE "meter" ADD CONSTRAINT "meter_final_reading_check"
  CHECK ("final_reading" IS NULL OR ("status" = 'RETIRED' AND "final_reading" >= "initial_reading"));
ALTER TABLE "meter" ADD CONSTRAINT "meter_initial_reading_check" CHECK ("initial_reading" >= 0);
ALTER TABLE "meter" ADD CONSTRAINT "meter_verification_due_on_check" CHECK ("verification_due_on" > "verified_on");
ALTER TABLE "meter_verification_interval" ADD CONSTRAINT "meter_verification_interval_months_check"
  CHECK ("months" BETWEEN 12 AND 240);
