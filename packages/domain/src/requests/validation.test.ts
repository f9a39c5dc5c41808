import { describe, expect, it } from 'vitest';
import type { FileRequestInput } from './validation.ts';
import { commonAreas, validateFileRequestInput } from './validation.ts';

const valid: FileRequestInput = {
  description: 'Water is leaking from the ceiling in the bathroom.',
  contactPhone: '+7 (843) 555-12-34',
  premisesId: 'prem_42',
};

const issuesOf = (input: FileRequestInput) => {
  const result = validateFileRequestInput(input);
  return result.ok ? [] : result.issues;
};

describe('validateFileRequestInput', () => {
  it('accepts a valid request and normalises it', () => {
    expect(
      validateFileRequestInput({
        description: '  Water is leaking from the ceiling in the bathroom.\n',
        contactPhone: '8 (843) 555-12-34',
        premisesId: ' prem_42 ',
        commonArea: null,
        preferredVisit: '  weekdays after 18:00 ',
      }),
    ).toEqual({
      ok: true,
      value: {
        description: 'Water is leaking from the ceiling in the bathroom.',
        contactPhone: '+78435551234',
        premisesId: 'prem_42',
        commonArea: null,
        preferredVisit: 'weekdays after 18:00',
      },
    });
  });

  it('accepts a common area instead of premises', () => {
    for (const commonArea of commonAreas) {
      const result = validateFileRequestInput({ ...valid, premisesId: null, commonArea });
      expect(result).toEqual({
        ok: true,
        value: {
          description: valid.description,
          contactPhone: '+78435551234',
          premisesId: null,
          commonArea,
          preferredVisit: null,
        },
      });
    }
  });

  describe('description', () => {
    it('is required', () => {
      expect(issuesOf({ ...valid, description: '   ' })).toEqual([
        { field: 'description', code: 'required' },
      ]);
    });

    it('needs at least 10 characters after trimming', () => {
      expect(issuesOf({ ...valid, description: '   123456789   ' })).toEqual([
        { field: 'description', code: 'too_short' },
      ]);
      expect(issuesOf({ ...valid, description: '1234567890' })).toEqual([]);
    });

    it('allows at most 4000 characters', () => {
      expect(issuesOf({ ...valid, description: 'ш'.repeat(4000) })).toEqual([]);
      expect(issuesOf({ ...valid, description: 'ш'.repeat(4001) })).toEqual([
        { field: 'description', code: 'too_long' },
      ]);
    });

    it('counts characters, not UTF-16 units', () => {
      expect(issuesOf({ ...valid, description: '💧'.repeat(4000) })).toEqual([]);
      expect(issuesOf({ ...valid, description: '💧💧💧💧💧' })).toEqual([
        { field: 'description', code: 'too_short' },
      ]);
    });
  });

  describe('contactPhone', () => {
    it('is required', () => {
      expect(issuesOf({ ...valid, contactPhone: '' })).toEqual([{ field: 'contactPhone', code: 'required' }]);
    });

    it('must be a phone number', () => {
      expect(issuesOf({ ...valid, contactPhone: '555-12-34' })).toEqual([
        { field: 'contactPhone', code: 'invalid_phone' },
      ]);
      expect(issuesOf({ ...valid, contactPhone: 'call me' })).toEqual([
        { field: 'contactPhone', code: 'invalid_phone' },
      ]);
    });

    it('turns a Kazakh 8… number into +7…', () => {
      const result = validateFileRequestInput({ ...valid, contactPhone: '8 701 123 45 67' });
      expect(result.ok && result.value.contactPhone).toBe('+77011234567');
    });
  });

  describe('location', () => {
    it('requires premises or a common area', () => {
      expect(issuesOf({ ...valid, premisesId: undefined })).toEqual([
        { field: 'location', code: 'location_required' },
      ]);
      expect(issuesOf({ ...valid, premisesId: '  ', commonArea: null })).toEqual([
        { field: 'location', code: 'location_required' },
      ]);
    });

    it('refuses both at once', () => {
      expect(issuesOf({ ...valid, commonArea: 'ROOF' })).toEqual([
        { field: 'location', code: 'location_ambiguous' },
      ]);
    });

    it('refuses an unknown common area', () => {
      const input = { ...valid, premisesId: null, commonArea: 'GARAGE' } as unknown as FileRequestInput;
      expect(issuesOf(input)).toEqual([{ field: 'commonArea', code: 'invalid_choice' }]);
    });
  });

  describe('preferredVisit', () => {
    it('is optional; blank becomes null', () => {
      const result = validateFileRequestInput({ ...valid, preferredVisit: '   ' });
      expect(result.ok && result.value.preferredVisit).toBeNull();
    });

    it('allows at most 200 characters', () => {
      expect(issuesOf({ ...valid, preferredVisit: 'a'.repeat(200) })).toEqual([]);
      expect(issuesOf({ ...valid, preferredVisit: 'a'.repeat(201) })).toEqual([
        { field: 'preferredVisit', code: 'too_long' },
      ]);
    });
  });

  it('reports every issue at once', () => {
    expect(
      issuesOf({
        description: 'short',
        contactPhone: '123',
        commonArea: 'YARD',
        premisesId: 'p1',
        preferredVisit: 'x'.repeat(201),
      }),
    ).toEqual([
      { field: 'description', code: 'too_short' },
      { field: 'contactPhone', code: 'invalid_phone' },
      { field: 'location', code: 'location_ambiguous' },
      { field: 'preferredVisit', code: 'too_long' },
    ]);
  });

  it('treats values of the wrong type from a client as missing', () => {
    const input = { description: 42, contactPhone: null } as unknown as FileRequestInput;
    expect(issuesOf(input)).toEqual([
      { field: 'description', code: 'required' },
      { field: 'contactPhone', code: 'required' },
      { field: 'location', code: 'location_required' },
    ]);
  });
});
