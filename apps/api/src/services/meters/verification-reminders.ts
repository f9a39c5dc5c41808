// The periodic reminder that a meter's verification falls due (seed 003): 30 days before the due date the
// residents of the premises get one in-app notification and one e-mail, in their language. Exactly one per
// meter and due date, however often the job runs and on however many instances: the reminder's key
// (meter, due date) is claimed by a conditional insert, and only the transaction that inserted it writes the
// notifications. A new verification gives a new due date, and so a new reminder in its time.
import { localDateOf, reminderHorizon, type Locale } from '@citydesk/domain';
import { createTranslator, formatLocalDay } from '@citydesk/i18n';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Tx } from '../../infra/db/database.ts';
import type { ServiceDeps } from '../context.ts';
import { meterAddress } from './meter-address.ts';
import { dateOnly } from './verification-interval.ts';

/** Where the reminder leads in the web: the resident's meters. */
export const METER_REMINDER_PATH = '/resident/meters';
export const METER_REMINDER_TEMPLATE = 'meter.VERIFICATION_DUE';

/** Sends the reminders due now; returns how many meters were reminded of. */
export async function remindVerificationDue(
  deps: ServiceDeps,
  options: { batch?: number } = {},
): Promise<number> {
  const now = deps.clock();
  const batch = options.batch ?? 200;
  const cities = await deps.db.city.findMany({ select: { id: true, timeZone: true } });
  let reminded = 0;
  for (const city of cities) {
    // Due dates are the city's local dates.
    const today = localDateOf(now.getTime(), city.timeZone);
    const horizon = reminderHorizon(today);
    const due = await deps.db.$queryRaw<{ id: string }[]>`
      SELECT m.id FROM meter m
      JOIN premises p ON p.id = m.premises_id
      JOIN building b ON b.id = p.building_id
      JOIN district d ON d.id = b.district_id
      WHERE d.city_id = ${city.id}::uuid AND m.status <> 'RETIRED'
        AND m.verification_due_on BETWEEN ${today}::date AND ${horizon}::date
        AND NOT EXISTS (SELECT 1 FROM meter_verification_reminder r
                        WHERE r.meter_id = m.id AND r.due_on = m.verification_due_on)
      ORDER BY m.verification_due_on, m.id
      LIMIT ${batch}`;
    for (const { id } of due)
      if (await deps.db.$transaction((tx) => remindOne(tx, { meterId: id, today, horizon, now })))
        reminded += 1;
  }
  return reminded;
}

async function remindOne(
  tx: Tx,
  input: { meterId: string; today: string; horizon: string; now: Date },
): Promise<boolean> {
  // The scan's condition again, as the claim: of two senders exactly one inserts the key (the other's insert
  // waits for it, then does nothing), and a meter verified or retired since the scan is left alone.
  const claimed = await tx.$queryRaw<{ due_on: Date }[]>`
    INSERT INTO meter_verification_reminder (meter_id, due_on, created_at)
    SELECT id, verification_due_on, ${input.now} FROM meter
    WHERE id = ${input.meterId}::uuid AND status <> 'RETIRED'
      AND verification_due_on BETWEEN ${input.today}::date AND ${input.horizon}::date
    ON CONFLICT DO NOTHING
    RETURNING due_on`;
  if (claimed.length === 0) return false;
  const meter = await tx.meter.findUniqueOrThrow({
    where: { id: input.meterId },
    include: {
      premises: {
        select: {
          number: true,
          building: { select: { street: true, houseNumber: true } },
          occupants: {
            where: { user: { disabledAt: null } },
            select: { user: { select: { id: true, locale: true } } },
          },
        },
      },
    },
  });
  const dueOn = dateOnly(meter.verificationDueOn);
  const rows: Prisma.NotificationCreateManyInput[] = meter.premises.occupants.flatMap(({ user }) => {
    const locale = user.locale as Locale;
    const { t } = createTranslator(locale);
    const params = {
      kind: t(`meters.kinds.${meter.kind}`),
      serial: meter.serialNumber,
      address: meterAddress(meter.premises),
      date: formatLocalDay(dueOn, locale),
    };
    const common = {
      recipientId: user.id,
      template: METER_REMINDER_TEMPLATE,
      locale,
      subject: t('meterRegister.reminder.subject', params),
      body: t('meterRegister.reminder.body', params),
      payload: { meterId: meter.id, dueOn, path: METER_REMINDER_PATH },
      createdAt: input.now,
    };
    return [
      { ...common, channel: 'IN_APP' as const, status: 'SENT' as const, sentAt: input.now },
      { ...common, channel: 'EMAIL' as const, status: 'PENDING' as const },
    ];
  });
  if (rows.length > 0) await tx.notification.createMany({ data: rows });
  return true;
}
