-- CreateTable
CREATE TABLE "holiday_calendar" (
    "country_code" CHAR(2) NOT NULL,
    "year" SMALLINT NOT NULL,
    "days_off" DATE[],
    "working_days" DATE[],
    "source" TEXT NOT NULL,
    "notes" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_by_id" UUID,

    CONSTRAINT "holiday_calendar_pkey" PRIMARY KEY ("country_code","year")
);

-- CreateTable
CREATE TABLE "calendar_gap" (
    "city_id" UUID NOT NULL,
    "year" SMALLINT NOT NULL,
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_gap_pkey" PRIMARY KEY ("city_id","year")
);

-- AddForeignKey
ALTER TABLE "holiday_calendar" ADD CONSTRAINT "holiday_calendar_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_gap" ADD CONSTRAINT "calendar_gap_city_id_fkey" FOREIGN KEY ("city_id") REFERENCES "city"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- What Prisma cannot express: the lists are never NULL (an empty list is a known year without holidays, as
-- Ukraine's under martial law), years and country codes are sane, a calendar names its source.
ALTER TABLE "holiday_calendar" ADD CONSTRAINT "holiday_calendar_lists_check"
  CHECK ("days_off" IS NOT NULL AND "working_days" IS NOT NULL);
ALTER TABLE "holiday_calendar" ADD CONSTRAINT "holiday_calendar_year_check" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "holiday_calendar" ADD CONSTRAINT "holiday_calendar_country_check" CHECK ("country_code" ~ '^[A-Z]{2}$');
ALTER TABLE "holiday_calendar" ADD CONSTRAINT "holiday_calendar_source_check" CHECK (btrim("source") <> '');
ALTER TABLE "calendar_gap" ADD CONSTRAINT "calendar_gap_year_check" CHECK ("year" BETWEEN 2000 AND 2100);

-- The years citydesk ships (packages/domain/src/sla/calendars.ts, generated from it; a test proves they are
-- equal), so every database has them, with or without the demo city. Later years are the administrator's.
INSERT INTO "holiday_calendar" ("country_code", "year", "days_off", "working_days", "source", "notes") VALUES
  ('RU', 2026,
   '{2026-01-01,2026-01-02,2026-01-03,2026-01-04,2026-01-05,2026-01-06,2026-01-07,2026-01-08,2026-01-09,2026-02-23,2026-03-08,2026-03-09,2026-05-01,2026-05-09,2026-05-11,2026-06-12,2026-11-04,2026-12-31}'::date[],
   '{}'::date[],
   'Labour Code art. 112; Government Decree No. 1466 of 24 Sep 2025',
   NULL),
  ('RU', 2027,
   '{2027-01-01,2027-01-02,2027-01-03,2027-01-04,2027-01-05,2027-01-06,2027-01-07,2027-01-08,2027-02-23,2027-03-08,2027-05-01,2027-05-03,2027-05-09,2027-05-10,2027-06-12,2027-06-14,2027-11-04}'::date[],
   '{}'::date[],
   'Labour Code art. 112: fixed dates and the moves it prescribes',
   'Estimate: the decree moving Sat–Sun Jan 2–3 is not published yet; add those days off (and any working Saturday) when it is.'),
  ('AZ', 2026,
   '{2026-01-01,2026-01-02,2026-01-20,2026-03-08,2026-03-09,2026-03-20,2026-03-21,2026-03-22,2026-03-23,2026-03-24,2026-03-25,2026-03-26,2026-03-27,2026-03-30,2026-05-09,2026-05-11,2026-05-27,2026-05-28,2026-05-29,2026-06-15,2026-06-26,2026-11-08,2026-11-09,2026-11-10,2026-12-31}'::date[],
   '{}'::date[],
   'Labour Code art. 105; Cabinet decision No. 362 of 2 Dec 2025; Ministry of Labour production calendar 2026',
   NULL),
  ('AZ', 2027,
   '{2027-01-01,2027-01-02,2027-01-04,2027-01-20,2027-03-08,2027-03-09,2027-03-10,2027-03-20,2027-03-21,2027-03-22,2027-03-23,2027-03-24,2027-03-25,2027-03-26,2027-05-09,2027-05-10,2027-05-16,2027-05-17,2027-05-18,2027-05-28,2027-06-15,2027-06-26,2027-06-28,2027-11-08,2027-11-09,2027-12-31}'::date[],
   '{}'::date[],
   'Labour Code art. 105: fixed dates and the moves it prescribes',
   'Estimates until the Cabinet sets them: Novruz Mar 20–24, Ramazan Mar 9–10, Gurban May 16–17.'),
  ('KZ', 2026,
   '{2026-01-01,2026-01-02,2026-01-07,2026-03-08,2026-03-09,2026-03-21,2026-03-22,2026-03-23,2026-03-24,2026-03-25,2026-05-01,2026-05-07,2026-05-09,2026-05-11,2026-05-27,2026-07-06,2026-08-30,2026-08-31,2026-10-25,2026-10-26,2026-12-16}'::date[],
   '{}'::date[],
   'Law "On holidays" and Labour Code; the official 2026 calendar on eGov',
   NULL),
  ('KZ', 2027,
   '{2027-01-01,2027-01-02,2027-01-04,2027-01-07,2027-03-08,2027-03-21,2027-03-22,2027-03-23,2027-03-24,2027-05-01,2027-05-03,2027-05-07,2027-05-09,2027-05-10,2027-05-16,2027-07-06,2027-08-30,2027-10-25,2027-12-16}'::date[],
   '{}'::date[],
   'Law "On holidays" and Labour Code: fixed dates and the legal moves',
   'Estimates: Kurban Ait (May 16) and government transfers are not announced yet.'),
  ('UA', 2026,
   '{}'::date[],
   '{}'::date[],
   'Law No. 2136-IX art. 6(6): under martial law public holidays are working days',
   'Restore the Labour Code art. 73 holidays when martial law ends.'),
  ('UA', 2027,
   '{}'::date[],
   '{}'::date[],
   'Law No. 2136-IX art. 6(6): under martial law public holidays are working days',
   'Restore the Labour Code art. 73 holidays when martial law ends.'),
  ('IR', 2026,
   '{2026-01-03,2026-01-17,2026-02-04,2026-02-11,2026-03-11,2026-03-20,2026-03-21,2026-03-22,2026-03-23,2026-03-24,2026-04-01,2026-04-02,2026-04-14,2026-05-27,2026-06-04,2026-06-05,2026-06-24,2026-06-25,2026-08-03,2026-08-11,2026-08-13,2026-08-21,2026-08-30,2026-11-13,2026-12-22}'::date[],
   '{}'::date[],
   'Official calendar of the Council for Public Culture (1404/1405)',
   'Lunar dates after Jun 25 are Umm al-Qura estimates and may be a day off.'),
  ('IR', 2027,
   '{2027-01-05,2027-01-23,2027-02-11,2027-02-28,2027-03-09,2027-03-10,2027-03-20,2027-03-21,2027-03-22,2027-03-23,2027-03-24,2027-04-01,2027-04-02,2027-05-16,2027-05-24,2027-06-04,2027-06-05,2027-06-14,2027-06-15,2027-07-24,2027-08-01,2027-08-02,2027-08-10,2027-08-19,2027-11-02,2027-12-11,2027-12-25}'::date[],
   '{}'::date[],
   'Solar holidays of the Persian calendar; lunar holidays estimated',
   'Lunar dates are Umm al-Qura estimates and may be a day off; replace them with the official 1405/1406 calendars.');
