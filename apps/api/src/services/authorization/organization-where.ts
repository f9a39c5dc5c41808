// A policy `organization` scope as a Prisma filter: any of its fields holds the organization's id.
// null when the scope names no field (no row matches).
export function organizationWhere<Field extends string>(scope: {
  fields: readonly Field[];
  organizationId: string;
}): Partial<Record<Field, string>> | { OR: Partial<Record<Field, string>>[] } | null {
  const matches = scope.fields.map(
    (field) => ({ [field]: scope.organizationId }) as Partial<Record<Field, string>>,
  );
  if (matches.length === 0) return null;
  return matches.length === 1 ? matches[0]! : { OR: matches };
}
