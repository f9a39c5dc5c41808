import { describe, expect, it } from 'vitest';
import {
  formFieldOf,
  isPhoneNumber,
  newRequestSchema,
  toFileRequestInput,
  type NewRequestValues,
} from './new-request-form.ts';

const valid: NewRequestValues = {
  categoryId: 'c1',
  where: 'premises',
  premisesId: 'p1',
  buildingId: 'b1',
  commonArea: '',
  description: 'The radiator in the kitchen is cold.',
  contactPhone: '+7 900 123-45-67',
  preferredVisit: '',
};

const issues = (values: NewRequestValues) => {
  const result = newRequestSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('new request form rules', () => {
  it('accepts a complete request', () => {
    expect(issues(valid)).toEqual([]);
  });

  it('reports validation codes the catalogue translates', () => {
    expect(issues({ ...valid, categoryId: '', description: 'short', contactPhone: '12' })).toEqual([
      'categoryId:required',
      'description:too_short',
      'contactPhone:invalid_phone',
    ]);
  });

  it('needs the premises, or a building and a common area', () => {
    expect(issues({ ...valid, premisesId: '' })).toEqual(['premisesId:location_required']);
    expect(issues({ ...valid, where: 'commonArea', buildingId: '', commonArea: '' })).toEqual([
      'buildingId:required',
      'commonArea:location_required',
    ]);
  });

  it('recognises phone numbers', () => {
    expect(isPhoneNumber('+7 (900) 123-45-67')).toBe(true);
    expect(isPhoneNumber('+994501234567')).toBe(true);
    expect(isPhoneNumber('call me')).toBe(false);
    expect(isPhoneNumber('12345')).toBe(false);
  });

  it('sends exactly one location', () => {
    expect(toFileRequestInput(valid)).toEqual({
      categoryId: 'c1',
      description: 'The radiator in the kitchen is cold.',
      contactPhone: '+7 900 123-45-67',
      preferredVisit: null,
      premisesId: 'p1',
    });
    const common = toFileRequestInput({
      ...valid,
      where: 'commonArea',
      commonArea: 'ROOF',
      preferredVisit: ' evenings ',
    });
    expect(common).toMatchObject({ commonArea: 'ROOF', buildingId: 'b1', preferredVisit: 'evenings' });
    expect(common).not.toHaveProperty('premisesId');
  });

  it('places API issues on the form field that shows them', () => {
    expect(formFieldOf('input.description', 'premises')).toBe('description');
    expect(formFieldOf('location', 'premises')).toBe('premisesId');
    expect(formFieldOf('location', 'commonArea')).toBe('commonArea');
    expect(formFieldOf('input.buildingId', 'commonArea')).toBe('buildingId');
    expect(formFieldOf('somethingElse', 'premises')).toBeNull();
  });
});
