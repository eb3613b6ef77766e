import { SCHEMA_VERSION } from '../domain/documents';
import type { RawDataSet } from './data-set';
import { versionOf } from './data-set';
import { migrateV0toV1 } from './migrate-v0-to-v1';

/** migrations[n] takes a data set from version n to n + 1. Add one per schema change, with a test. */
const migrations: ReadonlyArray<(data: RawDataSet, nowIso: string) => RawDataSet> = [migrateV0toV1];

if (migrations.length !== SCHEMA_VERSION) {
  throw new Error(`SCHEMA_VERSION is ${SCHEMA_VERSION} but ${migrations.length} migrations lead to it`);
}

export class NewerSchemaError extends Error {
  constructor(
    readonly found: number,
    readonly file = 'somevuoro.json',
  ) {
    super(`${file} in this data was written by a newer Somevuoro (schema version ${found}; this version reads up to ${SCHEMA_VERSION}). Update the app to open it; nothing was changed.`);
  }
}

/** Runs every migration the data set needs, oldest first; the result still needs validating. */
export function migrateToCurrent(data: RawDataSet, nowIso: string): RawDataSet {
  const from = versionOf(data.main);
  if (from > SCHEMA_VERSION) throw new NewerSchemaError(from);
  return migrations.slice(from).reduce((current, migrate) => migrate(current, nowIso), data);
}
