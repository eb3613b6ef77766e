import { z } from 'zod';
import { ConflictChoice, ImportMode, ImportSummary } from '../backup/import-plan';
import { Language } from '../domain/settings';
import { csvSeparators } from '../export/csv-separators';
import { ExportSelection } from '../export/export-selection';
import { exportFormats } from '../export/file-names';
import { channel } from './contract-kit';

/*
 * Exports are made in main and returned whole (text, or base64 for a PDF); the
 * renderer then asks main to save the file (Electron shows a save dialog) and,
 * where main has no dialog (the web bridge), offers it as a download itself.
 * A backup can be any size, so it never travels whole: main writes the zip to its
 * own temporary folder and returns its id, the save dialog copies it as a stream,
 * and the bridge serves it at /exports/<id>. Files to import travel the other way
 * in chunks (uploads:begin, uploads:chunk), and are then checked and applied by id.
 */

const ExportFormat = z.enum(exportFormats);

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

/** A file main made and keeps on disk until it is saved (a backup zip): "<uuid>.zip". */
export const StoredFileId = z.string().regex(/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}\.zip$/, { error: 'v.idInvalid' });

export const StoredFile = z.strictObject({
  fileName: FileName,
  mimeType: z.string(),
  fileId: StoredFileId,
  bytes: z.int().nonnegative(),
});
export type StoredFile = z.infer<typeof StoredFile>;

const ExportCount = z.strictObject({ posts: z.int(), duties: z.int() });

export const SaveOutcome = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('saved'), path: z.string() }),
  z.strictObject({ outcome: z.literal('cancelled') }),
  /** This host has no save dialog (the web bridge): the page downloads the file itself. */
  z.strictObject({ outcome: z.literal('download') }),
]);
export type SaveOutcome = z.infer<typeof SaveOutcome>;

/** Chunks of an upload are at most this many bytes (before base64). */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;
/** A backup zip with years of photos fits; a file beyond this is refused before any byte is sent. */
const MAX_UPLOAD_BYTES = 8 * 1024 * 1024 * 1024;

const UploadId = z.uuid({ error: 'v.idInvalid' });

const UploadBegin = z.strictObject({
  /** The name the file had on disk: for messages, and .json/.zip/.csv says how to read it. */
  fileName: z.string().min(1).max(500),
  bytes: z.int().nonnegative().max(MAX_UPLOAD_BYTES, { error: 'v.uploadTooLarge' }),
});

const UploadChunk = z.strictObject({
  uploadId: UploadId,
  /** Where this chunk starts: chunks come in order, each starting where the last ended. */
  offset: z.int().nonnegative(),
  data: z.base64().max(Math.ceil(UPLOAD_CHUNK_BYTES / 3) * 4),
});

/** A file the user picked to import, already uploaded in full. */
const ImportFile = z.strictObject({ uploadId: UploadId });

const ImportRequest = ImportFile.extend({ mode: ImportMode, conflicts: ConflictChoice });

export const ImportResult = z.strictObject({
  summary: ImportSummary,
  /** Where the copy of the data taken before the import is, relative to the data folder. */
  backupDir: z.string(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const exportContract = {
  'export:count': channel(ExportSelection, ExportCount),
  'export:create': channel(ExportRequest, ExportFile),
  /** A zip of everything (backup.json and media/), written in main; the answer names it. */
  'export:backup': channel(z.strictObject({}), StoredFile),
  'files:save': channel(z.union([ExportFile, StoredFile]), SaveOutcome),
  /** Shows a file saved in this session in the file manager. */
  'files:reveal': channel(z.strictObject({ path: z.string() }), z.strictObject({ shown: z.boolean() })),
  /** Starts sending a file to main, which keeps it in the data folder's .tmp/uploads/ until it is imported. */
  'uploads:begin': channel(UploadBegin, z.strictObject({ uploadId: UploadId })),
  'uploads:chunk': channel(UploadChunk, z.strictObject({ received: z.int().nonnegative() })),
  /** Validates a backup or spreadsheet and says what importing it would change; changes nothing. */
  'import:check': channel(ImportFile, ImportSummary),
  /** Validates again, copies the data folder to backups/, then replaces or merges. */
  'import:apply': channel(ImportRequest, ImportResult),
};
