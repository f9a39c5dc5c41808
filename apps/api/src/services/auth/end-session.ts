// Ending a session: the row goes, and this instance's sockets of that session close at once.
import type { SessionClosures } from '../../infra/sessions/session-closures.ts';
import type { ServiceDeps } from '../context.ts';
import { deleteSession } from './sessions.ts';

export async function endSession(
  deps: Pick<ServiceDeps, 'db'> & { sessionClosures: SessionClosures },
  token: string | undefined,
): Promise<void> {
  const ended = await deleteSession(deps.db, token);
  if (ended) deps.sessionClosures.ended([ended]);
}
