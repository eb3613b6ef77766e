import fs from 'node:fs';
import { openBackend } from '../../../../../electron/api/handlers';
import { acquireDataLock } from '../../../../../electron/storage/data-lock';
import type { ChannelName } from '../../../../../shared/api/contract';
import { UPLOAD_CHUNK_BYTES } from '../../../../../shared/api/export-contract';

/*
 * The process plan-crash-import.spec.ts kills: it opens a data folder as the app does
 * (lock, then the real services on the plan) and runs one replace import through
 * dispatch (`import <dir> <backup.zip>`), printing where it is.
 */

const [mode, dir, argument] = process.argv.slice(2);
// Written synchronously: an acknowledgement is out before the next save begins.
const say = (line: string) => fs.writeSync(1, `${line}\n`);

acquireDataLock(dir);
const backend = await openBackend({ dataDir: dir, clock: () => new Date(), locale: 'fi-FI' });
say('ready');

async function call(channel: ChannelName, input: unknown) {
  const result = await backend.dispatch(channel, input);
  if (!result.ok) {
    say(`error ${JSON.stringify(result.error)}`);
    process.exit(3);
  }
  return result.value as { id: string };
}

if (mode === 'import') {
  // The backup arrives as the page sends it: in chunks, into the folder's .tmp/uploads/.
  const bytes = fs.readFileSync(argument);
  const { uploadId } = (await call('uploads:begin', { fileName: 'uusi.zip', bytes: bytes.length })) as unknown as { uploadId: string };
  for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
    await call('uploads:chunk', { uploadId, offset, data: bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES).toString('base64') });
  }
  // Says when the file has been checked and the safety copy taken: the tests aim their kills at what follows.
  const replaceContents = backend.repo.replaceContents.bind(backend.repo);
  backend.repo.replaceContents = async (next) => {
    say('replacing');
    await replaceContents(next);
    say('replaced');
  };
  await call('import:apply', { uploadId, mode: 'replace', conflicts: 'keep' });
  say('ack import');
  process.exit(0);
}
