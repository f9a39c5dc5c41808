// The public check of an issued document (no login): what a bank or a notary office asks.
import type { IssuedDocumentPayload } from '@citydesk/domain';
import { verifyDocument, type VerificationResult } from '../../../services/documents/verify-document.ts';
import { createTranslator } from '@citydesk/i18n';
import { allSubGraphs, builder, policyField } from '../../builder.ts';
import { DocumentRevocationReasonEnum } from './application-type.ts';
import { localized } from '../../../services/localized.ts';

type Fact = IssuedDocumentPayload['facts'][number];

const DocumentFactType = builder.objectRef<Fact>('DocumentFact').implement({
  subGraphs: [...allSubGraphs],
  fields: (t) => ({
    label: t.string({ resolve: (f, _a, ctx) => localized(f.label, ctx.locale) }),
    value: t.field({
      type: 'JSON',
      description:
        '{ text } | { localized } | { date: YYYY-MM-DD } | { number } | { money: { amount, currency } }',
      resolve: (f) => f.value,
    }),
  }),
});

const VerificationStatusEnum = builder.enumType('DocumentVerificationStatus', {
  subGraphs: [...allSubGraphs],
  values: ['GENUINE', 'REVOKED', 'EXPIRED', 'UNKNOWN'] as const,
});

const DocumentVerificationType = builder.objectRef<VerificationResult>('DocumentVerification').implement({
  subGraphs: [...allSubGraphs],
  description: 'Whether a document with this code was issued here, and what it certifies.',
  fields: (t) => {
    const known =
      <T>(pick: (r: Exclude<VerificationResult, { status: 'UNKNOWN' }>) => T) =>
      (r: VerificationResult) =>
        r.status === 'UNKNOWN' ? null : pick(r);
    return {
      status: t.field({ type: VerificationStatusEnum, resolve: (r) => r.status }),
      number: t.string({ nullable: true, resolve: known((r) => r.number) }),
      title: t.string({
        nullable: true,
        resolve: (r, _a, ctx) => known((k) => localized(k.payload.title, ctx.locale))(r),
      }),
      issuerName: t.string({ nullable: true, resolve: known((r) => r.payload.issuerName) }),
      applicantName: t.string({ nullable: true, resolve: known((r) => r.payload.applicantName) }),
      issuedAt: t.field({ type: 'DateTime', nullable: true, resolve: known((r) => r.issuedAt) }),
      revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: known((r) => r.revokedAt) }),
      revocationReason: t.field({
        type: DocumentRevocationReasonEnum,
        nullable: true,
        description: 'REVOKED: why, as a category (the issuer’s note is never public).',
        resolve: known((r) => r.revocationReason),
      }),
      revocationReasonText: t.string({
        nullable: true,
        description: 'REVOKED: the category in your language.',
        resolve: (r, _a, ctx) =>
          r.status === 'UNKNOWN' || !r.revocationReason
            ? null
            : createTranslator(ctx.locale).t(`documentLifecycle.reasons.${r.revocationReason}`),
      }),
      validUntil: t.string({
        nullable: true,
        description: 'The last local date (YYYY-MM-DD) it is valid on; EXPIRED after it.',
        resolve: known((r) => r.validUntil),
      }),
      statements: t.stringList({
        description: 'What the document asserts, in words, in your language.',
        resolve: (r, _a, ctx) =>
          r.status === 'UNKNOWN' ? [] : r.payload.statements.map((s) => localized(s, ctx.locale)),
      }),
      timeZone: t.string({ nullable: true, resolve: known((r) => r.timeZone) }),
      facts: t.field({
        type: [DocumentFactType],
        resolve: (r) => (r.status === 'UNKNOWN' ? [] : r.payload.facts),
      }),
    };
  },
});

builder.queryField('verifyDocument', (t) =>
  t.field({
    ...policyField('document:verify'),
    type: DocumentVerificationType,
    description: 'Checks a document’s verification code (printed on it and in its QR code).',
    args: { code: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => verifyDocument(ctx.deps, { code: args.code, ip: ctx.ip }),
  }),
);
