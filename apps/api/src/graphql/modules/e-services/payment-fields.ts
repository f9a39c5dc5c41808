// What an application's payment is for (before paying) and the payments made (the receipt after it),
// on the Application type. Read only on an application's own page, so one query per field is fine.
import { PaymentStatus } from '../../../generated/prisma/enums.ts';
import type { ApplicationWithRelations } from '../../../services/applications/application-shape.ts';
import {
  paymentBreakdown,
  purposeText,
  type PaymentBreakdownLine,
} from '../../../services/payments/payment-breakdown.ts';
import { builder, roleSubGraphs } from '../../builder.ts';
import { ApplicationType } from './application-type.ts';

const PaymentStatusEnum = builder.enumType(PaymentStatus, {
  name: 'PaymentStatus',
  subGraphs: [...roleSubGraphs],
});

const PaymentLineType = builder.objectRef<PaymentBreakdownLine>('PaymentLine').implement({
  subGraphs: [...roleSubGraphs],
  description: 'One line of what the application asks to pay.',
  fields: (t) => ({
    purpose: t.string({
      description: 'What it is for, in your language.',
      resolve: (line, _x, ctx) => purposeText(line, ctx.locale),
    }),
    account: t.string({
      nullable: true,
      description: 'A debt: the subscriber code of the utility account it is on.',
      resolve: (line) => line.account,
    }),
    asOf: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'A debt: as of when (the reviewer asked for the payment then).',
      resolve: (line) => line.asOf,
    }),
    amount: t.int({ description: 'Minor units of `currency`.', resolve: (line) => line.amount }),
    currency: t.string({ resolve: (line) => line.currency }),
  }),
});

type PaymentRow = {
  id: string;
  status: PaymentStatus;
  amount: number;
  currency: string;
  provider: string;
  providerRef: string;
  createdAt: Date;
  settledAt: Date | null;
};

const ApplicationPaymentType = builder.objectRef<PaymentRow>('ApplicationPayment').implement({
  subGraphs: [...roleSubGraphs],
  description: 'A payment opened for the application; a SUCCEEDED one is the receipt.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: PaymentStatusEnum, resolve: (p) => p.status }),
    amount: t.exposeInt('amount', { description: 'Minor units of `currency`.' }),
    currency: t.exposeString('currency'),
    provider: t.exposeString('provider', { description: 'Who took it: `demo`, `stripe`.' }),
    reference: t.string({ description: 'The provider’s reference.', resolve: (p) => p.providerRef }),
    createdAt: t.field({ type: 'DateTime', resolve: (p) => p.createdAt }),
    paidAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (p) => (p.status === 'SUCCEEDED' ? p.settledAt : null),
    }),
  }),
});

builder.objectFields(ApplicationType, (t) => ({
  paymentBreakdown: t.field({
    type: [PaymentLineType],
    description: 'What the amount due is for, line by line; empty when nothing is due.',
    resolve: (a: ApplicationWithRelations, _x, ctx) => paymentBreakdown(ctx.deps.db, a),
  }),
  payments: t.field({
    type: [ApplicationPaymentType],
    description: 'Every payment opened for the application, oldest first.',
    resolve: (a: ApplicationWithRelations, _x, ctx) =>
      ctx.deps.db.payment.findMany({
        where: { requestId: a.id },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          status: true,
          amount: true,
          currency: true,
          provider: true,
          providerRef: true,
          createdAt: true,
          settledAt: true,
        },
      }),
  }),
}));
