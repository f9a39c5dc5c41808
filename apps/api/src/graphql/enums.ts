// GraphQL enums straight from the Prisma schema: one source of truth for allowed values.
import {
  CommonArea,
  Locale,
  OrganizationKind,
  RequestChannel,
  RequestEventType,
  RequestPriority,
  RequestStatus,
  Role,
  ServiceKind,
} from '../generated/prisma/enums.ts';
import { allSubGraphs, builder, roleSubGraphs } from './builder.ts';

const everywhere = { subGraphs: [...allSubGraphs] };
const signedIn = { subGraphs: [...roleSubGraphs] };

export const RoleEnum = builder.enumType(Role, { name: 'Role', ...everywhere });
export const LocaleEnum = builder.enumType(Locale, { name: 'Locale', ...everywhere });
export const OrganizationKindEnum = builder.enumType(OrganizationKind, {
  name: 'OrganizationKind',
  ...everywhere,
});
export const RequestStatusEnum = builder.enumType(RequestStatus, { name: 'RequestStatus', ...everywhere });
export const RequestPriorityEnum = builder.enumType(RequestPriority, {
  name: 'RequestPriority',
  ...signedIn,
});
export const RequestChannelEnum = builder.enumType(RequestChannel, { name: 'RequestChannel', ...signedIn });
export const CommonAreaEnum = builder.enumType(CommonArea, { name: 'CommonArea', ...signedIn });
export const RequestEventTypeEnum = builder.enumType(RequestEventType, {
  name: 'RequestEventType',
  ...signedIn,
});
export const ServiceKindEnum = builder.enumType(ServiceKind, {
  name: 'ServiceKind',
  description: 'A repair request or an e-service application.',
  ...everywhere,
});
