import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../../../electron/api/handlers';
import type { ApiResult } from '../../../shared/api/contract-kit';
import { plusDays, todayIn } from '../../../shared/calendar/calendar-dates';
import type { LocalDate, LocalTime } from '../../../shared/domain/local-time';
import type { ContentType, Post, PostStatus } from '../../../shared/domain/post';
import { newPost } from '../../../shared/domain/post';
import { sampleAssociation, sampleChannels, sampleEvents, sampleTips, sampleVolunteers } from '../../../shared/sample/sample-content-fi';
import { seededRandom } from '../../support/seeded-random';

/*
 * The benchmark's data folders: an association with five channels and six volunteers,
 * and `count` posts spread over five years around today (half behind, half ahead),
 * with titles, texts, channels, statuses, authors and times like a village
 * association's. Posts go in with Repository.insertPosts (one write per month file),
 * never one API call per post. A folder is built once per size and day and cached;
 * each run works on a copy, so edits made by the benchmark never reach the cache.
 */

/** Bump when the generated data changes, so that stale caches are not reused. */
const DATA_VERSION = 1;
const TIME_ZONE = 'Europe/Helsinki';
const DAYS_BEHIND = 913;
const DAYS_AHEAD = 912;

/** A FullCalendar event: the same post as FullCalendar would be given it. */
export interface BenchEvent {
  id: string;
  title: string;
  start: string;
  allDay: boolean;
  color: string;
}

export interface BenchData {
  /** A fresh copy of the cached folder, for this run only. */
  dir: string;
  /** The same posts as FullCalendar events, sorted by start. */
  events: BenchEvent[];
  today: LocalDate;
  posts: number;
  /** The cached folder was built in this run (ms), or reused (null). */
  builtMs: number | null;
}

const channelColours = ['#1877f2', '#4267b2', '#c13584', '#2e7d32', '#ef6c00'];
const titlePatterns: ((event: string) => string)[] = [
  (event) => event,
  (event) => `${event}: ilmoittautuminen alkaa`,
  (event) => `Muistutus: ${event}`,
  (event) => `${event} – kuvat albumiin`,
  (event) => `${event} tänään!`,
  (event) => `Kiitos talkoolaisille: ${event}`,
  (event) => `${event}: vapaaehtoisia tarvitaan`,
];
const contentTypesByPattern: ContentType[] = ['event', 'announcement', 'announcement', 'photos', 'event', 'story', 'announcement'];

function ok<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new Error(`Seeding the benchmark folder failed: ${result.error.message}`);
  return result.value as T;
}

function statusFor(offset: number, roll: number): PostStatus {
  if (offset < -7) return roll < 0.86 ? 'published' : roll < 0.93 ? 'cancelled' : 'approved';
  if (offset < 14) return roll < 0.3 ? 'approved' : roll < 0.55 ? 'in-review' : roll < 0.85 ? 'draft' : roll < 0.95 ? 'published' : 'cancelled';
  if (offset < 120) return roll < 0.15 ? 'approved' : roll < 0.35 ? 'in-review' : roll < 0.75 ? 'draft' : 'idea';
  return roll < 0.6 ? 'idea' : roll < 0.9 ? 'draft' : 'cancelled';
}

async function buildFolder(dir: string, count: number, today: LocalDate): Promise<BenchEvent[]> {
  const now = new Date();
  const backend = await openBackend({ dataDir: dir, clock: () => now, locale: 'en-GB', log: () => {} });
  await backend.dispatch('association:update', sampleAssociation);
  const channels: { id: string; name: string }[] = [];
  for (const { responsible: _responsible, ...fields } of Object.values(sampleChannels)) {
    channels.push(ok<{ id: string; name: string }>(await backend.dispatch('channels:create', { ...fields, responsibleVolunteerId: null })));
  }
  const volunteers: { id: string }[] = [];
  for (const volunteer of sampleVolunteers) {
    volunteers.push(
      ok<{ id: string }>(
        await backend.dispatch('volunteers:create', { name: volunteer.name, email: '', phone: '', roles: volunteer.roles, channelIds: [], away: [], maxDutiesPerMonth: null, active: true }),
      ),
    );
  }
  const colourOf = new Map(channels.map((channel, index) => [channel.id, channelColours[index % channelColours.length]]));

  const next = seededRandom(count * 7919 + 17);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const stamp = now.toISOString();
  const posts: Post[] = [];
  for (let i = 0; i < count; i++) {
    const offset = Math.floor(next() * (DAYS_BEHIND + DAYS_AHEAD + 1)) - DAYS_BEHIND;
    const date = plusDays(today, offset);
    const tip = next() < 0.25;
    const event = pick(sampleEvents);
    const patternIndex = Math.floor(next() * titlePatterns.length);
    const chosenTip = pick(sampleTips);
    const title = tip ? chosenTip.title : titlePatterns[patternIndex](event.title);
    const contentType: ContentType = tip ? 'tip' : contentTypesByPattern[patternIndex];
    const timed = next() < 0.7;
    const time = timed ? (`${String(8 + Math.floor(next() * 14)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}` as LocalTime) : null;
    const channelCount = 1 + Math.floor(next() * 3);
    const channelIds = [...new Set(Array.from({ length: channelCount }, () => pick(channels).id))];
    posts.push(
      newPost(
        {
          title,
          text: tip ? chosenTip.text : `${event.intro} Paikka: ${event.place}, klo ${event.time.replace(':', '.')}.`,
          date,
          time,
          status: statusFor(offset, next()),
          channelIds,
          contentType,
          tags: tip ? chosenTip.tags : event.tags,
          albumName: contentType === 'photos' || (contentType === 'event' && next() < 0.5) ? `${date} ${event.title}` : '',
          authorId: next() < 0.8 ? pick(volunteers).id : null,
          responderId: next() < 0.6 ? pick(volunteers).id : null,
          marketing: next() < 1 / 12,
        },
        `bench-${i}`,
        stamp,
      ),
    );
  }
  await backend.repo.insertPosts(posts);
  // Closed before the folder is renamed into the cache: its read cache and daily copy are written after the answer.
  await backend.close();
  return posts
    .map((post) => ({
      id: post.id,
      title: post.title,
      start: post.time ? `${post.date}T${post.time}:00` : (post.date as string),
      allDay: post.time === null,
      color: colourOf.get(post.channelIds[0]) ?? '#777777',
    }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

export function defaultCacheDir(): string {
  return path.join(os.tmpdir(), 'somevuoro-bench-ui');
}

/** The folder for `count` posts around today: from the cache, or built (then cached) now. */
export async function benchData(count: number, cacheDir = defaultCacheDir()): Promise<BenchData> {
  const today = todayIn(TIME_ZONE, new Date());
  const cached = path.join(cacheDir, `v${DATA_VERSION}-${count}-${today}`);
  let builtMs: number | null = null;
  if (!fs.existsSync(path.join(cached, 'events.json'))) {
    const started = performance.now();
    fs.mkdirSync(cacheDir, { recursive: true });
    const building = fs.mkdtempSync(path.join(cacheDir, `building-${count}-`));
    try {
      const events = await buildFolder(path.join(building, 'data'), count, today);
      fs.writeFileSync(path.join(building, 'events.json'), JSON.stringify(events));
    } catch (error) {
      fs.rmSync(building, { recursive: true, force: true });
      throw error;
    }
    fs.rmSync(cached, { recursive: true, force: true });
    fs.renameSync(building, cached);
    // Yesterday's folders of this size (or older data versions) are not used again.
    for (const old of fs.readdirSync(cacheDir)) {
      if (old !== path.basename(cached) && new RegExp(`^v\\d+-${count}-`).test(old)) fs.rmSync(path.join(cacheDir, old), { recursive: true, force: true });
    }
    builtMs = performance.now() - started;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `somevuoro-bench-ui-run-${count}-`));
  fs.cpSync(path.join(cached, 'data'), dir, { recursive: true, filter: (source) => path.basename(source) !== 'somevuoro.lock' });
  const events = JSON.parse(fs.readFileSync(path.join(cached, 'events.json'), 'utf8')) as BenchEvent[];
  return { dir, events, today, posts: count, builtMs };
}
