// "Forgot your password?" and the reset link's page (issue 13): in every schema, like `login`.
import { requestPasswordReset } from '../../../services/auth/request-password-reset.ts';
import { resetPassword } from '../../../services/auth/reset-password.ts';
import { builder, policyField } from '../../builder.ts';

builder.mutationFields((t) => ({
  requestPasswordReset: t.boolean({
    ...policyField('account:resetPassword'),
    description:
      'E-mails a link to set a new password (valid 60 minutes, once). Always answers true, whether or not an account uses the address; throttled per client and per address (RATE_LIMITED).',
    args: { login: t.arg.string({ required: true, description: 'The account’s e-mail address.' }) },
    resolve: async (_r, args, ctx) => {
      await requestPasswordReset(ctx.deps, {
        login: args.login,
        ip: ctx.ip,
        locale: ctx.locale,
        publicUrl: ctx.deps.publicUrl,
      });
      return true;
    },
  }),
  resetPassword: t.boolean({
    ...policyField('account:resetPassword'),
    description:
      'Sets a new password with the token of a reset link; every session of the account ends. A used, expired or unknown token is RESET_LINK_INVALID.',
    args: {
      token: t.arg.string({ required: true }),
      newPassword: t.arg.string({ required: true, description: '8 to 256 characters.' }),
    },
    resolve: async (_r, args, ctx) => {
      await resetPassword(ctx.deps, {
        token: args.token,
        newPassword: args.newPassword,
        ip: ctx.ip,
        origin: { ip: ctx.ip === 'unknown' ? null : ctx.ip, requestId: ctx.requestId },
      });
      return true;
    },
  }),
}));
