// A normalised description of the `public` schema, read from PostgreSQL's catalogs: equal JSON means
// equal structure. Column order is deliberately left out (a migration that adds a column appends it,
// a fresh CREATE TABLE puts it where the model declares it); everything is sorted by name.
import pg from 'pg';

export interface ColumnInfo {
  name: string;
  /** format_type(): includes length/precision, e.g. `character varying(32)`, `timestamp(3) with time zone`. */
  type: string;
  nullable: boolean;
  /** The default expression as PostgreSQL prints it, or null. */
  default: string | null;
  /** 'a' (always) / 'd' (by default) for identity columns, 's' for generated columns; omitted otherwise. */
  identity?: string;
  generated?: string;
}

export interface IndexInfo {
  name: string;
  /** pg_get_indexdef() without the schema qualifier. */
  definition: string;
}

export type ConstraintType = 'check' | 'foreign key' | 'primary key' | 'unique' | 'exclusion' | 'trigger';

export interface ConstraintInfo {
  name: string;
  type: ConstraintType;
  /** pg_get_constraintdef() without the schema qualifier. */
  definition: string;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  indexes: IndexInfo[];
  constraints: ConstraintInfo[];
}

export interface EnumInfo {
  name: string;
  /** In declaration order (enumsortorder), which matters for comparisons and ORDER BY. */
  labels: string[];
}

export interface Catalog {
  tables: TableInfo[];
  enums: EnumInfo[];
}

const SCHEMA = 'public';
const EXCLUDED_TABLES = ['_prisma_migrations'];

// contype 'n' (NOT NULL constraints, catalogued since PostgreSQL 18) is left out: nullability is
// already a column property, and keeping it would make PostgreSQL 15 and PGlite (18) disagree.
const CONSTRAINT_TYPES: Record<string, ConstraintType> = {
  c: 'check',
  f: 'foreign key',
  p: 'primary key',
  u: 'unique',
  x: 'exclusion',
  t: 'trigger',
};

/** Drops `public.` qualifiers (PostgreSQL adds them to index and FK definitions) and squeezes blanks. */
export function normaliseDefinition(sql: string): string {
  return sql
    .replace(/(?<![\w."])(?:public|"public")\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export async function readCatalog(connectionString: string): Promise<Catalog> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await readCatalogWith(client);
  } finally {
    await client.end();
  }
}

/** Same, on an open connection (e.g. inside a transaction). */
export async function readCatalogWith(client: pg.ClientBase): Promise<Catalog> {
  const tableRows = await client.query<{ oid: number; name: string }>(
    `SELECT c.oid::int AS oid, c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT (c.relname = ANY($2::text[]))`,
    [SCHEMA, EXCLUDED_TABLES],
  );
  const tables = new Map<number, TableInfo>(
    tableRows.rows.map((r) => [r.oid, { name: r.name, columns: [], indexes: [], constraints: [] }]),
  );
  const oids = [...tables.keys()];
  const table = (oid: number): TableInfo => {
    const t = tables.get(oid);
    if (!t) throw new Error(`catalog: unknown table oid ${oid}`);
    return t;
  };

  const columns = await client.query<{
    table: number;
    name: string;
    type: string;
    notnull: boolean;
    default: string | null;
    identity: string;
    generated: string;
  }>(
    `SELECT a.attrelid::int AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            a.attnotnull AS notnull, pg_get_expr(d.adbin, d.adrelid) AS default,
            a.attidentity AS identity, a.attgenerated AS generated
       FROM pg_attribute a
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE a.attrelid = ANY($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped`,
    [oids],
  );
  for (const c of columns.rows) {
    const column: ColumnInfo = {
      name: c.name,
      type: normaliseDefinition(c.type),
      nullable: !c.notnull,
      default: c.default === null ? null : normaliseDefinition(c.default),
    };
    if (c.identity) column.identity = c.identity;
    if (c.generated) column.generated = c.generated;
    table(c.table).columns.push(column);
  }

  const indexes = await client.query<{ table: number; name: string; definition: string }>(
    `SELECT i.indrelid::int AS table, ic.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
      WHERE i.indrelid = ANY($1::oid[])`,
    [oids],
  );
  for (const i of indexes.rows) {
    table(i.table).indexes.push({ name: i.name, definition: normaliseDefinition(i.definition) });
  }

  const constraints = await client.query<{ table: number; name: string; type: string; definition: string }>(
    `SELECT conrelid::int AS table, conname AS name, contype::text AS type,
            pg_get_constraintdef(oid) AS definition
       FROM pg_constraint
      WHERE conrelid = ANY($1::oid[]) AND contype <> 'n'`,
    [oids],
  );
  for (const c of constraints.rows) {
    const type = CONSTRAINT_TYPES[c.type];
    if (!type) throw new Error(`catalog: unknown constraint type ${c.type} on ${c.name}`);
    table(c.table).constraints.push({ name: c.name, type, definition: normaliseDefinition(c.definition) });
  }

  const enumRows = await client.query<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
       FROM pg_type t
       JOIN pg_namespace n ON n.oid = t.typnamespace
       JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE n.nspname = $1
      GROUP BY t.typname`,
    [SCHEMA],
  );

  const sortedTables = [...tables.values()].sort(byName);
  for (const t of sortedTables) {
    t.columns.sort(byName);
    t.indexes.sort(byName);
    t.constraints.sort(byName);
  }
  return {
    tables: sortedTables,
    enums: enumRows.rows.map((r) => ({ name: r.name, labels: r.labels })).sort(byName),
  };
}
