import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../features/session/SessionProvider.tsx';
import { ToastProvider } from '../ui/index.ts';
import { AppRoutes } from './AppRoutes.tsx';

export function App({ i18n }: { i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ToastProvider>
        <BrowserRouter>
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </ToastProvider>
    </I18nextProvider>
  );
}
