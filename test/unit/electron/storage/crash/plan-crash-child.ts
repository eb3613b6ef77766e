import fs from 'node:fs';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { localDate } from '../../../../../shared/domain/local-time';
import { newPost } from '../../../../../shared/domain/post';
import { seededRandom } from '../../../../support/seeded-random';

/*
 * The process plan-crash.spec.ts kills: it opens the plan in `<dir>` (the Automerge
 * storage itself, under no service) and creates, edits and moves posts across months
 * until killed, printing a line before each save and after it is acknowledged, and
 * `saving N` as its Nth save begins (the spec times its kill from one of those).
 */

const [dir, seed] = process.argv.slice(2);
const say = (line: string) => fs.writeSync(1, `${line}\n`);
// PLAN_READ_CACHE=1: the same with the device read cache on (the experiment that decides whether the app may turn it on).
const readCache = process.env.PLAN_READ_CACHE === '1';
const repo = await AutomergeRepository.open({ dir, now: () => new Date(), locale: 'fi-FI', readCache, author: () => ({ volunteerId: null, name: `run ${seed}` }) });
say('ready');
const next = seededRandom(Number(seed));
const dateIn = () => (next() < 0.1 ? null : localDate(`2026-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`));
for (let step = 0; ; step++) {
  const title = `s${seed}-${step}`;
  const posts = await repo.allPosts();
  say(`saving ${step + 1}`);
  if (posts.length < 5 || next() < 0.35) {
    const id = `p${seed}-${step}`;
    say(`begin ${JSON.stringify({ id, title })}`);
    await repo.insertPost(newPost({ title, date: dateIn() }, id, new Date().toISOString()));
    say(`ack ${JSON.stringify({ id, title })}`);
  } else {
    const target = posts[Math.floor(next() * posts.length)];
    say(`begin ${JSON.stringify({ id: target.id, title })}`);
    // A new date moves the post to another month's document: two changes for one save.
    await repo.replacePost({ ...target, title, date: dateIn(), time: null, updatedAt: new Date().toISOString() });
    say(`ack ${JSON.stringify({ id: target.id, title })}`);
  }
}
