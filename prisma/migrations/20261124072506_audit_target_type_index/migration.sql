-- CreateIndex
CREATE INDEX "AuditEntry_targetType_id_idx" ON "AuditEntry"("targetType", "id" DESC);
