// The signed-in user's own account: changing the password.
import { changeMyPassword } from '../../../services/account/change-password.ts';
import { builder, policyField } from '../../builder.ts';

builder.mutationField('changeMyPassword', (t) =>
  t.int({
    ...policyField('account:changePassword'),
    description:
      'Changes your password after checking the current one (INVALID_CREDENTIALS, throttled like a login). Every other session of yours ends, with its live subscriptions; this one stays. Returns how many sessions ended.',
    args: {
      currentPassword: t.arg.string({ required: true }),
      newPassword: t.arg.string({ required: true, description: '8 to 256 characters.' }),
    },
    resolve: async (_root, args, ctx) =>
      (
        await changeMyPassword(ctx.deps, ctx.viewer!, {
          currentPassword: args.currentPassword,
          newPassword: args.newPassword,
          ip: ctx.ip,
        })
      ).endedSessions,
  }),
);
