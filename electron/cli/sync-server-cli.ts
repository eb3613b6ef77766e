import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Language } from '../../shared/domain/settings';
import { translatorFor } from '../../shared/locales/translator';
import { SECRET_MIN_LENGTH, startSyncServer } from '../services/sync-server/sync-server';

/*
 * `npx somevuoro sync-server --port P --data DIR` (issue 13 item 5). The secret comes from
 * SOMEVUORO_SYNC_SECRET or --secret-file, never from the command line, where every user of
 * the machine could read it in the process list.
 */

export type SyncServerArgs = { kind: 'run'; port: number; host: string; dataDir: string; secret: string } | { kind: 'error'; message: string } | { kind: 'help' };

export function parseSyncServerArgs(argv: string[], env: NodeJS.ProcessEnv, language: Language): SyncServerArgs {
  const t = translatorFor(language, 'cli');
  let values;
  try {
    values = parseArgs({ args: argv, options: { port: { type: 'string' }, host: { type: 'string' }, data: { type: 'string' }, 'secret-file': { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };
  const port = Number(values.port);
  if (values.port === undefined || !Number.isInteger(port) || port < 1 || port > 65535) return { kind: 'error', message: t('syncPort', { port: values.port ?? '' }) };
  if (!values.data) return { kind: 'error', message: t('syncData') };
  let secret = env.SOMEVUORO_SYNC_SECRET ?? '';
  if (values['secret-file']) {
    try {
      secret = fs.readFileSync(values['secret-file'], 'utf8').trim();
    } catch {
      return { kind: 'error', message: t('syncSecretFile', { file: values['secret-file'] }) };
    }
  }
  if (secret.length < SECRET_MIN_LENGTH) return { kind: 'error', message: t('syncSecret', { min: SECRET_MIN_LENGTH }) };
  return { kind: 'run', port, host: values.host ?? '127.0.0.1', dataDir: path.resolve(values.data), secret };
}

/** Runs until Ctrl+C; the exit status is 2 for a wrong argument. */
export async function runSyncServer(argv: string[], env: NodeJS.ProcessEnv, language: Language): Promise<void> {
  const t = translatorFor(language, 'cli');
  const args = parseSyncServerArgs(argv, env, language);
  if (args.kind === 'help') {
    console.log(t('syncUsage'));
    return;
  }
  if (args.kind === 'error') {
    console.error(`${args.message}\n\n${t('syncUsage')}`);
    process.exitCode = 2;
    return;
  }
  fs.mkdirSync(args.dataDir, { recursive: true });
  const server = await startSyncServer(args);
  console.log(t('syncRunning', { url: server.url, dir: args.dataDir }));
  const stop = () => void server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
