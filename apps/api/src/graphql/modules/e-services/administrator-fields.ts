// The administrator and e-services: every application of the city, district rollout and counts.
import { listApplications } from '../../../services/applications/list-applications.ts';
import {
  serviceDistricts,
  setServiceDistrict,
  type ServiceDistrictRow,
} from '../../../services/applications/service-districts.ts';
import { builder, policyField } from '../../builder.ts';
import { localized } from '../../../services/localized.ts';
import { ApplicationType } from './application-type.ts';

const ServiceDistrictType = builder.objectRef<ServiceDistrictRow>('ServiceDistrict').implement({
  subGraphs: ['administrator'],
  description: 'A district and an e-service: offered there or not, documents issued there.',
  fields: (t) => ({
    districtId: t.exposeID('districtId'),
    name: t.string({ resolve: (d, _a, ctx) => localized(d.name, ctx.locale) }),
    enabled: t.exposeBoolean('enabled'),
    enabledAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.enabledAt }),
    issued: t.exposeInt('issued', { description: 'Documents issued for addresses in the district.' }),
  }),
});

builder.queryFields((t) => ({
  cityApplications: t.field({
    ...policyField('application:readCity'),
    type: [ApplicationType],
    description: 'Every application of the city, newest first.',
    resolve: (_r, _a, ctx) => listApplications(ctx.deps, ctx.viewer!, 'all'),
  }),
  serviceDistricts: t.field({
    ...policyField('serviceDistrict:read'),
    type: [ServiceDistrictType],
    args: { serviceCode: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => serviceDistricts(ctx.deps, ctx.viewer!, args.serviceCode),
  }),
}));

builder.mutationField('setServiceDistrict', (t) =>
  t.field({
    ...policyField('serviceDistrict:configure'),
    type: [ServiceDistrictType],
    description: 'Enables or disables an e-service in a district (services rolled out by district).',
    args: {
      serviceCode: t.arg.string({ required: true }),
      districtId: t.arg.id({ required: true }),
      enabled: t.arg.boolean({ required: true }),
    },
    resolve: (_r, args, ctx) =>
      setServiceDistrict(ctx.deps, ctx.viewer!, {
        serviceCode: args.serviceCode,
        districtId: String(args.districtId),
        enabled: args.enabled,
      }),
  }),
);
