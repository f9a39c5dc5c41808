-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('RESIDENT', 'DISPATCHER', 'CONTRACTOR', 'ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('az', 'fa', 'ru', 'kk', 'en');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('MANAGEMENT_COMPANY', 'CONTRACTOR', 'UTILITY', 'MUNICIPALITY', 'AGENCY', 'NOTARY_OFFICE', 'CITY_ADMINISTRATION');

-- CreateEnum
CREATE TYPE "PremisesKind" AS ENUM ('APARTMENT', 'NON_RESIDENTIAL');

-- CreateEnum
CREATE TYPE "CommonArea" AS ENUM ('ENTRANCE', 'ROOF', 'BASEMENT', 'YARD');

-- CreateEnum
CREATE TYPE "ServiceKind" AS ENUM ('REPAIR', 'E_SERVICE');

-- CreateEnum
CREATE TYPE "SlaUnit" AS ENUM ('HOURS', 'WORKING_DAYS', 'CALENDAR_DAYS');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('NEW', 'ROUTED', 'ASSIGNED', 'IN_PROGRESS', 'WORK_DONE', 'VERIFIED', 'CLOSED', 'RETURNED', 'REOPENED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RequestChannel" AS ENUM ('WEB', 'PHONE');

-- CreateEnum
CREATE TYPE "RequestPriority" AS ENUM ('NORMAL', 'HIGH', 'EMERGENCY');

-- CreateEnum
CREATE TYPE "RequestEventType" AS ENUM ('FILED', 'ROUTED', 'UNROUTED', 'ASSIGNED', 'STARTED', 'WORK_DONE', 'VERIFIED', 'RETURNED', 'CONFIRMED', 'REOPENED', 'CANCELLED', 'AUTO_CLOSED', 'COMMENTED', 'RATED', 'CATEGORY_CHANGED', 'PRIORITY_CHANGED', 'ESCALATED');

-- CreateEnum
CREATE TYPE "AttachmentKind" AS ENUM ('PHOTO', 'SIGNED_WORK_ORDER', 'DOCUMENT');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('IN_APP', 'EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "city" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" VARCHAR(8) NOT NULL,
    "name" JSONB NOT NULL,
    "country_code" CHAR(2) NOT NULL,
    "time_zone" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "city_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "district" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "city_id" UUID NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" JSONB NOT NULL,

    CONSTRAINT "district_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "city_id" UUID NOT NULL,
    "kind" "OrganizationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "building" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "district_id" UUID NOT NULL,
    "managing_organization_id" UUID,
    "street" TEXT NOT NULL,
    "house_number" TEXT NOT NULL,
    "floors" SMALLINT NOT NULL DEFAULT 5,

    CONSTRAINT "building_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "premises" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "building_id" UUID NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "kind" "PremisesKind" NOT NULL DEFAULT 'APARTMENT',

    CONSTRAINT "premises_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "phone" TEXT,
    "locale" "Locale" NOT NULL DEFAULT 'ru',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabled_at" TIMESTAMPTZ(3),

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "organization_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "occupancy" (
    "user_id" UUID NOT NULL,
    "premises_id" UUID NOT NULL,

    CONSTRAINT "occupancy_pkey" PRIMARY KEY ("user_id","premises_id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "token_hash" CHAR(64) NOT NULL,
    "user_id" UUID NOT NULL,
    "membership_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_category" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" VARCHAR(64) NOT NULL,
    "kind" "ServiceKind" NOT NULL DEFAULT 'REPAIR',
    "name" JSONB NOT NULL,
    "handling_organization_kind" "OrganizationKind" NOT NULL DEFAULT 'MANAGEMENT_COMPANY',
    "sla_unit" "SlaUnit" NOT NULL,
    "sla_amount" INTEGER NOT NULL,
    "is_emergency" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sort_order" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "service_category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "request_number_sequence" (
    "city_id" UUID NOT NULL,
    "year" SMALLINT NOT NULL,
    "last_value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "request_number_sequence_pkey" PRIMARY KEY ("city_id","year")
);

-- CreateTable
CREATE TABLE "request" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" VARCHAR(32) NOT NULL,
    "city_id" UUID NOT NULL,
    "category_id" UUID NOT NULL,
    "resident_id" UUID,
    "filed_by_id" UUID NOT NULL,
    "channel" "RequestChannel" NOT NULL DEFAULT 'WEB',
    "contact_name" TEXT NOT NULL,
    "contact_phone" TEXT NOT NULL,
    "building_id" UUID NOT NULL,
    "premises_id" UUID,
    "common_area" "CommonArea",
    "description" TEXT NOT NULL,
    "preferred_visit" TEXT,
    "status" "RequestStatus" NOT NULL DEFAULT 'NEW',
    "priority" "RequestPriority" NOT NULL DEFAULT 'NORMAL',
    "organization_id" UUID,
    "contractor_organization_id" UUID,
    "assignee_id" UUID,
    "deadline_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMPTZ(3),
    "rating" SMALLINT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "request_event" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "request_id" UUID NOT NULL,
    "type" "RequestEventType" NOT NULL,
    "actor_id" UUID,
    "actor_role" "Role",
    "from_status" "RequestStatus",
    "to_status" "RequestStatus",
    "reason_code" VARCHAR(64),
    "comment" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "request_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "request_id" UUID,
    "event_id" UUID,
    "uploaded_by_id" UUID NOT NULL,
    "kind" "AttachmentKind" NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storage_key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "work_order" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "number" VARCHAR(40) NOT NULL,
    "request_id" UUID NOT NULL,
    "contractor_organization_id" UUID NOT NULL,
    "assignee_id" UUID,
    "issued_by_id" UUID NOT NULL,
    "issued_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "done_at" TIMESTAMPTZ(3),
    "signed_scan_id" UUID,

    CONSTRAINT "work_order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "recipient_id" UUID NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "event_id" UUID,
    "template" VARCHAR(64) NOT NULL,
    "locale" "Locale" NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "status" "NotificationStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    "read_at" TIMESTAMPTZ(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "city_code_key" ON "city"("code");

-- CreateIndex
CREATE UNIQUE INDEX "district_city_id_code_key" ON "district"("city_id", "code");

-- CreateIndex
CREATE INDEX "organization_kind_idx" ON "organization"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "organization_city_id_name_key" ON "organization"("city_id", "name");

-- CreateIndex
CREATE INDEX "building_managing_organization_id_idx" ON "building"("managing_organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "building_district_id_street_house_number_key" ON "building"("district_id", "street", "house_number");

-- CreateIndex
CREATE UNIQUE INDEX "premises_building_id_number_key" ON "premises"("building_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "membership_organization_id_role_idx" ON "membership"("organization_id", "role");

-- CreateIndex
CREATE UNIQUE INDEX "membership_user_id_role_organization_id_key" ON "membership"("user_id", "role", "organization_id");

-- CreateIndex
CREATE INDEX "occupancy_premises_id_idx" ON "occupancy"("premises_id");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_hash_key" ON "session"("token_hash");

-- CreateIndex
CREATE INDEX "session_user_id_idx" ON "session"("user_id");

-- CreateIndex
CREATE INDEX "session_expires_at_idx" ON "session"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "service_category_code_key" ON "service_category"("code");

-- CreateIndex
CREATE UNIQUE INDEX "request_number_key" ON "request"("number");

-- CreateIndex
CREATE INDEX "request_organization_id_status_deadline_at_idx" ON "request"("organization_id", "status", "deadline_at");

-- CreateIndex
CREATE INDEX "request_contractor_organization_id_status_deadline_at_idx" ON "request"("contractor_organization_id", "status", "deadline_at");

-- CreateIndex
CREATE INDEX "request_resident_id_created_at_idx" ON "request"("resident_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "request_status_deadline_at_idx" ON "request"("status", "deadline_at");

-- CreateIndex
CREATE INDEX "request_building_id_idx" ON "request"("building_id");

-- CreateIndex
CREATE INDEX "request_event_request_id_created_at_idx" ON "request_event"("request_id", "created_at");

-- CreateIndex
CREATE INDEX "request_event_created_at_idx" ON "request_event"("created_at");

-- CreateIndex
CREATE INDEX "attachment_request_id_idx" ON "attachment"("request_id");

-- CreateIndex
CREATE UNIQUE INDEX "work_order_number_key" ON "work_order"("number");

-- CreateIndex
CREATE UNIQUE INDEX "work_order_request_id_key" ON "work_order"("request_id");

-- CreateIndex
CREATE UNIQUE INDEX "work_order_signed_scan_id_key" ON "work_order"("signed_scan_id");

-- CreateIndex
CREATE INDEX "work_order_contractor_organization_id_issued_at_idx" ON "work_order"("contractor_organization_id", "issued_at" DESC);

-- CreateIndex
CREATE INDEX "notification_recipient_id_created_at_idx" ON "notification"("recipient_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "notification_status_channel_created_at_idx" ON "notification"("status", "channel", "created_at");

-- AddForeignKey
ALTER TABLE "district" ADD CONSTRAINT "district_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "city"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "city"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "building" ADD CONSTRAINT "building_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "building" ADD CONSTRAINT "building_managing_organization_id_fkey" FOREIGN KEY ("managing_organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "premises" ADD CONSTRAINT "premises_building_id_fkey" FOREIGN KEY ("building_id") REFERENCES "building"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "occupancy" ADD CONSTRAINT "occupancy_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "occupancy" ADD CONSTRAINT "occupancy_premises_id_fkey" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_membership_id_fkey" FOREIGN KEY ("membership_id") REFERENCES "membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_number_sequence" ADD CONSTRAINT "request_number_sequence_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "city"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "city"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "service_category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_resident_id_fkey" FOREIGN KEY ("resident_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_filed_by_id_fkey" FOREIGN KEY ("filed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_building_id_fkey" FOREIGN KEY ("building_id") REFERENCES "building"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_premises_id_fkey" FOREIGN KEY ("premises_id") REFERENCES "premises"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_contractor_organization_id_fkey" FOREIGN KEY ("contractor_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request" ADD CONSTRAINT "request_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_event" ADD CONSTRAINT "request_event_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_event" ADD CONSTRAINT "request_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "request_event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_order" ADD CONSTRAINT "work_order_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_order" ADD CONSTRAINT "work_order_contractor_organization_id_fkey" FOREIGN KEY ("contractor_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_order" ADD CONSTRAINT "work_order_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_order" ADD CONSTRAINT "work_order_issued_by_id_fkey" FOREIGN KEY ("issued_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "work_order" ADD CONSTRAINT "work_order_signed_scan_id_fkey" FOREIGN KEY ("signed_scan_id") REFERENCES "attachment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_recipient_id_fkey" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "request_event"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: rules Prisma's schema language cannot express. The drift check
-- allows CHECK constraints that exist only in migrations; test/check-constraints covers them.

-- Staff act for an organization; residents and administrators do not need one.
ALTER TABLE "membership" ADD CONSTRAINT "membership_staff_has_organization_check"
  CHECK ("role" NOT IN ('DISPATCHER', 'CONTRACTOR') OR "organization_id" IS NOT NULL);

ALTER TABLE "service_category" ADD CONSTRAINT "service_category_sla_amount_check" CHECK ("sla_amount" > 0);

ALTER TABLE "request" ADD CONSTRAINT "request_version_check" CHECK ("version" >= 1);
ALTER TABLE "request" ADD CONSTRAINT "request_rating_check" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5);
-- A request concerns either a premises or a common area of the building, never both.
ALTER TABLE "request" ADD CONSTRAINT "request_location_check"
  CHECK (("premises_id" IS NULL) <> ("common_area" IS NULL));
ALTER TABLE "request" ADD CONSTRAINT "request_description_check" CHECK (length(btrim("description")) > 0);
-- Assigned and later states need a contractor; routed and later need a company.
ALTER TABLE "request" ADD CONSTRAINT "request_contractor_when_assigned_check"
  CHECK ("status" NOT IN ('ASSIGNED', 'IN_PROGRESS', 'WORK_DONE', 'RETURNED', 'VERIFIED') OR "contractor_organization_id" IS NOT NULL);
ALTER TABLE "request" ADD CONSTRAINT "request_closed_at_check"
  CHECK (("status" IN ('CLOSED', 'CANCELLED')) = ("closed_at" IS NOT NULL));

ALTER TABLE "attachment" ADD CONSTRAINT "attachment_size_check" CHECK ("size_bytes" > 0);
ALTER TABLE "request_number_sequence" ADD CONSTRAINT "request_number_sequence_last_value_check" CHECK ("last_value" >= 0);
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_email_lower_check" CHECK ("email" = lower("email"));
