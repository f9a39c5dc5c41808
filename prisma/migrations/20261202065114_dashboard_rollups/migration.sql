-- CreateEnum
CREATE TYPE "MetricScope" AS ENUM ('CITY', 'ORGANIZATION', 'CONTRACTOR');

-- CreateEnum
CREATE TYPE "DurationMeasure" AS ENUM ('ASSIGN', 'CLOSE');

-- AlterTable
ALTER TABLE "request_metric" ADD COLUMN     "assign_bucket" SMALLINT,
ADD COLUMN     "close_bucket" SMALLINT;

-- CreateTable
CREATE TABLE "request_metric_day" (
    "city_id" UUID NOT NULL,
    "scope" "MetricScope" NOT NULL,
    "scope_id" UUID NOT NULL,
    "kind" "ServiceKind" NOT NULL,
    "day" DATE NOT NULL,
    "filed" INTEGER NOT NULL DEFAULT 0,
    "resolved" INTEGER NOT NULL DEFAULT 0,
    "within_sla" INTEGER NOT NULL DEFAULT 0,
    "closed_repairs" INTEGER NOT NULL DEFAULT 0,
    "confirmed" INTEGER NOT NULL DEFAULT 0,
    "reworked" INTEGER NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,
    "rating_sum" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "request_metric_day_pkey" PRIMARY KEY ("city_id","scope","day","kind","scope_id")
);

-- CreateTable
CREATE TABLE "request_status_day" (
    "city_id" UUID NOT NULL,
    "scope" "MetricScope" NOT NULL,
    "scope_id" UUID NOT NULL,
    "kind" "ServiceKind" NOT NULL,
    "day" DATE NOT NULL,
    "status" "RequestStatus" NOT NULL,
    "filed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "request_status_day_pkey" PRIMARY KEY ("city_id","scope","scope_id","day","kind","status")
);

-- CreateTable
CREATE TABLE "request_duration_month" (
    "city_id" UUID NOT NULL,
    "scope" "MetricScope" NOT NULL,
    "scope_id" UUID NOT NULL,
    "kind" "ServiceKind" NOT NULL,
    "measure" "DurationMeasure" NOT NULL,
    "month" DATE NOT NULL,
    "bucket" SMALLINT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "request_duration_month_pkey" PRIMARY KEY ("city_id","scope","measure","month","scope_id","kind","bucket")
);

-- CreateIndex
CREATE INDEX "request_metric_city_id_assign_bucket_created_day_seconds_to_idx" ON "request_metric"("city_id", "assign_bucket", "created_day", "seconds_to_assign");

-- CreateIndex
CREATE INDEX "request_metric_city_id_close_bucket_closed_day_seconds_to_c_idx" ON "request_metric"("city_id", "close_bucket", "closed_day", "seconds_to_close");

-- CreateIndex
CREATE INDEX "request_metric_organization_id_assign_bucket_created_day_se_idx" ON "request_metric"("organization_id", "assign_bucket", "created_day", "seconds_to_assign");

-- CreateIndex
CREATE INDEX "request_metric_organization_id_close_bucket_closed_day_seco_idx" ON "request_metric"("organization_id", "close_bucket", "closed_day", "seconds_to_close");

-- CreateIndex
CREATE INDEX "request_metric_contractor_id_assign_bucket_created_day_seco_idx" ON "request_metric"("contractor_id", "assign_bucket", "created_day", "seconds_to_assign");

-- CreateIndex
CREATE INDEX "request_metric_contractor_id_close_bucket_closed_day_second_idx" ON "request_metric"("contractor_id", "close_bucket", "closed_day", "seconds_to_close");

-- CreateIndex
CREATE INDEX "request_metric_district_id_created_day_idx" ON "request_metric"("district_id", "created_day");

-- CreateIndex
CREATE INDEX "request_metric_district_id_closed_day_idx" ON "request_metric"("district_id", "closed_day");

-- CreateIndex
CREATE INDEX "request_metric_category_id_created_day_idx" ON "request_metric"("category_id", "created_day");

-- CreateIndex
CREATE INDEX "request_metric_category_id_closed_day_idx" ON "request_metric"("category_id", "closed_day");


-- The duration bucket of a number of seconds: 4 buckets per factor of e (each ~28 % wider than the
-- one before); none for no duration. Monotonic, so the k-th smallest duration lies in the bucket where
-- the running count of the buckets up to it first reaches k.
CREATE FUNCTION "request_duration_bucket"("seconds" INTEGER) RETURNS SMALLINT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT floor(4 * ln(1 + greatest("seconds", 0)))::smallint
$$;

-- The view gains the two buckets (same columns before them, so it is replaced in place).
CREATE OR REPLACE VIEW "request_metric_source" AS
SELECT v.*,
       "request_duration_bucket"(v."seconds_to_assign") AS "assign_bucket",
       "request_duration_bucket"(v."seconds_to_close") AS "close_bucket"
FROM (
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
  ) assigned ON true
) v;

UPDATE "request_metric"
   SET "assign_bucket" = "request_duration_bucket"("seconds_to_assign"),
       "close_bucket" = "request_duration_bucket"("seconds_to_close");

-- What one metric row adds to each rollup: the whole city, its handling organization and its
-- contractor (when it has them) each get the row's counts — filings on the filing day, everything
-- about the resolution on the resolution day — its status on the filing day, and its two durations
-- in their buckets in the month of filing (ASSIGN) and of resolution (CLOSE).
CREATE FUNCTION "request_metric_day_rows"(m "request_metric")
RETURNS TABLE ("city_id" UUID, "scope" "MetricScope", "scope_id" UUID, "kind" "ServiceKind", "day" DATE,
               "filed" INTEGER, "resolved" INTEGER, "within_sla" INTEGER, "closed_repairs" INTEGER,
               "confirmed" INTEGER, "reworked" INTEGER, "rated" INTEGER, "rating_sum" INTEGER)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT m."city_id", s.scope, s.scope_id, m."kind", a.day,
         (NOT a.resolution)::integer,
         a.resolution::integer,
         (a.resolution AND coalesce(m."within_sla", false))::integer,
         (a.resolution AND m."kind" = 'REPAIR')::integer,
         (a.resolution AND m."kind" = 'REPAIR' AND coalesce(m."confirmed", false))::integer,
         (a.resolution AND m."kind" = 'REPAIR' AND m."rework_count" > 0)::integer,
         (a.resolution AND m."rating" IS NOT NULL)::integer,
         CASE WHEN a.resolution THEN coalesce(m."rating", 0) ELSE 0 END::integer
    FROM (VALUES ('CITY'::"MetricScope", m."city_id"), ('ORGANIZATION', m."organization_id"),
                 ('CONTRACTOR', m."contractor_id")) s (scope, scope_id)
   CROSS JOIN (VALUES (false, m."created_day"), (true, m."closed_day")) a (resolution, day)
   WHERE s.scope_id IS NOT NULL AND a.day IS NOT NULL
$$;

CREATE FUNCTION "request_status_day_rows"(m "request_metric")
RETURNS TABLE ("city_id" UUID, "scope" "MetricScope", "scope_id" UUID, "kind" "ServiceKind", "day" DATE,
               "status" "RequestStatus", "filed" INTEGER)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT m."city_id", s.scope, s.scope_id, m."kind", m."created_day", m."status", 1
    FROM (VALUES ('CITY'::"MetricScope", m."city_id"), ('ORGANIZATION', m."organization_id"),
                 ('CONTRACTOR', m."contractor_id")) s (scope, scope_id)
   WHERE s.scope_id IS NOT NULL
$$;

CREATE FUNCTION "request_duration_month_rows"(m "request_metric")
RETURNS TABLE ("city_id" UUID, "scope" "MetricScope", "scope_id" UUID, "kind" "ServiceKind",
               "measure" "DurationMeasure", "month" DATE, "bucket" SMALLINT, "count" INTEGER)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT m."city_id", s.scope, s.scope_id, m."kind", d.measure,
         date_trunc('month', d.day::timestamp)::date, d.bucket, 1
    FROM (VALUES ('CITY'::"MetricScope", m."city_id"), ('ORGANIZATION', m."organization_id"),
                 ('CONTRACTOR', m."contractor_id")) s (scope, scope_id)
   CROSS JOIN (VALUES ('ASSIGN'::"DurationMeasure", m."created_day", m."assign_bucket"),
                      ('CLOSE', m."closed_day", m."close_bucket")) d (measure, day, bucket)
   WHERE s.scope_id IS NOT NULL AND d.bucket IS NOT NULL
$$;

-- The statements that add the contributions of `changes` (a query of (sign, m) pairs: +1 for a row as
-- it is now, -1 for a row as it was; rows of transition tables are anonymous records, hence the casts) to the three rollups: summed per key, unchanged keys skipped,
-- applied in key order so that concurrent transactions lock rollup rows in the same order.
CREATE FUNCTION "request_metric_rollup_statements"(changes TEXT) RETURNS TEXT[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY[
    format($sql$
      INSERT INTO "request_metric_day" AS t ("city_id", "scope", "scope_id", "kind", "day", "filed", "resolved",
             "within_sla", "closed_repairs", "confirmed", "reworked", "rated", "rating_sum")
      SELECT r."city_id", r."scope", r."scope_id", r."kind", r."day", sum(c.sign * r."filed"),
             sum(c.sign * r."resolved"), sum(c.sign * r."within_sla"), sum(c.sign * r."closed_repairs"),
             sum(c.sign * r."confirmed"), sum(c.sign * r."reworked"), sum(c.sign * r."rated"),
             sum(c.sign * r."rating_sum")
        FROM (%s) c CROSS JOIN LATERAL "request_metric_day_rows"(c.m) r
       GROUP BY 1, 2, 3, 4, 5
      HAVING (sum(c.sign * r."filed"), sum(c.sign * r."resolved"), sum(c.sign * r."within_sla"),
              sum(c.sign * r."closed_repairs"), sum(c.sign * r."confirmed"), sum(c.sign * r."reworked"),
              sum(c.sign * r."rated"), sum(c.sign * r."rating_sum")) <> (0, 0, 0, 0, 0, 0, 0, 0)
       ORDER BY 1, 2, 5, 4, 3
      ON CONFLICT ("city_id", "scope", "day", "kind", "scope_id") DO UPDATE SET
        "filed" = t."filed" + EXCLUDED."filed", "resolved" = t."resolved" + EXCLUDED."resolved",
        "within_sla" = t."within_sla" + EXCLUDED."within_sla",
        "closed_repairs" = t."closed_repairs" + EXCLUDED."closed_repairs",
        "confirmed" = t."confirmed" + EXCLUDED."confirmed", "reworked" = t."reworked" + EXCLUDED."reworked",
        "rated" = t."rated" + EXCLUDED."rated", "rating_sum" = t."rating_sum" + EXCLUDED."rating_sum"
    $sql$, changes),
    format($sql$
      INSERT INTO "request_status_day" AS t ("city_id", "scope", "scope_id", "kind", "day", "status", "filed")
      SELECT r."city_id", r."scope", r."scope_id", r."kind", r."day", r."status", sum(c.sign * r."filed")
        FROM (%s) c CROSS JOIN LATERAL "request_status_day_rows"(c.m) r
       GROUP BY 1, 2, 3, 4, 5, 6
      HAVING sum(c.sign * r."filed") <> 0
       ORDER BY 1, 2, 3, 5, 4, 6
      ON CONFLICT ("city_id", "scope", "scope_id", "day", "kind", "status") DO UPDATE SET
        "filed" = t."filed" + EXCLUDED."filed"
    $sql$, changes),
    format($sql$
      INSERT INTO "request_duration_month" AS t ("city_id", "scope", "scope_id", "kind", "measure", "month",
             "bucket", "count")
      SELECT r."city_id", r."scope", r."scope_id", r."kind", r."measure", r."month", r."bucket",
             sum(c.sign * r."count")
        FROM (%s) c CROSS JOIN LATERAL "request_duration_month_rows"(c.m) r
       GROUP BY 1, 2, 3, 4, 5, 6, 7
      HAVING sum(c.sign * r."count") <> 0
       ORDER BY 1, 2, 5, 6, 3, 4, 7
      ON CONFLICT ("city_id", "scope", "measure", "month", "scope_id", "kind", "bucket") DO UPDATE SET
        "count" = t."count" + EXCLUDED."count"
    $sql$, changes)
  ]
$$;

-- Keeps the rollups equal to the sums over `request_metric`, in the transaction that changes it.
CREATE FUNCTION "request_metric_rollup"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
  statement TEXT;
BEGIN
  FOREACH statement IN ARRAY "request_metric_rollup_statements"(CASE TG_OP
      WHEN 'INSERT' THEN 'SELECT 1 AS sign, ROW(n.*)::"request_metric" AS m FROM new_rows n'
      WHEN 'UPDATE' THEN 'SELECT -1 AS sign, ROW(o.*)::"request_metric" AS m FROM old_rows o
                          UNION ALL SELECT 1, ROW(n.*)::"request_metric" FROM new_rows n'
      ELSE 'SELECT -1 AS sign, ROW(o.*)::"request_metric" AS m FROM old_rows o'
    END)
  LOOP
    EXECUTE statement;
  END LOOP;
  RETURN NULL;
END
$$;

CREATE TRIGGER "request_metric_rollup_insert" AFTER INSERT ON "request_metric"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "request_metric_rollup"();
CREATE TRIGGER "request_metric_rollup_update" AFTER UPDATE ON "request_metric"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "request_metric_rollup"();
CREATE TRIGGER "request_metric_rollup_delete" AFTER DELETE ON "request_metric"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "request_metric_rollup"();

-- Recomputes the rollups from `request_metric` (after a bulk load, or to repair them).
CREATE FUNCTION "rebuild_request_metric_rollups"() RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
  statement TEXT;
BEGIN
  DELETE FROM "request_metric_day";
  DELETE FROM "request_status_day";
  DELETE FROM "request_duration_month";
  FOREACH statement IN ARRAY "request_metric_rollup_statements"('SELECT 1 AS sign, m FROM "request_metric" m')
  LOOP
    EXECUTE statement;
  END LOOP;
END
$$;

SELECT "rebuild_request_metric_rollups"();
