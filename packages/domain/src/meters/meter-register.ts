// The meter register's rules (seed 003): which meters take readings, what sealing and unsealing work does to
// a meter, and what the meter applications (registration, replacement, re-verification) must say about the
// meters they name. Pure: the API asks these inside its transactions, the web reads the same answers.
import type { ValidationIssue } from '../issues.ts';
import type { OutcomeType } from '../e-services/definition.ts';

/** A meter in the register. */
export const meterStatuses = [
  /** Registered, its seal not fitted yet (a sealing work order will fit it). */
  'AWAITING_SEAL',
  /** Sealed and in use: its readings are accepted. */
  'ACTIVE',
  /** Its seal was removed (an unsealing work order): readings are refused until it is sealed again. */
  'UNSEALED',
  /** Removed from the register (replaced, or its registration annulled). */
  'RETIRED',
] as const;
export type MeterStatus = (typeof meterStatuses)[number];

/**
 * Whether readings of a meter in `status` are taken. A seal proves the meter was not tampered with, so a meter
 * without one (not sealed yet, or unsealed) gives no reading billing could rely on: refused, not stored.
 */
export function readingsAccepted(status: MeterStatus): boolean {
  return status === 'ACTIVE';
}

/** The two works a resident (or the call centre for a caller) may order for a meter. */
export const sealWorks = ['SEAL', 'UNSEAL'] as const;
export type SealWork = (typeof sealWorks)[number];

/** The repair category of each work: the work order runs through the ordinary contractor workflow. */
export const sealWorkCategoryCodes: Readonly<Record<SealWork, string>> = {
  SEAL: 'meter_sealing',
  UNSEAL: 'meter_unsealing',
};

/** The work a repair category stands for, or null for any other category. */
export function sealWorkOfCategory(categoryCode: string): SealWork | null {
  if (categoryCode === sealWorkCategoryCodes.SEAL) return 'SEAL';
  if (categoryCode === sealWorkCategoryCodes.UNSEAL) return 'UNSEAL';
  return null;
}

/** The statuses a meter may be in for the work to be ordered (and still be in when the order is closed). */
export const sealWorkFrom: Readonly<Record<SealWork, readonly MeterStatus[]>> = {
  SEAL: ['AWAITING_SEAL', 'UNSEALED'],
  UNSEAL: ['ACTIVE'],
};

/** What closing the work order makes of the meter. */
export const sealWorkTo: Readonly<Record<SealWork, MeterStatus>> = { SEAL: 'ACTIVE', UNSEAL: 'UNSEALED' };

/** Whether `work` may be ordered for a meter in `status`. */
export function sealWorkAllowed(status: MeterStatus, work: SealWork): boolean {
  return sealWorkFrom[work].includes(status);
}

/** The answers' field names the meter services share (prisma/seed/e-services.ts defines the forms). */
export const meterAnswerFields = {
  kind: 'meterKind',
  /** Registration and replacement: the new meter; re-verification: the registered meter verified again. */
  serialNumber: 'serialNumber',
  /** Replacement: the registered meter taken out. */
  oldSerialNumber: 'oldSerialNumber',
  /** Replacement: the old meter's figure on the dismantling act. */
  finalReading: 'finalReading',
  verificationDate: 'verificationDate',
  sealNumber: 'sealNumber',
  initialReading: 'initialReading',
  /** Re-verification: the meter was dismantled (and so unsealed) to be verified. */
  removedForVerification: 'removedForVerification',
} as const;

type AnswerMap = Readonly<Record<string, unknown>>;

const textOf = (answers: AnswerMap, name: string): string | null => {
  const value = answers[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
};

/** The outcomes that change the meter register. */
export const meterOutcomes = ['METER_REGISTRATION', 'METER_REPLACEMENT', 'METER_REVERIFICATION'] as const;
export type MeterOutcome = (typeof meterOutcomes)[number];

export function isMeterOutcome(outcome: OutcomeType): outcome is MeterOutcome {
  return (meterOutcomes as readonly string[]).includes(outcome);
}

/** The registered meter an application is about (replacement: the old one; re-verification: the meter). */
export function namedMeterSerial(outcome: OutcomeType, answers: AnswerMap): string | null {
  if (outcome === 'METER_REPLACEMENT') return textOf(answers, meterAnswerFields.oldSerialNumber);
  if (outcome === 'METER_REVERIFICATION') return textOf(answers, meterAnswerFields.serialNumber);
  return null;
}

/** The answer field naming that meter, for the issue reported when there is none. */
export function namedMeterField(outcome: OutcomeType): string | null {
  if (outcome === 'METER_REPLACEMENT') return meterAnswerFields.oldSerialNumber;
  if (outcome === 'METER_REVERIFICATION') return meterAnswerFields.serialNumber;
  return null;
}

/** The serial number of the meter an application puts on the register (registration, replacement). */
export function newMeterSerial(outcome: OutcomeType, answers: AnswerMap): string | null {
  return outcome === 'METER_REGISTRATION' || outcome === 'METER_REPLACEMENT'
    ? textOf(answers, meterAnswerFields.serialNumber)
    : null;
}

/**
 * Whether the meter the application leaves on the register has no seal: a registration or replacement
 * without a seal number, or a re-verification of a meter dismantled for it and not sealed again (seed 003:
 * "если … счетчики не опломбированы, специалист ЦКС создает заявку на установку постоянной пломбы").
 */
export function needsSealing(outcome: OutcomeType, answers: AnswerMap): boolean {
  const unsealed = textOf(answers, meterAnswerFields.sealNumber) === null;
  if (outcome === 'METER_REGISTRATION' || outcome === 'METER_REPLACEMENT') return unsealed;
  if (outcome === 'METER_REVERIFICATION')
    return answers[meterAnswerFields.removedForVerification] === true && unsealed;
  return false;
}

/**
 * A new verification date for a registered meter: after the one on the register (a re-verification
 * cannot go back in time), and not after today. Issues name `answers.verificationDate`.
 */
export function checkNewVerificationDate(input: {
  proposed: string;
  current: string | null;
  today: string;
}): ValidationIssue[] {
  const field = `answers.${meterAnswerFields.verificationDate}`;
  if (input.proposed > input.today) return [{ field, code: 'too_large' }];
  if (input.current !== null && input.proposed <= input.current) return [{ field, code: 'too_small' }];
  return [];
}

/**
 * The old meter's final reading on a replacement: not below its initial figure nor its last reading.
 * Issues name `answers.finalReading`.
 */
export function checkFinalReading(input: {
  finalReading: number;
  initial: number;
  last: number | null;
}): ValidationIssue[] {
  const floor = Math.max(input.initial, input.last ?? input.initial);
  return input.finalReading < floor
    ? [{ field: `answers.${meterAnswerFields.finalReading}`, code: 'too_small' }]
    : [];
}

/**
 * The meter's status once a re-verification is approved: sealed again (a new seal number) or not removed at
 * all, it keeps taking readings (an unsealed one stays unsealed); dismantled and not sealed again, it waits
 * for its seal — unless the sealing work order the reviewer ordered is already closed.
 */
export function statusAfterReverification(input: {
  current: MeterStatus;
  removed: boolean;
  newSealNumber: string | null;
  sealingDone: boolean;
}): MeterStatus {
  if (input.newSealNumber !== null || input.sealingDone) return 'ACTIVE';
  if (input.removed) return 'AWAITING_SEAL';
  return input.current;
}
