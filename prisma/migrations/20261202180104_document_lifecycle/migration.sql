-- CreateEnum
CREATE TYPE "DocumentRevocationReason" AS ENUM ('BASIS_REMOVED', 'APPLICATION_INVALIDATED', 'SUPERSEDED', 'ISSUED_IN_ERROR', 'FALSE_DOCUMENTS', 'OTHER');

-- AlterEnum
ALTER TYPE "RequestEventType" ADD VALUE 'DOCUMENT_REVOKED';

-- AlterTable
ALTER TABLE "city" ADD COLUMN     "official_locale" "Locale" NOT NULL DEFAULT 'ru';

-- AlterTable
ALTER TABLE "issued_document" ADD COLUMN     "revocation_note" TEXT,
ADD COLUMN     "revocation_reason" "DocumentRevocationReason",
ADD COLUMN     "revoked_by_id" UUID,
ADD COLUMN     "subject_key" VARCHAR(200),
ADD COLUMN     "valid_until" DATE;

-- CreateIndex
CREATE INDEX "issued_document_subject_key_idx" ON "issued_document"("subject_key");

-- AddForeignKey
ALTER TABLE "issued_document" ADD CONSTRAINT "issued_document_revoked_by_id_fkey" FOREIGN KEY ("revoked_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A document is revoked with a reason, or not at all.
ALTER TABLE "issued_document" ADD CONSTRAINT "issued_document_revocation_check"
  CHECK (("revoked_at" IS NULL) = ("revocation_reason" IS NULL));

-- At most one live (unrevoked) document per subject: superseding is kept true by the database.
CREATE UNIQUE INDEX "issued_document_live_subject_key" ON "issued_document" ("subject_key")
  WHERE "revoked_at" IS NULL AND "subject_key" IS NOT NULL;
