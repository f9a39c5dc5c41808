// An e-service is data, not code: the catalogue row of a service carries this definition (the form, the
// documents it needs, its fee, signing and outcome), and one application lifecycle runs every service.
// The zod schema checks a definition read from the database or the seed before anything uses it.
import { z } from 'zod';

import { localizedTextSchema } from './localized-text.ts';
import { outcomeAssertionSchema } from './outcome-assertions.ts';

export { localizedTextSchema, type LocalizedText } from './localized-text.ts';

/** Input kinds a service form can ask for. */
export const formFieldTypes = [
  'text',
  'textarea',
  'integer',
  'decimal',
  'email',
  'phone',
  'date',
  'select',
  'checkbox',
] as const;
export type FormFieldType = (typeof formFieldTypes)[number];

/** A value the applicant's profile can fill in for them. */
export const prefillSources = ['email', 'phone', 'displayName'] as const;

const fieldNameSchema = z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/);

export const formFieldSchema = z.object({
  /** Key of the answer in the application's answers object. */
  name: fieldNameSchema,
  type: z.enum(formFieldTypes),
  label: localizedTextSchema,
  help: localizedTextSchema.optional(),
  required: z.boolean().default(false),
  /** text: length bounds in characters; integer/decimal: value bounds. */
  minLength: z.number().int().positive().optional(),
  maxLength: z.number().int().positive().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  /** text: a regular expression the whole (trimmed) value must match. */
  pattern: z.string().optional(),
  /** select: the choices. */
  options: z.array(z.object({ value: z.string().min(1), label: localizedTextSchema })).optional(),
  prefill: z.enum(prefillSources).optional(),
  /** Print this answer on the issued document (and its public verification page); off for personal data. */
  onCertificate: z.boolean().default(false),
});
export type FormField = z.infer<typeof formFieldSchema>;

/** One question group: the web shows one step per page (GOV.UK "one thing per page", grouped). */
export const formStepSchema = z.object({
  id: fieldNameSchema,
  title: localizedTextSchema,
  fields: z.array(formFieldSchema).min(1),
});
export type FormStep = z.infer<typeof formStepSchema>;

/** File types a document requirement may accept (checked by content on upload). */
export const documentMimeTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentMimeType = (typeof documentMimeTypes)[number];

export const documentRequirementSchema = z.object({
  /** Stable key, stored on each uploaded file. */
  kind: fieldNameSchema,
  label: localizedTextSchema,
  help: localizedTextSchema.optional(),
  required: z.boolean(),
  accept: z.array(z.enum(documentMimeTypes)).min(1),
  maxBytes: z.number().int().positive(),
  maxFiles: z.number().int().positive().max(10),
});
export type DocumentRequirement = z.infer<typeof documentRequirementSchema>;

/** What the applicant pays: nothing, a fixed amount, or an amount the reviewer assesses (a debt, a fee). */
export const feeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('FREE') }),
  /** Amount in minor units (kopecks, tiyn, rial) of the city's currency. */
  z.object({ kind: z.literal('FIXED'), amount: z.number().int().positive() }),
  z.object({ kind: z.literal('ASSESSED') }),
]);
export type Fee = z.infer<typeof feeSchema>;

/** How the applicant signs: not at all, or with a one-time code sent by SMS. */
export const signingMethods = ['NONE', 'ONE_TIME_CODE'] as const;
export type SigningMethod = (typeof signingMethods)[number];

/** What an approved application produces. */
export const outcomeTypes = [
  /** A certificate PDF with a verification code (no-debt, inquiry response). */
  'CERTIFICATE',
  /** A place on a waiting list and a certificate with the registration date and queue number. */
  'WAITING_LIST',
  /** A new number of registered residents, effective from a date. */
  'HOUSEHOLD_SIZE',
  /** A meter on the account (sealed, or waiting for a sealing work order). */
  'METER_REGISTRATION',
  /** A meter replaced: the old one retired with its final reading, the new one registered. */
  'METER_REPLACEMENT',
  /** A registered meter verified again: a new verification date and due date on the register. */
  'METER_REVERIFICATION',
  /** A receipt for a paid fee. */
  'PAYMENT_RECEIPT',
] as const;
export type OutcomeType = (typeof outcomeTypes)[number];

/** What the application is about: one of the applicant's premises, or nothing in particular. */
export const applicationSubjects = ['PREMISES', 'NONE'] as const;
export type ApplicationSubject = (typeof applicationSubjects)[number];

/** Field tasks a reviewer may order while an application is in review. */
export const reviewTaskKinds = ['METER_INSPECTION', 'HOUSEHOLD_CHECK', 'FIELD_INSPECTION'] as const;
export type ReviewTaskKind = (typeof reviewTaskKinds)[number];

/** The part of a service definition stored as the catalogue row's `definition` JSON. */
export const serviceSpecSchema = z
  .object({
    summary: localizedTextSchema,
    /** Shown on the confirmation page ("what happens next"). */
    whatHappensNext: localizedTextSchema,
    subject: z.enum(applicationSubjects),
    steps: z.array(formStepSchema).min(1),
    documents: z.array(documentRequirementSchema),
    fee: feeSchema,
    signing: z.enum(signingMethods),
    outcome: z.enum(outcomeTypes),
    refusalGrounds: z.array(z.object({ code: fieldNameSchema, label: localizedTextSchema })).min(1),
    taskKinds: z.array(z.enum(reviewTaskKinds)).default([]),
    /** When true the service is offered only in the districts the administrator enabled. */
    districtRollout: z.boolean().default(false),
    /**
     * When true the provider's own staff (its call centre) may file it for a caller, as a notary office files
     * for a client (seed 003: household and meter data "по телефону call-центра").
     */
    callCentreIntake: z.boolean().default(false),
    /** Facts the positive outcome asserts, checked when it is issued (a no-debt certificate: no debt). */
    asserts: z.array(outcomeAssertionSchema).default([]),
    /** The issued document is valid for this many days from its issue date (then it verifies as EXPIRED). */
    validityDays: z.number().int().positive().max(3660).optional(),
    /**
     * A new document of this service replaces (revokes as SUPERSEDED) the earlier ones issued for the same
     * answer of this field: one live no-debt certificate per account.
     */
    supersedeBy: fieldNameSchema.optional(),
  })
  .superRefine((spec, ctx) => {
    const names = spec.steps.flatMap((s) => s.fields.map((f) => f.name));
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    if (duplicate) ctx.addIssue({ code: 'custom', message: `duplicate field name ${duplicate}` });
    const named = (name: string | undefined, what: string) => {
      if (name !== undefined && !names.includes(name))
        ctx.addIssue({ code: 'custom', message: `${what} names no field: ${name}` });
    };
    for (const assertion of spec.asserts) named(assertion.accountField, 'assertion');
    named(spec.supersedeBy, 'supersedeBy');
    for (const field of spec.steps.flatMap((s) => s.fields)) {
      if (field.type === 'select' && !field.options?.length)
        ctx.addIssue({ code: 'custom', message: `select field ${field.name} has no options` });
    }
  });
export type ServiceSpec = z.infer<typeof serviceSpecSchema>;
export type ServiceSpecInput = z.input<typeof serviceSpecSchema>;

/** Reads a stored definition; throws (a configuration error) when it does not hold. */
export function parseServiceSpec(json: unknown): ServiceSpec {
  return serviceSpecSchema.parse(json);
}
