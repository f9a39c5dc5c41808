// Generated invalid inputs for the fuzz test: for every root field of a role's schema, variables that
// pass GraphQL validation (so they reach resolvers and services) with one leaf replaced by a value no
// service may accept (a malformed id, a NUL character, 100,000 characters, an empty or blank text, an
// extreme number, a malformed date). Deterministic: fast-check with a fixed seed.
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export interface FuzzOperation {
  /** e.g. `mutation fileRequest` */
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

const poisonedId = fc.constantFrom(
  'abc',
  '',
  '0',
  "1' OR '1'='1",
  '00000000-0000-0000-0000-00000000000g',
  '../../etc/passwd',
  '%00',
  'a\u0000b',
  'x'.repeat(5000),
);
const poisonedText = fc.oneof(
  fc.string().map((s) => `${s}\u0000${s}`),
  fc.constant('x'.repeat(100_000)),
  fc.constant(''),
  fc.constantFrom(' ', '\t\n ', '\u200b'),
);
const poisonedInt = fc.constantFrom(-2147483648, 2147483647, -1);
const poisonedFloat = fc.constantFrom(-1e308, 1e308, -0.000001);
const poisonedDate = fc.constantFrom('not-a-date', '0000-00-00', '9999-99-99T99:99:99Z', '', '2026-02-30');

/** Any text: mostly short, sometimes a uuid or a valid-looking number or date. */
const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.constantFrom('plumbing', '+79001234567', 'someone@example.org', '2026-12-01') },
);

function scalarArb(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return fc.oneof(fc.uuid(), poisonedId);
    case 'Int':
      return fc.integer({ min: -1000, max: 100_000 });
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
    case 'Date':
      return fc.oneof(
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        poisonedDate,
      );
    case 'JSON':
      return fc.jsonValue({ maxDepth: 3 });
    default:
      return anyText;
  }
}

function poisonFor(name: string): fc.Arbitrary<unknown> | null {
  switch (name) {
    case 'ID':
      return poisonedId;
    case 'Int':
      return poisonedInt;
    case 'Float':
      return poisonedFloat;
    case 'DateTime':
    case 'Date':
      return poisonedDate;
    case 'Boolean':
      return null;
    default:
      return poisonedText;
  }
}

function valueArb(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueArb(type.ofType, depth);
  const inner = innerArb(type, depth);
  return fc.option(inner, { nil: null, freq: 6 });
}

function innerArb(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return innerArb(type.ofType, depth);
  if (isListType(type)) return fc.array(valueArb(type.ofType, depth + 1), { maxLength: depth > 2 ? 0 : 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, valueArb(f.type, depth + 1)])));
  }
  return scalarArb(isScalarType(type) ? type.name : 'String');
}

/** Where a poison can go: every leaf of a scalar type other than Boolean, present or not. */
function poisonablePaths(
  type: GraphQLInputType,
  path: (string | number)[],
  value: unknown,
): (string | number)[][] {
  const named = getNamedType(type);
  const bare = isNonNullType(type) ? type.ofType : type;
  if (isListType(bare)) {
    const items = Array.isArray(value) && value.length > 0 ? value : [undefined];
    return items.flatMap((item, i) => poisonablePaths(bare.ofType, [...path, i], item));
  }
  if (isInputObjectType(named)) {
    const record = (value ?? {}) as Record<string, unknown>;
    return Object.values(named.getFields()).flatMap((f) =>
      poisonablePaths(f.type, [...path, f.name], record[f.name]),
    );
  }
  if (isEnumType(named) || named.name === 'Boolean') return [];
  return [path];
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = root;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const nextIsIndex = typeof path[i + 1] === 'number';
    if (node[key] === null || node[key] === undefined) node[key] = nextIsIndex ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
}

function operationText(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return `${kind}${defs ? ` (${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

/**
 * `perField` poisoned inputs for every root field of `schema` that takes arguments, except `skip`
 * (fields whose every value is valid, or that end the fuzzing session). Seeded: same inputs every run.
 */
export function fuzzOperations(
  schema: GraphQLSchema,
  options: { perField: number; seed: number; skip?: ReadonlySet<string> },
): FuzzOperation[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  const out: FuzzOperation[] = [];
  let seed = options.seed;
  for (const [kind, root] of roots) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (field.args.length === 0 || options.skip?.has(field.name)) continue;
      const query = operationText(kind, field);
      const argsArb = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueArb(a.type, 0)])));
      const samples = fc.sample(fc.tuple(argsArb, fc.nat(), fc.nat()), {
        numRuns: options.perField,
        seed: seed++,
      });
      for (const [variables, pathPick, poisonPick] of samples) {
        const vars = variables as Record<string, unknown>;
        const paths = field.args.flatMap((a) => poisonablePaths(a.type, [a.name], vars[a.name]));
        if (paths.length === 0) continue;
        const path = paths[pathPick % paths.length]!;
        const leafType = leafTypeName(field, path);
        const poison = poisonFor(leafType);
        if (!poison) continue;
        const values = fc.sample(poison, { numRuns: 1, seed: poisonPick });
        setAt(vars, path, values[0]);
        out.push({ label: `${kind} ${field.name}`, query, variables: vars });
      }
    }
  }
  return out;
}

function leafTypeName(field: GraphQLField<unknown, unknown>, path: (string | number)[]): string {
  let type: GraphQLInputType = field.args.find((a) => a.name === path[0])!.type;
  for (const key of path.slice(1)) {
    const bare = isNonNullType(type) ? type.ofType : type;
    if (isListType(bare)) type = bare.ofType;
    else if (isInputObjectType(bare)) type = bare.getFields()[key as string]!.type;
  }
  return getNamedType(type).name;
}
