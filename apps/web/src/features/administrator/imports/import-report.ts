// What POST /imports/:kind answers (apps/api/src/services/imports/import-housing-stock.ts: ImportResult), and
// the call itself, with upload progress.
import type { ImportIssue } from '@citydesk/domain';
import { sendFile, type FileHandle } from '../../../lib/upload.ts';

export const importKinds = ['buildings'] as const;
export type ImportKind = (typeof importKinds)[number];
export type ImportMode = 'check' | 'import' | 'import-valid';

export interface ImportCounts {
  districts: number;
  organizations: number;
  buildings: number;
  premises: number;
}

export interface ImportReport {
  rows: number;
  valid: number;
  issues: ImportIssue[];
  written: boolean;
  created: ImportCounts;
  updated: Pick<ImportCounts, 'buildings' | 'premises'>;
}

export function sendImport(
  kind: ImportKind,
  mode: ImportMode,
  file: File,
  options: { onProgress?: (fraction: number) => void; locale?: string },
): FileHandle<ImportReport> {
  return sendFile<ImportReport>(`/imports/${kind}?mode=${mode}`, file, options);
}

/** Rows with at least one problem. */
export const invalidRows = (report: ImportReport) => new Set(report.issues.map((i) => i.row)).size;

export const changedNothing = (report: ImportReport) =>
  Object.values(report.created).every((n) => n === 0) && Object.values(report.updated).every((n) => n === 0);
