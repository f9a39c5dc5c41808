-- CreateTable
CREATE TABLE "idempotency_key" (
    "scope" VARCHAR(80) NOT NULL,
    "key" VARCHAR(255) NOT NULL,
    "operation" VARCHAR(64) NOT NULL,
    "fingerprint" CHAR(64) NOT NULL,
    "claim_token" UUID,
    "locked_until" TIMESTAMPTZ(3),
    "resource_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "completed_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("scope","key")
);

-- CreateIndex
CREATE INDEX "idempotency_key_expires_at_idx" ON "idempotency_key"("expires_at");

