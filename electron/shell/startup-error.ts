import path from 'node:path';
import { DataFolderBusyError } from '../storage/data-lock';
import { NewerSchemaError } from '../../shared/migrations/migrations';
import { SharedPlanMissingError } from '../storage/plan/share-folder';
import { SCHEMA_VERSION } from '../../shared/domain/documents';
import { languageFromLocale } from '../../shared/domain/settings';
import { translatorFor } from '../../shared/locales/translator';

/*
 * The one message the app shows before its window exists: why the data folder could
 * not be opened, in the system's language (the folder's own language setting is in
 * the folder that could not be read; the words are shared/locales/<language>/startup.json).
 * Other failures are quoted as they are.
 */

export function startupErrorText(error: unknown, locale: string): { title: string; message: string } {
  const t = translatorFor(languageFromLocale(locale), 'startup');
  const message = (() => {
    if (error instanceof SharedPlanMissingError) return t('sharedMissing', { folder: error.planDir });
    if (error instanceof NewerSchemaError) return t('newer', { file: error.file, found: error.found, supported: SCHEMA_VERSION });
    if (!(error instanceof DataFolderBusyError)) return error instanceof Error ? error.message : String(error);
    const holder = error.holder;
    if (!holder) return t('opening');
    const since = holder.startedAt ? t('since', { at: new Date(holder.startedAt).toLocaleString(locale) }) : '';
    if (error.otherHost) return t('otherComputer', { host: holder.host, pid: holder.pid, since, lock: path.join(error.dir, 'somevuoro.lock') });
    return t('thisComputer', { pid: holder.pid, since });
  })();
  return { title: t('title'), message };
}
