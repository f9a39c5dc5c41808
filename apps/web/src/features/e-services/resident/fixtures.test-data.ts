// Shared fixtures for the resident e-service tests.
import type { LocalizedText } from '@citydesk/domain';

export const text = (en: string): LocalizedText => ({
  en,
  ru: `${en} (ru)`,
  az: `${en} (az)`,
  fa: `${en} (fa)`,
  kk: `${en} (kk)`,
});

export const definition = (over: Record<string, unknown> = {}) => ({
  summary: text('A certificate that you owe nothing for water.'),
  whatHappensNext: text('We check your account within 3 working days.'),
  subject: 'NONE',
  fee: { kind: 'FREE' },
  signing: 'NONE',
  outcome: 'CERTIFICATE',
  refusalGrounds: [{ code: 'debt', label: text('There is a debt') }],
  steps: [
    {
      id: 'account',
      title: text('Your account'),
      fields: [{ name: 'subscriberCode', type: 'text', label: text('Subscriber code'), required: true }],
    },
  ],
  documents: [],
  ...over,
});

export const application = (over: Record<string, unknown> = {}) => ({
  __typename: 'Application',
  id: 'a1',
  number: 'KZN-2026-000042',
  serviceCode: 'no_debt',
  serviceName: 'No-debt certificate',
  status: 'REGISTERED',
  overdue: false,
  createdAt: '2026-11-20T09:00:00.000Z',
  deadlineAt: '2026-11-25T15:00:00.000Z',
  amountDue: null,
  currency: 'RUB',
  viewerCan: { __typename: 'ApplicationViewerCan', pay: false, sign: false },
  version: 1,
  definition: definition(),
  answers: { subscriberCode: 'AB-12345' },
  address: 'ул. Баумана, 12',
  premisesNumber: '45',
  organizationName: 'Water utility',
  intakeOrganizationName: null,
  channel: 'WEB',
  registeredAt: '2026-11-20T09:00:01.000Z',
  decidedAt: null,
  decisionComment: null,
  refusalGround: null,
  queuePosition: null,
  waitingListRegisteredAt: null,
  removedFromListAt: null,
  effectiveFrom: null,
  signature: null,
  documents: [],
  attachments: [],
  timeline: [],
  paymentBreakdown: [],
  payments: [],
  ...over,
});
