// Classifies what went wrong in the database layer, whichever layer reports it (Prisma's own codes,
// the driver adapter's error kinds, PostgreSQL's SQLSTATE, node's socket codes), so the HTTP and
// GraphQL edges can answer "try again shortly" (the database is away) or "your input is malformed"
// (PostgreSQL refused a value: a malformed uuid, a NUL byte) instead of INTERNAL.

/** Prisma codes: can't reach, timed out, server closed the connection, pool timeout, too many connections. */
const unavailablePrismaCodes = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037']);
const unavailableAdapterKinds = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
/** SQLSTATE: class 08 connection exception, 57P01-03 shutdown / cannot connect now, 53300 too many connections. */
const unavailableSqlState = /^(08...|57P0[123]|53300)$/;
const unavailableSocketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND']);
const unavailableMessages =
  /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection|terminating connection due to administrator command|the database system is (starting up|shutting down)|Client was closed|Client has encountered a connection error|Connection terminated unexpectedly|Query read timeout|Cannot use a pool after calling end/i;

/** Prisma codes for a value the column refuses: too long, invalid, out of range, inconsistent column data. */
const invalidInputPrismaCodes = new Set(['P2000', 'P2007', 'P2020', 'P2023']);
const invalidInputAdapterKinds = new Set([
  'LengthMismatch',
  'ValueOutOfRange',
  'InvalidInputValue',
  'InconsistentColumnData',
]);
/** SQLSTATE class 22: data exception (invalid text representation, invalid byte sequence, …). */
const invalidInputSqlState = /^22...$/;

interface ErrorLike {
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: { driverAdapterError?: unknown; code?: unknown };
  originalCode?: unknown;
}

/** The error and everything it wraps (causes, Prisma's driver-adapter error), at most a few levels deep. */
function* chain(error: unknown): Generator<ErrorLike> {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length > 0 && seen.size < 12) {
    const next = queue.shift();
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    const e = next as ErrorLike;
    yield e;
    queue.push(e.cause, e.meta?.driverAdapterError);
  }
}

function matches(
  error: unknown,
  test: { prisma: Set<string>; kinds: Set<string>; sqlState: RegExp; socket?: Set<string>; message?: RegExp },
): boolean {
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    const original = typeof e.originalCode === 'string' ? e.originalCode : undefined;
    if (code && (test.prisma.has(code) || test.sqlState.test(code) || test.socket?.has(code))) return true;
    if (original && test.sqlState.test(original)) return true;
    if (typeof e.kind === 'string' && test.kinds.has(e.kind)) return true;
    if (test.message && typeof e.message === 'string' && test.message.test(e.message)) return true;
  }
  return false;
}

/** The database could not be reached or dropped the connection: a retry later may well succeed. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return matches(error, {
    prisma: unavailablePrismaCodes,
    kinds: unavailableAdapterKinds,
    sqlState: unavailableSqlState,
    socket: unavailableSocketCodes,
    message: unavailableMessages,
  });
}

/** PostgreSQL refused a value the client sent (not a bug of ours in the query's shape). */
export function isInvalidDatabaseInput(error: unknown): boolean {
  return matches(error, {
    prisma: invalidInputPrismaCodes,
    kinds: invalidInputAdapterKinds,
    sqlState: invalidInputSqlState,
    message: /invalid input syntax for type|invalid byte sequence for encoding/i,
  });
}
