// An issued document's life: ISSUED until it is revoked (its basis went away, it was superseded, or a
// reviewer withdrew it with a reason) or, when the service limits its validity, EXPIRED after its last
// valid day. Revocation is stored; expiry is read from the date, so no job has to run for it.
import { addDays } from '../sla/local-date.ts';

export const documentStatuses = ['ISSUED', 'REVOKED', 'EXPIRED'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

/** Why a document was revoked: a category, public on the verification page (the free-text note is not). */
export const documentRevocationReasons = [
  /** What it certified ended: the applicant left the waiting list. */
  'BASIS_REMOVED',
  /** The application it was issued on was declared invalid (wrong or false data found later). */
  'APPLICATION_INVALIDATED',
  /** A newer document of the same service for the same subject replaced it. */
  'SUPERSEDED',
  /** A reviewer withdrew it: issued by mistake. */
  'ISSUED_IN_ERROR',
  /** A reviewer withdrew it: the documents it was issued on were false. */
  'FALSE_DOCUMENTS',
  /** A reviewer withdrew it for another reason (the note says which). */
  'OTHER',
] as const;
export type DocumentRevocationReason = (typeof documentRevocationReasons)[number];

/** The reasons a reviewer may give by hand; the others are the platform's own. */
export const manualRevocationReasons = [
  'ISSUED_IN_ERROR',
  'FALSE_DOCUMENTS',
  'OTHER',
] as const satisfies readonly DocumentRevocationReason[];

export function isManualRevocationReason(value: unknown): value is (typeof manualRevocationReasons)[number] {
  return typeof value === 'string' && (manualRevocationReasons as readonly string[]).includes(value);
}

/** The last local date a document issued on `issuedOn` is valid on, for a validity of `days` days. */
export function documentValidUntil(issuedOn: string, days: number): string {
  return addDays(issuedOn, days - 1);
}

/** The status of a document on local date `today`: revocation wins over expiry. */
export function documentStatus(
  document: { revokedAt: Date | null; validUntil: string | null },
  today: string,
): DocumentStatus {
  if (document.revokedAt) return 'REVOKED';
  if (document.validUntil !== null && today > document.validUntil) return 'EXPIRED';
  return 'ISSUED';
}
