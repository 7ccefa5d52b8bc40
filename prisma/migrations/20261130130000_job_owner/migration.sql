-- AlterTable
ALTER TABLE "jobs" ADD COLUMN     "owner_company_id" UUID,
ADD COLUMN     "owner_user_id" UUID;

-- CreateIndex
CREATE INDEX "jobs_owner_user_id_idx" ON "jobs"("owner_user_id");

-- CreateIndex
CREATE INDEX "jobs_owner_company_id_idx" ON "jobs"("owner_company_id");
