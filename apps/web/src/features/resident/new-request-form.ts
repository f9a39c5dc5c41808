// The new-request form's rules. Messages are validation codes (`validation.<code>` in the catalogue), the same
// codes the API returns in INVALID_INPUT issues, so client and server errors read alike.
import { commonAreas, type CommonArea } from '@citydesk/domain';
import { z } from 'zod';
import type { FileRequestInput } from '../../gql/resident/graphql.ts';

export const DESCRIPTION_MIN = 10;
export const DESCRIPTION_MAX = 2000;

/** A phone number with an optional leading + and 10–15 digits; spaces, dashes and brackets allowed. */
export function isPhoneNumber(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  return /^\+?[\d\s()-]+$/.test(value.trim()) && digits.length >= 10 && digits.length <= 15;
}

export const newRequestSchema = z
  .object({
    categoryId: z.string().min(1, 'required'),
    where: z.enum(['premises', 'commonArea']),
    premisesId: z.string(),
    buildingId: z.string(),
    commonArea: z.string(),
    description: z.string().trim().min(DESCRIPTION_MIN, 'too_short').max(DESCRIPTION_MAX, 'too_long'),
    contactPhone: z.string().trim().min(1, 'required').refine(isPhoneNumber, 'invalid_phone'),
    preferredVisit: z.string().trim().max(200, 'too_long'),
  })
  .superRefine((values, ctx) => {
    if (values.where === 'premises' && !values.premisesId) {
      ctx.addIssue({ code: 'custom', path: ['premisesId'], message: 'location_required' });
    }
    if (values.where === 'commonArea') {
      if (!values.buildingId) ctx.addIssue({ code: 'custom', path: ['buildingId'], message: 'required' });
      if (!values.commonArea)
        ctx.addIssue({ code: 'custom', path: ['commonArea'], message: 'location_required' });
    }
  });

export type NewRequestValues = z.infer<typeof newRequestSchema>;

export type NewRequestField = keyof NewRequestValues;

export type CommonAreaValue = CommonArea;
export { commonAreas };

/** Exactly one location goes to the API: the premises, or a common area of one of the resident's buildings. */
export function toFileRequestInput(values: NewRequestValues): FileRequestInput {
  const location =
    values.where === 'premises'
      ? { premisesId: values.premisesId }
      : { commonArea: values.commonArea as CommonAreaValue, buildingId: values.buildingId };
  return {
    categoryId: values.categoryId,
    description: values.description.trim(),
    contactPhone: values.contactPhone.trim(),
    preferredVisit: values.preferredVisit.trim() || null,
    ...location,
  };
}

/** Maps an API issue's field path (`input.premisesId`, `location`) to the form field that shows it. */
export function formFieldOf(path: string, where: NewRequestValues['where']): NewRequestField | null {
  const field = path.split('.').pop() ?? path;
  if (field === 'location' || field === 'premisesId' || field === 'commonArea' || field === 'buildingId') {
    return where === 'premises' ? 'premisesId' : field === 'buildingId' ? 'buildingId' : 'commonArea';
  }
  const known: NewRequestField[] = ['categoryId', 'description', 'contactPhone', 'preferredVisit'];
  return (known as string[]).includes(field) ? (field as NewRequestField) : null;
}
