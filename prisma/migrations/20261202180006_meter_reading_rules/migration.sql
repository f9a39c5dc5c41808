-- AlterTable
ALTER TABLE "city" ADD COLUMN     "meter_reading_jump_multiple" SMALLINT NOT NULL DEFAULT 3;

-- AlterTable: meters registered before this column existed take the figure their registration application
-- asked for (the form has had a required `initialReading`), never above a reading already taken; 0 without one.
ALTER TABLE "meter" ADD COLUMN     "initial_reading" DECIMAL(12,3);
UPDATE "meter" m SET "initial_reading" = COALESCE((
  SELECT replace(a."answers"->>'initialReading', ',', '.')::DECIMAL(12,3)
  FROM "application" a
  WHERE a."request_id" = m."request_id" AND a."answers"->>'initialReading' ~ '^\d{1,9}([.,]\d{1,3})?$'
), 0);
UPDATE "meter" m SET "initial_reading" = r.lowest
FROM (SELECT "meter_id", min("value") AS lowest FROM "meter_reading" GROUP BY "meter_id") r
WHERE r."meter_id" = m."id" AND r.lowest < m."initial_reading";
ALTER TABLE "meter" ALTER COLUMN "initial_reading" SET NOT NULL;
