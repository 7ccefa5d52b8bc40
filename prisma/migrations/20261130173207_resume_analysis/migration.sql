-- CreateEnum
CREATE TYPE "VacancyStatus" AS ENUM ('draft', 'open', 'closed');

-- CreateEnum
CREATE TYPE "EducationLevel" AS ENUM ('none', 'secondary', 'bachelor', 'master', 'phd');

-- CreateEnum
CREATE TYPE "ResumeStatus" AS ENUM ('uploaded', 'processing', 'analyzed', 'error');

-- CreateEnum
CREATE TYPE "ResumeBatchStatus" AS ENUM ('processing', 'completed', 'failed');

-- CreateTable
CREATE TABLE "vacancies" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "VacancyStatus" NOT NULL DEFAULT 'open',
    "location" TEXT,
    "required_skills" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "nice_to_have_skills" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "min_experience_years" DOUBLE PRECISION,
    "education_level" "EducationLevel" NOT NULL DEFAULT 'none',
    "language" TEXT NOT NULL DEFAULT 'en',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "vacancies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vacancy_questions" (
    "id" UUID NOT NULL,
    "vacancy_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "key_points" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "vacancy_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resumes" (
    "id" UUID NOT NULL,
    "company_id" UUID,
    "candidate_id" UUID,
    "file_id" UUID NOT NULL,
    "filename" TEXT NOT NULL,
    "original_filename" TEXT NOT NULL,
    "file_type" TEXT NOT NULL,
    "file_size" INTEGER NOT NULL,
    "status" "ResumeStatus" NOT NULL DEFAULT 'uploaded',
    "error" TEXT,
    "vacancy_id" UUID,
    "batch_id" UUID,
    "total_score" DOUBLE PRECISION,
    "confidence_score" DOUBLE PRECISION,
    "language" TEXT,
    "candidate_name" TEXT,
    "experience_years" DOUBLE PRECISION,
    "education_level" "EducationLevel",
    "hidden_text" BOOLEAN NOT NULL DEFAULT false,
    "parsed" JSONB,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "resumes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resume_blocks" (
    "id" UUID NOT NULL,
    "resume_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "block_type" TEXT NOT NULL,
    "block_name" TEXT NOT NULL,
    "extracted_text" TEXT NOT NULL,
    "confidence_score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "resume_blocks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resume_skills" (
    "id" UUID NOT NULL,
    "resume_id" UUID NOT NULL,
    "skill_name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "experience_level" TEXT NOT NULL,
    "confidence_score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "resume_skills_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resume_scores" (
    "resume_id" UUID NOT NULL,
    "vacancy_id" UUID NOT NULL,
    "total_score" DOUBLE PRECISION NOT NULL,
    "confidence_score" DOUBLE PRECISION NOT NULL,
    "breakdown" JSONB NOT NULL,
    "summary" TEXT,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "resume_scores_pkey" PRIMARY KEY ("resume_id","vacancy_id")
);

-- CreateTable
CREATE TABLE "resume_batches" (
    "id" UUID NOT NULL,
    "company_id" UUID NOT NULL,
    "vacancy_id" UUID,
    "status" "ResumeBatchStatus" NOT NULL DEFAULT 'processing',
    "max_concurrent" INTEGER NOT NULL DEFAULT 3,
    "total_files" INTEGER NOT NULL,
    "successful" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "resume_batches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "resume_batch_items" (
    "id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "file_index" INTEGER NOT NULL,
    "filename" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "resume_id" UUID,
    "sections_found" INTEGER,
    "skills_found" INTEGER,
    "error" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "resume_batch_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "vacancies_company_id_created_at_idx" ON "vacancies"("company_id", "created_at");

-- CreateIndex
CREATE INDEX "vacancies_status_created_at_idx" ON "vacancies"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "vacancies_company_id_code_key" ON "vacancies"("company_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "vacancy_questions_vacancy_id_position_key" ON "vacancy_questions"("vacancy_id", "position");

-- CreateIndex
CREATE INDEX "resumes_company_id_uploaded_at_idx" ON "resumes"("company_id", "uploaded_at");

-- CreateIndex
CREATE INDEX "resumes_company_id_status_idx" ON "resumes"("company_id", "status");

-- CreateIndex
CREATE INDEX "resumes_company_id_vacancy_id_idx" ON "resumes"("company_id", "vacancy_id");

-- CreateIndex
CREATE INDEX "resumes_candidate_id_idx" ON "resumes"("candidate_id");

-- CreateIndex
CREATE INDEX "resumes_batch_id_idx" ON "resumes"("batch_id");

-- CreateIndex
CREATE UNIQUE INDEX "resume_blocks_resume_id_position_key" ON "resume_blocks"("resume_id", "position");

-- CreateIndex
CREATE INDEX "resume_skills_skill_name_idx" ON "resume_skills"("skill_name");

-- CreateIndex
CREATE UNIQUE INDEX "resume_skills_resume_id_skill_name_key" ON "resume_skills"("resume_id", "skill_name");

-- CreateIndex
CREATE INDEX "resume_scores_vacancy_id_total_score_idx" ON "resume_scores"("vacancy_id", "total_score");

-- CreateIndex
CREATE INDEX "resume_batches_company_id_started_at_idx" ON "resume_batches"("company_id", "started_at");

-- CreateIndex
CREATE UNIQUE INDEX "resume_batch_items_batch_id_file_index_key" ON "resume_batch_items"("batch_id", "file_index");

-- AddForeignKey
ALTER TABLE "vacancies" ADD CONSTRAINT "vacancies_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vacancy_questions" ADD CONSTRAINT "vacancy_questions_vacancy_id_fkey" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_file_id_fkey" FOREIGN KEY ("file_id") REFERENCES "stored_files"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_vacancy_id_fkey" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "resume_batches"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resume_blocks" ADD CONSTRAINT "resume_blocks_resume_id_fkey" FOREIGN KEY ("resume_id") REFERENCES "resumes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resume_skills" ADD CONSTRAINT "resume_skills_resume_id_fkey" FOREIGN KEY ("resume_id") REFERENCES "resumes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resume_scores" ADD CONSTRAINT "resume_scores_resume_id_fkey" FOREIGN KEY ("resume_id") REFERENCES "resumes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resume_scores" ADD CONSTRAINT "resume_scores_vacancy_id_fkey" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resume_batches" ADD CONSTRAINT "resume_batches_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resume_batches" ADD CONSTRAINT "resume_batches_vacancy_id_fkey" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "resume_batch_items" ADD CONSTRAINT "resume_batch_items_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "resume_batches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A resume always has an owner: the company that uploaded it or the candidate who attached it.
ALTER TABLE "resumes" ADD CONSTRAINT "resumes_owner_check" CHECK ("company_id" IS NOT NULL OR "candidate_id" IS NOT NULL);
