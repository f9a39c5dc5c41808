// The contractor board: work orders given to the contractor's organization, live.
import { listWorkOrders } from '../../../services/requests/list-work-orders.ts';
import { builder, policyField } from '../../builder.ts';
import { RequestEventType } from './request-event-type.ts';
import { RequestType } from './request-type.ts';

const WorkOrderType = builder
  .objectRef<Awaited<ReturnType<typeof listWorkOrders>>[number]>('WorkOrder')
  .implement({
    subGraphs: ['contractor'],
    fields: (t) => ({
      id: t.exposeID('id'),
      number: t.exposeString('number'),
      issuedAt: t.field({ type: 'DateTime', resolve: (w) => w.issuedAt }),
      request: t.field({ type: RequestType, resolve: (w) => w.request }),
    }),
  });

builder.queryField('workOrders', (t) =>
  t.field({
    ...policyField('workOrder:list'),
    type: [WorkOrderType],
    description: 'Work orders given to your organization, the nearest deadline first.',
    resolve: (_r, _a, ctx) => listWorkOrders(ctx.deps, ctx.viewer!),
  }),
);

builder.subscriptionField('workOrderEvents', (t) =>
  t.field({
    ...policyField('workOrder:watch'),
    type: RequestEventType,
    description: 'Every new step on requests given to your organization.',
    subscribe: (_r, _a, ctx) => ctx.deps.events.subscribe(`organization:${ctx.viewer!.organizationId}`),
    resolve: (message) => message,
  }),
);
