-- CreateIndex
CREATE INDEX "Comment_createdAt_id_idx" ON "Comment"("createdAt" DESC, "id" DESC);
