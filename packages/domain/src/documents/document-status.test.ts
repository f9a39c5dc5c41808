import { describe, expect, it } from 'vitest';
import {
  documentRevocationReasons,
  documentStatus,
  documentValidUntil,
  isManualRevocationReason,
  manualRevocationReasons,
} from './document-status.ts';

describe('document status', () => {
  it('is ISSUED while neither revoked nor expired', () => {
    expect(documentStatus({ revokedAt: null, validUntil: null }, '2099-01-01')).toBe('ISSUED');
    expect(documentStatus({ revokedAt: null, validUntil: '2026-12-02' }, '2026-12-02')).toBe('ISSUED');
  });

  it('is EXPIRED from the day after its last valid day', () => {
    expect(documentStatus({ revokedAt: null, validUntil: '2026-12-02' }, '2026-12-03')).toBe('EXPIRED');
    expect(documentStatus({ revokedAt: null, validUntil: '2026-12-31' }, '2027-01-01')).toBe('EXPIRED');
  });

  it('is REVOKED once revoked, even when it would have expired too', () => {
    const revokedAt = new Date('2026-11-10T10:00:00Z');
    expect(documentStatus({ revokedAt, validUntil: null }, '2026-11-10')).toBe('REVOKED');
    expect(documentStatus({ revokedAt, validUntil: '2026-11-01' }, '2026-12-01')).toBe('REVOKED');
  });

  it('counts the issue day as the first valid day', () => {
    expect(documentValidUntil('2026-11-03', 30)).toBe('2026-12-02');
    expect(documentValidUntil('2026-11-03', 1)).toBe('2026-11-03');
    expect(documentValidUntil('2027-02-01', 28)).toBe('2027-02-28');
    expect(documentValidUntil('2028-02-01', 29)).toBe('2028-02-29');
  });

  it('lets a reviewer give only the manual reasons', () => {
    for (const reason of documentRevocationReasons)
      expect(isManualRevocationReason(reason)).toBe(
        (manualRevocationReasons as readonly string[]).includes(reason),
      );
    expect(isManualRevocationReason('SUPERSEDED')).toBe(false);
    expect(isManualRevocationReason('toString')).toBe(false);
    expect(isManualRevocationReason(undefined)).toBe(false);
  });
});
