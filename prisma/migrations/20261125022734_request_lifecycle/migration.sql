-- DropIndex
DROP INDEX "request_event_request_id_created_at_idx";

-- AlterTable
ALTER TABLE "request" ADD COLUMN     "escalated_at" TIMESTAMPTZ(3),
ADD COLUMN     "rating_comment" TEXT,
ADD COLUMN     "verified_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "request_event" ADD COLUMN     "position" BIGSERIAL NOT NULL;

-- CreateIndex
CREATE INDEX "request_status_verified_at_idx" ON "request"("status", "verified_at");

-- CreateIndex
CREATE UNIQUE INDEX "request_event_position_key" ON "request_event"("position");

-- CreateIndex
CREATE INDEX "request_event_request_id_position_idx" ON "request_event"("request_id", "position");


-- Hand-written: a verified request knows when; only a closed request can carry a rating.
ALTER TABLE "request" ADD CONSTRAINT "request_verified_at_check"
  CHECK ("status" <> 'VERIFIED' OR "verified_at" IS NOT NULL);
ALTER TABLE "request" ADD CONSTRAINT "request_rating_when_closed_check"
  CHECK ("rating" IS NULL OR "status" = 'CLOSED');
