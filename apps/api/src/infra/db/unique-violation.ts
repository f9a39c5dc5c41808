/** Whether a Prisma error is a unique-constraint violation (P2002): someone else wrote the same key first. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}
