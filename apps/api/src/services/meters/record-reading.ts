// Storing a monthly reading, whoever submits it (the resident in the cabinet, the call centre for a caller):
// one transaction that locks the meter row first, so two submissions at once are checked one after the other
// against the same history, then asks the domain whether the reading may be stored.
import { checkMeterReading, localDateOf, readingsAccepted, readingWindow } from '@citydesk/domain';
import type { Prisma } from '../../generated/prisma/client.ts';
import { AppError, invalidInput, notAllowed, notFound } from '../../errors.ts';
import { isUuid } from '../attachments/attachment-rules.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { transact, type Actor, type ServiceDeps } from '../context.ts';
import { dateOnly } from './verification-interval.ts';

export type ReadingSource = 'CABINET' | 'CALL_CENTRE';

/**
 * Records this month's reading of the meter `meterId` if `scope` (what the submitter may see) finds it. A second
 * reading in the same window corrects the first. Throws NOT_FOUND (not visible), NOT_ALLOWED (retired),
 * METER_NOT_SEALED (waiting for its seal, or unsealed),
 * READING_WINDOW_CLOSED (params from/to), INVALID_INPUT (field `value`) or READING_NEEDS_CONFIRMATION (params
 * average/jump) — the last until the submitter sends `confirm`.
 */
export async function recordMeterReading(
  deps: ServiceDeps,
  input: {
    meterId: string;
    scope: Prisma.MeterWhereInput;
    submittedById: string;
    /** CALL_CENTRE when staff take it for a caller. */
    source?: ReadingSource;
    value: unknown;
    confirm: boolean;
    /** Staff taking it for a caller: the audit row names them. */
    auditAs?: Actor;
  },
): Promise<string> {
  if (!isUuid(input.meterId)) throw notFound();
  return transact(deps, async (tx) => {
    const visible = await tx.meter.findFirst({
      where: { id: input.meterId, ...input.scope },
      select: { id: true },
    });
    if (!visible) throw notFound();
    // Serialises readings of this meter: the history read below cannot change until this transaction ends.
    await tx.$queryRaw`SELECT id FROM meter WHERE id = ${input.meterId}::uuid FOR UPDATE`;
    const meter = await tx.meter.findUniqueOrThrow({
      where: { id: input.meterId },
      include: {
        readings: { orderBy: { period: 'desc' }, take: 13 },
        premises: { select: { building: { select: { district: { select: { city: true } } } } } },
      },
    });
    // Without its seal (not fitted yet, or removed) a meter's figures are not taken: billing could not rely on them.
    if (meter.status === 'RETIRED') throw notAllowed();
    if (!readingsAccepted(meter.status)) throw new AppError('METER_NOT_SEALED');
    const city = meter.premises.building.district.city;
    const now = deps.clock();
    const days = { fromDay: city.meterReadingFromDay, toDay: city.meterReadingToDay };
    const window = readingWindow(localDateOf(now.getTime(), city.timeZone), days);
    if (!window.open)
      throw new AppError('READING_WINDOW_CLOSED', { params: { from: days.fromDay, to: days.toDay } });

    const registered = localDateOf(meter.registeredAt.getTime(), city.timeZone);
    const checked = checkMeterReading({
      value: input.value,
      period: window.period,
      initial: { period: `${registered.slice(0, 7)}-01`, value: Number(meter.initialReading) },
      earlier: meter.readings
        .filter((r) => dateOnly(r.period) < window.period)
        .map((r) => ({ period: dateOnly(r.period), value: Number(r.value) })),
      jumpMultiple: city.meterReadingJumpMultiple,
      confirmed: input.confirm,
    });
    if (!checked.ok && checked.reason === 'invalid') throw invalidInput(checked.issues);
    if (!checked.ok)
      throw new AppError('READING_NEEDS_CONFIRMATION', {
        params: { average: checked.averageMonthly, jump: checked.jump },
      });

    const period = new Date(`${window.period}T00:00:00Z`);
    const written = {
      value: checked.value,
      submittedAt: now,
      submittedById: input.submittedById,
      source: input.source ?? 'CABINET',
    };
    await tx.meterReading.upsert({
      where: { meterId_period: { meterId: meter.id, period } },
      create: { meterId: meter.id, period, ...written },
      update: written,
    });
    if (input.auditAs) {
      const corrected = meter.readings.find((r) => dateOnly(r.period) === window.period);
      await recordAudit(tx, {
        action: 'meter.reading.take',
        actor: input.auditAs,
        target: { type: 'meter', id: meter.id },
        details: {
          serialNumber: meter.serialNumber,
          period: window.period,
          before: { value: corrected ? String(corrected.value) : null },
          after: { value: String(checked.value) },
          confirmedJump: input.confirm || undefined,
        },
        at: now,
      });
    }
    return meter.id;
  });
}
