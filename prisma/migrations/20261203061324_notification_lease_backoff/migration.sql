-- AlterTable
ALTER TABLE "notification" ADD COLUMN     "leased_by" VARCHAR(64),
ADD COLUMN     "leased_until" TIMESTAMPTZ(3),
ADD COLUMN     "next_attempt_at" TIMESTAMPTZ(3);

