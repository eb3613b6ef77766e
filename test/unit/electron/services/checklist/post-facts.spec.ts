import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DateRange } from '../../../../../shared/domain/date-range';
import { plusDays } from '../../../../../shared/calendar/calendar-dates';
import { albumIndex } from '../../../../../shared/checklist/album-index';
import { attentionCount } from '../../../../../shared/checklist/attention';
import { evaluateChecklist } from '../../../../../shared/checklist/evaluate-checklist';
import type { PostChecklist } from '../../../../../shared/checklist/checklist-result';
import { badgeOf } from '../../../../../shared/checklist/checklist-result';
import { marketingShares } from '../../../../../shared/checklist/marketing-share';
import { channelStaleness } from '../../../../../shared/checklist/staleness';
import { staleAfterDaysFor } from '../../../../../shared/rhythm/cadence-weeks';
import { daysInMonth, localDate, localTime } from '../../../../../shared/domain/local-time';
import type { Post, PostStatus } from '../../../../../shared/domain/post';
import { newPost } from '../../../../../shared/domain/post';
import { templatesOf } from '../../../../../electron/services/checklist/checklist-context';
import { postsWithOccurrences } from '../../../../../electron/services/series/plan-posts';
import type { AutomergeRepository } from '../../../../../electron/storage/plan/automerge-repository';
import type { PlanRepository } from '../../../../../electron/storage/plan-repository';
import type { TestBackend } from '../../../../support/backend';
import { backendOn, closeBackendsOn } from '../../../../support/backend';
import { carryNewFiles } from '../../../../support/folder-sync';
import { seededRandom } from '../../../../support/seeded-random';
import { tempDir } from '../../../../support/temp-dir';
import { openBackend } from '../../../../../electron/api/handlers';
import { AutomergeRepository as Repository } from '../../../../../electron/storage/plan/automerge-repository';

/*
 * Issue 14: the checklists read other posts' albums, last posts and marketing share from
 * facts kept a month at a time (electron/services/checklist/post-facts.ts) instead of
 * reading the year around each request. These tests hold the answers to what the
 * scanning code gave (restated here, as it was), also after writes and another laptop's changes.
 */

const NOW = new Date('2026-06-10T09:00:00Z');
const TODAY = localDate('2026-06-10');

/** The checklists of `posts` as the services computed them before the facts were kept: every post of the year around them scanned. */
async function scannedChecklists(repo: PlanRepository, posts: readonly Post[]) {
  if (posts.length === 0) return [];
  const { association, channels, duties, volunteers, settings } = repo.main();
  const named = posts.filter((post) => post.albumName.trim() !== '');
  const dates = named.flatMap((post) => (post.date ? [post.date] : [])).sort();
  const albums = named.length
    ? albumIndex([...(await repo.postsBetween(plusDays(dates[0] ?? TODAY, -366), plusDays(dates.at(-1) ?? TODAY, 366))), ...(await repo.undatedPosts())])
    : albumIndex([]);
  return posts.map((post) => evaluateChecklist(post, templatesOf(repo), { association, channels, duties, volunteers, settings, albums }));
}

const open = (post: Post) => post.status !== 'published' && post.status !== 'cancelled';

async function scannedRange(repo: PlanRepository, range: DateRange) {
  return scannedChecklists(repo, (await postsWithOccurrences(repo, range.from, range.to)).filter(open));
}

/** checklist:range's answer: the calendar's badges name open items only. */
const badges = (checklists: PostChecklist[]) => checklists.map((checklist) => badgeOf(checklist.postId ?? '', checklist));

/** The overview's parts that read other posts, as they were computed by scanning. */
async function scannedOverview(repo: PlanRepository, range: DateRange) {
  const around = await repo.postsBetween(plusDays(TODAY, -366), plusDays(TODAY, 366));
  const { settings, channels } = repo.main();
  const monthStart = localDate(`${range.from.slice(0, 7)}-01`);
  return {
    checklists: await scannedRange(repo, range),
    staleness: channels.map((channel) => channelStaleness(channel.id, around, TODAY, staleAfterDaysFor(channel, settings.staleAfterDays))),
    marketing: marketingShares(await postsWithOccurrences(repo, plusDays(monthStart, -366), localDate(`${range.to.slice(0, 7)}-${daysInMonth(Number(range.to.slice(0, 4)), Number(range.to.slice(5, 7)))}`)), range.from.slice(0, 7)),
  };
}

async function expectAsScanned(backend: TestBackend, ranges: DateRange[]) {
  for (const range of ranges) {
    expect(await backend.call('checklist:range', range)).toEqual(badges(await scannedRange(backend.repo, range)));
    const overview = await backend.call('checklist:overview', range);
    const scanned = await scannedOverview(backend.repo, range);
    expect(overview.posts.map((entry) => entry.checklist)).toEqual(scanned.checklists);
    expect(overview.channels.map((health) => health.staleness)).toEqual(scanned.staleness);
    expect(overview.marketing).toEqual(scanned.marketing);
    expect(await backend.call('checklist:attention', range)).toEqual({ count: attentionCount(overview) });
  }
}

const statuses: PostStatus[] = ['idea', 'draft', 'in-review', 'approved', 'published', 'cancelled'];

/** Posts over two years with few album names (so that they clash across months), some undated, some marketing, on three channels. */
function generatedPosts(channelIds: string[], count: number): Post[] {
  const random = seededRandom(14);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  return Array.from({ length: count }, (_, index) => {
    const date = random() < 0.05 ? null : plusDays(localDate('2025-07-01'), Math.floor(random() * 730));
    return newPost(
      {
        title: `${pick(['Kevätkokous', 'Talkoot', 'Joulumyyjäiset', 'Kesäjuhla'])} ${index % 7}`,
        date,
        time: date && random() < 0.7 ? localTime(`${String(8 + Math.floor(random() * 12)).padStart(2, '0')}:00`) : null,
        status: pick(statuses),
        channelIds: channelIds.filter(() => random() < 0.5),
        albumName: random() < 0.6 ? pick(['2026-06-20 Kesäjuhla', '2026-06-20  kesäjuhla', 'Talkoot', 'Syyskokous 2026', '']) : '',
        marketing: random() < 0.15,
      },
      `gen-${String(index).padStart(4, '0')}`,
      NOW.toISOString(),
    );
  });
}

const ranges: DateRange[] = [
  { from: localDate('2026-06-01'), to: localDate('2026-07-12') },
  { from: localDate('2025-12-29'), to: localDate('2026-02-08') },
];

describe('the checklists’ kept post facts', { timeout: 60_000 }, () => {
  it('give the answers scanning gave, on the sample plan and on a generated one, also after edits that move posts and albums', async () => {
    const backend = await backendOn(tempDir(), () => NOW);
    await backend.call('setup:loadSample', {});
    await expectAsScanned(backend, ranges);
    const channelIds = backend.repo.main().channels.map((channel) => channel.id);
    await backend.repo.insertPosts(generatedPosts(channelIds, 120));
    await expectAsScanned(backend, ranges);
    // Edits after the facts were read: an album renamed into a clash, a post moved months, one deleted and restored, one created.
    const [first, second] = (await backend.call('posts:list', { from: localDate('2026-06-01'), to: localDate('2026-06-30') })).filter((post) => post.albumName === '');
    await backend.call('posts:update', { id: first.id, changes: { albumName: 'Syyskokous 2026' } });
    await backend.call('posts:update', { id: second.id, changes: { date: localDate('2026-01-15'), albumName: 'Talkoot', status: 'published' } });
    const moved = (await backend.call('posts:list', { from: localDate('2026-07-01'), to: localDate('2026-07-12') }))[0];
    await backend.call('posts:delete', { id: moved.id });
    await expectAsScanned(backend, ranges);
    await backend.call('posts:restore', { id: moved.id });
    await backend.call('posts:create', { title: 'Uusi', date: localDate('2026-06-20'), channelIds, albumName: 'Talkoot', marketing: true });
    await expectAsScanned(backend, ranges);
    // The checklists kept for unchanged posts (checklist-memo.ts) follow a setting they read.
    await backend.call('settings:update', { albumPattern: '{event} {yyyy}' });
    await expectAsScanned(backend, ranges);
  });

  it('learn another laptop’s posts when its changes are merged', async () => {
    const [dirA, dirB] = [tempDir(), tempDir()];
    const [planA, planB] = [path.join(tempDir(), 'plan'), path.join(tempDir(), 'plan')];
    const setUp = await backendOn(dirA, () => NOW, 'fi-FI', planA);
    const facebook = await setUp.call('channels:create', { kind: 'facebook-page', name: 'Facebook-sivu', url: '', goal: 'Näkyvyys', responsibleVolunteerId: null });
    const mine = await setUp.call('posts:create', { title: 'Kesäjuhla', date: localDate('2026-06-20'), contentType: 'event', channelIds: [facebook.id], albumName: '2026-06-20 Kesäjuhla' });
    await closeBackendsOn(dirA);
    fs.cpSync(planA, planB, { recursive: true });
    const [anna, ben] = [await backendOn(dirA, () => NOW, 'fi-FI', planA), await backendOn(dirB, () => NOW, 'fi-FI', planB)];
    const june = { from: localDate('2026-06-01'), to: localDate('2026-06-30') };
    const albumOf = async (backend: TestBackend) => (await backend.call('checklist:post', { id: mine.id })).items.find((item) => item.rule === 'album-name');
    expect(await albumOf(ben)).toMatchObject({ state: 'done' });
    const lastPost = async (backend: TestBackend) => (await backend.call('checklist:overview', june)).channels[0].staleness.lastPost;
    expect(await lastPost(ben)).toBeNull();

    // Anna plans another party with the same album, and marks a post of May published, on her laptop.
    await anna.call('posts:create', { title: 'Kesäjuhlan talkoot', date: localDate('2026-08-20'), channelIds: [facebook.id], albumName: '2026-06-20 kesäjuhla' });
    await anna.call('posts:create', { title: 'Toukokuun kuulumiset', date: localDate('2026-05-28'), channelIds: [facebook.id], status: 'published' });
    carryNewFiles(planA, planB);
    await (ben.repo as AutomergeRepository).takeOutsideChanges();

    expect(await albumOf(ben)).toMatchObject({ state: 'open', findings: [{ key: 'albumDuplicate', params: { title: 'Kesäjuhlan talkoot', date: '2026-08-20' } }] });
    expect(await lastPost(ben)).toBe('2026-05-28');
    await expectAsScanned(ben, [june]);
  });

  it('read a month’s posts whole and only the facts of the year around it: the month’s answers and posts read do not grow with the plan', async () => {
    /** Whole posts the services read from the repository while answering, and the month's checklists' size, on a plan with `outside` posts in the other months of the year around June. */
    async function monthReads(outside: number) {
      const dir = tempDir();
      const setUp = await backendOn(dir, () => NOW);
      const facebook = await setUp.call('channels:create', { kind: 'facebook-page', name: 'Facebook-sivu', url: '', goal: 'Näkyvyys', responsibleVolunteerId: null });
      const june = Array.from({ length: 12 }, (_, index) =>
        newPost({ title: `Kesäkuu ${index}`, date: localDate(`2026-06-${String(index + 2).padStart(2, '0')}`), channelIds: [facebook.id], albumName: index % 3 ? `Kesäjuhla ${index % 2}` : '' }, `june-${index}`, NOW.toISOString()),
      );
      // Other albums than June's: the month's checklists are the same whatever the plan around it holds.
      const others = Array.from({ length: outside }, (_, index) =>
        newPost({ title: `Muu ${index}`, date: plusDays(localDate('2025-07-01'), (index * 7) % 700), channelIds: [facebook.id], albumName: `Muu albumi ${index % 5}` }, `other-${index}`, NOW.toISOString()),
      ).filter((post) => !post.date?.startsWith('2026-06'));
      await setUp.repo.insertPosts([...june, ...others]);
      await closeBackendsOn(dir);
      const read = { posts: 0 };
      const counted = (repo: PlanRepository): PlanRepository =>
        new Proxy(repo, {
          get(target, property) {
            const value: unknown = Reflect.get(target, property, target);
            if (typeof value !== 'function') return value;
            const method = (value as (...args: unknown[]) => unknown).bind(target);
            if (!['postsBetween', 'undatedPosts', 'allPosts'].includes(String(property))) return method;
            return async (...args: unknown[]) => {
              const posts = (await method(...args)) as unknown[];
              read.posts += posts.length;
              return posts;
            };
          },
        });
      const backend = await openBackend({ dataDir: dir, clock: () => NOW, locale: 'fi-FI', log: () => {}, openRepository: async (dataDir) => counted(await Repository.open({ dir: dataDir, now: () => NOW, locale: 'fi-FI', readCache: true })) });
      try {
        const month = { from: localDate('2026-06-01'), to: localDate('2026-06-30') };
        const checklists = await backend.dispatch('checklist:range', month);
        await backend.dispatch('checklist:overview', month);
        await backend.dispatch('checklist:attention', month);
        return { posts: read.posts, bytes: JSON.stringify(checklists).length };
      } finally {
        await backend.close();
      }
    }
    const small = await monthReads(40);
    const large = await monthReads(400);
    expect(large).toEqual(small);
    // The month's twelve posts, read by each of the three requests.
    expect(small.posts).toBe(36);
  });
});
