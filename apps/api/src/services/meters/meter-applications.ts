// What the meter applications (registration, replacement, re-verification; seed 003) must say about the
// register, checked when one is filed and again, under a lock on the meter, when it is approved: the meter a
// replacement or re-verification names is a registered meter of the premises, a meter put on the register
// is not on it already, a new verification date comes after the recorded one, and the old meter's final
// reading is not below its last reading.
import {
  checkFinalReading,
  checkNewVerificationDate,
  isMeterKind,
  isMeterOutcome,
  namedMeterField,
  namedMeterSerial,
  newMeterSerial,
  type OutcomeType,
  type ValidationIssue,
} from '@citydesk/domain';
import type { Meter } from '../../generated/prisma/client.ts';
import { AppError, invalidInput } from '../../errors.ts';
import type { Tx } from '../../infra/db/database.ts';
import { dateOnly } from './verification-interval.ts';

type Answers = Readonly<Record<string, unknown>>;

/** The kind of meter the answers name (the forms' required select). */
export function answeredKind(answers: Answers) {
  const kind = answers.meterKind;
  if (!isMeterKind(kind)) throw invalidInput([{ field: 'answers.meterKind', code: 'invalid_choice' }]);
  return kind;
}

async function lastReading(tx: Tx, meterId: string): Promise<number | null> {
  const last = await tx.meterReading.findFirst({ where: { meterId }, orderBy: { period: 'desc' } });
  return last ? Number(last.value) : null;
}

/** The checks against the named meter's register entry. */
async function namedMeterIssues(
  tx: Tx,
  outcome: OutcomeType,
  meter: Meter,
  answers: Answers,
  today: string,
): Promise<ValidationIssue[]> {
  const verificationDate = String(answers.verificationDate);
  if (outcome === 'METER_REVERIFICATION')
    return checkNewVerificationDate({
      proposed: verificationDate,
      current: dateOnly(meter.verifiedOn),
      today,
    });
  if (outcome === 'METER_REPLACEMENT')
    return [
      ...checkFinalReading({
        finalReading: Number(answers.finalReading),
        initial: Number(meter.initialReading),
        last: await lastReading(tx, meter.id),
      }),
      ...checkNewVerificationDate({ proposed: verificationDate, current: null, today }),
    ];
  return [];
}

/** Whether a meter with this kind and serial number is on the register (retired ones keep their number). */
export async function serialTaken(tx: Tx, kind: string, serialNumber: string): Promise<boolean> {
  if (!isMeterKind(kind)) return false;
  return (await tx.meter.count({ where: { kind, serialNumber } })) > 0;
}

/**
 * At filing: checks a meter application's answers against the register of `premisesId` and returns the
 * registered meter it names (stored as the application's `meter_id`), or null. INVALID_INPUT names the answer.
 */
export async function checkMeterApplication(
  tx: Tx,
  input: { outcome: OutcomeType; premisesId: string | null; answers: Answers; today: string },
): Promise<string | null> {
  const { outcome, answers } = input;
  if (!isMeterOutcome(outcome)) return null;
  const kind = answeredKind(answers);
  const issues: ValidationIssue[] = [];
  const named = namedMeterSerial(outcome, answers);
  let meter: Meter | null = null;
  if (named !== null) {
    meter = input.premisesId
      ? await tx.meter.findFirst({
          where: { premisesId: input.premisesId, kind, serialNumber: named, status: { not: 'RETIRED' } },
        })
      : null;
    if (!meter) issues.push({ field: `answers.${namedMeterField(outcome)}`, code: 'unknown_meter' });
  }
  const serial = newMeterSerial(outcome, answers);
  if (serial !== null && (await serialTaken(tx, kind, serial)))
    issues.push({ field: 'answers.serialNumber', code: 'meter_already_registered' });
  if (meter) issues.push(...(await namedMeterIssues(tx, outcome, meter, answers, input.today)));
  if (issues.length > 0) throw invalidInput(issues);
  return meter?.id ?? null;
}

/**
 * At approval: locks the meter the application names (so readings, work orders and other applications
 * about it wait), and checks again what filing checked. METER_RETIRED when it left the register meanwhile.
 */
export async function lockNamedMeter(
  tx: Tx,
  input: { outcome: OutcomeType; meterId: string | null; answers: Answers; today: string },
): Promise<Meter> {
  if (!input.meterId) throw new AppError('METER_RETIRED');
  await tx.$queryRaw`SELECT id FROM meter WHERE id = ${input.meterId}::uuid FOR UPDATE`;
  const meter = await tx.meter.findUniqueOrThrow({ where: { id: input.meterId } });
  if (meter.status === 'RETIRED') throw new AppError('METER_RETIRED');
  const issues = await namedMeterIssues(tx, input.outcome, meter, input.answers, input.today);
  if (issues.length > 0) throw invalidInput(issues);
  return meter;
}
