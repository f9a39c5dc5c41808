// Input no route should ever pass on: PostgreSQL cannot store a NUL character in text, so a body or
// query string carrying one is refused at the edge as INVALID_INPUT (field path named) before any
// service sees it.
import type { RequestHandler } from 'express';
import { invalidInput } from '../errors.ts';

/** The path of the first string holding a NUL character (`variables.input.description`), or null. */
export function findNulCharacter(value: unknown, path = '', depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'body' : null;
  if (typeof value !== 'object' || value === null || depth > 64) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = key.includes('\u0000')
      ? path || 'body'
      : findNulCharacter(item, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

export const rejectNulCharacters: RequestHandler = (req, _res, next) => {
  const field = findNulCharacter(req.body) ?? findNulCharacter(req.query) ?? findNulCharacter(req.path);
  next(field === null ? undefined : invalidInput([{ field, code: 'invalid_characters' }]));
};
