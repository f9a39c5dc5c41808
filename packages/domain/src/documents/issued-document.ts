// What an issued document (certificate, receipt) certifies, frozen when it is issued. The PDF, the
// applicant's view and the public verification page all render this one payload, in the reader's language.
import { z } from 'zod';
import { localizedTextSchema } from '../e-services/localized-text.ts';
import { locales } from '../roles.ts';

/** One fact's value; formatting (digits, calendar, currency) happens in the reader's language. */
export const factValueSchema = z.union([
  z.object({ text: z.string() }),
  z.object({ localized: localizedTextSchema }),
  /** A local date `YYYY-MM-DD`. */
  z.object({ date: z.string() }),
  z.object({ number: z.number() }),
  /** Minor units of `currency` (ISO 4217). */
  z.object({ money: z.object({ amount: z.number().int(), currency: z.string().length(3) }) }),
]);
export type FactValue = z.infer<typeof factValueSchema>;

export const documentFactSchema = z.object({ label: localizedTextSchema, value: factValueSchema });
export type DocumentFact = z.infer<typeof documentFactSchema>;

export const issuedDocumentPayloadSchema = z.object({
  /** The document's title, e.g. "No-debt certificate". */
  title: localizedTextSchema,
  /** The service it was issued by. */
  serviceName: localizedTextSchema,
  applicantName: z.string(),
  requestNumber: z.string(),
  issuerName: z.string(),
  /** What it certifies, in order. */
  facts: z.array(documentFactSchema),
  /**
   * What the document asserts, in words (“no outstanding debt … as of …”): printed in the reader's
   * language and in `officialLocale`, the issuer's official language.
   */
  statements: z.array(localizedTextSchema).default([]),
  officialLocale: z.enum(locales).optional(),
  /** The last local date `YYYY-MM-DD` it is valid on, when the service limits its validity. */
  validUntil: z.string().optional(),
});
export type IssuedDocumentPayload = z.infer<typeof issuedDocumentPayloadSchema>;
