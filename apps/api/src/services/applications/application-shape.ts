// The relations every application read loads, in one query, for the GraphQL Application type.
import type { Prisma } from '../../generated/prisma/client.ts';

export const applicationInclude = {
  application: true,
  category: true,
  city: { select: { currency: true, timeZone: true } },
  building: { select: { street: true, houseNumber: true, districtId: true } },
  premises: { select: { number: true } },
  organization: { select: { id: true, name: true, kind: true } },
  intakeOrganization: { select: { id: true, name: true } },
  issuedDocuments: {
    select: {
      id: true,
      number: true,
      verificationCode: true,
      kind: true,
      issuerOrganizationId: true,
      issuedAt: true,
      validUntil: true,
      revokedAt: true,
      revocationReason: true,
    },
    orderBy: { issuedAt: 'asc' },
  },
  signature: true,
  waitingListEntry: true,
} satisfies Prisma.RequestInclude;

export type ApplicationWithRelations = Prisma.RequestGetPayload<{ include: typeof applicationInclude }>;
