import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../../electron/api/handlers';
import { plusDays } from '../../shared/calendar/calendar-dates';
import { AutomergeRepository } from '../../electron/storage/plan/automerge-repository';
import type { Post } from '../../shared/domain/post';
import { newPost } from '../../shared/domain/post';
import { localDate, localTime } from '../../shared/domain/local-time';

/*
 * `npm run bench`: how the plan (Automerge) and the services behave at 1,000, 10,000 and
 * 50,000 posts (about 300 characters each, spread over five years). Reports
 * figures; it asserts nothing. The first change of the day takes the daily safety copy
 * (a snapshot of every month): the medians of five edits and five creates leave it out.
 */

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const text = 'Tervetuloa kylän syystalkoisiin! Haravoimme koulun pihan ja kunnostamme pururadan. Mukaan mahtuu kaikenikäisiä, ja talkoolaisille on tarjolla keittoa ja kahvia. Ota omat työhanskat mukaan, jos sinulla on. Lisätietoja hallitukselta tai kotisivuilta. #talkoot #kylä ';

/** A plan of `count` posts, written as the app writes them (one change per month document). */
async function seedFolder(dir: string, count: number): Promise<Post[]> {
  const start = localDate('2024-01-01');
  const posts: Post[] = [];
  for (let i = 0; i < count; i++) {
    const date = plusDays(start, Math.floor((i * 1826) / count));
    posts.push(newPost({ title: `Julkaisu ${i}`, text, date, time: localTime(`${String(8 + (i % 12)).padStart(2, '0')}:00`), status: 'draft', tags: ['talkoot'], ...(i % 4 === 0 ? { contentType: 'event' as const, albumName: `${date} Julkaisu ${i}` } : {}) }, `bench-${i}`, '2026-01-01T00:00:00.000Z'));
  }
  const repo = await AutomergeRepository.open({ dir, now: () => new Date(), locale: 'fi-FI' });
  await repo.insertPosts(posts);
  await repo.close();
  return posts;
}

async function time<T>(run: () => T | Promise<T>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const rows: Record<string, string>[] = [];
for (const count of sizes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-bench-'));
  const posts = await seedFolder(dir, count);
  const planFiles = () => fs.readdirSync(path.join(dir, 'plan'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const sizeMb = planFiles().reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0) / 1e6;
  const open = () => openBackend({ dataDir: dir, clock: () => new Date(), locale: 'fi-FI' });

  // One after another: opening is asynchronous now, and three at once would time each other.
  const opens: number[] = [];
  for (let i = 0; i < 3; i++) {
    let opened: Awaited<ReturnType<typeof open>> | undefined;
    opens.push(await time(async () => (opened = await open())));
    await opened?.repo.close();
  }
  const openMs = median(opens);
  const backend = await open();
  const monthCold = await time(() => backend.dispatch('posts:list', { from: '2026-03-01', to: '2026-03-31' }));
  const monthWarm = median(await Promise.all([0, 1, 2, 3, 4].map(() => time(() => backend.dispatch('posts:list', { from: '2026-03-01', to: '2026-03-31' })))));
  const agenda = median([await time(() => backend.dispatch('posts:list', { from: '2026-03-02', to: '2026-04-12' }))]);
  const checklistMonth = median(await Promise.all([0, 1, 2].map(() => time(() => backend.dispatch('checklist:range', { from: '2026-03-01', to: '2026-03-31' })))));
  const checklistOverview = median(await Promise.all([0, 1, 2].map(() => time(() => backend.dispatch('checklist:overview', { from: '2026-03-01', to: '2026-03-31' })))));
  const target = posts.find((post) => post.date && post.date >= '2026-03-10') ?? posts[0];
  const edits: number[] = [];
  for (let i = 0; i < 5; i++) edits.push(await time(() => backend.dispatch('posts:update', { id: target.id, changes: { title: `Muokattu ${i}` } })));
  const creates: number[] = [];
  for (let i = 0; i < 5; i++) creates.push(await time(() => backend.dispatch('posts:create', { title: `Uusi ${i}`, date: '2026-03-15' })));
  await backend.repo.close();
  const reopened = await open();
  const findCold = await time(() => reopened.dispatch('posts:get', { id: posts[0].id }));
  const allPosts = await time(() => reopened.repo.allPosts());
  await reopened.repo.close();
  rows.push({
    posts: count.toLocaleString('en'),
    'plan MB': sizeMb.toFixed(1),
    'plan files': String(planFiles().length),
    'open folder ms': openMs.toFixed(1),
    'list month (first) ms': monthCold.toFixed(1),
    'list month (again) ms': monthWarm.toFixed(2),
    'list 6 weeks ms': agenda.toFixed(2),
    'checklist:range month ms': checklistMonth.toFixed(1),
    'checklist:overview month ms': checklistOverview.toFixed(1),
    'first change of the day ms': edits[0].toFixed(0),
    'edit post ms': median(edits.slice(1)).toFixed(1),
    'create post ms': median(creates).toFixed(1),
    'get by id, cold ms': findCold.toFixed(1),
    'all posts ms': allPosts.toFixed(1),
  });
  fs.rmSync(dir, { recursive: true, force: true });
}
console.table(rows);
