import fc from 'fast-check';
import type { ChannelName, InputOf } from '../../shared/api/contract';
import type { Backend } from '../../electron/api/handlers';
import { postDefaults } from '../../shared/domain/post';
import { backendOn } from './backend';
import { volunteerInput } from './volunteer-input';
import { actAs } from './identity';

/*
 * Hostile payloads for every channel of the contract, seeded and reproducible: random
 * JSON, deep nesting, huge strings, prototype keys, wrong types, and near-valid
 * payloads mutated from one valid example per channel. The examples are typed
 * against the contract, so a new channel does not compile until it has one.
 */

export interface FuzzIds {
  channelId: string;
  volunteerId: string;
  postId: string;
  dutyId: string;
}

const range = { from: '2026-03-01', to: '2026-04-30' };
const { date: _date, ...seriesDefaults } = postDefaults;
const selection = { ...range, channelIds: [], statuses: [], volunteerIds: [], includePosts: true, includeDuties: true };
const csv = 'Id,Title,Date (ISO),Time,Channel,Status,Text\n,Uusi idea,,,,Idea,\n';

function validExamples(ids: FuzzIds): { [K in ChannelName]: InputOf<K> } {
  const { channelId, volunteerId, postId, dutyId } = ids;
  const duty = { type: 'response' as const, volunteerId, from: '2026-03-16', to: '2026-03-22', channelIds: [channelId], note: '' };
  return {
    'app:status': {},
    'plan:status': {},
    'plan:conflicts': {},
    'plans:recent': {},
    'publish:accounts': {},
    'publish:due': {},
    'publish:mastodonBegin': { channelId, instance: 'https://127.0.0.1:9' },
    'publish:mastodonFinish': { channelId, code: 'abc' },
    'publish:blueskyConnect': { channelId, handle: 'yhdistys.bsky.social', appPassword: 'abcd-efgh-ijkl-mnop', server: 'https://127.0.0.1:9' },
    'publish:disconnect': { channelId },
    'publish:post': { postId, channelId },
    'publish:scheduled': {},
    'publish:checkScheduled': {},
    'plans:open': { planDir: '/nowhere/plan' },
    'sharing:state': {},
    'sharing:pickFolder': {},
    'sharing:move': { folder: '/nowhere/shared' },
    'sharing:open': { folder: '/nowhere/shared' },
    'sharing:removeOldCopy': { planDir: '/nowhere/plan' },
    'syncserver:state': {},
    'syncserver:connect': { address: 'ws://127.0.0.1:9/', secret: 'kylä-ry-7f3a9c2e51d84b60' },
    'syncserver:disconnect': {},
    'plan:resolveConflict': { target: { postId }, field: 'title', choice: '1@abc' },
    'checklist:templates': {},
    'checklist:saveTemplates': { templates: [{ id: 'all-posts', name: 'Kaikki', contentTypes: [], items: [{ id: 'proofread', label: 'Oikoluettu', kind: 'manual', rule: null, requiredFor: null }] }] },
    'checklist:resetTemplates': {},
    'checklist:post': { id: postId },
    'checklist:preview': { postId, fields: { title: 'Esikatselu', text: '', variants: {}, channelIds: [channelId], date: '2026-03-28', time: '09:00', status: 'draft', authorId: null, responderId: null, contentType: 'event', marketing: false, coverImage: null, albumName: '', tags: [], publishedUrl: '' } },
    'checklist:range': range,
    'checklist:tick': { postId, itemId: 'proofread', done: true },
    'checklist:overview': range,
    'checklist:checkChannel': { channelId, check: 'images', done: true },
    'export:count': selection,
    'export:create': { format: 'csv', selection, csvSeparator: ';' },
    'files:save': { fileName: 'plan.csv', mimeType: 'text/csv', encoding: 'utf8', content: 'a;b\n', bytes: 4 },
    'files:reveal': { path: '/tmp/plan.csv' },
    // An upload that never arrived: the import must say so and change nothing.
    'import:check': { uploadId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b' },
    'import:apply': { uploadId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', mode: 'merge', conflicts: 'keep' },
    'uploads:begin': { fileName: 'plan.csv', bytes: csv.length },
    'uploads:chunk': { uploadId: '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b', offset: 0, data: Buffer.from(csv).toString('base64') },
    'export:backup': {},
    'backups:list': {},
    'backups:restore': { id: 'before-import-2026-03-01T10-00-00-000Z' },
    'damaged:backups': {},
    'damaged:restore': { id: 'before-import-2026-03-01T10-00-00-000Z' },
    'media:importImage': { fileName: 'kuva.png', data: 'iVBORw0KGgo=' },
    'posts:list': range,
    'posts:listUndated': {},
    'posts:get': { id: postId },
    'posts:create': { title: 'Uusi', date: '2026-03-20', time: '18:30', channelIds: [channelId], authorId: volunteerId },
    'posts:update': { id: postId, changes: { title: 'Muokattu', tags: ['talkoot'], channelIds: [channelId], responderId: volunteerId } },
    'posts:delete': { id: postId },
    'series:create': { fields: { title: 'Viikkokuulumiset', time: '09:00' }, date: '2026-12-07', repeat: { every: 'week', interval: 1, weekdays: ['MO'] }, ends: { kind: 'never' } },
    'series:get': { id: 'viikko' },
    'series:edit': { id: 'viikko_2026-12-07', scope: 'this', changes: { title: 'Muokattu' } },
    'series:cancel': { id: 'viikko_2026-12-14', scope: 'this' },
    'series:uncancel': {
      id: 'viikko_2026-12-14',
      scope: 'this',
      before: { id: 'viikko', fields: { ...seriesDefaults, title: 'Viikkokuulumiset' }, start: '2026-12-07', repeat: { every: 'week', interval: 1, weekdays: ['MO'] }, ends: { kind: 'never' }, overrides: {}, cancelled: [], createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' },
    },
    'posts:restore': { id: postId },
    'posts:trash': {},
    'posts:history': { id: postId },
    'posts:restoreVersion': { id: postId, version: '2026-03-01T10:00:00.000Z' },
    'identity:get': {},
    'identity:set': { volunteerId },
    'preferences:get': {},
    'preferences:update': { calendarView: 'week', calendarDate: '2026-03-20' },
    'posts:approve': { id: postId, overrideReason: 'Kuva myöhemmin' },
    'posts:comment': { id: postId, text: 'Hyvä!' },
    'posts:deleteComment': { id: postId, commentId: 'c1' },
    'volunteers:create': volunteerInput('Uusi', { channelIds: [channelId], away: [{ id: 'kesa', from: '2026-07-01', to: '2026-07-31', yearly: true, note: '' }] }),
    'volunteers:update': { id: volunteerId, changes: { phone: '+358 40 123 4567' } },
    'volunteers:delete': { id: volunteerId },
    'duties:list': range,
    'duties:create': duty,
    'duties:update': { id: dutyId, changes: { note: 'Myös iltaisin' } },
    'duties:delete': { id: dutyId },
    'duties:restore': { ...duty, id: dutyId },
    'roster:propose': { type: 'response', from: '2026-03-02', to: '2026-04-26', periodDays: 7, channelIds: [] },
    'roster:accept': { type: 'response', from: '2026-03-02', to: '2026-03-15', channelIds: [], slots: [{ from: '2026-03-02', to: '2026-03-08', volunteerId }, { from: '2026-03-09', to: '2026-03-15', volunteerId: null }] },
    'roster:undoAccept': { savedIds: [dutyId], replaced: [{ ...duty, id: dutyId }] },
    'roster:swap': { firstId: dutyId, secondId: dutyId },
    'roster:coverage': range,
    'settings:get': {},
    'settings:update': { staleAfterDays: 21 },
    'association:get': {},
    'association:update': { name: 'Kylä ry', website: 'https://kyla.example.fi' },
    'channels:list': {},
    'results:list': {},
    'results:save': { channelId, month: '2026-05', numbers: { followers: 120, newFollowers: 4, posts: 9, commentsPositive: 12, commentsNegative: 1, messagesAnswered: 3, reach: null } },
    'channels:create': { kind: 'instagram', name: 'Instagram', url: '', goal: '', responsibleVolunteerId: volunteerId },
    'channels:update': { id: channelId, changes: { goal: 'Näkyvyys' } },
    'channels:delete': { id: channelId },
    'volunteers:list': {},
    'setup:start': { associationName: 'Kylä ry', channels: [{ kind: 'facebook-page', name: 'Facebook' }] },
    'setup:loadSample': {},
    'ideas:list': {},
    'ideas:create': { title: 'Kyläkävely', description: 'Opastettu kävely', proposer: 'Maija', tags: ['kesä'] },
    'ideas:update': { id: postId, changes: { status: 'dropped', statusReason: 'Ei vetäjää' } },
    'ideas:delete': { id: postId },
    'ideas:support': { id: postId, name: 'Pekka' },
    'ideas:toPost': { id: postId },
    'ideas:toSeries': { id: postId, date: '2026-05-11' },
    'campaigns:list': {},
    'campaigns:templates': {},
    'campaigns:saveTemplate': { id: 'builtin-event', name: 'Tapahtuma', kind: 'event', steps: [{ id: 's1', offsetDays: -7, title: 'Ilmoitus', time: '18:00', contentType: 'event' }] },
    'campaigns:create': { name: 'Kyläjuhla', keyDate: '2026-06-13', templateId: 'builtin-event', ideaId: null },
    'campaigns:update': { id: postId, changes: { raisedAmount: 1200 } },
    'campaigns:moveKeyDate': { id: postId, keyDate: '2026-06-20' },
    'campaigns:delete': { id: postId, drafts: 'delete' },
    'campaigns:restore': { campaign: { id: postId, name: 'Kyläjuhla', goal: '', kind: 'event', keyDate: '2026-06-13', targetAmount: null, raisedAmount: null, templateId: null, posts: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }, trashedPostIds: [] },
    'share:markPublished': { id: postId, channelId, url: 'https://www.facebook.com/kylary/posts/1' },
    'share:unmarkPublished': { id: postId, channelId },
    'share:showImage': { id: postId },
    'checklist:attention': range,
  };
}

/** A small folder with one of each record, so that valid examples find what they name. */
export async function seedFuzzFolder(dir: string, now: () => Date): Promise<{ backend: Backend; ids: FuzzIds }> {
  const backend = await backendOn(dir, now);
  await actAs(backend.call, 'Anna Äijälä');
  const channel = await backend.call('channels:create', { kind: 'facebook-page', name: 'Facebook', url: '', goal: '', responsibleVolunteerId: null });
  const volunteer = await backend.call('volunteers:create', volunteerInput('Aino'));
  const post = await backend.call('posts:create', { title: 'Kevättalkoot', date: '2026-03-28', time: '09:00', channelIds: [channel.id] });
  const duty = await backend.call('duties:create', { type: 'response', volunteerId: volunteer.id, from: '2026-03-16', to: '2026-03-22', channelIds: [], note: '' });
  return { backend, ids: { channelId: channel.id, volunteerId: volunteer.id, postId: post.id, dutyId: duty.id } };
}

function nestedValue(depth: number): unknown {
  let value: unknown = 'x';
  // One path down (never the same value under two keys, which would make a DAG exponential to walk or serialise).
  for (let level = 0; level < depth; level += 1) value = level % 3 === 0 ? [value] : { id: value, title: 'x' };
  return value;
}

const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

/** An object whose own keys are prototype names (as JSON.parse makes "__proto__" an own key), each holding `value`. */
function prototypeObject(value: unknown): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of prototypeKeys) Object.defineProperty(object, key, { value, enumerable: true, configurable: true, writable: true });
  return object;
}

/** Values of the right shape that name nothing, or the wrong thing, sit beside the plainly wrong ones. */
const oddValues: unknown[] = ['gone-0000', ['gone-0000'], '2026-03-29', '03:30', 'draft', 'approved', null, 0, -1, 1e308, Number.NaN, -0, '', ' ', 'toString', '__proto__', 'x'.repeat(300_000), true, [], {}, [[[]]], '2026-02-30', '25:00', '\u0000', '\r\nX-EVIL:1', '=cmd|"/c calc"!A1', '💥'.repeat(1000)];

/** A seeded source of payloads; `next(channel)` gives the next one for that channel, and says how it was made. */
export function payloadSource(seed: number, ids: FuzzIds, options: { json: boolean }) {
  // Random JSON (or, in-process, any JavaScript value) from fast-check, drawn once from the seed.
  const anyValue = options.json
    ? fc.jsonValue({ maxDepth: 4 })
    : fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withUnicodeString: true });
  const pool = fc.sample(anyValue, { seed, numRuns: 400 });
  let state = seed >>> 0 || 1;
  const random = () => {
    // mulberry32: small, fast and the same everywhere.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(random() * n);
  const choose = <T>(list: readonly T[]): T => list[int(list.length)];
  const examples = validExamples(ids) as Record<string, unknown>;
  const known = Object.values(ids);
  const odd = () => {
    const roll = random();
    return roll < 0.15 ? choose(known) : roll < 0.6 ? choose(oddValues) : choose(pool);
  };

  /** Replaces, removes or adds one field somewhere inside a valid payload. */
  const mutate = (value: unknown, depth = 0): unknown => {
    if (value === null || typeof value !== 'object' || depth > 4 || random() < 0.25) return odd();
    if (Array.isArray(value)) {
      const copy = [...value];
      if (copy.length && random() < 0.6) copy[int(copy.length)] = mutate(copy[int(copy.length)], depth + 1);
      else copy.push(odd());
      return random() < 0.05 ? Array.from({ length: 5000 }, () => copy[0] ?? 'x') : copy;
    }
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const roll = random();
    if (keys.length && roll < 0.6) {
      const key = choose(keys);
      copy[key] = mutate(copy[key], depth + 1);
    } else if (keys.length && roll < 0.75) delete copy[choose(keys)];
    else if (roll < 0.9) Object.defineProperty(copy, choose([...prototypeKeys, 'extra']), { value: odd(), enumerable: true, configurable: true, writable: true });
    else return { ...copy, ...prototypeObject(odd()) };
    return copy;
  };

  /** The example with one of the ids it names replaced by one that names nothing, or the wrong kind of record. */
  const otherId = (value: unknown): unknown => {
    const replacement = random() < 0.7 ? 'gone-0000' : choose(known);
    let seen = 0;
    const target = random();
    const walk = (inner: unknown): unknown => {
      if (typeof inner === 'string' && known.includes(inner)) return (seen += 1) && random() < 0.5 + target / 2 ? replacement : inner;
      if (Array.isArray(inner)) return inner.map(walk);
      if (inner && typeof inner === 'object') return Object.fromEntries(Object.entries(inner).map(([key, item]) => [key, walk(item)]));
      return inner;
    };
    return walk(value);
  };

  const kinds = ['random', 'deep', 'huge', 'prototype', 'wrong-type', 'near-valid', 'near-valid', 'other-id', 'other-id', 'valid'] as const;
  return {
    next(channel: string): { kind: (typeof kinds)[number]; payload: unknown } {
      const kind = choose(kinds);
      const example = examples[channel] ?? {};
      switch (kind) {
        case 'random':
          return { kind, payload: choose(pool) };
        case 'deep':
          return { kind, payload: random() < 0.5 ? nestedValue(1000 + int(50_000)) : { ...(example as object), id: nestedValue(20_000) } };
        case 'huge':
          return { kind, payload: Object.fromEntries(Object.keys(example as object).map((key) => [key, 'ä'.repeat(50_000 + int(200_000))])) };
        case 'prototype':
          return { kind, payload: { ...(example as object), ...prototypeObject(choose(pool)) } };
        case 'wrong-type':
          return { kind, payload: Object.fromEntries(Object.keys(example as object).map((key) => [key, choose(oddValues)])) };
        case 'near-valid':
          return { kind, payload: mutate(example) };
        case 'other-id':
          return { kind, payload: otherId(example) };
        case 'valid':
          return { kind, payload: example };
      }
    },
  };
}
