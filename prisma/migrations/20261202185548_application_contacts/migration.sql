-- AlterTable
ALTER TABLE "notification" ADD COLUMN     "address" TEXT,
ALTER COLUMN "recipient_id" DROP NOT NULL;


-- A notification is for a user, or for an address given in an application (or both).
ALTER TABLE "notification" ADD CONSTRAINT "notification_recipient_check"
  CHECK ("recipient_id" IS NOT NULL OR "address" IS NOT NULL);
