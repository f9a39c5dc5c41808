// The phone intake form's rules (shared with its test): who called, where, what.
import { z } from 'zod';
import type { PhoneIntakeInput } from '../../gql/dispatcher/graphql.ts';
import {
  commonAreas,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  isPhoneNumber,
  type CommonAreaValue,
} from '../resident/new-request-form.ts';

export { commonAreas };

export const intakeSchema = z
  .object({
    residentId: z.string(),
    contactName: z.string().trim().min(1, 'required').max(200, 'too_long'),
    contactPhone: z.string().trim().min(1, 'required').refine(isPhoneNumber, 'invalid_phone'),
    where: z.enum(['premises', 'commonArea']),
    buildingId: z.string().min(1, 'required'),
    premisesNumber: z.string().trim().max(20, 'too_long'),
    commonArea: z.string(),
    categoryId: z.string().min(1, 'required'),
    description: z.string().trim().min(DESCRIPTION_MIN, 'too_short').max(DESCRIPTION_MAX, 'too_long'),
    preferredVisit: z.string().trim().max(200, 'too_long'),
  })
  .superRefine((values, ctx) => {
    if (values.where === 'premises' && !values.premisesNumber) {
      ctx.addIssue({ code: 'custom', path: ['premisesNumber'], message: 'location_required' });
    }
    if (values.where === 'commonArea' && !values.commonArea) {
      ctx.addIssue({ code: 'custom', path: ['commonArea'], message: 'location_required' });
    }
  });

export type IntakeValues = z.infer<typeof intakeSchema>;
export type IntakeField = keyof IntakeValues;

export const emptyIntake: IntakeValues = {
  residentId: '',
  contactName: '',
  contactPhone: '',
  where: 'premises',
  buildingId: '',
  premisesNumber: '',
  commonArea: '',
  categoryId: '',
  description: '',
  preferredVisit: '',
};

export function toPhoneIntakeInput(values: IntakeValues): PhoneIntakeInput {
  return {
    categoryId: values.categoryId,
    residentId: values.residentId || null,
    contactName: values.contactName.trim(),
    contactPhone: values.contactPhone.trim(),
    buildingId: values.buildingId,
    ...(values.where === 'premises'
      ? { premisesNumber: values.premisesNumber.trim() }
      : { commonArea: values.commonArea as CommonAreaValue }),
    description: values.description.trim(),
    preferredVisit: values.preferredVisit.trim() || null,
  };
}

const fields: IntakeField[] = [
  'residentId',
  'contactName',
  'contactPhone',
  'buildingId',
  'premisesNumber',
  'commonArea',
  'categoryId',
  'description',
  'preferredVisit',
];

/** Maps an API issue's field path to the form field that shows it. */
export function intakeFieldOf(path: string, where: IntakeValues['where']): IntakeField | null {
  const field = path.split('.').pop() ?? path;
  if (field === 'location') return where === 'premises' ? 'premisesNumber' : 'commonArea';
  return (fields as string[]).includes(field) ? (field as IntakeField) : null;
}
