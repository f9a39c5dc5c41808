import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installMockXhr } from '../../../test/mock-xhr.ts';
import { renderWithProviders } from '../../../test/render.tsx';
import { ImportsPage } from './ImportsPage.tsx';
import type { ImportReport } from './import-report.ts';

afterEach(() => vi.unstubAllGlobals());

const report = (change: Partial<ImportReport> = {}): ImportReport => ({
  rows: 3,
  valid: 2,
  issues: [{ row: 3, column: 'premises', code: 'invalid_format' }],
  written: false,
  created: { districts: 0, organizations: 0, buildings: 0, premises: 0 },
  updated: { buildings: 0, premises: 0 },
  ...change,
});

async function chooseFile(user: ReturnType<typeof userEvent.setup>) {
  const file = new File(['district_code,street\n'], 'дома.csv', { type: 'text/csv' });
  await user.upload(screen.getByLabelText('File'), file);
}

describe('ImportsPage', () => {
  it('lists the columns of the file in the reader’s language, the required ones marked', () => {
    renderWithProviders(<ImportsPage />, { locale: 'ru' });
    expect(screen.getByRole('heading', { level: 1, name: 'Импорт данных' })).toBeInTheDocument();
    expect(screen.getByText('district_code').closest('dt')).toHaveTextContent('(обязательно)');
    expect(screen.getByText('district_name').closest('dt')).not.toHaveTextContent('(обязательно)');
    expect(screen.getByText(/Номера квартир и диапазоны/)).toBeInTheDocument();
    expect(screen.getByText('Файл не выбран')).toBeInTheDocument();
  });

  it('uploads with a progress bar, shows each problem by row and column, imports the valid rows', async () => {
    const user = userEvent.setup();
    const xhrs = installMockXhr();
    renderWithProviders(<ImportsPage />);
    expect(screen.getByRole('button', { name: 'Check the file' })).toBeDisabled();
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(xhrs[0]).toMatchObject({ method: 'POST', url: '/imports/buildings?mode=check' });
    expect(xhrs[0]!.headers['x-citydesk-upload']).toBe('1');
    act(() => xhrs[0]!.progress(40, 100));
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '40');
    act(() => xhrs[0]!.respond(200, report()));

    expect(await screen.findByText('Rows: 3 · valid: 2 · with problems: 1')).toBeInTheDocument();
    const issues = screen.getAllByTestId('import-issue');
    expect(issues.map((row) => row.textContent)).toEqual([
      '3premisesThe value does not have the expected format.',
    ]);
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Import the valid rows (2)' }));
    expect(xhrs[1]!.url).toBe('/imports/buildings?mode=import-valid');
    act(() =>
      xhrs[1]!.respond(
        200,
        report({ written: true, created: { districts: 1, organizations: 1, buildings: 2, premises: 60 } }),
      ),
    );
    const result = await screen.findByTestId('import-result');
    expect(result).toHaveTextContent('Imported.');
    expect(result).toHaveTextContent('Buildings: 2');
    expect(result).toHaveTextContent('Premises: 60');
  });

  it('says so when a re-import changed nothing', async () => {
    const user = userEvent.setup();
    const xhrs = installMockXhr();
    renderWithProviders(<ImportsPage />);
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    act(() => xhrs[0]!.respond(200, report({ issues: [], valid: 3 })));
    expect(await screen.findByText('The file is valid and ready to import.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(xhrs[1]!.url).toBe('/imports/buildings?mode=import');
    act(() => xhrs[1]!.respond(200, report({ issues: [], valid: 3, written: true })));
    expect(
      await screen.findByText('Nothing changed: everything in the file was already there.'),
    ).toBeInTheDocument();
  });

  it('shows the server’s translated refusal', async () => {
    const user = userEvent.setup();
    const xhrs = installMockXhr();
    renderWithProviders(<ImportsPage />);
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    act(() =>
      xhrs[0]!.respond(403, { error: { code: 'NOT_ALLOWED', message: 'You are not allowed to do this.' } }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('You are not allowed to do this.');
  });
});
