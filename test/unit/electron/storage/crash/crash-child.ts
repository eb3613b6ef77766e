import fs from 'node:fs';
import { openBackend } from '../../../../../electron/api/handlers';
import { acquireDataLock } from '../../../../../electron/storage/data-lock';
import { confDocumentFiles } from '../../../../../electron/storage/document-file';
import type { ChannelName } from '../../../../../shared/api/contract';
import { UPLOAD_CHUNK_BYTES } from '../../../../../shared/api/export-contract';
import { seededRandom } from '../../../../support/seeded-random';

/*
 * The process the crash tests kill: it opens a data folder as the app does (lock,
 * then the real services) and works through dispatch, printing a line before each
 * save starts and after it returns. `saves <dir> <seed>`: creates, edits and moves
 * posts across months until killed. `import <dir> <backup.zip>`: one replace import.
 */

const [mode, dir, argument] = process.argv.slice(2);
// Written synchronously: an acknowledgement is out before the next save begins.
const say = (line: string) => fs.writeSync(1, `${line}\n`);

acquireDataLock(dir);
const backend = await openBackend({ dataDir: dir, files: confDocumentFiles(dir), clock: () => new Date(), locale: 'fi-FI' });
say('ready');

async function call(channel: ChannelName, input: unknown) {
  const result = await backend.dispatch(channel, input);
  if (!result.ok) {
    say(`error ${JSON.stringify(result.error)}`);
    process.exit(3);
  }
  return result.value as { id: string };
}

if (mode === 'saves') {
  const next = seededRandom(Number(argument));
  const dateIn = () => (next() < 0.1 ? null : `2026-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`);
  for (let step = 0; ; step++) {
    const title = `s${argument}-${step}`;
    const posts = await backend.repo.allPosts();
    if (posts.length < 5 || next() < 0.35) {
      say(`begin ${JSON.stringify({ id: null, title })}`);
      const post = await call('posts:create', { title, date: dateIn() });
      say(`ack ${JSON.stringify({ id: post.id, title })}`);
    } else {
      const target = posts[Math.floor(next() * posts.length)];
      say(`begin ${JSON.stringify({ id: target.id, title })}`);
      // A new date moves the post to another month's file: two writes for one save.
      await call('posts:update', { id: target.id, changes: { title, date: dateIn(), time: null } });
      say(`ack ${JSON.stringify({ id: target.id, title })}`);
    }
  }
} else if (mode === 'import') {
  // The backup arrives as the page sends it: in chunks, into the folder's .tmp/uploads/.
  const bytes = fs.readFileSync(argument);
  const { uploadId } = (await call('uploads:begin', { fileName: 'uusi.zip', bytes: bytes.length })) as unknown as { uploadId: string };
  for (let offset = 0; offset < bytes.length; offset += UPLOAD_CHUNK_BYTES) {
    await call('uploads:chunk', { uploadId, offset, data: bytes.subarray(offset, offset + UPLOAD_CHUNK_BYTES).toString('base64') });
  }
  // Says when the file has been checked and the safety copy taken: the tests aim their kills at what follows.
  const replaceContents = backend.repo.replaceContents.bind(backend.repo);
  // …and when the journal is in place, so that some kills land while files are being switched in.
  const rename = fs.renameSync;
  fs.renameSync = (from, to) => {
    rename(from, to);
    if (String(to).endsWith('somevuoro.import-journal')) say('journal');
  };
  backend.repo.replaceContents = async (next) => {
    say('replacing');
    await replaceContents(next);
  };
  await call('import:apply', { uploadId, mode: 'replace', conflicts: 'keep' });
  say('ack import');
  process.exit(0);
}
