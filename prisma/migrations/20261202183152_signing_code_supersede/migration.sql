-- AlterTable
ALTER TABLE "one_time_code" ADD COLUMN     "superseded_at" TIMESTAMPTZ(3);


-- One live code per application (neither consumed nor superseded). Codes already on record: every
-- unconsumed code but the newest of its application counts as superseded by the next one sent.
UPDATE "one_time_code" c
   SET "superseded_at" = (SELECT min(n."created_at") FROM "one_time_code" n
                           WHERE n."request_id" = c."request_id" AND n."created_at" > c."created_at")
 WHERE c."consumed_at" IS NULL
   AND EXISTS (SELECT 1 FROM "one_time_code" n
                WHERE n."request_id" = c."request_id" AND n."created_at" > c."created_at");
-- Codes sent in the same millisecond leave the lowest id live.
UPDATE "one_time_code" c
   SET "superseded_at" = c."created_at"
 WHERE c."consumed_at" IS NULL AND c."superseded_at" IS NULL
   AND EXISTS (SELECT 1 FROM "one_time_code" n
                WHERE n."request_id" = c."request_id" AND n."consumed_at" IS NULL AND n."superseded_at" IS NULL
                  AND n."created_at" = c."created_at" AND n."id" < c."id");
CREATE UNIQUE INDEX "one_time_code_live_key" ON "one_time_code" ("request_id")
  WHERE "consumed_at" IS NULL AND "superseded_at" IS NULL;
