// A message of the catalogue in every language at once, for data that must carry all of them (the
// payload of an issued document is frozen once and read later in any language).
import { locales, type LocalizedText } from '@citydesk/domain';
import { messages, type Messages } from '@citydesk/i18n';

export function localizedMessage(
  pick: (m: Messages) => string,
  params: Record<string, string> = {},
): LocalizedText {
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => params[k] ?? '');
  return Object.fromEntries(locales.map((l) => [l, fill(pick(messages[l]))])) as LocalizedText;
}
