import { useApolloClient, useMutation } from '@apollo/client/react';
import type { Locale } from '@citydesk/i18n';
import { useCallback } from 'react';
import { currentLocale, storeLocale } from '../../app/i18n.ts';
import { useI18nInstance } from '../../app/useI18nInstance.ts';
import { SetMyLocaleDocument } from '../../gql/account/graphql.ts';
import { useSession } from '../session/session-context.ts';

/**
 * Switches the interface language at once; remembers it in this browser and, when signed in, on the
 * server (setMyLocale), then refetches what is on screen so server-localised names follow.
 */
export function useChangeLocale(): (locale: Locale) => Promise<void> {
  const i18n = useI18nInstance();
  const { viewer, reconnect } = useSession();
  const client = useApolloClient();
  const [setMyLocale] = useMutation(SetMyLocaleDocument);

  return useCallback(
    async (locale: Locale) => {
      if (locale === currentLocale(i18n)) return;
      await i18n.changeLanguage(locale);
      storeLocale(locale);
      if (viewer) {
        try {
          await setMyLocale({ variables: { locale } });
        } catch {
          // Not remembered on the server this time; the language still applies here.
        }
        reconnect();
      }
      // Signed in or not (public pages show server-localised names too), what is on screen follows.
      await client.refetchQueries({ include: 'active' }).catch(() => undefined);
    },
    [client, i18n, reconnect, setMyLocale, viewer],
  );
}
