import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { confDocumentFiles } from '../../electron/storage/document-file';
import { Repository } from '../../electron/storage/repository';
import { defaultTemplates, PROOFREAD_ITEM_ID } from '../../shared/checklist/default-templates';
import type { Channel } from '../../shared/domain/channel';
import { MainDocument } from '../../shared/domain/documents';
import type { Duty } from '../../shared/domain/duty';
import { dutyTypes } from '../../shared/domain/duty';
import type { LocalDate, LocalTime } from '../../shared/domain/local-time';
import type { ContentType, CoverImage, PostStatus } from '../../shared/domain/post';
import { contentTypes, newPost, Post } from '../../shared/domain/post';
import type { Volunteer } from '../../shared/domain/volunteer';
import { pngImage } from '../support/images';
import { seededRandom } from '../support/seeded-random';

/*
 * `npx tsx test/tools/make-v1-fixture.ts`: writes test/fixtures/data-v1-1000/, a data
 * folder in schema version 1 exactly as today's JSON repository writes it
 * (somevuoro.json, posts/<month>.json, posts/undated.json, trash.json, media/), for the
 * migration to the next storage to start from. The same seed, ids and clock every time,
 * so running it again rewrites the same bytes. What it holds is in FIXTURE below;
 * test/unit/electron/storage/v1-fixture.spec.ts opens the folder and checks it.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const target = path.join(root, 'test/fixtures/data-v1-1000');

const FIXTURE = {
  posts: 1000,
  undated: 40,
  trashed: 12,
  months: 36,
  channels: 5,
  volunteers: 7,
  duties: 156,
  coverFile: 'kansikuva-talkoot.png',
} as const;

const START = Date.UTC(2024, 0, 1);
const DAY = 24 * 60 * 60 * 1000;
const stamp = (day: number, minutes = 0) => new Date(START + day * DAY + minutes * 60_000).toISOString();
const dateOf = (day: number) => stamp(day).slice(0, 10) as LocalDate;
const id = (kind: string, n: number) => `v1-${kind}-${String(n).padStart(4, '0')}`;

const channels: Channel[] = [
  { id: 'v1-ch-facebook', kind: 'facebook-page', name: 'Facebook-sivu', url: 'https://facebook.com/kylaseura', goal: 'Näkyvyys kylällä ja lähiseudulla', responsibleVolunteerId: 'v1-vol-aino' },
  { id: 'v1-ch-ryhma', kind: 'facebook-group', name: 'Kyläläisten ryhmä', url: '', goal: 'Jäsenviestintä', responsibleVolunteerId: 'v1-vol-bjorn' },
  { id: 'v1-ch-instagram', kind: 'instagram', name: 'Instagram', url: 'https://instagram.com/kylaseura', goal: 'Nuoret ja kuvat', responsibleVolunteerId: 'v1-vol-sofia' },
  { id: 'v1-ch-verkko', kind: 'website', name: 'Kotisivu', url: 'https://kylaseura.example.fi', goal: '', responsibleVolunteerId: null },
  { id: 'v1-ch-kirje', kind: 'newsletter', name: 'Jäsenkirje', url: '', goal: 'Kerran kuussa kaikille jäsenille', responsibleVolunteerId: 'v1-vol-aino' },
];

const person = (key: string, name: string, fields: Partial<Volunteer> = {}): Volunteer => ({
  id: `v1-vol-${key}`,
  name,
  email: `${key}@kylaseura.example.fi`,
  phone: '',
  roles: ['responder', 'poster'],
  channelIds: [],
  away: [],
  maxDutiesPerMonth: null,
  active: true,
  ...fields,
});

const volunteers: Volunteer[] = [
  person('aino', 'Aino Äijälä', { roles: ['responder', 'poster', 'moderator'], channelIds: ['v1-ch-facebook', 'v1-ch-kirje'] }),
  person('bjorn', 'Björn Åström', { channelIds: ['v1-ch-ryhma'], phone: '040 123 4567' }),
  person('sofia', 'Sofia Öhman', { roles: ['photographer', 'poster'], channelIds: ['v1-ch-instagram'] }),
  person('jussi', 'Jussi Mäkelä', { away: [{ id: 'v1-away-1', from: '2025-07-01' as LocalDate, to: '2025-07-31' as LocalDate, yearly: true, note: 'Kesäloma mökillä' }] }),
  person('linnea', 'Linnéa Sjöberg', { roles: ['responder'], maxDutiesPerMonth: 2 }),
  person('paivi', 'Päivi Kärkkäinen', { roles: ['moderator'] }),
  person('oskar', 'Oskar Ekström', { active: false, email: '' }),
];
const activeIds = volunteers.filter((volunteer) => volunteer.active).map((volunteer) => volunteer.id);

const events = ['Kevättalkoot', 'Kesäjuhla rannalla', 'Syyskokous', 'Joulumyyjäiset', 'Pikkujoulu', 'Lasten lauantai', 'Kyläkävely', 'Saunailta', 'Päivän retki Åbolandiin', 'Vårfest på bystugan', 'Kirpputori', 'Sienikurssi'];
const patterns = [(e: string) => e, (e: string) => `${e}: ilmoittautuminen alkaa`, (e: string) => `Muistutus – ${e}`, (e: string) => `${e} – kuvat albumiin`, (e: string) => `Kiitos talkoolaisille! ${e}`, (e: string) => `Välkommen: ${e}`];
const texts = [
  'Tervetuloa mukaan! Kahvia ja pullaa tarjolla, ota ystäväkin mukaan.',
  'Muistathan ilmoittautua viimeistään perjantaina. Lisätietoja hallitukselta.',
  'Välkommen alla! Vi bjuder på kaffe och bulle – ta med en vän.',
  'Kiitos kaikille osallistuneille 🌷 Kuvat löytyvät albumista.',
  'Säävaraus: sateella siirrytään kylätalolle.\nPaikka: Kylätalo, Myllytie 3.',
];
const tagPool = ['talkoot', 'juhla', 'kokous', 'lapset', 'kesä', 'jäsenet', 'höstfest', 'äänestys'];
const statuses: PostStatus[] = ['idea', 'draft', 'in-review', 'approved', 'published', 'cancelled'];

function cover(file: string, bytes: number): CoverImage {
  return { file, alt: 'Haravat rivissä kylätalon pihalla', mime: 'image/png', width: 4, height: 3, bytes };
}

function makePost(n: number, next: () => number, coverImage: CoverImage): Post {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const undated = n % 25 === 0;
  const day = Math.floor((n * 1095) / FIXTURE.posts) + Math.floor(next() * 3);
  const date = undated ? null : dateOf(Math.min(day, 1095));
  const timed = !undated && next() < 0.7;
  const time = timed ? (`${String(8 + Math.floor(next() * 12)).padStart(2, '0')}:${next() < 0.5 ? '00' : '30'}` as LocalTime) : null;
  const channelIds = channels.filter(() => next() < 0.45).map((channel) => channel.id);
  const status = undated ? pick(['idea', 'draft'] as const) : pick(statuses);
  const contentType: ContentType = pick(contentTypes);
  const created = stamp(Math.max(0, day - 20), n % 600);
  const variants: Record<string, string> = channelIds.includes('v1-ch-instagram') && next() < 0.5 ? { 'v1-ch-instagram': 'Kuvia tulossa! 📸 #kylaseura' } : {};
  const fields = {
    title: pick(patterns)(pick(events)),
    text: pick(texts),
    variants,
    channelIds,
    date,
    time,
    status,
    authorId: next() < 0.8 ? pick(activeIds) : null,
    responderId: next() < 0.5 ? pick(activeIds) : null,
    contentType,
    marketing: next() < 0.15,
    coverImage: n % 40 === 7 ? coverImage : null,
    albumName: contentType === 'event' || contentType === 'photos' ? `${date ?? '2026'} ${pick(events)}` : '',
    tags: tagPool.filter(() => next() < 0.2),
    publishedUrl: status === 'published' && next() < 0.5 ? `https://facebook.com/kylaseura/posts/${n}` : '',
  };
  const post = newPost(fields, id('post', n), created);
  const reviewed = status === 'approved' || status === 'published';
  return Post.parse({
    ...post,
    checklist: next() < 0.3 ? { [PROOFREAD_ITEM_ID]: { by: 'Aino Äijälä', at: stamp(Math.max(0, day - 3), 30) } } : {},
    checklistOverride: reviewed && next() < 0.05 ? { by: 'Päivi Kärkkäinen', at: stamp(Math.max(0, day - 2)), reason: 'Kuva tulee myöhemmin, hyväksytty ilman.' } : null,
    approval: reviewed ? { by: next() < 0.5 ? 'Päivi Kärkkäinen' : 'Aino Äijälä', at: stamp(Math.max(0, day - 2), 60) } : null,
    comments:
      next() < 0.2
        ? [
            { id: id('comment', n * 2), author: 'Björn Åström', at: stamp(Math.max(0, day - 4), 15), text: 'Lisätäänkö kartta? / Ska vi lägga till en karta?' },
            ...(next() < 0.4 ? [{ id: id('comment', n * 2 + 1), author: 'Aino Äijälä', at: stamp(Math.max(0, day - 4), 45), text: 'Hyvä idea, lisään.' }] : []),
          ]
        : [],
    updatedAt: stamp(Math.max(0, day - 1), n % 700),
  });
}

function makeDuties(next: () => number): Duty[] {
  // One response duty a week for three years, a few of them gaps nobody could take.
  return Array.from({ length: FIXTURE.duties }, (_, week) => ({
    id: id('duty', week + 1),
    type: week % 13 === 5 ? 'photography' : dutyTypes[0],
    volunteerId: week % 29 === 11 ? null : activeIds[Math.floor(next() * activeIds.length)],
    from: dateOf(week * 7),
    to: dateOf(week * 7 + (week % 13 === 5 ? 0 : 6)),
    channelIds: week % 4 === 0 ? ['v1-ch-facebook', 'v1-ch-ryhma'] : [],
    note: week % 10 === 3 ? 'Myös iltaisin – även kvällar' : '',
  }));
}

async function main(): Promise<void> {
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.join(target, 'media'), { recursive: true });
  const png = pngImage(4, 3, [46, 125, 50]);
  fs.writeFileSync(path.join(target, 'media', FIXTURE.coverFile), png);
  const coverImage = cover(FIXTURE.coverFile, png.length);

  const next = seededRandom(2024);
  // The clock is fixed: the trash's deletedAt, and no automatic safety copy (a brand-new folder has nothing to copy).
  const repo = await Repository.open({ dir: target, files: confDocumentFiles(target), now: () => new Date('2026-12-01T09:00:00Z'), locale: 'fi-FI' });
  await repo.updateMain((main) =>
    MainDocument.parse({
      ...main,
      association: { name: 'Kyläseura Ängsö–Äänekoski ry', description: 'Kyläyhdistys, joka järjestää talkoita, juhlia ja retkiä. Föreningen för byn.', website: 'https://kylaseura.example.fi', email: 'hallitus@kylaseura.example.fi', phone: '040 765 4321', address: 'Myllytie 3, 44100 Äänekoski' },
      channels,
      volunteers,
      duties: makeDuties(next),
      checklistTemplates: defaultTemplates('fi'),
      settings: { ...main.settings, userName: 'Aino Äijälä' },
      channelChecks: { 'v1-ch-facebook': { 'about-contact': { by: 'Aino Äijälä', at: '2026-10-01T08:00:00.000Z' }, images: { by: 'Sofia Öhman', at: '2026-10-02T08:00:00.000Z' } } },
    }),
  );
  const posts = Array.from({ length: FIXTURE.posts + FIXTURE.trashed }, (_, n) => makePost(n + 1, next, coverImage));
  await repo.insertPosts(posts);
  // Every 84th post goes to the trash: a dated one, spread over the years.
  for (const post of posts.filter((_, n) => (n + 1) % 84 === 0).slice(0, FIXTURE.trashed)) await repo.trashPost(post.id);
  await repo.close();
  console.log(`Wrote ${target}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
