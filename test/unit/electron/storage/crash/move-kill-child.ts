import fs from 'node:fs';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { localDate } from '../../../../../shared/domain/local-time';
import { newPost } from '../../../../../shared/domain/post';

/*
 * The process post-move.spec.ts kills between the two writes of a move: it makes a post
 * in January, edits its title, then moves it to February (`newer`: as an edit does, with
 * a new updatedAt; `tie`: keeping updatedAt, so that only the documents decide) and
 * prints "between" once the February copy is on disk, before the January one is removed.
 */

const [dir, mode] = process.argv.slice(2);
const say = (line: string) => fs.writeSync(1, `${line}\n`);
const repo = await AutomergeRepository.open({ dir, now: () => new Date(), locale: 'fi-FI', author: () => ({ volunteerId: null, name: 'Aino' }) });
const created = await repo.insertPost(newPost({ title: 'Kevätkokous', date: localDate('2027-01-20') }, 'moved-post', '2026-11-25T10:00:00.000Z'));
const edited = await repo.replacePost({ ...created, title: 'Kevätkokous 2027', updatedAt: '2026-11-25T10:05:00.000Z' });
const internals = repo as unknown as { remove: (...args: unknown[]) => Promise<void> };
internals.remove = async () => {
  say('between');
  await new Promise(() => undefined);
};
await repo.replacePost({ ...edited, date: localDate('2027-02-03'), updatedAt: mode === 'tie' ? edited.updatedAt : '2026-11-25T10:10:00.000Z' });
