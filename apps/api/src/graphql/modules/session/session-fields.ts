// Who am I, sign in, sign out: in every schema, so a signed-in user can switch accounts too.
import { login } from '../../../services/auth/login.ts';
import { endSession } from '../../../services/auth/end-session.ts';
import { setMyLocale } from '../../../services/account/set-my-locale.ts';
import { builder, policyField } from '../../builder.ts';
import { LocaleEnum } from '../../enums.ts';
import { LoginPayloadType, ViewerType } from './viewer-type.ts';

builder.queryField('me', (t) =>
  t.field({
    ...policyField('session:read'),
    type: ViewerType,
    nullable: true,
    description: 'The signed-in user, or null.',
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
);

builder.mutationField('login', (t) =>
  t.field({
    ...policyField('session:signIn'),
    type: LoginPayloadType,
    description:
      'Signs in with e-mail and password and sets the session cookie. A failed attempt leaves the current session as it was.',
    args: { login: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const result = await login(ctx.deps, {
        login: args.login,
        password: args.password,
        ip: ctx.ip,
        requestId: ctx.requestId,
        sessionTtlMs: ctx.sessionTtlMs,
      });
      // Signed in as someone (perhaps the same person) anew: the session this browser had ends.
      await endSession(ctx.deps, ctx.cookie.token);
      ctx.cookie.set(result.token, result.expiresAt);
      return { user: result.viewer };
    },
  }),
);

builder.mutationField('logout', (t) =>
  t.boolean({
    ...policyField('session:signOut'),
    description: 'Ends the current session (its live subscriptions close too).',
    resolve: async (_root, _args, ctx) => {
      await endSession(ctx.deps, ctx.cookie.token, ctx.viewer);
      ctx.cookie.clear();
      return true;
    },
  }),
);

builder.mutationField('setMyLocale', (t) =>
  t.field({
    ...policyField('account:setLocale'),
    type: ViewerType,
    description: 'Remembers the language the user reads citydesk in (also used for e-mails).',
    args: { locale: t.arg({ type: LocaleEnum, required: true }) },
    resolve: (_root, args, ctx) => setMyLocale(ctx.deps, ctx.viewer!, args.locale),
  }),
);
