// Signing up as a resident (issue 13): in every schema, like `login`, so a signed-in person can create
// another account too. Both steps answer the same whether or not the address already has an account.
import { confirmRegistration } from '../../../services/auth/confirm-registration.ts';
import { endSession } from '../../../services/auth/end-session.ts';
import { registerResident } from '../../../services/auth/register-resident.ts';
import { allSubGraphs, builder, policyField } from '../../builder.ts';
import { LocaleEnum } from '../../enums.ts';
import { LoginPayloadType } from '../session/viewer-type.ts';

const RegisterResidentInput = builder.inputType('RegisterResidentInput', {
  subGraphs: [...allSubGraphs],
  fields: (t) => ({
    email: t.string({ required: true, description: 'The login; the code is e-mailed there.' }),
    displayName: t.string({
      required: true,
      description: 'How staff address the resident (1–100 characters).',
    }),
    password: t.string({ required: true, description: '8 to 256 characters.' }),
    locale: t.field({
      type: LocaleEnum,
      required: true,
      description: 'The language of the e-mail and the account.',
    }),
  }),
});

const RegistrationType = builder
  .objectRef<{ handle: string; sentTo: string; expiresAt: Date }>('Registration')
  .implement({
    subGraphs: [...allSubGraphs],
    fields: (t) => ({
      handle: t.exposeID('handle', { description: 'Give it back with the code to `confirmRegistration`.' }),
      sentTo: t.exposeString('sentTo'),
      expiresAt: t.field({ type: 'DateTime', resolve: (r) => r.expiresAt }),
    }),
  });

builder.mutationFields((t) => ({
  registerResident: t.field({
    ...policyField('account:register'),
    type: RegistrationType,
    description:
      'Starts a resident’s sign-up: e-mails a six-digit code (valid 15 minutes) and returns the handle to confirm it with. Nothing is created until then. An address that already has an account gets the same answer (its e-mail says so instead). Throttled per client and per address.',
    args: { input: t.arg({ type: RegisterResidentInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      registerResident(ctx.deps, {
        email: input.email,
        displayName: input.displayName,
        password: input.password,
        locale: input.locale,
        ip: ctx.ip,
        publicUrl: ctx.deps.publicUrl,
      }),
  }),
  confirmRegistration: t.field({
    ...policyField('account:register'),
    type: LoginPayloadType,
    description:
      'Creates the resident’s account from a registration and its code and signs them in (sets the session cookie). A wrong code is INVALID_INPUT code_invalid (5 tries), an old or used one code_expired.',
    args: { handle: t.arg.id({ required: true }), code: t.arg.string({ required: true }) },
    resolve: async (_r, args, ctx) => {
      const result = await confirmRegistration(ctx.deps, {
        handle: String(args.handle),
        code: args.code,
        origin: { ip: ctx.ip === 'unknown' ? null : ctx.ip, requestId: ctx.requestId },
        sessionTtlMs: ctx.sessionTtlMs,
      });
      await endSession(ctx.deps, ctx.cookie.token);
      ctx.cookie.set(result.token, result.expiresAt);
      return { user: result.viewer };
    },
  }),
}));
