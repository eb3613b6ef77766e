import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ApiResult } from '../../shared/api/contract-kit';
import type { ExportFile, StoredFile } from '../../shared/api/export-contract';
import { todayIn } from '../../shared/calendar/calendar-dates';
import type { ExportSelection } from '../../shared/export/export-selection';
import { nextWeeksRange } from '../../shared/export/export-selection';
import { validationMessage } from '../../shared/i18n/validation-messages';
import { translatorFor } from '../../shared/locales/translator';
import { openBackend } from '../api/handlers';
import { acquireDataLock } from '../storage/data-lock';
import { startupErrorText } from '../shell/startup-error';
import { defaultDataDir } from '../storage/default-data-dir';
import { systemClock } from '../services/clock';
import { chromiumPdfRenderer } from '../services/export/chromium-pdf';
import { decodeFile } from '../services/export/file-host';
import { storedFilePath } from '../storage/transfer-folders';
import type { CliExport } from './cli-args';
import { parseCli, systemLanguage, usage } from './cli-args';
import { runSyncServer } from './sync-server-cli';
import type { Language } from '../../shared/domain/settings';

/*
 * `npx somevuoro export …`: the same services and formatters as the app, on a data
 * folder, for a secretary's script or a test. It takes the folder's lock like the
 * app and the web bridge, so it never reads a folder while another process writes.
 */


/** A failure with its exit status: 2 for a wrong argument, 1 for an export that could not be made. */
class CliError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

function fail(message: string, status: number): never {
  throw new CliError(message, status);
}

/** Channels and people may be named as in the app ("Instagram", "Anna Äijälä") or by id. */
function resolve(names: string[], records: { id: string; name: string }[], unknown: (name: string, known: string) => string, none: string): string[] {
  return names.map((name) => {
    const found = records.find((record) => record.id === name || record.name.toLowerCase() === name.toLowerCase());
    if (!found) fail(unknown(name, records.map((record) => record.name).join(', ') || none), 2);
    return found.id;
  });
}

/** Writes the file atomically (or to standard output); a backup zip is copied from main's temporary folder as a stream. */
async function writeOut(out: string, source: { bytes: Uint8Array } | { path: string }): Promise<string | null> {
  const input = () => ('bytes' in source ? Readable.from([Buffer.from(source.bytes)]) : fs.createReadStream(source.path));
  if (out === '-') {
    await pipeline(input(), process.stdout, { end: false });
    return null;
  }
  const target = path.resolve(out);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await pipeline(input(), fs.createWriteStream(temporary));
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  return target;
}

async function runExport(options: CliExport, language: Language): Promise<void> {
  const t = translatorFor(language, 'cli');
  const tExport = translatorFor(language, 'export');
  const valueOf = <T>(result: ApiResult<unknown>): T => {
    if (result.ok) return result.value as T;
    const details = result.error.issues.map((issue) => `  ${issue.path || t('input')}: ${validationMessage(issue.message, language)}${issue.received ? ` ${t('received', { value: issue.received })}` : ''}`);
    fail([result.error.message, ...details].join('\n'), 1);
  };
  const dataDir = path.resolve(options.dataDir ?? defaultDataDir());
  // A plan, or a folder of the JSON format that opening migrates to one.
  if (!fs.existsSync(path.join(dataDir, 'plan', 'plan.json')) && !fs.existsSync(path.join(dataDir, 'somevuoro.json'))) fail(t('noData', { dir: dataDir }), 1);
  const release = acquireDataLock(dataDir);
  let close = async () => {};
  try {
    const backend = await openBackend({ dataDir, clock: systemClock, locale: 'en', pdf: chromiumPdfRenderer(), session: 'one-shot' });
    close = () => backend.close();
    const main = backend.repo.main();
    const from = options.from ?? todayIn(main.settings.timeZone, new Date());
    const selection: ExportSelection = {
      from,
      to: options.to ?? nextWeeksRange(from).to,
      channelIds: resolve(options.channels, main.channels, (name, known) => t('noChannel', { name, known }), t('none')),
      statuses: options.statuses,
      volunteerIds: resolve(options.people, main.volunteers, (name, known) => t('noVolunteer', { name, known }), t('none')),
      includePosts: options.includePosts,
      includeDuties: options.includeDuties,
    };
    if (options.format === 'backup') {
      const file = valueOf<StoredFile>(await backend.dispatch('export:backup', {}));
      const stored = storedFilePath(dataDir, file.fileId) as string;
      try {
        const where = await writeOut(options.out, { path: stored });
        if (where) console.log(t('wroteBackup', { where, bytes: file.bytes }));
      } finally {
        fs.rmSync(stored, { force: true });
      }
      return;
    }
    if (options.format === 'pdf' && options.out !== '-') console.error(t('printingPdf'));
    const file = valueOf<ExportFile>(await backend.dispatch('export:create', { format: options.format, selection, language: options.language, csvSeparator: options.separator }));
    const count = (await backend.dispatch('export:count', selection)) as { ok: true; value: { posts: number; duties: number } };
    const where = await writeOut(options.out, { bytes: decodeFile(file) });
    if (where) console.log(t('wrote', { posts: tExport('posts', { count: count.value.posts }), duties: tExport('duties', { count: count.value.duties }), from: selection.from, to: selection.to, where, bytes: file.bytes }));
  } finally {
    try {
      await close();
    } finally {
      release();
    }
  }
}

const argv = process.argv.slice(2);
const command = argv[0] === 'sync-server' ? null : parseCli(argv, systemLanguage(process.env));
if (command === null) await runSyncServer(argv.slice(1), process.env, systemLanguage(process.env));
else if (command.kind === 'help') console.log(usage(command.language));
else if (command.kind === 'error') {
  console.error(`${command.message}\n\n${usage(command.language)}`);
  process.exitCode = 2;
} else {
  try {
    await runExport(command.options, command.language);
  } catch (error) {
    // A folder in use or written by a newer version is worded as the app words it, in the CLI's language.
    console.error(error instanceof CliError ? error.message : startupErrorText(error, command.language).message);
    process.exitCode = error instanceof CliError ? error.status : 1;
  }
}
