// Ending a session: the row goes, and this instance's sockets of that session close at once. A sign-out
// (not a session replaced by a new sign-in) is recorded in the audit trail with it.
import type { SessionClosures } from '../../infra/sessions/session-closures.ts';
import { recordAudit, type AuditActor } from '../audit/record-audit.ts';
import type { ServiceDeps } from '../context.ts';
import { deleteSession } from './sessions.ts';

export async function endSession(
  deps: Pick<ServiceDeps, 'db' | 'clock'> & { sessionClosures: SessionClosures },
  token: string | undefined,
  /** The signed-in user signing out: their sign-out is recorded. */
  signingOut: AuditActor | null = null,
): Promise<void> {
  const ended = await deps.db.$transaction(async (tx) => {
    const id = await deleteSession(tx, token);
    if (id && signingOut)
      await recordAudit(tx, {
        action: 'auth.logout',
        actor: signingOut,
        target: { type: 'user', id: signingOut.userId },
        details: { sessionId: id },
        at: deps.clock(),
      });
    return id;
  });
  if (ended) deps.sessionClosures.ended([ended]);
}
