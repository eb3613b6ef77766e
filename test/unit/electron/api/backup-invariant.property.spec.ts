import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../../shared/api/contract-kit';
import type { InputOf } from '../../../../shared/api/contract';
import type { Duty } from '../../../../shared/domain/duty';
import type { TestBackend } from '../../../support/backend';
import { backendOn } from '../../../support/backend';
import { roundTripBackup } from '../../../support/round-trip';
import { tempDir } from '../../../support/temp-dir';
import { volunteerInput } from '../../../support/volunteer-input';
import { actAs } from '../../../support/identity';
import { sized } from '../../../support/test-size';

/*
 * Issue 10, item 8: after ANY sequence of API calls, the folder's own backup is
 * accepted by its own import and restores to exactly the same data. The calls go
 * through the real dispatch on a temp folder; their payloads mostly name records
 * that exist (picked by index from what the folder holds), some name records that
 * are gone or repeat ids, and some are plain wrong.
 */

const RUNS = Number(process.env.INVARIANT_RUNS ?? sized(100, 300));
const SEED = Number(process.env.INVARIANT_SEED ?? 20261202);
const now = () => new Date('2026-03-20T10:00:00Z');

const kinds = [
  'channel+', 'channel~', 'channel-',
  'volunteer+', 'volunteer~', 'volunteer-',
  'duty+', 'duty~', 'duty-', 'duty<',
  'propose+accept', 'undoAccept', 'undoAcceptTwice', 'swap',
  'post+', 'post~', 'post-', 'post<', 'post<gone', 'post-channel-post<', 'post-volunteer-post<',
  'approve', 'comment', 'comment-', 'tick', 'checkChannel',
  'identity', 'association', 'preferences', 'templates',
  'results', 'answer',
  'junk',
] as const;
type Kind = (typeof kinds)[number];
interface Op {
  kind: Kind;
  a: number;
  b: number;
  flag: boolean;
}

/** Making and changing records comes up more often than the rest, so that later calls find something to name. */
const common: Kind[] = ['channel+', 'volunteer+', 'duty+', 'post+', 'post+', 'post-', 'post<', 'propose+accept', 'undoAccept', 'post-channel-post<', 'post-volunteer-post<'];
const kindArb = fc.oneof({ arbitrary: fc.constantFrom(...kinds), weight: 2 }, { arbitrary: fc.constantFrom(...common), weight: 1 });
const opArb: fc.Arbitrary<Op> = fc.record({ kind: kindArb, a: fc.nat(1000), b: fc.nat(1000), flag: fc.boolean() });

/** A small association every sequence starts from (copied, so that it is written once). */
async function seededFolder(): Promise<string> {
  const dir = tempDir('somevuoro-seed-');
  const backend = await backendOn(dir, now);
  await actAs(backend.call, 'Anna Äijälä');
  const facebook = await backend.call('channels:create', { kind: 'facebook-page', name: 'Facebook', url: '', goal: '', responsibleVolunteerId: null });
  const instagram = await backend.call('channels:create', { kind: 'instagram', name: 'Instagram', url: '', goal: '', responsibleVolunteerId: null });
  const aino = await backend.call('volunteers:create', volunteerInput('Aino', { channelIds: [instagram.id] }));
  await backend.call('volunteers:create', volunteerInput('Bo'));
  await backend.call('duties:create', { type: 'response', volunteerId: aino.id, from: '2026-03-16', to: '2026-03-22', channelIds: [], note: '' });
  await backend.call('posts:create', { title: 'Kevättalkoot', date: '2026-03-28', time: '09:00', channelIds: [facebook.id, instagram.id], authorId: aino.id });
  await backend.call('posts:create', { title: 'Idea', channelIds: [instagram.id], variants: { [instagram.id]: 'Kuvia' } });
  return dir;
}

const dates = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-29', '2026-04-06', '2026-04-13'] as const;
const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
const MISSING = 'gone-0000';

/** What the sequence remembers between calls: answers that a later undo needs. */
interface Memory {
  accepted: { saved: Duty[]; replaced: Duty[] } | null;
  deletedDuties: Duty[];
  deletedPosts: string[];
}

async function run(backend: TestBackend, op: Op, memory: Memory): Promise<ApiResult<unknown>> {
  const main = backend.repo.main();
  const posts = await backend.repo.allPosts();
  const channelId = pick(main.channels, op.a)?.id ?? MISSING;
  const otherChannelId = pick(main.channels, op.b)?.id ?? MISSING;
  const volunteerId = pick(main.volunteers, op.b)?.id ?? MISSING;
  const duty = pick(main.duties, op.a);
  const post = pick(posts, op.a);
  const date = pick(dates, op.b) ?? dates[0];
  const d = (channel: string, payload: unknown) => backend.dispatch(channel, payload);
  switch (op.kind) {
    case 'channel+':
      return d('channels:create', { kind: op.flag ? 'instagram' : 'facebook-page', name: `Kanava ${op.a}`, url: '', goal: '', responsibleVolunteerId: op.b % 3 === 0 ? volunteerId : null });
    case 'channel~':
      return d('channels:update', { id: channelId, changes: { name: `Kanava ${op.b}`, responsibleVolunteerId: op.flag ? volunteerId : null } });
    case 'channel-':
      return d('channels:delete', { id: channelId });
    case 'volunteer+':
      return d('volunteers:create', volunteerInput(`Vapaaehtoinen ${op.a % 7}`, { channelIds: op.flag ? [channelId] : [], away: op.b % 2 ? [{ id: `away${op.b}`, from: date, to: date, yearly: op.flag, note: '' }] : [] }));
    case 'volunteer~':
      return d('volunteers:update', { id: volunteerId, changes: op.flag ? { active: op.a % 2 === 0 } : { channelIds: [channelId] } });
    case 'volunteer-':
      return d('volunteers:delete', { id: volunteerId });
    case 'duty+':
      return d('duties:create', { type: 'response', volunteerId: op.flag ? volunteerId : null, from: date, to: date, channelIds: op.a % 3 ? [] : [channelId], note: '' });
    case 'duty~':
      return d('duties:update', { id: duty?.id ?? MISSING, changes: { volunteerId: op.flag ? volunteerId : null } });
    case 'duty-': {
      const result = await d('duties:delete', { id: duty?.id ?? MISSING });
      if (result.ok) memory.deletedDuties.push(result.value as Duty);
      return result;
    }
    case 'duty<':
      return d('duties:restore', pick(memory.deletedDuties, op.b) ?? { id: MISSING, type: 'response', volunteerId: MISSING, from: date, to: date, channelIds: [], note: '' });
    case 'propose+accept': {
      const request: InputOf<'roster:propose'> = { type: 'response', from: date, to: '2026-04-26', periodDays: 7, channelIds: op.flag ? [channelId] : [] };
      const proposal = await d('roster:propose', request);
      if (!proposal.ok) return proposal;
      const slots = (proposal.value as { slots: { from: string; to: string; volunteerId: string | null }[] }).slots.map(({ from, to, volunteerId: who }) => ({ from, to, volunteerId: who }));
      const accepted = await d('roster:accept', { type: request.type, from: request.from, to: request.to, channelIds: request.channelIds, slots });
      if (accepted.ok) memory.accepted = accepted.value as Memory['accepted'];
      return accepted;
    }
    case 'undoAccept':
    case 'undoAcceptTwice': {
      const accepted = memory.accepted ?? { saved: [], replaced: duty ? [duty] : [] };
      const replaced = op.kind === 'undoAcceptTwice' ? [...accepted.replaced, ...accepted.replaced, ...(duty ? [duty, duty] : [])] : accepted.replaced;
      return d('roster:undoAccept', { savedIds: accepted.saved.map((saved) => saved.id), replaced });
    }
    case 'swap':
      return d('roster:swap', { firstId: duty?.id ?? MISSING, secondId: pick(main.duties, op.b)?.id ?? MISSING });
    case 'post+':
      return d('posts:create', {
        title: `Julkaisu ${op.a}`,
        date: op.b % 4 ? date : null,
        time: op.b % 4 && op.flag ? '18:30' : null,
        channelIds: op.a % 3 ? [channelId] : [channelId, otherChannelId],
        variants: op.flag ? { [channelId]: 'Oma teksti' } : {},
        authorId: op.a % 2 ? volunteerId : null,
        responderId: op.b % 2 ? volunteerId : null,
        status: op.flag ? 'draft' : 'idea',
      });
    case 'post~':
      return d('posts:update', { id: post?.id ?? MISSING, changes: op.flag ? { date, channelIds: [otherChannelId] } : { status: 'in-review', responderId: volunteerId } });
    case 'post-': {
      const result = await d('posts:delete', { id: post?.id ?? MISSING });
      if (result.ok && post) memory.deletedPosts.push(post.id);
      return result;
    }
    case 'post<':
      return d('posts:restore', { id: pick(memory.deletedPosts, op.b) ?? MISSING });
    case 'post-channel-post<':
    case 'post-volunteer-post<': {
      // The path of item 8: a post goes to the trash, then what it names is deleted, then it comes back.
      if (!post) return d('posts:restore', { id: MISSING });
      await d('posts:delete', { id: post.id });
      const named = op.kind === 'post-channel-post<' ? post.channelIds.map((id) => ['channels:delete', id] as const) : [post.authorId, post.responderId].flatMap((id) => (id ? [['volunteers:delete', id] as const] : []));
      for (const [channel, id] of named) await d(channel, { id });
      return d('posts:restore', { id: post.id });
    }
    case 'post<gone':
      return d('posts:restore', { id: op.flag ? 'toString' : MISSING });
    case 'approve':
      return d('posts:approve', { id: post?.id ?? MISSING, overrideReason: op.flag ? 'Kuva tulee myöhemmin' : undefined });
    case 'comment':
      return d('posts:comment', { id: post?.id ?? MISSING, text: `Kommentti ${op.b}` });
    case 'comment-':
      return d('posts:deleteComment', { id: post?.id ?? MISSING, commentId: pick(post?.comments ?? [], op.b)?.id ?? MISSING });
    case 'tick':
      return d('checklist:tick', { postId: post?.id ?? MISSING, itemId: op.flag ? 'proofread' : 'contact-info', done: op.b % 3 !== 0 });
    case 'checkChannel':
      return d('checklist:checkChannel', { channelId, check: op.flag ? 'about-contact' : 'images', done: op.b % 3 !== 0 });
    case 'identity':
      return d('identity:set', op.flag ? { volunteerId } : { newVolunteer: { name: `Uusi ${op.a}` } });
    case 'association':
      return d('association:update', { name: `Kylä ${op.a}`, website: op.flag ? 'https://kyla.example.fi' : '' });
    case 'preferences':
      return d('preferences:update', { calendarView: op.flag ? 'week' : 'agenda', calendarDate: date });
    case 'templates':
      return op.flag ? d('checklist:resetTemplates', {}) : d('checklist:templates', {});
    case 'results':
      return d('results:save', { channelId, month: op.flag ? '2026-02' : '2026-03', numbers: { followers: op.a, newFollowers: op.b % 5, posts: op.b % 3 ? op.b % 9 : null, commentsPositive: 2, commentsNegative: op.flag ? 0 : null, messagesAnswered: 1, reach: op.a % 2 ? op.a * 10 : null } });
    case 'answer':
      return d('duties:update', { id: duty?.id ?? MISSING, changes: { answer: op.flag ? 'declined' : op.b % 2 ? 'accepted' : null } });
    case 'junk':
      return d(pick(['posts:create', 'volunteers:update', 'duties:restore', 'roster:undoAccept', 'channels:delete'], op.a) ?? 'posts:create', op.flag ? { id: '__proto__' } : { title: 'x'.repeat(20_001) });
  }
}

describe('the folder’s own backup after any sequence of API calls', () => {
  it(`is accepted by its own import and restores to the same data (${RUNS} sequences, seed ${SEED})`, async () => {
    const internal: string[] = [];
    const answers = new Map<string, number>();
    const seed = await seededFolder();
    const started = Date.now();
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 20 }), async (ops) => {
        const dir = tempDir();
        fs.cpSync(seed, dir, { recursive: true });
        try {
          const backend = await backendOn(dir, now);
          const memory: Memory = { accepted: null, deletedDuties: [], deletedPosts: [] };
          for (const op of ops) {
            const result = await run(backend, op, memory);
            if (!result.ok && result.error.code === 'internal') internal.push(`${op.kind}: ${result.error.message}`);
            const key = `${op.kind} ${result.ok ? 'ok' : result.error.code}`;
            answers.set(key, (answers.get(key) ?? 0) + 1);
          }
          expect(internal).toEqual([]);
          const before = await backend.repo.snapshot();
          expect(await roundTripBackup(backend, now)).toEqual(before);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    if (process.env.INVARIANT_STATS) console.log([...answers].sort().map(([key, count]) => `${key}: ${count}`).join('\n'));
    console.log(`backup invariant: ${RUNS} sequences in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 600_000);
});
