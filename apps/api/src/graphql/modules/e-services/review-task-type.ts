import type { ReviewTask } from '../../../generated/prisma/client.ts';
import { builder } from '../../builder.ts';

export const ReviewTaskType = builder.objectRef<ReviewTask>('ReviewTask').implement({
  subGraphs: ['dispatcher'],
  description: 'A field task ordered during a review (meter inspection, household check).',
  fields: (t) => ({
    id: t.exposeID('id'),
    applicationId: t.exposeID('requestId'),
    kind: t.exposeString('kind'),
    status: t.string({ resolve: (task) => task.status }),
    assigneeId: t.exposeID('assigneeId', { nullable: true }),
    assigneeName: t.string({
      nullable: true,
      resolve: async (task, _a, ctx) =>
        task.assigneeId
          ? ((await ctx.deps.db.user.findUnique({ where: { id: task.assigneeId } }))?.displayName ?? null)
          : null,
    }),
    note: t.exposeString('note', { nullable: true }),
    result: t.exposeString('result', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (task) => task.createdAt }),
    completedAt: t.field({ type: 'DateTime', nullable: true, resolve: (task) => task.completedAt }),
  }),
});
