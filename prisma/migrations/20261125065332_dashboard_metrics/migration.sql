-- CreateTable
CREATE TABLE "request_metric" (
    "request_id" UUID NOT NULL,
    "city_id" UUID NOT NULL,
    "kind" "ServiceKind" NOT NULL,
    "category_id" UUID NOT NULL,
    "district_id" UUID,
    "organization_id" UUID,
    "contractor_id" UUID,
    "status" "RequestStatus" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "created_day" DATE NOT NULL,
    "deadline_at" TIMESTAMPTZ(3) NOT NULL,
    "seconds_to_assign" INTEGER,
    "closed_at" TIMESTAMPTZ(3),
    "closed_day" DATE,
    "seconds_to_close" INTEGER,
    "within_sla" BOOLEAN,
    "confirmed" BOOLEAN,
    "rework_count" INTEGER NOT NULL DEFAULT 0,
    "rating" SMALLINT,

    CONSTRAINT "request_metric_pkey" PRIMARY KEY ("request_id")
);

-- CreateIndex
CREATE INDEX "request_metric_city_id_created_day_idx" ON "request_metric"("city_id", "created_day");

-- CreateIndex
CREATE INDEX "request_metric_city_id_closed_day_idx" ON "request_metric"("city_id", "closed_day");

-- CreateIndex
CREATE INDEX "request_metric_city_id_status_deadline_at_idx" ON "request_metric"("city_id", "status", "deadline_at");

-- AddForeignKey
ALTER TABLE "request_metric" ADD CONSTRAINT "request_metric_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "request"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- What every dashboard figure of one request is, straight from the raw tables: the definition the
-- `request_metric` rows are refreshed from (in the transaction of each event) and the direct count
-- the tests and the benchmark compare them with. A request is resolved when closed (repairs) or
-- decided (applications); it met its SLA when the company finished (verified the work or decided)
-- by the deadline the city's working-day calendar set at filing; rework is every return of the
-- work (RETURNED) and every rejection by the resident (REOPENED).
CREATE VIEW "request_metric_source" AS
SELECT
  r."id" AS "request_id",
  r."city_id",
  r."kind",
  r."category_id",
  b."district_id",
  r."organization_id",
  r."contractor_organization_id" AS "contractor_id",
  r."status",
  r."created_at",
  (r."created_at" AT TIME ZONE c."time_zone")::date AS "created_day",
  r."deadline_at",
  floor(extract(epoch FROM (assigned."at" - r."created_at")))::integer AS "seconds_to_assign",
  resolved."closed_at",
  (resolved."closed_at" AT TIME ZONE c."time_zone")::date AS "closed_day",
  floor(extract(epoch FROM (resolved."closed_at" - r."created_at")))::integer AS "seconds_to_close",
  CASE WHEN resolved."closed_at" IS NOT NULL
       THEN COALESCE(r."verified_at", resolved."closed_at") <= r."deadline_at" END AS "within_sla",
  CASE WHEN r."status" = 'CLOSED'
       THEN EXISTS (SELECT 1 FROM "request_event" e WHERE e."request_id" = r."id" AND e."type" = 'CONFIRMED') END
    AS "confirmed",
  (SELECT count(*) FROM "request_event" e
    WHERE e."request_id" = r."id" AND e."type" IN ('RETURNED', 'REOPENED'))::integer AS "rework_count",
  r."rating"
FROM "request" r
JOIN "city" c ON c."id" = r."city_id"
LEFT JOIN "building" b ON b."id" = r."building_id"
LEFT JOIN "application" a ON a."request_id" = r."id"
CROSS JOIN LATERAL (
  SELECT CASE
           WHEN r."status" = 'CLOSED' THEN r."closed_at"
           WHEN r."status" IN ('APPROVED', 'REFUSED', 'INVALID') THEN a."decided_at"
         END AS "closed_at"
) resolved
LEFT JOIN LATERAL (
  SELECT min(e."created_at") AS "at" FROM "request_event" e
   WHERE e."request_id" = r."id" AND e."type" IN ('ASSIGNED', 'REGISTERED')
) assigned ON true;

-- Requests filed before this migration.
INSERT INTO "request_metric" SELECT * FROM "request_metric_source";
