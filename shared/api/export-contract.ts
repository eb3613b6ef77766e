import { z } from 'zod';
import { ConflictChoice, ImportMode, ImportSummary } from '../backup/import-plan';
import { Language } from '../domain/settings';
import { csvSeparators } from '../export/csv-export';
import { ExportSelection } from '../export/export-selection';
import { exportFormats } from '../export/file-names';
import { channel } from './contract-kit';

/*
 * Exports are made in main and returned whole (text, or base64 for a PDF); the
 * renderer then asks main to save the file (Electron shows a save dialog) and,
 * where main has no dialog (the web bridge), offers it as a download itself.
 */

export const ExportFormat = z.enum(exportFormats);

export const ExportRequest = z.strictObject({
  format: ExportFormat,
  /** Ignored by a backup (json), which always holds everything. */
  selection: ExportSelection,
  /** The language of the file's words; the app's language when absent. */
  language: Language.optional(),
  csvSeparator: z.enum(csvSeparators).optional(),
});
export type ExportRequest = z.infer<typeof ExportRequest>;

const FileName = z.string().min(1).max(200).regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, { error: 'v.fileNameInvalid' });

export const ExportFile = z.strictObject({
  fileName: FileName,
  mimeType: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
  /** Size of the file itself, in bytes. */
  bytes: z.int().nonnegative(),
});
export type ExportFile = z.infer<typeof ExportFile>;

export const ExportCount = z.strictObject({ posts: z.int(), duties: z.int() });

export const SaveOutcome = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('saved'), path: z.string() }),
  z.strictObject({ outcome: z.literal('cancelled') }),
  /** This host has no save dialog (the web bridge): the page downloads the file itself. */
  z.strictObject({ outcome: z.literal('download') }),
]);
export type SaveOutcome = z.infer<typeof SaveOutcome>;

/** A file the user picked to import, read as text by the page. */
export const ImportFile = z.strictObject({ fileName: z.string().max(500), content: z.string().max(60_000_000) });

export const ImportRequest = ImportFile.extend({ mode: ImportMode, conflicts: ConflictChoice });

export const ImportResult = z.strictObject({
  summary: ImportSummary,
  /** Where the copy of the data taken before the import is, relative to the data folder. */
  backupDir: z.string(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const exportContract = {
  'export:count': channel(ExportSelection, ExportCount),
  'export:create': channel(ExportRequest, ExportFile),
  'files:save': channel(ExportFile, SaveOutcome),
  /** Shows a file saved in this session in the file manager. */
  'files:reveal': channel(z.strictObject({ path: z.string() }), z.strictObject({ shown: z.boolean() })),
  /** Validates a backup or spreadsheet and says what importing it would change; changes nothing. */
  'import:check': channel(ImportFile, ImportSummary),
  /** Validates again, copies the data folder to backups/, then replaces or merges. */
  'import:apply': channel(ImportRequest, ImportResult),
};
