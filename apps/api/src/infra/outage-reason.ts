// Why a backing service is unreachable, in words fit for a public health answer: the kind of
// failure, never a host, port, credential or stack (those go to the log).

const byCode: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection reset',
  ETIMEDOUT: 'timed out',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

/** e.g. "connection refused", "database not reachable", "timed out"; `fallback` when nothing is known. */
export function outageReason(error: unknown, fallback = 'unavailable'): string {
  if (!error || typeof error !== 'object') return fallback;
  const e = error as { code?: unknown; name?: unknown; meta?: any; cause?: unknown };
  // Prisma's driver-adapter errors name the kind of failure (DatabaseNotReachable, ConnectionClosed, …).
  const kind = e.meta?.driverAdapterError?.cause?.kind;
  if (typeof kind === 'string') return kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (typeof e.code === 'string' && byCode[e.code]) return byCode[e.code]!;
  if (e.name === 'TimeoutError') return 'timed out';
  if (e.cause) return outageReason(e.cause, fallback);
  return fallback;
}
