// Small types several e-service modules share.
import { builder, roleSubGraphs } from '../../builder.ts';

export const ApplicationDocumentsInput = builder.inputType('ApplicationDocumentsInput', {
  subGraphs: ['resident', 'dispatcher'],
  fields: (t) => ({
    kind: t.string({ required: true, description: 'The document requirement’s kind.' }),
    attachmentIds: t.idList({ required: true }),
  }),
});

export const PaymentCheckoutType = builder
  .objectRef<{ paymentId: string; checkoutUrl: string }>('PaymentCheckout')
  .implement({
    subGraphs: [...roleSubGraphs],
    fields: (t) => ({
      paymentId: t.exposeID('paymentId'),
      checkoutUrl: t.exposeString('checkoutUrl', { description: 'Send the payer here.' }),
    }),
  });
