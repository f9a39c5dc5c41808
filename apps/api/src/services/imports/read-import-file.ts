// An uploaded or named import file as rows of text keyed by header: CSV (comma or semicolon separated, as
// spreadsheets in the region export it, with or without a byte-order mark). Headers are matched
// case-insensitively; blank lines are skipped.
import { parse } from 'csv-parse/sync';
import type { ImportRow } from '@citydesk/domain';

export interface ImportFile {
  header: string[];
  rows: ImportRow[];
}

/** The separator of the header line: a semicolon when it has more of them than commas. */
function delimiterOf(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export function readCsv(bytes: Buffer): ImportFile {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const records = parse(text, {
    delimiter: delimiterOf(text),
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: true,
  }) as string[][];
  const [head = [], ...body] = records;
  const header = head.map((h) => h.trim().toLowerCase());
  const rows = body.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
  return { header, rows };
}
