// The resident's e-services: the catalogue, applying, signing, paying, "My applications", live steps.
import { listEServices, findEService } from '../../../services/applications/e-service.ts';
import { getApplication, listApplications } from '../../../services/applications/list-applications.ts';
import { requestSigningCode, signApplication } from '../../../services/applications/sign-application.ts';
import { submitApplication } from '../../../services/applications/submit-application.ts';
import { startPayment } from '../../../services/payments/start-payment.ts';
import { builder, policyField } from '../../builder.ts';
import { takeIdempotencyKey } from '../../idempotency.ts';
import { ApplicationType } from './application-type.ts';
import { EServiceType } from './e-service-type.ts';
import { ApplicationDocumentsInput, PaymentCheckoutType } from './shared-types.ts';

const SubmitApplicationInput = builder.inputType('SubmitApplicationInput', {
  subGraphs: ['resident'],
  fields: (t) => ({
    serviceCode: t.string({ required: true }),
    premisesId: t.id({ description: 'The resident’s premises (services about premises).' }),
    answers: t.field({ type: 'JSON', required: true, description: 'Keyed by the form’s field names.' }),
    documents: t.field({
      type: [ApplicationDocumentsInput],
      description: 'Uploads (POST /files?kind=DOCUMENT) per document requirement.',
    }),
  }),
});

const SigningCodeType = builder.objectRef<{ sentTo: string; expiresAt: Date }>('SigningCode').implement({
  subGraphs: ['resident'],
  fields: (t) => ({
    sentTo: t.exposeString('sentTo', { description: 'The phone the code went to, masked.' }),
    expiresAt: t.field({ type: 'DateTime', resolve: (c) => c.expiresAt }),
  }),
});

builder.queryFields((t) => ({
  eServices: t.field({
    ...policyField('eService:read'),
    type: [EServiceType],
    description: 'The e-service catalogue.',
    resolve: (_r, _a, ctx) => listEServices(ctx.deps.db),
  }),
  eService: t.field({
    ...policyField('eService:read'),
    type: EServiceType,
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => findEService(ctx.deps.db, args.code),
  }),
  myApplications: t.field({
    ...policyField('application:readOwn'),
    type: [ApplicationType],
    description: 'The resident’s applications ("Sent requests"), newest first.',
    resolve: (_r, _a, ctx) => listApplications(ctx.deps, ctx.viewer!, 'mine'),
  }),
  application: t.field({
    ...policyField('application:read'),
    type: ApplicationType,
    nullable: true,
    description: 'An application you may see (null otherwise).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => getApplication(ctx.deps, ctx.viewer!, String(args.id)),
  }),
}));

builder.mutationFields((t) => ({
  submitApplication: t.field({
    ...policyField('application:submit'),
    type: ApplicationType,
    description:
      'Applies for an e-service. Registered at once (its deadline set) unless the service must be signed first.',
    args: { input: t.arg({ type: SubmitApplicationInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      submitApplication(
        ctx.deps,
        ctx.viewer!,
        {
          serviceCode: input.serviceCode,
          premisesId: input.premisesId == null ? null : String(input.premisesId),
          answers: input.answers,
          documents: (input.documents ?? []).map((d) => ({
            kind: d.kind,
            attachmentIds: d.attachmentIds.map(String),
          })),
        },
        takeIdempotencyKey(ctx),
      ),
  }),
  requestSigningCode: t.field({
    ...policyField('application:sign'),
    type: SigningCodeType,
    description:
      'Sends a one-time code by SMS to sign a submitted application; a new code replaces the previous one (once a minute and 5 times a day at most).',
    args: { applicationId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) =>
      requestSigningCode(ctx.deps, ctx.viewer!, { requestId: String(args.applicationId) }),
  }),
  signApplication: t.field({
    ...policyField('application:sign'),
    type: ApplicationType,
    description: 'Signs the application with the one-time code; it is then registered.',
    args: { applicationId: t.arg.id({ required: true }), code: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) =>
      signApplication(ctx.deps, ctx.viewer!, { requestId: String(args.applicationId), code: args.code }),
  }),
  startPayment: t.field({
    ...policyField('payment:start'),
    type: PaymentCheckoutType,
    description: 'Opens (or reopens) the checkout for what the application owes; never two at once.',
    args: { applicationId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) =>
      startPayment(ctx.deps, ctx.viewer!, { requestId: String(args.applicationId) }, takeIdempotencyKey(ctx)),
  }),
}));
