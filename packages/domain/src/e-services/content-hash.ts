// What an applicant signs is a hash of their application's content (the API computes it). The same content must
// always give the same bytes, whatever order a client or the database returned the keys in, so the signature
// still verifies years later: hence one canonical JSON form.

/**
 * Deterministic JSON for hashing: object keys sorted recursively (by UTF-16 code units, like `Array#sort`), no
 * whitespace, arrays kept in order. Otherwise it follows `JSON.stringify`: members whose value is `undefined`
 * are dropped, `undefined` inside an array becomes `null`, `toJSON` is honoured (dates become ISO strings) and
 * strings are escaped the same way.
 *
 * Throws a TypeError on what JSON cannot represent faithfully — `NaN` and infinities, bigints, functions,
 * symbols, a top-level `undefined` and circular references — rather than hashing something else than was meant.
 */
export function canonicalJson(value: unknown): string {
  const result = write(value, new Set());
  if (result === undefined) throw new TypeError('canonicalJson: nothing to serialise (undefined)');
  return result;
}

// Returns undefined for a value to leave out (an undefined member).
function write(input: unknown, ancestors: Set<object>): string | undefined {
  const value = hasToJson(input) ? input.toJSON() : input;
  switch (typeof value) {
    case 'undefined':
      return undefined;
    case 'boolean':
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not JSON`);
      return JSON.stringify(value);
    case 'bigint':
    case 'function':
    case 'symbol':
      throw new TypeError(`canonicalJson: a ${typeof value} is not JSON`);
    case 'object': {
      if (value === null) return 'null';
      if (ancestors.has(value)) throw new TypeError('canonicalJson: circular reference');
      ancestors.add(value);
      let json: string;
      if (Array.isArray(value)) {
        json = `[${value.map((item: unknown) => write(item, ancestors) ?? 'null').join(',')}]`;
      } else {
        const record = value as Record<string, unknown>;
        const members: string[] = [];
        for (const key of Object.keys(record).sort()) {
          const member = write(record[key], ancestors);
          if (member !== undefined) members.push(`${JSON.stringify(key)}:${member}`);
        }
        json = `{${members.join(',')}}`;
      }
      // Only ancestors count as cycles: the same object twice side by side is fine, as in JSON.stringify.
      ancestors.delete(value);
      return json;
    }
  }
}

function hasToJson(value: unknown): value is { toJSON: () => unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}
