import type { ValidationIssue, ValidationResult } from '../issues.ts';
import { normalizePhone } from '../phone.ts';
import { codePointLength, trimToNull } from '../text.ts';

/** Common parts of a building a request can be about instead of a flat. */
export const commonAreas = ['ENTRANCE', 'ROOF', 'BASEMENT', 'YARD'] as const;
export type CommonArea = (typeof commonAreas)[number];

export const descriptionMinLength = 10;
export const descriptionMaxLength = 4000;
export const preferredVisitMaxLength = 200;

/** What a resident (or an operator on the resident's behalf) submits to file a repair request. */
export type FileRequestInput = {
  /** What is wrong, in the resident's words: 10–4000 characters after trimming. */
  description: string;
  /** A phone to reach the resident: `+` and 10–15 digits, or the Russian/Kazakh `8…` form. */
  contactPhone: string;
  /** The flat or other premises the request is about — or give `commonArea`, not both. */
  premisesId?: string | null;
  /** The common part of the building the request is about — or give `premisesId`, not both. */
  commonArea?: CommonArea | null;
  /** When the resident prefers a visit, free text, at most 200 characters. */
  preferredVisit?: string | null;
};

/** The input after validation: trimmed, phone normalised, absent options as `null`, exactly one location set. */
export type FileRequestValue = {
  description: string;
  contactPhone: string;
  premisesId: string | null;
  commonArea: CommonArea | null;
  preferredVisit: string | null;
};

function isCommonArea(value: unknown): value is CommonArea {
  return typeof value === 'string' && (commonAreas as readonly string[]).includes(value);
}

/**
 * Validates and normalises the input for filing a repair request; shared by the web form and the API so both
 * apply the same rules. Reports every issue at once, with stable codes the web translates. Tolerates values of
 * the wrong type at runtime (they fail as `required`/`invalid_choice`), since the input may come from a client.
 */
export function validateFileRequestInput(input: FileRequestInput): ValidationResult<FileRequestValue> {
  const issues: ValidationIssue[] = [];

  const description = trimToNull(input.description);
  if (description === null) issues.push({ field: 'description', code: 'required' });
  else if (codePointLength(description) < descriptionMinLength)
    issues.push({ field: 'description', code: 'too_short' });
  else if (codePointLength(description) > descriptionMaxLength)
    issues.push({ field: 'description', code: 'too_long' });

  const rawPhone = trimToNull(input.contactPhone);
  const contactPhone = rawPhone === null ? null : normalizePhone(rawPhone);
  if (rawPhone === null) issues.push({ field: 'contactPhone', code: 'required' });
  else if (contactPhone === null) issues.push({ field: 'contactPhone', code: 'invalid_phone' });

  const premisesId = trimToNull(input.premisesId);
  const rawArea: unknown = input.commonArea ?? null;
  const commonArea = isCommonArea(rawArea) ? rawArea : null;
  if (rawArea !== null && commonArea === null) {
    issues.push({ field: 'commonArea', code: 'invalid_choice' });
  } else if (premisesId === null && commonArea === null) {
    issues.push({ field: 'location', code: 'location_required' });
  } else if (premisesId !== null && commonArea !== null) {
    issues.push({ field: 'location', code: 'location_ambiguous' });
  }

  const preferredVisit = trimToNull(input.preferredVisit);
  if (preferredVisit !== null && codePointLength(preferredVisit) > preferredVisitMaxLength) {
    issues.push({ field: 'preferredVisit', code: 'too_long' });
  }

  if (issues.length > 0 || description === null || contactPhone === null) return { ok: false, issues };
  return { ok: true, value: { description, contactPhone, premisesId, commonArea, preferredVisit } };
}
