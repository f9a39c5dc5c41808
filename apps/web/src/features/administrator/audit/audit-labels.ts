// Words for an audit row: its action in the reader's language (an unknown code, from a newer server, as it is)
// and what it was about (the number the row carries, else the kind of object and the start of its id).
import { messages } from '@citydesk/i18n';
import type { TFunction } from 'i18next';
import type { AuditLogQuery } from '../../../gql/administrator/graphql.ts';

export type AuditEntry = AuditLogQuery['auditLog']['nodes'][number];

type ActionKey = keyof typeof messages.en.audit.actions;
type TargetKey = keyof typeof messages.en.audit.targets;

const isActionKey = (key: string): key is ActionKey => Object.hasOwn(messages.en.audit.actions, key);
const isTargetKey = (key: string): key is TargetKey => Object.hasOwn(messages.en.audit.targets, key);

export function actionLabel(t: TFunction, action: string): string {
  const key = action.replace(/\./g, '_');
  return isActionKey(key) ? t(`audit.actions.${key}`) : action;
}

export const detailsOf = (entry: Pick<AuditEntry, 'details'>): Record<string, unknown> =>
  entry.details && typeof entry.details === 'object' && !Array.isArray(entry.details)
    ? (entry.details as Record<string, unknown>)
    : {};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `Request KZN-2026-000123`, `User resident@demo.citydesk`, `Holiday calendar RU-2027`; null when about nothing. */
export function targetLabel(t: TFunction, entry: AuditEntry): string | null {
  if (!entry.targetType) return null;
  const kind = isTargetKey(entry.targetType) ? t(`audit.targets.${entry.targetType}`) : entry.targetType;
  const details = detailsOf(entry);
  const named = [details.number, details.serialNumber, details.login].find((v) => typeof v === 'string');
  const ownAccount =
    entry.targetType === 'user' && entry.actor?.id === entry.targetId ? entry.actor.email : null;
  const id = entry.targetId ?? '';
  const name = (named as string | undefined) ?? ownAccount ?? (uuid.test(id) ? `${id.slice(0, 8)}…` : id);
  return `${kind} ${name}`.trim();
}
