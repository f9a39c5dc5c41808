import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installMockXhr } from '../../test/mock-xhr.ts';
import { renderWithProviders } from '../../test/render.tsx';
import { UploadField } from './UploadField.tsx';
import { useUpload } from './useUpload.ts';

function Harness({ max = 3, onIds }: { max?: number; onIds?: (ids: string[]) => void }) {
  const upload = useUpload({ kind: 'PHOTO', max });
  onIds?.(upload.ids);
  return <UploadField upload={upload} label="Photos" accept="image/*" max={max} optional />;
}

const photo = (name: string, size = 1000, type = 'image/png') => {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: size });
  return file;
};

afterEach(() => vi.unstubAllGlobals());

describe('UploadField', () => {
  it('uploads each chosen file with real progress and keeps the ids of finished ones', async () => {
    const xhrs = installMockXhr();
    const onIds = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<Harness onIds={onIds} />);
    await user.upload(screen.getByLabelText(/^Photos/), [photo('leak.png'), photo('wall.png')]);

    expect(xhrs).toHaveLength(2);
    expect(xhrs[0]!.url).toBe('/files?kind=PHOTO');
    expect(xhrs[0]!.headers['x-citydesk-upload']).toBe('1');
    expect(xhrs[0]!.body).toBeInstanceOf(FormData);

    act(() => xhrs[0]!.progress(40, 100));
    const bars = screen.getAllByRole('progressbar');
    expect(bars).toHaveLength(2);
    expect(bars[0]).toHaveAttribute('aria-valuenow', '40');
    expect(bars[0]).toHaveAccessibleName(/Uploading.*leak\.png/);

    await act(async () =>
      xhrs[0]!.respond(201, {
        id: 'f1',
        kind: 'PHOTO',
        fileName: 'leak.png',
        mimeType: 'image/png',
        sizeBytes: 1,
      }),
    );
    const items = screen.getAllByTestId('upload-item');
    expect(items[0]).toHaveAttribute('data-status', 'done');
    expect(within(items[0]!).getByText('Uploaded')).toBeInTheDocument();
    expect(items[1]).toHaveAttribute('data-status', 'uploading');
    expect(onIds).toHaveBeenLastCalledWith(['f1']);
  });

  it('shows the error of each failed file and lets it be removed', async () => {
    const xhrs = installMockXhr();
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { locale: 'ru' });
    await user.upload(screen.getByLabelText(/^Photos/), [
      photo('doc.png'),
      photo('huge.png', 11 * 1024 * 1024),
    ]);

    // The too-large file never leaves the browser.
    expect(xhrs).toHaveLength(1);
    const items = screen.getAllByTestId('upload-item');
    expect(within(items[1]!).getByRole('alert')).toHaveTextContent('Файл слишком большой');

    await act(async () =>
      xhrs[0]!.respond(400, {
        error: { code: 'INVALID_INPUT', issues: [{ field: 'file', code: 'file_type_not_allowed' }] },
      }),
    );
    expect(within(screen.getAllByTestId('upload-item')[0]!).getByRole('alert')).toHaveTextContent(
      'Файлы такого типа здесь не принимаются.',
    );

    await user.click(screen.getByRole('button', { name: /Удалить.*huge\.png/ }));
    expect(screen.getAllByTestId('upload-item')).toHaveLength(1);
  });

  it('reports a lost connection and refuses more files than allowed', async () => {
    const xhrs = installMockXhr();
    const user = userEvent.setup();
    renderWithProviders(<Harness max={2} />);
    await user.upload(screen.getByLabelText(/^Photos/), [photo('a.png'), photo('b.png'), photo('c.png')]);
    expect(xhrs).toHaveLength(2);
    expect(screen.getByText('Too many files.')).toBeInTheDocument();
    // Full: the drop zone and the input are gone.
    expect(screen.queryByTestId('upload-dropzone')).toBeNull();
    await act(async () => xhrs[1]!.fail());
    expect(within(screen.getAllByTestId('upload-item')[1]!).getByRole('alert')).toHaveTextContent(
      'No connection to the server',
    );
  });

  it('translates the refusals of an image too large, a corrupt file and a polyglot', async () => {
    const xhrs = installMockXhr();
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { locale: 'kk' });
    await user.upload(screen.getByLabelText(/^Photos/), [
      photo('bomb.png'),
      photo('cut.jpg'),
      photo('zip.jpg'),
    ]);
    const refuse = (code: string) => ({
      error: { code: 'INVALID_INPUT', message: 'Кейбір өрістер қате', issues: [{ field: 'file', code }] },
    });
    await act(async () => xhrs[0]!.respond(400, refuse('image_too_large')));
    await act(async () => xhrs[1]!.respond(400, refuse('file_corrupt')));
    await act(async () => xhrs[2]!.respond(400, refuse('file_type_not_allowed')));
    const alerts = screen.getAllByTestId('upload-item').map((item) => within(item).getByRole('alert'));
    expect(alerts[0]).toHaveTextContent('Сурет тым үлкен: ең көбі 50 мегапиксель');
    expect(alerts[1]).toHaveTextContent('Файл зақымдалған немесе оқылмайды');
    expect(alerts[2]).toHaveTextContent('Мұндай түрдегі файл қабылданбайды.');
  });

  it('shows the daily quota refusal as the server words it, with when to try again', async () => {
    const xhrs = installMockXhr();
    const user = userEvent.setup();
    renderWithProviders(<Harness />, { locale: 'fa' });
    await user.upload(screen.getByLabelText(/^Photos/), [photo('one-more.png')]);
    const message =
      'به اندازهٔ سقف یک شبانه‌روز بارگذاری کرده‌اید (200 فایل یا 200 مگابایت در ۲۴ ساعت). از ۱۲ آذر ۱۴۰۵، ۱۰:۰۰ می‌توانید دوباره بارگذاری کنید.';
    await act(async () =>
      xhrs[0]!.respond(429, {
        error: {
          code: 'UPLOAD_QUOTA_EXCEEDED',
          message,
          params: {
            files: 200,
            megabytes: 200,
            retryAt: '2026-12-03T07:00:00.000Z',
            timeZone: 'Europe/Moscow',
          },
        },
      }),
    );
    expect(within(screen.getByTestId('upload-item')).getByRole('alert')).toHaveTextContent(message);
  });
});
