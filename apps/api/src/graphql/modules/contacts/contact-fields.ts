// The resident confirms an e-mail address an application gives (its notices go there).
import {
  confirmContact,
  confirmedEmails,
  requestContactConfirmation,
} from '../../../services/contacts/confirm-contact.ts';
import { builder, policyField } from '../../builder.ts';

const ContactCodeType = builder
  .objectRef<{ sentTo: string; expiresAt: Date; alreadyConfirmed: boolean }>('ContactCode')
  .implement({
    subGraphs: ['resident'],
    fields: (t) => ({
      sentTo: t.exposeString('sentTo'),
      expiresAt: t.field({ type: 'DateTime', resolve: (c) => c.expiresAt }),
      alreadyConfirmed: t.exposeBoolean('alreadyConfirmed', {
        description: 'The address is the account’s own or was confirmed before: no code was sent.',
      }),
    }),
  });

builder.queryField('confirmedEmails', (t) =>
  t.stringList({
    ...policyField('contact:read'),
    description: 'E-mail addresses the resident confirmed for applications, besides the account’s own.',
    resolve: (_r, _a, ctx) => confirmedEmails(ctx.deps, ctx.viewer!),
  }),
);

builder.mutationFields((t) => ({
  requestContactConfirmation: t.field({
    ...policyField('contact:confirm'),
    type: ContactCodeType,
    description:
      'E-mails a six-digit code to an address an application will give (once a minute and 5 times a day at most).',
    args: { email: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => requestContactConfirmation(ctx.deps, ctx.viewer!, { email: args.email }),
  }),
  confirmContact: t.string({
    ...policyField('contact:confirm'),
    description: 'Confirms the address with the code sent to it; returns the address as stored.',
    args: { email: t.arg.string({ required: true }), code: t.arg.string({ required: true }) },
    resolve: async (_r, args, ctx) =>
      (await confirmContact(ctx.deps, ctx.viewer!, { email: args.email, code: args.code })).email,
  }),
}));
