// Renders a component the way the app does (i18n, Apollo, toasts, router, session) with mocked GraphQL.
import type { ApolloLink } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import type { Locale } from '@citydesk/i18n';
import { render, type RenderResult } from '@testing-library/react';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { createI18n } from '../app/i18n.ts';
import { SessionContext, type Session, type Viewer } from '../features/session/session-context.ts';
import { ToastProvider } from '../ui/index.ts';

export interface RenderOptions {
  mocks?: ReadonlyArray<MockLink.MockedResponse<any, any>>;
  /** A link to answer operations instead of `mocks` (to see what each operation carried). */
  link?: ApolloLink;
  locale?: Locale;
  route?: string;
  viewer?: Viewer | null;
  session?: Partial<Session>;
}

export interface RenderWithProviders extends RenderResult {
  i18n: i18n;
  session: Session;
}

export function renderWithProviders(ui: ReactNode, options: RenderOptions = {}): RenderWithProviders {
  const i18n = createI18n(options.locale ?? 'en');
  const session: Session = {
    viewer: options.viewer ?? null,
    timeZone: null,
    signIn: vi.fn(),
    signOut: vi.fn(async () => {}),
    reconnect: vi.fn(),
    ...options.session,
  };
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={options.mocks ?? []} {...(options.link ? { link: options.link } : {})}>
        <ToastProvider>
          <MemoryRouter initialEntries={[options.route ?? '/']}>
            <SessionContext.Provider value={session}>{ui}</SessionContext.Provider>
          </MemoryRouter>
        </ToastProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
  return { ...result, i18n, session };
}

export const residentViewer: Viewer = {
  __typename: 'Viewer',
  id: 'u-resident',
  role: 'RESIDENT',
  displayName: 'Alsu Khamitova',
  email: 'resident@demo.citydesk',
  phone: '+79172345601',
  locale: 'en',
  organization: null,
} as Viewer;
