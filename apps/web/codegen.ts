import type { CodegenConfig } from '@graphql-codegen/cli';

// One typed client per role: each feature's operations are validated against the schema of the role that
// runs them, so an operation the role may not call fails codegen (and with it `build` and `typecheck`).
// The schema snapshots are emitted by the API (`pnpm schema:emit`); CITYDESK_SCHEMA_DIR points elsewhere.
const schemaDir = process.env.CITYDESK_SCHEMA_DIR ?? '../api/schema';

function client(schema: string, documents: string): CodegenConfig['generates'][string] {
  return {
    schema: `${schemaDir}/${schema}.graphql`,
    documents,
    preset: 'client',
    presetConfig: { fragmentMasking: false },
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      scalars: { DateTime: 'string', JSON: 'unknown' },
    },
  };
}

const config: CodegenConfig = {
  overwrite: true,
  ignoreNoDocuments: false,
  generates: {
    'src/gql/session/': client('anonymous', 'src/features/{session,setup}/**/*.graphql'),
    'src/gql/account/': client('resident', 'src/features/account/**/*.graphql'),
    'src/gql/resident/': client('resident', 'src/features/resident/**/*.graphql'),
    'src/gql/dispatcher/': client('dispatcher', 'src/features/dispatcher/**/*.graphql'),
    'src/gql/contractor/': client('contractor', 'src/features/contractor/**/*.graphql'),
    'src/gql/administrator/': client('administrator', 'src/features/administrator/**/*.graphql'),
    'src/gql/e-services-resident/': client('resident', 'src/features/e-services/resident/**/*.graphql'),
    'src/gql/e-services-desk/': client('dispatcher', 'src/features/e-services/desk/**/*.graphql'),
    'src/gql/e-services-admin/': client('administrator', 'src/features/e-services/admin/**/*.graphql'),
    'src/gql/meters/': client('resident', 'src/features/meters/**/*.graphql'),
    'src/gql/meter-desk/': client('dispatcher', 'src/features/meter-desk/**/*.graphql'),
    'src/gql/public/': client('anonymous', 'src/features/public/**/*.graphql'),
    // Staff dashboards run for dispatchers, contractors and the administrator: validated against the
    // narrowest of the three (the contractor's), the administrator's own views against theirs.
    'src/gql/dashboards/': client('contractor', 'src/features/dashboards/staff/**/*.graphql'),
    'src/gql/dashboards-admin/': client('administrator', 'src/features/dashboards/admin/**/*.graphql'),
    // The search box of every staff shell: against the narrowest staff schema, like the dashboards.
    'src/gql/staff/': client('contractor', 'src/features/staff/**/*.graphql'),
    'src/gql/transparency/': client('anonymous', 'src/features/transparency/**/*.graphql'),
  },
};

export default config;
