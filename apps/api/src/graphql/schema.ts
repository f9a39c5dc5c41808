// Builds the five role schemas from the one builder. The request is executed against the
// schema of the caller's role, so a role cannot even name another role's fields.
import type { GraphQLSchema } from 'graphql';
import type { Role } from '@citydesk/domain';
import { builder, subGraphOfRole, type SubGraph } from './builder.ts';
import './enums.ts';
import './modules/session/session-fields.ts';
import './modules/account/account-fields.ts';
import './modules/self-service/registration-fields.ts';
import './modules/self-service/password-reset-fields.ts';
import './modules/requests/resident-fields.ts';
import './modules/requests/dispatcher-fields.ts';
import './modules/requests/contractor-fields.ts';
import './modules/requests/lifecycle-mutations.ts';
import './modules/requests/phone-intake-fields.ts';
import './modules/requests/dispatcher-edits.ts';
import './modules/city/administrator-fields.ts';
import './modules/city/city-fields.ts';
import './modules/calendars/calendar-fields.ts';
import './modules/notifications/notification-fields.ts';
import './modules/e-services/resident-fields.ts';
import './modules/e-services/dispatcher-fields.ts';
import './modules/e-services/administrator-fields.ts';
import './modules/e-services/verification-fields.ts';
import './modules/e-services/tracking-fields.ts';
import './modules/contacts/contact-fields.ts';
import './modules/e-services/payment-fields.ts';
import './modules/meters/meter-fields.ts';
import './modules/meters/desk-fields.ts';
import './modules/meters/seal-work-fields.ts';
import './modules/dashboards/dashboard-fields.ts';
import './modules/dashboards/transparency-fields.ts';
import './modules/audit/audit-fields.ts';
import './modules/setup/setup-fields.ts';

export { subGraphOfRole };

export type RoleSchemas = Record<SubGraph, GraphQLSchema>;

let built: RoleSchemas | undefined;

export function roleSchemas(): RoleSchemas {
  built ??= {
    anonymous: builder.toSchema({ subGraph: 'anonymous' }),
    resident: builder.toSchema({ subGraph: 'resident' }),
    dispatcher: builder.toSchema({ subGraph: 'dispatcher' }),
    contractor: builder.toSchema({ subGraph: 'contractor' }),
    administrator: builder.toSchema({ subGraph: 'administrator' }),
  };
  return built;
}

export const schemaFor = (role: Role | null): GraphQLSchema =>
  roleSchemas()[role ? subGraphOfRole[role] : 'anonymous'];
