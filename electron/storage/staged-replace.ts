import fs from 'node:fs';
import path from 'node:path';
import type { StorageProblem } from '../../shared/domain/storage-problem';
import { sameRecord } from '../../shared/backup/folder-data';
import { replaceFileAtomically, syncFolder, writeFileDurably } from './durable-files';

/*
 * Replacing the whole folder (an import, a restore) cannot be one rename: the folder
 * holds the lock, media and backups, and the months are separate files. So the new
 * documents are written complete into a staging folder first, flushed and read back;
 * only then a journal saying "commit the staging folder" is written (atomically), and
 * the files are renamed into place. Whoever opens the folder next finishes a commit
 * that has a journal and deletes a staging folder that has none: after a kill at any
 * moment the folder holds all the old documents or all the new ones.
 */

const STAGING_DIR = '.import-staging';
/** Not .json: the journal is not a document, and a safety copy never carries it. */
const JOURNAL_FILE = 'somevuoro.import-journal';

export interface StagedDocument {
  /** Relative to the data folder: "somevuoro.json", "posts/2026-11.json". */
  file: string;
  content: object;
}

interface Journal {
  commit: typeof STAGING_DIR;
  /** Moved from the staging folder to the same place in the data folder. */
  files: string[];
  /** Documents the new data does not have (months without posts); the safety copy has them. */
  remove: string[];
}

/** The same bytes conf / electron-store would write for the document. */
const serialize = (content: object) => JSON.stringify(content, undefined, '\t');

/** Writes `documents` as the folder's new contents and removes `remove`, all or nothing. */
export function replaceDocuments(dir: string, documents: StagedDocument[], remove: string[]): void {
  const staging = path.join(dir, STAGING_DIR);
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    for (const document of documents) writeFileDurably(path.join(staging, document.file), serialize(document.content));
    for (const folder of new Set(documents.map((document) => path.dirname(path.join(staging, document.file))))) syncFolder(folder);
    syncFolder(dir);
    for (const document of documents) {
      const staged: unknown = JSON.parse(fs.readFileSync(path.join(staging, document.file), 'utf8'));
      if (!sameRecord(staged, document.content)) throw new Error(`The staged copy of ${document.file} does not read back as written.`);
    }
  } catch (error) {
    // Not committed: the live files were never touched.
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const journal: Journal = { commit: STAGING_DIR, files: documents.map((document) => document.file), remove };
  replaceFileAtomically(path.join(dir, JOURNAL_FILE), JSON.stringify(journal));
  commit(dir, journal);
}

/** Moves staged files in; safe to run again after being interrupted at any step. */
function commit(dir: string, journal: Journal): void {
  const staging = path.join(dir, STAGING_DIR);
  const touched = new Set<string>([dir]);
  for (const file of journal.files) {
    const from = path.join(staging, file);
    const to = path.join(dir, file);
    if (!fs.existsSync(from)) continue; // moved before the interruption
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.renameSync(from, to);
    touched.add(path.dirname(to));
  }
  for (const file of journal.remove) {
    fs.rmSync(path.join(dir, file), { force: true });
    touched.add(path.dirname(path.join(dir, file)));
  }
  touched.forEach(syncFolder);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync(path.join(dir, JOURNAL_FILE), { force: true });
  syncFolder(dir);
}

function readJournal(file: string): Journal | null {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Journal>;
    const isList = (list: unknown): list is string[] => Array.isArray(list) && list.every((item) => typeof item === 'string' && isInside(item));
    return value.commit === STAGING_DIR && isList(value.files) && isList(value.remove) ? (value as Journal) : null;
  } catch {
    return null;
  }
}

/** A journal names documents of this folder only: never a way out of it. */
function isInside(relative: string): boolean {
  return !path.isAbsolute(relative) && !relative.split(/[\\/]/).includes('..') && relative.endsWith('.json');
}

/**
 * Run when the folder is opened, under its lock, before any document is read: an
 * interrupted replace is finished (journal present) or undone (staging folder only).
 */
export function recoverInterruptedReplace(dir: string): StorageProblem[] {
  const journalFile = path.join(dir, JOURNAL_FILE);
  const staging = path.join(dir, STAGING_DIR);
  if (fs.existsSync(journalFile)) {
    const journal = readJournal(journalFile);
    if (journal) {
      commit(dir, journal);
      return [{ file: STAGING_DIR, kind: 'import-finished', detail: 'An import or restore was interrupted after its data was ready; it was finished.', movedTo: null }];
    }
    // Written atomically, so unreadable means not ours: set it aside, never act on it.
    fs.renameSync(journalFile, `${journalFile}.unreadable`);
  }
  if (!fs.existsSync(staging)) return [];
  fs.rmSync(staging, { recursive: true, force: true });
  syncFolder(dir);
  return [{ file: STAGING_DIR, kind: 'import-rolled-back', detail: 'An import or restore was interrupted before its data was ready; the data from before it was kept.', movedTo: null }];
}
