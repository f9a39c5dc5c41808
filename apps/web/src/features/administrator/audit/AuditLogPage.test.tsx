import { auditActions } from '@citydesk/domain';
import { locales, messages } from '@citydesk/i18n';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AuditLogDocument, type AuditLogQuery } from '../../../gql/administrator/graphql.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { AUDIT_PAGE_SIZE, AuditLogPage } from './AuditLogPage.tsx';

type Entry = AuditLogQuery['auditLog']['nodes'][number];

const dispatcher = {
  __typename: 'AuditActor' as const,
  id: 'u-disp',
  displayName: 'Tatiana Efimova',
  email: 'd@x',
};
const assign: Entry = {
  __typename: 'AuditLogEntry',
  id: 'a-1',
  occurredAt: '2026-11-25T06:05:00Z',
  action: 'request.assign',
  actor: dispatcher,
  actorRole: 'DISPATCHER',
  organizationName: 'UK Uyut',
  targetType: 'request',
  targetId: 'c0ffee00-0000-4000-8000-000000000001',
  details: { number: 'KZN-2026-000123', fromStatus: 'ROUTED', toStatus: 'ASSIGNED', comment: 'Roofers' },
  clientIp: '198.51.100.23',
  requestId: 'edge-7f3a9c01',
} as Entry;
const priority: Entry = {
  ...assign,
  id: 'a-2',
  action: 'request.set_priority',
  details: { number: 'KZN-2026-000123', before: { priority: 'NORMAL' }, after: { priority: 'HIGH' } },
};
const failedLogin: Entry = {
  ...assign,
  id: 'a-3',
  action: 'auth.login.failed',
  actor: null,
  actorRole: null,
  organizationName: null,
  targetType: 'user',
  targetId: 'u-resident',
  details: { login: 'resident@demo.citydesk', reason: 'wrong_password' },
  clientIp: '203.0.113.9',
};
const settled: Entry = {
  ...assign,
  id: 'a-4',
  action: 'payment.settle',
  actor: null,
  actorRole: null,
  targetType: 'payment',
  clientIp: null,
  details: { number: 'KZN-2026-000200', status: 'SUCCEEDED', amount: 184350 },
};

const page = (nodes: Entry[], endCursor: string | null = null, hasNextPage = false) => ({
  data: {
    auditLog: {
      __typename: 'AuditLogConnection',
      nodes,
      pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
    },
  },
});
const query = (variables: Record<string, unknown>) => ({
  query: AuditLogDocument,
  variables: { first: AUDIT_PAGE_SIZE, ...variables },
});
const moscow = { session: { timeZone: 'Europe/Moscow' } };
/** The rows of the loaded table (the action filter's options carry the same labels, so look only here). */
const tableRows = async () =>
  within(await screen.findByRole('table'))
    .getAllByRole('row')
    .slice(1);

describe('AuditLogPage', () => {
  it('shows each entry: when in the city’s time, the action, who from where, about what, what changed', async () => {
    renderWithProviders(<AuditLogPage />, {
      ...moscow,
      mocks: [{ request: query({}), result: page([assign, priority, failedLogin, settled]) }],
    });
    const table = await screen.findByRole('table', { name: 'Audit log entries, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    const [first, second, third, fourth] = rows as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    // 06:05 UTC is 09:05 in Kazan.
    expect(within(first).getByRole('time')).toHaveTextContent('09:05');
    expect(first).toHaveTextContent('Request assigned to a contractor');
    expect(first).toHaveTextContent('request.assign');
    expect(first).toHaveTextContent('Tatiana Efimova');
    expect(first).toHaveTextContent('Dispatcher · UK Uyut');
    expect(first).toHaveTextContent('from \u2068198.51.100.23\u2069');
    expect(within(first).getByRole('button', { name: 'Request KZN-2026-000123' })).toBeInTheDocument();
    expect(first).toHaveTextContent('fromStatusROUTED');
    expect(second).toHaveTextContent('priorityNORMAL → HIGH');
    expect(third).toHaveTextContent('Failed sign-in');
    expect(third).toHaveTextContent('Anonymous');
    expect(within(third).getByRole('button', { name: 'User resident@demo.citydesk' })).toBeInTheDocument();
    expect(third).toHaveTextContent('reasonwrong_password');
    expect(fourth).toHaveTextContent('Payment result from the provider');
    expect(fourth).toHaveTextContent('System');
  });

  it('narrows to a person picked from a row, and back', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuditLogPage />, {
      ...moscow,
      mocks: [
        { request: query({}), result: page([assign, failedLogin]) },
        { request: query({ filter: { actorId: 'u-disp' } }), result: page([assign]) },
        { request: query({}), result: page([assign, failedLogin]) },
      ],
    });
    expect(await tableRows()).toHaveLength(2);
    await user.click(screen.getAllByRole('button', { name: 'Tatiana Efimova' })[0]!);
    expect(await screen.findByText('By Tatiana Efimova')).toBeInTheDocument();
    await vi.waitFor(async () => expect(await tableRows()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Remove the filter “By Tatiana Efimova”' }));
    expect(screen.queryByText('By Tatiana Efimova')).not.toBeInTheDocument();
    await vi.waitFor(async () => expect(await tableRows()).toHaveLength(2));
  });

  it('filters by an action group and by the city’s days, and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuditLogPage />, {
      ...moscow,
      mocks: [
        { request: query({}), result: page([assign]) },
        { request: query({ filter: { action: 'settings' } }), result: page([]) },
        {
          request: query({ filter: { action: 'settings', from: '2026-10-31T21:00:00.000Z' } }),
          result: page([]),
        },
      ],
    });
    await screen.findByRole('table');
    await user.selectOptions(screen.getByLabelText('Action'), 'All: Settings');
    expect(await screen.findByText('No entries match')).toBeInTheDocument();
    await user.type(screen.getByLabelText('From'), '2026-11-01');
    expect(await screen.findByText('No entries match')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('pages to older entries through the cursor and back to newer ones', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AuditLogPage />, {
      ...moscow,
      mocks: [
        { request: query({}), result: page([assign], 'cursor-1', true) },
        { request: query({ after: 'cursor-1' }), result: page([failedLogin], 'cursor-2', false) },
      ],
    });
    expect((await tableRows())[0]).toHaveTextContent('Request assigned to a contractor');
    expect(screen.getByRole('button', { name: 'Newer entries' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Older entries' }));
    await vi.waitFor(async () => expect((await tableRows())[0]).toHaveTextContent('Failed sign-in'));
    expect(screen.getByRole('button', { name: 'Older entries' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Newer entries' }));
    await vi.waitFor(async () =>
      expect((await tableRows())[0]).toHaveTextContent('Request assigned to a contractor'),
    );
  });

  it('explains an empty log, and offers a retry when it cannot load', async () => {
    const empty = renderWithProviders(<AuditLogPage />, {
      mocks: [{ request: query({}), result: page([]) }],
    });
    expect(await screen.findByText('No entries yet')).toBeInTheDocument();
    empty.unmount();
    renderWithProviders(<AuditLogPage />, {
      mocks: [{ request: query({}), error: new TypeError('Failed to fetch') }],
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('reads in Persian, right to left, with the address kept left to right', async () => {
    renderWithProviders(<AuditLogPage />, {
      ...moscow,
      locale: 'fa',
      mocks: [{ request: query({}), result: page([failedLogin]) }],
    });
    const [row] = await tableRows();
    expect(row).toHaveTextContent('ورود ناموفق');
    expect(row).toHaveTextContent('از \u2068203.0.113.9\u2069');
  });
});

describe('audit action labels', () => {
  it.each(locales)('%s names every action the API records', (locale) => {
    const labels = messages[locale].audit.actions as Record<string, string>;
    const missing = auditActions.filter((action) => !labels[action.replace(/\./g, '_')]);
    expect(missing).toEqual([]);
    expect(Object.keys(labels).length).toBe(auditActions.length);
  });
});
