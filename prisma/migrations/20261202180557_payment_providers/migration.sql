-- CreateEnum
CREATE TYPE "PaymentCallbackOutcome" AS ENUM ('SUCCEEDED', 'FAILED', 'ALREADY_SETTLED');

-- AlterTable
ALTER TABLE "city" ADD COLUMN     "demo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "payment" ADD COLUMN     "checkout_url" TEXT;

-- CreateTable
CREATE TABLE "payment_callback" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "provider" VARCHAR(32) NOT NULL,
    "event_id" VARCHAR(255) NOT NULL,
    "payment_id" UUID NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "outcome" "PaymentCallbackOutcome" NOT NULL,

    CONSTRAINT "payment_callback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "payment_callback_payment_id_idx" ON "payment_callback"("payment_id");

-- CreateIndex
CREATE UNIQUE INDEX "payment_callback_provider_event_id_key" ON "payment_callback"("provider", "event_id");

-- AddForeignKey
ALTER TABLE "payment_callback" ADD CONSTRAINT "payment_callback_payment_id_fkey" FOREIGN KEY ("payment_id") REFERENCES "payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Checkouts opened before the URL was stored were the demo provider's, whose page is /pay/demo/<ref>.
UPDATE "payment" SET "checkout_url" = '/pay/demo/' || "provider_ref" WHERE "provider" = 'demo';
