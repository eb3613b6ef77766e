import fs from 'node:fs';
import path from 'node:path';
import type { StorageProblem } from '../../shared/domain/storage-problem';
import { emptyAssociation } from '../../shared/domain/association';
import { MainDocument, SCHEMA_VERSION } from '../../shared/domain/documents';
import { defaultSettings } from '../../shared/domain/settings';
import type { JsonObject } from '../../shared/migrations/data-set';
import { isJsonObject, versionOf } from '../../shared/migrations/data-set';
import { NewerSchemaError } from '../../shared/migrations/migrations';
import { salvageMainDocument } from '../../shared/migrations/salvage-main-document';
import { fileOf, findings, keepCopy, readDocument } from './folder-documents';
import { BACKUPS_DIR, restorableCopies } from './safety-copies';

const MAIN = 'somevuoro';

export function newMainDocument(locale: string): MainDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    association: emptyAssociation,
    channels: [],
    volunteers: [],
    duties: [],
    checklistTemplates: [],
    settings: defaultSettings(locale),
    channelChecks: {},
    ideas: [],
    campaigns: [],
    campaignTemplates: [],
    channelResults: {},
    series: [],
  };
}

/** The newest safety copy's somevuoro.json (by the time its label names) of this schema version that is a JSON document, if any. */
function newestSafetyCopy(dir: string): { raw: JsonObject; folder: string } | null {
  for (const { label } of restorableCopies(dir)) {
    try {
      const value: unknown = JSON.parse(fs.readFileSync(path.join(dir, BACKUPS_DIR, label, fileOf(MAIN)), 'utf8'));
      if (isJsonObject(value) && versionOf(value) === SCHEMA_VERSION) return { raw: value, folder: path.join(BACKUPS_DIR, label) };
    } catch {
      // A damaged copy is no help: try the one before it.
    }
  }
  return null;
}

export interface OpenedMain {
  main: MainDocument;
  problems: StorageProblem[];
  /** The document on disk is not `main` (new, or salvaged) and must be written. */
  write: boolean;
}

/**
 * Reads the main document. One that is not JSON is moved aside, one that does not
 * validate is copied aside; either way every record that can be saved is kept,
 * record by record, with what was lost taken from the newest safety copy.
 */
export function openMainDocument(dir: string, locale: string, now: Date): OpenedMain {
  const read = readDocument(dir, MAIN, now);
  if (read.raw && versionOf(read.raw) > SCHEMA_VERSION) throw new NewerSchemaError(versionOf(read.raw));
  if (read.raw) {
    const parsed = MainDocument.safeParse(read.raw);
    if (parsed.success) return { main: parsed.data, problems: [], write: false };
  } else if (!read.problem) {
    return { main: newMainDocument(locale), problems: [], write: true };
  }

  const copy = newestSafetyCopy(dir);
  const salvaged = salvageMainDocument(read.raw ?? {}, copy?.raw ?? null, locale);
  const invalid = read.raw ? MainDocument.safeParse(read.raw).error : undefined;
  const problem = read.raw ? keepCopy(dir, MAIN, invalid ? findings(invalid) : '', now) : (read.problem as StorageProblem);
  const restored = salvaged.restored > 0 && copy ? { restored: salvaged.restored, restoredFrom: copy.folder } : {};
  return { main: salvaged.main, problems: [{ ...problem, dropped: salvaged.dropped, ...restored }], write: true };
}
