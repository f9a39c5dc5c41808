-- CreateEnum
CREATE TYPE "MeterReadingSource" AS ENUM ('CABINET', 'CALL_CENTRE');

-- AlterTable
ALTER TABLE "meter_reading" ADD COLUMN     "source" "MeterReadingSource" NOT NULL DEFAULT 'CABINET';

