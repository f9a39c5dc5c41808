-- CreateIndex
CREATE INDEX "attachment_uploaded_by_id_created_at_idx" ON "attachment"("uploaded_by_id", "created_at");

