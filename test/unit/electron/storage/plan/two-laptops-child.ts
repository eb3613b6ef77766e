import fs from 'node:fs';
import { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import { localDate } from '../../../../../shared/domain/local-time';
import { newPost } from '../../../../../shared/domain/post';

/*
 * One "laptop" of the two-process test: `write <dataDir> <planDir> <name>` adds posts
 * (some in a month neither laptop had) and edits one field of the shared post;
 * `read <dataDir> <planDir>` prints every post it sees as JSON.
 */

const [mode, dataDir, planDir, name] = process.argv.slice(2);
const say = (line: string) => fs.writeSync(1, `${line}\n`);
const repo = await AutomergeRepository.open({ dir: dataDir, planDir, now: () => new Date(), locale: 'fi-FI', author: () => ({ volunteerId: null, name: name ?? 'reader' }) });

if (mode === 'write') {
  for (let i = 0; i < 10; i++) {
    await repo.insertPost(newPost({ title: `${name} ${i}`, date: localDate(i % 2 ? '2027-01-15' : '2026-11-20') }, `${name}-${i}`, new Date().toISOString()));
  }
  const shared = await repo.findPost('shared-post');
  if (!shared) throw new Error('The shared post is missing');
  await repo.replacePost(name === 'anna' ? { ...shared, title: 'Title by Anna' } : { ...shared, text: 'Text by Ben' });
  say('done');
} else {
  say(JSON.stringify((await repo.allPosts()).map((post) => ({ id: post.id, title: post.title, text: post.text }))));
}
await repo.close();
