// The public "track an application" page: a client without an account opens the application an office
// filed for them with its number and the access code they received.
import { trackApplication } from '../../../services/applications/client-access.ts';
import type { ApplicationWithRelations } from '../../../services/applications/application-shape.ts';
import { localized } from '../../../services/localized.ts';
import { allSubGraphs, builder, policyField } from '../../builder.ts';
import { RequestStatusEnum } from '../../enums.ts';
import { decisionCommentOf, documentsOf, IssuedDocumentType, refusalGroundOf } from './application-type.ts';

const TrackedApplicationType = builder.objectRef<ApplicationWithRelations>('TrackedApplication').implement({
  subGraphs: [...allSubGraphs],
  description: 'An application as its client sees it with the access code: no answers, no attachments.',
  fields: (t) => ({
    number: t.exposeString('number'),
    status: t.field({ type: RequestStatusEnum, resolve: (a) => a.status }),
    serviceName: t.string({ resolve: (a, _x, ctx) => localized(a.category.name, ctx.locale) }),
    organizationName: t.string({ nullable: true, resolve: (a) => a.organization?.name ?? null }),
    intakeOrganizationName: t.string({ nullable: true, resolve: (a) => a.intakeOrganization?.name ?? null }),
    applicantName: t.string({ resolve: (a) => a.application?.applicantName ?? a.contactName }),
    createdAt: t.field({ type: 'DateTime', resolve: (a) => a.createdAt }),
    deadlineAt: t.field({ type: 'DateTime', resolve: (a) => a.deadlineAt }),
    decidedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (a) => a.application?.decidedAt ?? null,
    }),
    timeZone: t.string({ resolve: (a) => a.city.timeZone }),
    refusalGround: t.string({ nullable: true, resolve: (a, _x, ctx) => refusalGroundOf(a, ctx) }),
    decisionComment: t.string({ nullable: true, resolve: (a, _x, ctx) => decisionCommentOf(a, ctx) }),
    documents: t.field({ type: [IssuedDocumentType], resolve: (a, _x, ctx) => documentsOf(a, ctx) }),
  }),
});

builder.queryField('trackApplication', (t) =>
  t.field({
    ...policyField('application:track'),
    type: TrackedApplicationType,
    nullable: true,
    description:
      'The application with this number when the code is its access code (sent to the client it was filed for); null otherwise. Documents: POST /track/documents/<id>.pdf with { number, code }.',
    args: { number: t.arg.string({ required: true }), code: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) =>
      trackApplication(ctx.deps, { number: args.number, code: args.code, ip: ctx.ip }),
  }),
);
