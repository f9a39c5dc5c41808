-- CreateEnum
CREATE TYPE "ReviewTaskStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "SignatureMethod" AS ENUM ('ONE_TIME_CODE');

-- CreateEnum
CREATE TYPE "MeterKind" AS ENUM ('COLD_WATER', 'HOT_WATER', 'HEATING', 'ELECTRICITY', 'GAS');

-- CreateEnum
CREATE TYPE "MeterStatus" AS ENUM ('AWAITING_SEAL', 'ACTIVE', 'RETIRED');

-- AlterEnum
ALTER TYPE "SlaUnit" ADD VALUE 'DAY_OF_NEXT_MONTH';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "RequestStatus" ADD VALUE 'SUBMITTED';
ALTER TYPE "RequestStatus" ADD VALUE 'REGISTERED';
ALTER TYPE "RequestStatus" ADD VALUE 'IN_REVIEW';
ALTER TYPE "RequestStatus" ADD VALUE 'AWAITING_PAYMENT';
ALTER TYPE "RequestStatus" ADD VALUE 'APPROVED';
ALTER TYPE "RequestStatus" ADD VALUE 'REFUSED';
ALTER TYPE "RequestStatus" ADD VALUE 'INVALID';

-- AlterEnum
ALTER TYPE "RequestChannel" ADD VALUE 'OFFICE';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "RequestEventType" ADD VALUE 'SUBMITTED';
ALTER TYPE "RequestEventType" ADD VALUE 'SIGNED';
ALTER TYPE "RequestEventType" ADD VALUE 'REGISTERED';
ALTER TYPE "RequestEventType" ADD VALUE 'REVIEW_STARTED';
ALTER TYPE "RequestEventType" ADD VALUE 'TASK_CREATED';
ALTER TYPE "RequestEventType" ADD VALUE 'TASK_COMPLETED';
ALTER TYPE "RequestEventType" ADD VALUE 'PAYMENT_REQUESTED';
ALTER TYPE "RequestEventType" ADD VALUE 'PAID';
ALTER TYPE "RequestEventType" ADD VALUE 'PAYMENT_FAILED';
ALTER TYPE "RequestEventType" ADD VALUE 'APPROVED';
ALTER TYPE "RequestEventType" ADD VALUE 'REFUSED';
ALTER TYPE "RequestEventType" ADD VALUE 'INVALIDATED';
ALTER TYPE "RequestEventType" ADD VALUE 'SEALING_ORDERED';
ALTER TYPE "RequestEventType" ADD VALUE 'LIST_ENTRY_REMOVED';

-- AlterTable
ALTER TABLE "city" ADD COLUMN     "currency" CHAR(3) NOT NULL DEFAULT 'RUB',
ADD COLUMN     "meter_reading_from_day" SMALLINT NOT NULL DEFAULT 15,
ADD COLUMN     "meter_reading_to_day" SMALLINT NOT NULL DEFAULT 25;

-- AlterTable
ALTER TABLE "service_category" ADD COLUMN     "definition" JSONB;

-- AlterTable
ALTER TABLE "request" ADD COLUMN     "intake_organization_id" UUID,
ADD COLUMN     "kind" "ServiceKind" NOT NULL DEFAULT 'REPAIR',
ADD COLUMN     "parent_request_id" UUID,
ALTER COLUMN "building_id" DROP NOT NULL,
ALTER COLUMN "description" DROP NOT NULL;

-- AlterTable
ALTER TABLE "attachment" ADD COLUMN     "document_kind" VARCHAR(40);

-- CreateTable
CREATE TABLE "service_provider" (
    "category_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,

    CONSTRAINT "service_provider_pkey" PRIMARY KEY ("category_id","organization_id")
);

-- CreateTable
CREATE TABLE "service_district" (
    "category_id" UUID NOT NULL,
    "district_id" UUID NOT NULL,
    "enabled_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_district_pkey" PRIMARY KEY ("category_id","district_id")
);

-- CreateTable
CREATE TABLE "application" (
    "request_id" UUID NOT NULL,
    "answers" JSONB NOT NULL,
    "applicant_name" TEXT NOT NULL,
    "applicant_email" TEXT,
    "content_hash" CHAR(64) NOT NULL,
    "registered_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "amount_due" INTEGER,
    "decision" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "application_pkey" PRIMARY KEY ("request_id")
);

-- CreateTable
CREATE TABLE "review_task" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "request_id" UUID NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "status" "ReviewTaskStatus" NOT NULL DEFAULT 'OPEN',
    "assignee_id" UUID,
    "note" TEXT,
    "result" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "review_task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "payment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "request_id" UUID NOT NULL,
    "payer_id" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" "PaymentStatus" NOT NULL DEFAULT 'PENDING',
    "provider" VARCHAR(32) NOT NULL,
    "provider_ref" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "settled_at" TIMESTAMPTZ(3),

    CONSTRAINT "payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "issued_document" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "request_id" UUID NOT NULL,
    "number" VARCHAR(40) NOT NULL,
    "verification_code" VARCHAR(16) NOT NULL,
    "kind" VARCHAR(32) NOT NULL,
    "issuer_organization_id" UUID NOT NULL,
    "payload" JSONB NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "issued_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "signature" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "request_id" UUID NOT NULL,
    "signer_id" UUID NOT NULL,
    "method" "SignatureMethod" NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "sent_to" TEXT NOT NULL,
    "signed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "signature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "one_time_code" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "request_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "code_hash" CHAR(64) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "consumed_at" TIMESTAMPTZ(3),

    CONSTRAINT "one_time_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "waiting_list_entry" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "list_code" VARCHAR(64) NOT NULL,
    "request_id" UUID NOT NULL,
    "registered_at" TIMESTAMPTZ(3) NOT NULL,
    "removed_at" TIMESTAMPTZ(3),
    "removal_reason" TEXT,

    CONSTRAINT "waiting_list_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "utility_account" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "subscriber_code" VARCHAR(32) NOT NULL,
    "premises_id" UUID,
    "holder_name" TEXT NOT NULL,
    "debt" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "utility_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "household_size_record" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "premises_id" UUID NOT NULL,
    "size" SMALLINT NOT NULL,
    "effective_from" DATE NOT NULL,
    "request_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "household_size_record_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meter" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "premises_id" UUID NOT NULL,
    "kind" "MeterKind" NOT NULL,
    "serial_number" VARCHAR(40) NOT NULL,
    "seal_number" VARCHAR(40),
    "status" "MeterStatus" NOT NULL DEFAULT 'AWAITING_SEAL',
    "verified_on" DATE NOT NULL,
    "registered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "request_id" UUID,

    CONSTRAINT "meter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meter_reading" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meter_id" UUID NOT NULL,
    "period" DATE NOT NULL,
    "value" DECIMAL(12,3) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_by_id" UUID NOT NULL,

    CONSTRAINT "meter_reading_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "service_provider_organization_id_idx" ON "service_provider"("organization_id");

-- CreateIndex
CREATE INDEX "review_task_request_id_idx" ON "review_task"("request_id");

-- CreateIndex
CREATE INDEX "review_task_assignee_id_status_idx" ON "review_task"("assignee_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "payment_provider_ref_key" ON "payment"("provider_ref");

-- CreateIndex
CREATE INDEX "payment_request_id_idx" ON "payment"("request_id");

-- CreateIndex
CREATE UNIQUE INDEX "issued_document_number_key" ON "issued_document"("number");

-- CreateIndex
CREATE UNIQUE INDEX "issued_document_verification_code_key" ON "issued_document"("verification_code");

-- CreateIndex
CREATE INDEX "issued_document_request_id_idx" ON "issued_document"("request_id");

-- CreateIndex
CREATE UNIQUE INDEX "signature_request_id_key" ON "signature"("request_id");

-- CreateIndex
CREATE INDEX "one_time_code_request_id_created_at_idx" ON "one_time_code"("request_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "waiting_list_entry_request_id_key" ON "waiting_list_entry"("request_id");

-- CreateIndex
CREATE INDEX "waiting_list_entry_list_code_registered_at_idx" ON "waiting_list_entry"("list_code", "registered_at");

-- CreateIndex
CREATE INDEX "utility_account_premises_id_idx" ON "utility_account"("premises_id");

-- CreateIndex
CREATE UNIQUE INDEX "utility_account_organization_id_subscriber_code_key" ON "utility_account"("organization_id", "subscriber_code");

-- CreateIndex
CREATE UNIQUE INDEX "household_size_record_request_id_key" ON "household_size_record"("request_id");

-- CreateIndex
CREATE INDEX "household_size_record_premises_id_effective_from_idx" ON "household_size_record"("premises_id", "effective_from" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "meter_request_id_key" ON "meter"("request_id");

-- CreateIndex
CREATE INDEX "meter_premises_id_idx" ON "meter"("premises_id");

-- CreateIndex
CREATE UNIQUE INDEX "meter_kind_serial_number_key" ON "meter"("kind", "serial_number");

-- CreateIndex
CREATE UNIQUE INDEX "meter_reading_meter_id_period_key" ON "meter_reading"("meter_id", "period");

-- CreateIndex
CREATE INDEX "request_intake_organization_id_created_at_idx" ON "request"("intake_organization_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "request_parent_request_id_idx" ON "request"("parent_request_id");

-- AddForeignKey
ALTER TABLE "service_provider" ADD CONSTRAINT "service_provider_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "service_category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_provider" ADD CONSTRAINT "service_provider_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_district" ADD CONSTRAINT "service_district_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "service_category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_district" ADD CONSTRAINT "service_district_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_intake_organization_id_fkey" FOREIGN KEY ("intake_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_parent_request_id_fkey" FOREIGN KEY ("parent_request_id") REFERENCES "request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_task" ADD CONSTRAINT "review_task_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_task" ADD CONSTRAINT "review_task_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "payment" ADD CONSTRAINT "payment_payer_id_fkey" FOREIGN KEY ("payer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issued_document" ADD CONSTRAINT "issued_document_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issued_document" ADD CONSTRAINT "issued_document_issuer_organization_id_fkey" FOREIGN KEY ("issuer_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signature" ADD CONSTRAINT "signature_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signature" ADD CONSTRAINT "signature_signer_id_fkey" FOREIGN KEY ("signer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "one_time_code" ADD CONSTRAINT "one_time_code_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "one_time_code" ADD CONSTRAINT "one_time_code_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "waiting_list_entry" ADD CONSTRAINT "waiting_list_entry_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "utility_account" ADD CONSTRAINT "utility_account_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "utility_account" ADD CONSTRAINT "utility_account_premises_id_fkey" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_size_record" ADD CONSTRAINT "household_size_record_premises_id_fkey" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_size_record" ADD CONSTRAINT "household_size_record_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter" ADD CONSTRAINT "meter_premises_id_fkey" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter" ADD CONSTRAINT "meter_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_reading" ADD CONSTRAINT "meter_reading_meter_id_fkey" FOREIGN KEY ("meter_id") REFERENCES "meter"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meter_reading" ADD CONSTRAINT "meter_reading_submitted_by_id_fkey" FOREIGN KEY ("submitted_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

