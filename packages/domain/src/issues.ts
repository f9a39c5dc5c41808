/**
 * Stable issue codes returned by the validators. The web translates them (one message key per code), so they
 * are part of the public contract: add new codes, never rename existing ones.
 */
export const issueCodes = [
  'required',
  'too_short',
  'too_long',
  'invalid_phone',
  'invalid_choice',
  'not_allowed',
  'location_required',
  'location_ambiguous',
  'file_too_large',
  'file_type_not_allowed',
  'too_many_files',
  'attachment_unavailable',
  'invalid_email',
  'invalid_number',
  'invalid_date',
  'invalid_format',
  'too_small',
  'too_large',
  'must_accept',
  'document_required',
  'not_offered_here',
  'outside_year',
  'duplicate_date',
  'not_weekend_day',
  /** No meter of that kind and serial number is on the register for the premises. */
  'unknown_meter',
  /** A meter with that serial number is already on the register. */
  'meter_already_registered',
  /** An import file names the same thing (by its natural key) on two rows. */
  'duplicate_row',
  /** An import row names something that does not exist (a district without a name, an unknown organization). */
  'not_found',
  /** An import row names an organization of another kind (a contractor as a managing company). */
  'wrong_kind',
] as const;
export type IssueCode = (typeof issueCodes)[number];

/** One problem with one input field, named by the field's path in the input object. */
export type ValidationIssue = { field: string; code: IssueCode };

/** The outcome of a validator: the normalised value, or every issue found (not just the first). */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };
