// What the viewer may do with a request right now, decided by the domain's state machine for the
// viewer's role. The UI shows exactly these actions instead of re-implementing the rules.
import { availableActions, isRequestStatus, mayReopenAt, type RequestAction } from '@citydesk/domain';
import type { RequestStatus } from '../../../generated/prisma/enums.ts';
import type { Role } from '@citydesk/domain';
import { builder, roleSubGraphs } from '../../builder.ts';

const permissions: Record<string, { actions: RequestAction[]; description: string }> = {
  assign: { actions: ['assign'], description: 'Give it to a contractor.' },
  reassign: { actions: ['reassign'], description: 'Give it to another contractor.' },
  route: { actions: ['routeByAdministrator'], description: 'Route an unrouted request to a company.' },
  start: { actions: ['start'], description: 'Mark the work started.' },
  completeWork: { actions: ['completeWork'], description: 'Mark the work done, with the signed order.' },
  verify: { actions: ['verify'], description: 'Accept the contractor’s work.' },
  returnForRework: { actions: ['returnForRework'], description: 'Send the work back to the contractor.' },
  confirm: { actions: ['confirm'], description: 'Confirm the work and close the request.' },
  reject: { actions: ['reject'], description: 'Reject the work and reopen the request.' },
  reopen: {
    actions: ['reopen'],
    description: 'Reopen a request closed without your confirmation, until `reopenUntil`.',
  },
  cancel: { actions: ['cancelByResident', 'cancelByDispatcher'], description: 'Cancel the request.' },
};

export interface ViewerCan {
  status: RequestStatus;
  role: Role;
  /** The request's reopen deadline (CLOSED_UNCONFIRMED) and the moment asked about. */
  reopenUntil: Date | null;
  now: Date;
}

/** Whether the state machine lets the viewer take `action` now, within its time limit where it has one. */
function allowed(viewer: ViewerCan, action: RequestAction): boolean {
  if (!isRequestStatus(viewer.status) || !availableActions(viewer.status, viewer.role).includes(action))
    return false;
  return action !== 'reopen' || mayReopenAt(viewer, viewer.now);
}

export const RequestViewerCanType = builder.objectRef<ViewerCan>('RequestViewerCan').implement({
  subGraphs: [...roleSubGraphs],
  description: 'What you may do with this request now.',
  fields: (t) => ({
    ...Object.fromEntries(
      Object.entries(permissions).map(([name, { actions, description }]) => [
        name,
        t.boolean({ description, resolve: (viewer) => actions.some((action) => allowed(viewer, action)) }),
      ]),
    ),
    reopenUntil: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'While you may reopen the request: the last moment you may; null otherwise.',
      resolve: (viewer) => (allowed(viewer, 'reopen') ? viewer.reopenUntil : null),
    }),
  }),
});
