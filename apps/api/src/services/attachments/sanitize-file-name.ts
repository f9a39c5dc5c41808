// A file name from a client is only a label: it is shown in lists and offered on download, never
// used as a path or to decide the type. Cleaning keeps what a person would recognise.

const MAX_STEM_LENGTH = 120;

// C0/C1 controls, and the bidi embeddings/overrides/isolates that can disguise an extension
// ("photo\u202Egpj.exe"). Zero-width joiners stay: Persian names need U+200C.
const invisible = /[\p{Cc}\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
// Characters that are not allowed in file names on Windows or that quote badly in headers.
const reserved = /[<>:"/\\|?*]/g;

/**
 * A safe display name for an upload whose content was detected as `extension`: the last path
 * segment, without control characters, at most 120 characters before the extension, and ending
 * in the extension of the detected type (a PNG sent as `scan.pdf` becomes `scan.png`).
 */
export function sanitizeFileName(raw: string, extension: string, fallback = 'file'): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  let stem = base.replace(invisible, '').replace(reserved, '_').replace(/\s+/g, ' ').trim();
  // Drop the claimed extension; the detected one is appended below.
  stem = stem.replace(/\.[\p{L}\p{N}]{1,10}$/u, '');
  stem = [...stem].slice(0, MAX_STEM_LENGTH).join('');
  // Leading dots would hide the file on Unix; trailing dots and spaces are dropped by Windows.
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, '');
  return `${stem || fallback}.${extension}`;
}
