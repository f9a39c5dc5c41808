// Types i18next's `t` with the English catalogue: a key that does not exist fails `tsc`.
import 'i18next';
import type { Messages } from '@citydesk/i18n';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
