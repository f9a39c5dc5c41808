-- AlterTable
ALTER TABLE "application" ADD COLUMN     "access_code_hash" CHAR(64);

-- CreateTable
CREATE TABLE "contact_confirmation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "code_hash" CHAR(64) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),
    "superseded_at" TIMESTAMPTZ(3),

    CONSTRAINT "contact_confirmation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "contact_confirmation_user_id_email_created_at_idx" ON "contact_confirmation"("user_id", "email", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "contact_confirmation" ADD CONSTRAINT "contact_confirmation_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- One live code per user and address: a new code supersedes the last in the same transaction.
CREATE UNIQUE INDEX "contact_confirmation_live_key" ON "contact_confirmation"("user_id", "email")
  WHERE "confirmed_at" IS NULL AND "superseded_at" IS NULL;
ALTER TABLE "contact_confirmation" ADD CONSTRAINT "contact_confirmation_email_lower"
  CHECK ("email" = lower("email"));
ALTER TABLE "contact_confirmation" ADD CONSTRAINT "contact_confirmation_attempts_range"
  CHECK ("attempts" BETWEEN 0 AND 5);
