import { describe, expect, it } from 'vitest';
import {
  checkFinalReading,
  checkNewVerificationDate,
  isMeterOutcome,
  meterStatuses,
  namedMeterField,
  namedMeterSerial,
  needsSealing,
  newMeterSerial,
  readingsAccepted,
  sealWorkAllowed,
  sealWorkCategoryCodes,
  sealWorkOfCategory,
  sealWorks,
  sealWorkTo,
  statusAfterReverification,
} from './meter-register.ts';

describe('readings and seals', () => {
  it('takes readings of a sealed meter in use only', () => {
    expect(meterStatuses.filter(readingsAccepted)).toEqual(['ACTIVE']);
  });

  it('seals a meter waiting for its seal or unsealed, and unseals one in use', () => {
    const allowed = (work: (typeof sealWorks)[number]) =>
      meterStatuses.filter((s) => sealWorkAllowed(s, work));
    expect(allowed('SEAL')).toEqual(['AWAITING_SEAL', 'UNSEALED']);
    expect(allowed('UNSEAL')).toEqual(['ACTIVE']);
    expect(sealWorkTo).toEqual({ SEAL: 'ACTIVE', UNSEAL: 'UNSEALED' });
    // A retired meter gets no work at all.
    for (const work of sealWorks) expect(sealWorkAllowed('RETIRED', work)).toBe(false);
  });

  it('knows each work by its repair category, and no other category', () => {
    for (const work of sealWorks) expect(sealWorkOfCategory(sealWorkCategoryCodes[work])).toBe(work);
    expect(sealWorkOfCategory('burst_pipe')).toBeNull();
  });
});

describe('the meters an application names', () => {
  const answers = {
    meterKind: 'COLD_WATER',
    oldSerialNumber: ' OLD-1 ',
    serialNumber: 'NEW-2',
    removedForVerification: true,
  };

  it('replacement: names the old meter and registers the new one', () => {
    expect(namedMeterSerial('METER_REPLACEMENT', answers)).toBe('OLD-1');
    expect(namedMeterField('METER_REPLACEMENT')).toBe('oldSerialNumber');
    expect(newMeterSerial('METER_REPLACEMENT', answers)).toBe('NEW-2');
  });

  it('re-verification: names the meter and registers none', () => {
    expect(namedMeterSerial('METER_REVERIFICATION', answers)).toBe('NEW-2');
    expect(namedMeterField('METER_REVERIFICATION')).toBe('serialNumber');
    expect(newMeterSerial('METER_REVERIFICATION', answers)).toBeNull();
  });

  it('registration names none and registers one; other services touch no meter', () => {
    expect(namedMeterSerial('METER_REGISTRATION', answers)).toBeNull();
    expect(newMeterSerial('METER_REGISTRATION', answers)).toBe('NEW-2');
    expect(namedMeterSerial('CERTIFICATE', answers)).toBeNull();
    expect(newMeterSerial('HOUSEHOLD_SIZE', answers)).toBeNull();
    expect(namedMeterField('WAITING_LIST')).toBeNull();
    expect(isMeterOutcome('METER_REVERIFICATION')).toBe(true);
    expect(isMeterOutcome('CERTIFICATE')).toBe(false);
  });
});

describe('needsSealing', () => {
  it('a registration or replacement without a seal number', () => {
    expect(needsSealing('METER_REGISTRATION', {})).toBe(true);
    expect(needsSealing('METER_REGISTRATION', { sealNumber: '  ' })).toBe(true);
    expect(needsSealing('METER_REGISTRATION', { sealNumber: 'PL-1' })).toBe(false);
    expect(needsSealing('METER_REPLACEMENT', {})).toBe(true);
  });

  it('a re-verification only when the meter was dismantled and not sealed again', () => {
    expect(needsSealing('METER_REVERIFICATION', {})).toBe(false);
    expect(needsSealing('METER_REVERIFICATION', { removedForVerification: true })).toBe(true);
    expect(needsSealing('METER_REVERIFICATION', { removedForVerification: true, sealNumber: 'PL-2' })).toBe(
      false,
    );
  });

  it('never any other service', () => {
    expect(needsSealing('CERTIFICATE', {})).toBe(false);
  });
});

describe('checkNewVerificationDate', () => {
  const field = 'answers.verificationDate';
  it('takes a date after the recorded one, up to today', () => {
    expect(
      checkNewVerificationDate({ proposed: '2026-11-20', current: '2022-11-01', today: '2026-11-20' }),
    ).toEqual([]);
    expect(checkNewVerificationDate({ proposed: '2026-11-20', current: null, today: '2026-12-01' })).toEqual(
      [],
    );
  });

  it('refuses a date in the future, and one not after the recorded verification', () => {
    expect(checkNewVerificationDate({ proposed: '2026-11-21', current: null, today: '2026-11-20' })).toEqual([
      { field, code: 'too_large' },
    ]);
    for (const proposed of ['2022-11-01', '2021-01-01'])
      expect(checkNewVerificationDate({ proposed, current: '2022-11-01', today: '2026-11-20' })).toEqual([
        { field, code: 'too_small' },
      ]);
  });
});

describe('checkFinalReading', () => {
  const tooSmall = [{ field: 'answers.finalReading', code: 'too_small' }];
  it('is not below the last reading, nor below the initial figure without one', () => {
    expect(checkFinalReading({ finalReading: 120, initial: 10, last: 120 })).toEqual([]);
    expect(checkFinalReading({ finalReading: 119.999, initial: 10, last: 120 })).toEqual(tooSmall);
    expect(checkFinalReading({ finalReading: 10, initial: 10, last: null })).toEqual([]);
    expect(checkFinalReading({ finalReading: 9, initial: 10, last: null })).toEqual(tooSmall);
  });
});

describe('statusAfterReverification', () => {
  const base = { current: 'ACTIVE' as const, removed: false, newSealNumber: null, sealingDone: false };
  it('keeps a meter that was not dismantled as it is', () => {
    expect(statusAfterReverification(base)).toBe('ACTIVE');
    expect(statusAfterReverification({ ...base, current: 'UNSEALED' })).toBe('UNSEALED');
  });

  it('puts a dismantled meter without a new seal back to waiting for one', () => {
    expect(statusAfterReverification({ ...base, removed: true })).toBe('AWAITING_SEAL');
    expect(statusAfterReverification({ ...base, removed: true, current: 'UNSEALED' })).toBe('AWAITING_SEAL');
  });

  it('makes it active with a new seal, or when the sealing work order is already closed', () => {
    expect(statusAfterReverification({ ...base, removed: true, newSealNumber: 'PL-9' })).toBe('ACTIVE');
    expect(statusAfterReverification({ ...base, current: 'UNSEALED', newSealNumber: 'PL-9' })).toBe('ACTIVE');
    expect(statusAfterReverification({ ...base, removed: true, sealingDone: true })).toBe('ACTIVE');
  });
});
