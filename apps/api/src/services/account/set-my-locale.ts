import type { Locale } from '@citydesk/domain';
import type { Viewer } from '../auth/sessions.ts';
import type { ServiceDeps } from '../context.ts';

export async function setMyLocale(deps: ServiceDeps, viewer: Viewer, locale: Locale): Promise<Viewer> {
  await deps.db.user.update({ where: { id: viewer.userId }, data: { locale } });
  return { ...viewer, locale };
}
