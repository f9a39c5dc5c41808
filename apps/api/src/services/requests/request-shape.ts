// The relations every request read loads, in one query, for the GraphQL Request type.
import type { Prisma } from '../../generated/prisma/client.ts';

export const requestInclude = {
  category: true,
  building: { select: { street: true, houseNumber: true } },
  premises: { select: { number: true } },
  organization: { select: { id: true, name: true, kind: true } },
  contractorOrganization: { select: { id: true, name: true, kind: true } },
} satisfies Prisma.RequestInclude;

export type RequestWithRelations = Prisma.RequestGetPayload<{ include: typeof requestInclude }>;
