-- CreateEnum
CREATE TYPE "InterviewStatus" AS ENUM ('IN_PROGRESS', 'FINISHED');

-- CreateTable
CREATE TABLE "interviews" (
    "id" UUID NOT NULL,
    "company_id" UUID,
    "created_by_id" UUID,
    "candidate_id" UUID,
    "candidate_name" TEXT,
    "candidate_email" TEXT,
    "invite_token_hash" TEXT,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "language" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "status" "InterviewStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "task_id" TEXT NOT NULL,
    "task" JSONB NOT NULL,
    "current_code" TEXT NOT NULL,
    "duration_minutes" INTEGER NOT NULL DEFAULT 60,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "report" JSONB,
    "reported_at" TIMESTAMPTZ(3),
    "overall_score" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "interviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "interview_runs" (
    "id" UUID NOT NULL,
    "interview_id" UUID NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'run',
    "status" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "stdout" TEXT NOT NULL DEFAULT '',
    "stderr" TEXT NOT NULL DEFAULT '',
    "execution_time_ms" INTEGER NOT NULL,
    "memory_usage_mb" DOUBLE PRECISION NOT NULL,
    "passed" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "results" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "interview_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "interview_events" (
    "id" UUID NOT NULL,
    "interview_id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "details" TEXT,
    "client_timestamp" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "interview_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "interview_messages" (
    "id" UUID NOT NULL,
    "interview_id" UUID NOT NULL,
    "role" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "meta" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "interview_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "interview_edits" (
    "id" UUID NOT NULL,
    "interview_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "interview_edits_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "interviews_invite_token_hash_key" ON "interviews"("invite_token_hash");

-- CreateIndex
CREATE INDEX "interviews_company_id_created_at_idx" ON "interviews"("company_id", "created_at");

-- CreateIndex
CREATE INDEX "interviews_candidate_id_created_at_idx" ON "interviews"("candidate_id", "created_at");

-- CreateIndex
CREATE INDEX "interview_runs_interview_id_created_at_idx" ON "interview_runs"("interview_id", "created_at");

-- CreateIndex
CREATE INDEX "interview_events_interview_id_created_at_idx" ON "interview_events"("interview_id", "created_at");

-- CreateIndex
CREATE INDEX "interview_messages_interview_id_created_at_idx" ON "interview_messages"("interview_id", "created_at");

-- CreateIndex
CREATE INDEX "interview_edits_interview_id_created_at_idx" ON "interview_edits"("interview_id", "created_at");

-- AddForeignKey
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interview_runs" ADD CONSTRAINT "interview_runs_interview_id_fkey" FOREIGN KEY ("interview_id") REFERENCES "interviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interview_events" ADD CONSTRAINT "interview_events_interview_id_fkey" FOREIGN KEY ("interview_id") REFERENCES "interviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interview_messages" ADD CONSTRAINT "interview_messages_interview_id_fkey" FOREIGN KEY ("interview_id") REFERENCES "interviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "interview_edits" ADD CONSTRAINT "interview_edits_interview_id_fkey" FOREIGN KEY ("interview_id") REFERENCES "interviews"("id") ON DELETE CASCADE ON UPDATE CASCADE;
