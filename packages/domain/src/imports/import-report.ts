// What an import's validation reports: one entry per problem, naming the file's row (as a spreadsheet numbers
// it: the header is row 1) and column, with a stable issue code the UI and the CLI translate.
import type { IssueCode } from '../issues.ts';

export interface ImportIssue {
  /** 1 = the header row; data rows start at 2. */
  row: number;
  /** The column's name as the file spells it (the header for a missing column). */
  column: string;
  code: IssueCode;
}

/** One file's rows keyed by header, as parsed from CSV or XLSX (cells as text). */
export type ImportRow = Readonly<Record<string, string>>;

export interface ParsedImport<T> {
  /** The rows that passed, with their row numbers. */
  valid: { row: number; value: T }[];
  issues: ImportIssue[];
  /** Data rows in the file. */
  rows: number;
}

/** The issues for required columns the header lacks (reported on row 1). */
export function missingColumns(header: readonly string[], required: readonly string[]): ImportIssue[] {
  return required.filter((c) => !header.includes(c)).map((column) => ({ row: 1, column, code: 'required' }));
}
