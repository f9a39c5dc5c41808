-- AlterEnum
-- Hand-edited: after CLOSED, so the statuses keep the lifecycle's order (the dashboards sort by it).
ALTER TYPE "RequestStatus" ADD VALUE 'CLOSED_UNCONFIRMED' AFTER 'CLOSED';

-- AlterTable
ALTER TABLE "request" ADD COLUMN     "reopen_until" TIMESTAMPTZ(3);
