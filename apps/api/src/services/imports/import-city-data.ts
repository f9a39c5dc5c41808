// The administrator's import: the policy's `import:write`, in the administrator's own city. (The command line
// imports as the machine's operator, straight into the city it names.)
import type { Actor, ServiceDeps } from '../context.ts';
import { administeredCityOf } from '../authorization/assert-can.ts';
import { importHousingStock, type ImportOptions, type ImportResult } from './import-housing-stock.ts';
import type { ImportFile } from './read-import-file.ts';

export const importers = { buildings: importHousingStock } as const;
export type ImportKind = keyof typeof importers;
export const importKinds = Object.keys(importers) as ImportKind[];

export function importCityData(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  actor: Actor,
  kind: ImportKind,
  file: ImportFile & { bytes?: Buffer },
  options: ImportOptions,
): Promise<ImportResult> {
  const cityId = administeredCityOf(actor, 'import:write');
  return importers[kind](deps, { cityId, actor }, file, options);
}
