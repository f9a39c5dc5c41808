// The synthetic city, in bulk SQL (INSERT … SELECT FROM generate_series): organizations, districts and
// buildings around the demo city, then `requests` requests over three years ending at `now`, their
// applications, exactly `events` timeline events consistent with each request's path, and finally the
// `request_metric` rows. Nothing is inserted row by row from JavaScript.
//
// Every request gets a complete, valid path through the state machine (timestamps planned up front, kept
// only up to `now`, so recent requests are still open in every status). Full timelines run ~7 events per
// repair, more than the 5 per request a city of this size is budgeted at; so, as after a migration from
// an older system, requests filed before a cut-off keep only their milestones (filing, first assignment or
// registration, rework, the closing or deciding event, the rating, cancellation). Those are exactly the
// events the dashboard figures read, so the cut-off changes no figure. The cut-off is chosen so the
// total is `events`; a handful of COMMENTED events fill the last gap.
import type { Db } from '../../apps/api/src/infra/db/database.ts';
import { rebuildRequestMetrics } from '../../apps/api/src/services/dashboards/refresh-metrics.ts';
import { log } from './config.ts';

export interface GenerateOptions {
  requests: number;
  events: number;
  now: Date;
}

const DAY = 86_400;
const SPAN_DAYS = 3 * 365;

async function step(db: Db, label: string, sql: string): Promise<number> {
  const t0 = performance.now();
  const n = await db.$executeRawUnsafe(sql);
  log(`${label}: ${n} rows (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return n;
}

async function scalar(db: Db, sql: string): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ v: bigint | number | null }[]>(sql);
  return Number(rows[0]?.v ?? 0);
}

/** A localised name in every language the JSON `name` columns carry. */
const names = (expr: string) =>
  `jsonb_build_object('az', ${expr}, 'fa', ${expr}, 'ru', ${expr}, 'kk', ${expr}, 'en', ${expr})`;

export async function generateCity(db: Db, options: GenerateOptions): Promise<void> {
  const { requests: N, events: targetEvents } = options;
  const now = `'${options.now.toISOString()}'::timestamptz`;
  // One connection (the client is created with a pool of one), so these hold for every step.
  await db.$executeRawUnsafe(`SET synchronous_commit = off`);
  await db.$executeRawUnsafe(`SET work_mem = '256MB'`);
  await db.$executeRawUnsafe(`SET maintenance_work_mem = '512MB'`);
  await db.$executeRawUnsafe(`SELECT setseed(0.4242)`);

  const city = `(SELECT "id" FROM "city" WHERE "code" = 'KZN')`;

  // --- The organizations and places around the demo city -------------------------------------------
  await step(
    db,
    'districts',
    `INSERT INTO "district" ("city_id", "code", "name")
     SELECT ${city}, 'bench-' || lpad(k::text, 2, '0'), ${names(`'Bench district ' || k`)}
       FROM generate_series(1, 9) k`,
  );
  await step(
    db,
    'organizations',
    `INSERT INTO "organization" ("city_id", "kind", "name", "phone")
     SELECT ${city}, o.kind::"OrganizationKind", o.label || ' ' || lpad(k::text, 2, '0'), '+7 843 000-' || lpad(k::text, 2, '0')
       FROM (VALUES ('MANAGEMENT_COMPANY', 'Bench management company', 40),
                    ('CONTRACTOR', 'Bench contractor', 25),
                    ('UTILITY', 'Bench utility', 4)) o(kind, label, n),
            generate_series(1, o.n) k`,
  );
  // The bench utilities issue no-debt certificates too (one per resource: water, heat, gas, power).
  await step(
    db,
    'service providers',
    `INSERT INTO "service_provider" ("category_id", "organization_id")
     SELECT c."id", o."id" FROM "service_category" c, "organization" o
      WHERE c."code" = 'no_debt_certificate' AND o."name" LIKE 'Bench utility %'`,
  );
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS bench_mc, bench_district, bench_building, bench_premises,
    bench_user, bench_contractor, bench_category, bench_plan, bench_event, bench_cutoff`);
  await db.$executeRawUnsafe(
    `CREATE UNLOGGED TABLE bench_mc AS
     SELECT row_number() OVER (ORDER BY "name")::int AS n, "id" FROM "organization" WHERE "name" LIKE 'Bench management company %'`,
  );
  await db.$executeRawUnsafe(
    `CREATE UNLOGGED TABLE bench_district AS
     SELECT row_number() OVER (ORDER BY "code")::int - 1 AS n, "id" FROM "district" WHERE "city_id" = ${city}`,
  );
  // ~8,000 buildings over the 12 districts, each served by one of the 40 management companies.
  await step(
    db,
    'buildings',
    `INSERT INTO "building" ("district_id", "managing_organization_id", "street", "house_number", "floors")
     SELECT d."id", mc."id", 'Bench street ' || (k / 50 + 1), (k % 50 + 1)::text, (5 + (k % 4) * 4)::smallint
       FROM generate_series(0, 7999) k
       JOIN bench_district d ON d.n = k % (SELECT count(*) FROM bench_district)
       JOIN bench_mc mc ON mc.n = (k / 7) % 40 + 1`,
  );
  await db.$executeRawUnsafe(
    `CREATE UNLOGGED TABLE bench_building AS
     SELECT row_number() OVER (ORDER BY b."street", b."house_number", b."id")::int AS n, b."id", b."managing_organization_id" AS mc
       FROM "building" b WHERE b."street" LIKE 'Bench street %'`,
  );
  await db.$executeRawUnsafe(`ALTER TABLE bench_building ADD PRIMARY KEY (n)`);
  await step(
    db,
    'premises',
    `INSERT INTO "premises" ("building_id", "number")
     SELECT b."id", k::text FROM bench_building b, generate_series(1, 10) k`,
  );
  await db.$executeRawUnsafe(
    `CREATE UNLOGGED TABLE bench_premises AS
     SELECT b.n AS bn, p."number"::int AS k, p."id" FROM "premises" p JOIN bench_building b ON b."id" = p."building_id"`,
  );
  await db.$executeRawUnsafe(`ALTER TABLE bench_premises ADD PRIMARY KEY (bn, k)`);
  await step(
    db,
    'residents',
    `INSERT INTO "app_user" ("email", "password_hash", "display_name", "phone")
     SELECT 'bench-resident-' || k || '@bench.invalid', '!bench-no-login', 'Bench resident ' || k, '+7 900 ' || lpad(k::text, 7, '0')
       FROM generate_series(1, 20000) k`,
  );
  await db.$executeRawUnsafe(
    `CREATE UNLOGGED TABLE bench_user AS
     SELECT row_number() OVER (ORDER BY "email")::int AS n, "id", "display_name", "phone" FROM "app_user" WHERE "email" LIKE 'bench-resident-%'`,
  );
  await db.$executeRawUnsafe(`ALTER TABLE bench_user ADD PRIMARY KEY (n)`);
  await db.$executeRawUnsafe(
    `CREATE UNLOGGED TABLE bench_contractor AS
     SELECT row_number() OVER (ORDER BY "name")::int AS n, "id" FROM "organization"
      WHERE "kind" = 'CONTRACTOR' AND "city_id" = ${city}`,
  );
  // Categories filed here: the repair catalogue (not the meter-sealing work orders applications order) and
  // the e-services, each with its SLA as seconds (working days ≈ 1.4 calendar days).
  await db.$executeRawUnsafe(
    `CREATE UNLOGGED TABLE bench_category AS
     SELECT c."kind", row_number() OVER (PARTITION BY c."kind" ORDER BY c."sort_order", c."code")::int AS n, c."id",
            (CASE c."sla_unit" WHEN 'HOURS' THEN 3600 WHEN 'WORKING_DAYS' THEN 1.4 * ${DAY}
                              WHEN 'CALENDAR_DAYS' THEN ${DAY} ELSE ${DAY} END * c."sla_amount"
              + CASE WHEN c."sla_unit" = 'DAY_OF_NEXT_MONTH' THEN 15 * ${DAY} ELSE 0 END)::float8 AS sla,
            (SELECT array_agg(sp."organization_id" ORDER BY sp."organization_id") FROM "service_provider" sp
              WHERE sp."category_id" = c."id") AS providers
       FROM "service_category" c
      WHERE c."active" AND c."code" NOT IN ('meter_sealing', 'meter_unsealing')`,
  );
  const counts = {
    buildings: await scalar(db, `SELECT count(*) AS v FROM bench_building`),
    users: await scalar(db, `SELECT count(*) AS v FROM bench_user`),
    contractors: await scalar(db, `SELECT count(*) AS v FROM bench_contractor`),
    repairCats: await scalar(db, `SELECT count(*) AS v FROM bench_category WHERE "kind" = 'REPAIR'`),
    appCats: await scalar(db, `SELECT count(*) AS v FROM bench_category WHERE "kind" = 'E_SERVICE'`),
  };

  // --- The plan: every request's fate and the time of each step ------------------------------------
  const t0 = performance.now();
  await db.$executeRawUnsafe(`
    CREATE UNLOGGED TABLE bench_plan AS
    WITH base AS (
      SELECT i, gen_random_uuid() AS id,
             CASE WHEN random() < 0.1 THEN 'E_SERVICE' ELSE 'REPAIR' END AS kind,
             ${now} - make_interval(secs => (${N} - i + random()) * ${SPAN_DAYS * DAY}::float8 / ${N}) AS c,
             1 + floor(random() * ${counts.buildings})::int AS bn,
             1 + floor(random() * 10)::int AS pk,
             random() AS r_place, 1 + floor(random() * ${counts.users})::int AS un,
             1 + floor(random() * ${counts.contractors})::int AS cn,
             random() AS r_cat, random() AS r_fate, random() AS r_slow, random() AS r_confirm, random() AS r_rate,
             random() AS r_stars, random() AS r_total, random() AS r_channel
        FROM generate_series(1, ${N}) i
    ), sized AS (
      SELECT base.*, cat."id" AS category_id, cat.providers, cat.sla,
             -- Time to finish: mostly within the SLA, a tail beyond it; a few requests stall for weeks,
             -- a very few are forgotten and stay open.
             greatest(1800, cat.sla * (0.2 + 1.2 * power(r_total, 1.5)))
               * CASE WHEN r_slow < 0.002 THEN 10000 WHEN r_slow < 0.017 THEN 30 ELSE 1 END
               * CASE WHEN base.kind = 'REPAIR' AND r_fate >= 0.07 AND r_fate < 0.11 THEN 1.5 ELSE 1 END AS t
        FROM base
        JOIN bench_category cat
          ON cat."kind"::text = base.kind
         AND cat.n = 1 + floor(r_cat * CASE WHEN base.kind = 'REPAIR' THEN ${counts.repairCats} ELSE ${counts.appCats} END)::int
    ), timed AS (
      SELECT s.*,
             s.c + make_interval(secs => s.sla) AS deadline_at,
             CASE WHEN kind = 'REPAIR' AND r_fate < 0.03 THEN true ELSE false END AS cancelled,
             CASE WHEN kind = 'REPAIR' AND r_fate >= 0.03 AND r_fate < 0.07 THEN 'RETURNED'
                  WHEN kind = 'REPAIR' AND r_fate >= 0.07 AND r_fate < 0.11 THEN 'REOPENED' END AS rework,
             CASE WHEN kind = 'E_SERVICE' THEN
               CASE WHEN r_fate < 0.2 THEN 'PAY' WHEN r_fate < 0.75 THEN 'APPROVE' WHEN r_fate < 0.95 THEN 'REFUSE' ELSE 'INVALID' END
             END AS outcome,
             r_confirm < 0.65 AS confirmed,
             CASE WHEN r_rate < 0.4 THEN CASE WHEN r_stars < 0.45 THEN 5 WHEN r_stars < 0.7 THEN 4 WHEN r_stars < 0.82 THEN 3
                                              WHEN r_stars < 0.9 THEN 2 ELSE 1 END END AS stars
        FROM sized s
    )
    , steps AS (
    SELECT i, id, kind, c, deadline_at, category_id, providers, bn, pk, r_place, un, cn, r_channel, cancelled, rework,
           outcome, confirmed, stars, t,
           -- Repairs
           CASE WHEN kind = 'REPAIR' THEN c + make_interval(secs => t * (0.02 + 0.04 * random())) END AS t_route,
           CASE WHEN kind = 'REPAIR' AND cancelled THEN c + make_interval(secs => t * (0.01 + 0.2 * random())) END AS t_cancel,
           CASE WHEN kind = 'REPAIR' AND NOT cancelled THEN c + make_interval(secs => t * (0.10 + 0.15 * random())) END AS t_assign,
           CASE WHEN kind = 'REPAIR' AND NOT cancelled THEN c + make_interval(secs => t * (0.30 + 0.05 * random())) END AS t_start,
           CASE WHEN kind = 'REPAIR' AND NOT cancelled THEN c + make_interval(secs => t * CASE rework
                  WHEN 'RETURNED' THEN 0.45 + 0.05 * random() WHEN 'REOPENED' THEN 0.40 + 0.05 * random()
                  ELSE 0.6 + 0.3 * random() END) END AS t_done,
           CASE WHEN rework = 'RETURNED' THEN c + make_interval(secs => t * 0.6) END AS t_ret,
           CASE WHEN rework = 'REOPENED' THEN c + make_interval(secs => t * 0.5) END AS t_verify1,
           CASE WHEN rework = 'REOPENED' THEN c + make_interval(secs => t * (0.55 + 0.05 * random())) END AS t_reopen,
           CASE WHEN rework = 'REOPENED' THEN c + make_interval(secs => t * (0.65 + 0.05 * random())) END AS t_assign2,
           CASE WHEN rework IS NOT NULL THEN c + make_interval(secs => t * (0.75 + 0.05 * random())) END AS t_start2,
           CASE WHEN rework IS NOT NULL THEN c + make_interval(secs => t * (0.85 + 0.1 * random())) END AS t_done2,
           CASE WHEN kind = 'REPAIR' AND NOT cancelled THEN c + make_interval(secs => t) END AS t_verify,
           CASE WHEN kind = 'REPAIR' AND NOT cancelled THEN c + make_interval(secs => t
                  + CASE WHEN confirmed THEN 3600 + 47 * 3600 * random() ELSE 72 * 3600 END) END AS t_close,
           random() AS r_rate_delay,
           -- Applications
           CASE WHEN kind = 'E_SERVICE' THEN c + make_interval(secs => 60 + 1740 * random()) END AS t_register,
           CASE WHEN kind = 'E_SERVICE' THEN c + make_interval(secs => t * (0.1 + 0.2 * random())) END AS t_review,
           CASE WHEN outcome = 'PAY' THEN c + make_interval(secs => t * (0.5 + 0.1 * random())) END AS t_payreq,
           CASE WHEN kind = 'E_SERVICE' THEN c + make_interval(secs => t * CASE WHEN outcome = 'PAY' THEN 0.62 + 0.38 * random() ELSE 1 END) END AS t_decide
      FROM timed
    ), fixed AS (
      SELECT steps.*,
             CASE WHEN cancelled AND t_route > t_cancel THEN NULL ELSE t_route END AS t_routed,
             -- Only a resident who confirmed can rate: an auto-closed request (CLOSED_UNCONFIRMED) has no rating.
             CASE WHEN stars IS NOT NULL AND confirmed THEN t_close + make_interval(secs => 48 * 3600 * r_rate_delay) END AS t_rate
        FROM steps
    )
    SELECT fixed.*,
           CASE WHEN kind = 'REPAIR' THEN
             CASE WHEN t_cancel <= ${now} THEN 'CANCELLED'
                  WHEN cancelled THEN CASE WHEN t_routed <= ${now} THEN 'ROUTED' ELSE 'NEW' END
                  WHEN t_close <= ${now} THEN CASE WHEN confirmed THEN 'CLOSED' ELSE 'CLOSED_UNCONFIRMED' END
                  WHEN t_verify <= ${now} THEN 'VERIFIED'
                  WHEN rework = 'REOPENED' AND t_done2 <= ${now} THEN 'WORK_DONE'
                  WHEN rework = 'REOPENED' AND t_start2 <= ${now} THEN 'IN_PROGRESS'
                  WHEN rework = 'REOPENED' AND t_assign2 <= ${now} THEN 'ASSIGNED'
                  WHEN rework = 'REOPENED' AND t_reopen <= ${now} THEN 'REOPENED'
                  WHEN rework = 'REOPENED' AND t_verify1 <= ${now} THEN 'VERIFIED'
                  WHEN rework = 'RETURNED' AND t_done2 <= ${now} THEN 'WORK_DONE'
                  WHEN rework = 'RETURNED' AND t_start2 <= ${now} THEN 'IN_PROGRESS'
                  WHEN rework = 'RETURNED' AND t_ret <= ${now} THEN 'RETURNED'
                  WHEN t_done <= ${now} THEN 'WORK_DONE'
                  WHEN t_start <= ${now} THEN 'IN_PROGRESS'
                  WHEN t_assign <= ${now} THEN 'ASSIGNED'
                  WHEN t_routed <= ${now} THEN 'ROUTED'
                  ELSE 'NEW' END
           ELSE
             CASE WHEN t_decide <= ${now} THEN CASE outcome WHEN 'PAY' THEN 'APPROVED' WHEN 'APPROVE' THEN 'APPROVED'
                                                            WHEN 'REFUSE' THEN 'REFUSED' ELSE 'INVALID' END
                  WHEN t_payreq <= ${now} THEN 'AWAITING_PAYMENT'
                  WHEN t_review <= ${now} THEN 'IN_REVIEW'
                  WHEN t_register <= ${now} THEN 'REGISTERED'
                  ELSE 'SUBMITTED' END
           END AS status
      FROM fixed`);
  log(`plan: ${N} requests (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const b = (x: string) => `CASE WHEN ${x} <= ${now} THEN ${x} END`;
  // --- Requests and applications --------------------------------------------------------------------
  await step(
    db,
    'requests',
    `INSERT INTO "request" ("id", "kind", "number", "city_id", "category_id", "resident_id", "filed_by_id", "channel",
       "contact_name", "contact_phone", "building_id", "premises_id", "common_area", "description", "status",
       "priority", "organization_id", "contractor_organization_id", "deadline_at", "created_at", "updated_at",
       "closed_at", "verified_at", "rating", "reopen_until")
     SELECT p.id, p.kind::"ServiceKind",
            'KZN-' || to_char(p.c AT TIME ZONE 'Europe/Moscow', 'YYYY') || '-B' || lpad(p.i::text, 7, '0'),
            ${city}, p.category_id, u."id", u."id",
            (CASE WHEN p.kind = 'REPAIR' AND p.r_channel < 0.25 THEN 'PHONE' ELSE 'WEB' END)::"RequestChannel",
            u."display_name", u."phone",
            CASE WHEN p.kind = 'REPAIR' OR p.r_place < 0.7 THEN b."id" END,
            CASE WHEN p.r_place < (CASE WHEN p.kind = 'REPAIR' THEN 0.7 ELSE 0.35 END) THEN pr."id" END,
            CASE WHEN p.kind = 'REPAIR' AND p.r_place >= 0.7
                 THEN (ARRAY['ENTRANCE', 'ROOF', 'BASEMENT', 'YARD'])[1 + floor((p.r_place - 0.7) / 0.3 * 4)::int]::"CommonArea" END,
            CASE WHEN p.kind = 'REPAIR' THEN 'Bench request ' || p.i END,
            p.status::"RequestStatus",
            (CASE WHEN p.kind = 'REPAIR' AND p.r_channel > 0.97 THEN 'EMERGENCY' ELSE 'NORMAL' END)::"RequestPriority",
            CASE WHEN p.kind = 'REPAIR' THEN CASE WHEN p.t_routed <= ${now} THEN b.mc END
                 ELSE p.providers[1 + p.i % array_length(p.providers, 1)] END,
            CASE WHEN p.kind = 'REPAIR' AND p.t_assign <= ${now} THEN co."id" END,
            p.deadline_at, p.c,
            GREATEST(p.c, ${['t_routed', 't_cancel', 't_assign', 't_start', 't_done', 't_ret', 't_verify1', 't_reopen', 't_assign2', 't_start2', 't_done2', 't_verify', 't_close', 't_rate', 't_register', 't_review', 't_payreq', 't_decide'].map((x) => b(`p.${x}`)).join(', ')}),
            CASE p.status WHEN 'CLOSED' THEN p.t_close WHEN 'CLOSED_UNCONFIRMED' THEN p.t_close
                          WHEN 'CANCELLED' THEN p.t_cancel END,
            COALESCE(${b('p.t_verify')}, ${b('p.t_verify1')}),
            CASE WHEN p.status = 'CLOSED' AND p.t_rate <= ${now} THEN p.stars END,
            CASE WHEN p.status = 'CLOSED_UNCONFIRMED' THEN p.t_close + interval '14 days' END
       FROM bench_plan p
       JOIN bench_building b ON b.n = p.bn
       JOIN bench_premises pr ON pr.bn = p.bn AND pr.k = p.pk
       JOIN bench_user u ON u.n = p.un
       JOIN bench_contractor co ON co.n = p.cn
      ORDER BY p.i`,
  );
  await step(
    db,
    'applications',
    `INSERT INTO "application" ("request_id", "answers", "applicant_name", "content_hash", "registered_at", "decided_at", "amount_due")
     SELECT p.id, '{}', 'Bench applicant ' || p.un, md5(p.id::text) || md5(p.i::text), ${b('p.t_register')},
            CASE WHEN p.status IN ('APPROVED', 'REFUSED', 'INVALID') THEN p.t_decide END,
            CASE WHEN p.outcome = 'PAY' AND p.t_payreq <= ${now} THEN 150000 END
       FROM bench_plan p WHERE p.kind = 'E_SERVICE' ORDER BY p.i`,
  );

  // --- Events: every step up to now; `essential` marks the milestones kept before the cut-off --------
  const tEv = performance.now();
  await db.$executeRawUnsafe(`
    CREATE UNLOGGED TABLE bench_event AS
    SELECT p.i, p.id AS request_id, e.t, e.type, e.from_status, e.to_status, e.essential
      FROM bench_plan p
     CROSS JOIN LATERAL (VALUES
       (CASE WHEN p.kind = 'REPAIR' THEN p.c END, 'FILED', NULL, 'NEW', true),
       (p.t_routed, 'ROUTED', 'NEW', 'ROUTED', false),
       (p.t_cancel, 'CANCELLED', CASE WHEN p.t_routed < p.t_cancel THEN 'ROUTED' ELSE 'NEW' END, 'CANCELLED', true),
       (p.t_assign, 'ASSIGNED', 'ROUTED', 'ASSIGNED', true),
       (p.t_start, 'STARTED', 'ASSIGNED', 'IN_PROGRESS', false),
       (p.t_done, 'WORK_DONE', 'IN_PROGRESS', 'WORK_DONE', false),
       (p.t_ret, 'RETURNED', 'WORK_DONE', 'RETURNED', true),
       (p.t_verify1, 'VERIFIED', 'WORK_DONE', 'VERIFIED', false),
       (p.t_reopen, 'REOPENED', 'VERIFIED', 'REOPENED', true),
       (p.t_assign2, 'ASSIGNED', 'REOPENED', 'ASSIGNED', false),
       (p.t_start2, 'STARTED', CASE WHEN p.rework = 'RETURNED' THEN 'RETURNED' ELSE 'ASSIGNED' END, 'IN_PROGRESS', false),
       (p.t_done2, 'WORK_DONE', 'IN_PROGRESS', 'WORK_DONE', false),
       (p.t_verify, 'VERIFIED', 'WORK_DONE', 'VERIFIED', false),
       (p.t_close, CASE WHEN p.confirmed THEN 'CONFIRMED' ELSE 'AUTO_CLOSED' END, 'VERIFIED',
        CASE WHEN p.confirmed THEN 'CLOSED' ELSE 'CLOSED_UNCONFIRMED' END, true),
       (p.t_rate, 'RATED', NULL, NULL, true),
       (CASE WHEN p.kind = 'E_SERVICE' THEN p.c END, 'SUBMITTED', NULL, 'SUBMITTED', true),
       (p.t_register, 'REGISTERED', 'SUBMITTED', 'REGISTERED', true),
       (p.t_review, 'REVIEW_STARTED', 'REGISTERED', 'IN_REVIEW', false),
       (p.t_payreq, 'PAYMENT_REQUESTED', 'IN_REVIEW', 'AWAITING_PAYMENT', false),
       (CASE WHEN p.outcome = 'PAY' THEN p.t_decide END, 'PAID', NULL, NULL, false),
       (p.t_decide, CASE p.outcome WHEN 'REFUSE' THEN 'REFUSED' WHEN 'INVALID' THEN 'INVALIDATED' ELSE 'APPROVED' END,
        CASE WHEN p.outcome = 'PAY' THEN 'AWAITING_PAYMENT' ELSE 'IN_REVIEW' END,
        CASE p.outcome WHEN 'REFUSE' THEN 'REFUSED' WHEN 'INVALID' THEN 'INVALID' ELSE 'APPROVED' END, true)
     ) e(t, type, from_status, to_status, essential)
     WHERE e.t <= ${now}`);
  log(`planned events (${((performance.now() - tEv) / 1000).toFixed(1)} s)`);
  // The cut-off: the first request with a full timeline, so milestones before it plus everything from it
  // come closest to the target from below.
  await db.$executeRawUnsafe(`
    CREATE UNLOGGED TABLE bench_cutoff AS
    SELECT i, sum(n_ess) OVER (ORDER BY i ROWS UNBOUNDED PRECEDING) - n_ess
              + sum(n_all) OVER (ORDER BY i ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS total
      FROM (SELECT i, count(*) AS n_all, count(*) FILTER (WHERE essential) AS n_ess FROM bench_event GROUP BY i) c`);
  const first = await db.$queryRawUnsafe<{ i: number; total: bigint }[]>(
    `SELECT i, total FROM bench_cutoff WHERE total <= ${targetEvents} ORDER BY i LIMIT 1`,
  );
  const cutoff = first[0]?.i ?? N + 1;
  const kept = first[0]
    ? Number(first[0].total)
    : await scalar(db, `SELECT count(*) AS v FROM bench_event WHERE essential`);
  const gap = Math.max(0, targetEvents - kept);
  log(`full timelines from request ${cutoff} of ${N}; ${kept} events + ${gap} comments`);
  await step(
    db,
    'events',
    `INSERT INTO "request_event" ("request_id", "type", "from_status", "to_status", "created_at")
     SELECT request_id, type::"RequestEventType", from_status::"RequestStatus", to_status::"RequestStatus", t
       FROM (SELECT request_id, type, from_status, to_status, t FROM bench_event WHERE essential OR i >= ${cutoff}
             UNION ALL
             SELECT p.id, 'COMMENTED', NULL, NULL, p.c + (${now} - p.c) * (0.01 * random())
               FROM (SELECT 1 + floor(random() * ${N})::int AS i FROM generate_series(1, ${gap})) g
               JOIN bench_plan p ON p.i = g.i) e
      ORDER BY t`,
  );
  await db.$executeRawUnsafe(`DROP TABLE bench_mc, bench_district, bench_building, bench_premises,
    bench_user, bench_contractor, bench_category, bench_plan, bench_event, bench_cutoff`);

  // --- The maintained metric rows, then fresh statistics ---------------------------------------------
  // Statistics first: with the freshly loaded tables unanalysed, the planner walks the created_at index
  // for every request's first assignment and the rebuild takes hours instead of a minute.
  for (const table of ['request', 'request_event', 'application', 'building']) {
    await db.$executeRawUnsafe(`ANALYZE "${table}"`);
  }
  log('analyzed the loaded tables');
  const tm = performance.now();
  const metrics = await rebuildRequestMetrics(db);
  log(`request_metric: ${metrics} rows (${((performance.now() - tm) / 1000).toFixed(1)} s)`);
  for (const table of [
    'request',
    'request_event',
    'application',
    'request_metric',
    'building',
    'premises',
    'organization',
    'app_user',
  ]) {
    const tv = performance.now();
    await db.$executeRawUnsafe(`VACUUM ANALYZE "${table}"`);
    log(`vacuum analyze ${table} (${((performance.now() - tv) / 1000).toFixed(1)} s)`);
  }
}
