// Downloading a document of a tracked application: the number and the access code travel in a POST body
// (never in a URL that logs and histories keep), the PDF comes back as a file the browser saves.
import type { Locale } from '@citydesk/i18n';
import { saveFile } from '../../lib/save-file.ts';

/** Saves the PDF; rejects with the server's translated message when it refuses. */
export async function downloadTrackedPdf(input: {
  documentId: string;
  fileName: string;
  number: string;
  code: string;
  locale: Locale;
}): Promise<void> {
  const response = await fetch(`/track/documents/${input.documentId}.pdf?lang=${input.locale}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number: input.number, code: input.code }),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? response.statusText);
  }
  saveFile(input.fileName, await response.blob());
}
