-- CreateTable
CREATE TABLE "contractor_contract" (
    "organization_id" UUID NOT NULL,
    "contractor_organization_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contractor_contract_pkey" PRIMARY KEY ("organization_id","contractor_organization_id")
);

-- CreateTable
CREATE TABLE "throttle_counter" (
    "scope" VARCHAR(32) NOT NULL,
    "key" VARCHAR(128) NOT NULL,
    "hits" INTEGER NOT NULL,
    "blocked_until" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "throttle_counter_pkey" PRIMARY KEY ("scope","key")
);

-- CreateIndex
CREATE INDEX "contractor_contract_contractor_organization_id_idx" ON "contractor_contract"("contractor_organization_id");

-- CreateIndex
CREATE INDEX "throttle_counter_expires_at_idx" ON "throttle_counter"("expires_at");

-- AddForeignKey
ALTER TABLE "contractor_contract" ADD CONSTRAINT "contractor_contract_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contractor_contract" ADD CONSTRAINT "contractor_contract_contractor_organization_id_fkey" FOREIGN KEY ("contractor_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Until now every dispatcher could assign every contractor of the city: an existing installation keeps
-- that (each organization with dispatchers contracts each contractor of its city) until an administrator
-- narrows it. A fresh database has no organizations yet; the demo seed writes its own contracts.
INSERT INTO "contractor_contract" ("organization_id", "contractor_organization_id")
SELECT o."id", c."id"
FROM "organization" o
JOIN "organization" c ON c."city_id" = o."city_id" AND c."kind" = 'CONTRACTOR'
WHERE o."kind" <> 'CONTRACTOR'
  AND EXISTS (SELECT 1 FROM "membership" m WHERE m."organization_id" = o."id" AND m."role" = 'DISPATCHER');

ALTER TABLE "throttle_counter" ADD CONSTRAINT "throttle_counter_hits_nonnegative" CHECK ("hits" >= 0);
