import type { Association } from '../domain/association';
import type { Campaign } from '../domain/campaign';
import type { Idea } from '../domain/idea';
import type { Channel } from '../domain/channel';
import type { Id } from '../domain/ids';
import type { Instant, LocalDate, LocalTime } from '../domain/local-time';
import { localDate, localTime } from '../domain/local-time';
import type { ContentType, Post, PostStatus } from '../domain/post';
import { newPost } from '../domain/post';
import type { Duty } from '../domain/duty';
import type { Series } from '../domain/series';
import type { Volunteer } from '../domain/volunteer';
import { proposeRota } from '../roster/rota-generator';
import { firstOfMonth, plusMonths } from '../calendar/calendar-range';
import type { ChannelResults, MonthNumbers } from '../results/channel-results';
import { daysBetween, isoWeekOf, plusDays, toCalendarDate } from '../calendar/calendar-dates';
import type { SampleChannelKey, SampleEvent } from './sample-content-fi';
import { sampleIdeasAndCampaign } from './sample-ideas';
import {
  finnishMonths,
  finnishWeekdays,
  sampleAssociation,
  sampleChannels,
  sampleComments,
  sampleEvents,
  sampleIdeas,
  sampleMarketing,
  sampleResults,
  sampleTips,
  sampleVolunteers,
} from './sample-content-fi';

/*
 * A sample association to explore the app with: a season of posts around today —
 * five weeks back, twelve ahead — whose statuses follow time as they would in real
 * life (the past published, the coming week approved, further out drafts and ideas),
 * with approvals, board members' comments and a backlog of undated ideas. Pure:
 * ids and the clock come from the caller.
 */

export const SAMPLE_DAYS_BEFORE = 35;
export const SAMPLE_DAYS_AFTER = 84;

export interface SampleData {
  association: Association;
  channels: Channel[];
  volunteers: Volunteer[];
  duties: Duty[];
  posts: Post[];
  ideas: Idea[];
  campaigns: Campaign[];
  /** The three months before today's, for the channels that have numbers. */
  channelResults: ChannelResults;
  /** A weekly recurring post (issue 16 item 7): every view shows its occurrences from the first run. */
  series: Series[];
}

/** Weeks of response duty planned ahead; the weeks after are left for the user to plan. */
const SAMPLE_DUTY_WEEKS_AHEAD = 5;

/**
 * Response duty by the week from the season's start, shared out by the roster's own
 * generator, with one volunteer away for a week: the roster opens with a real rota.
 */
function sampleDuties(volunteers: Volunteer[], first: LocalDate, today: LocalDate, makeId: () => Id): Duty[] {
  const from = isoWeekOf(first).start;
  const to = plusDays(isoWeekOf(today).start, 7 * SAMPLE_DUTY_WEEKS_AHEAD - 1);
  const proposal = proposeRota({ type: 'response', from, to, periodDays: 7, channelIds: [], volunteers, duties: [] });
  return proposal.slots.map((slot) => ({ id: makeId(), type: 'response', volunteerId: slot.volunteerId, from: slot.from, to: slot.to, channelIds: [], note: '' }));
}

interface Draft {
  title: string;
  text: string;
  date: LocalDate | null;
  time: LocalTime | null;
  channels: SampleChannelKey[];
  contentType: ContentType;
  tags: string[];
  marketing?: boolean;
  albumName?: string;
}

/** 1 = Monday … 7 = Sunday. */
function isoWeekday(date: LocalDate): number {
  return ((toCalendarDate(date).getUTCDay() + 6) % 7) + 1;
}

/** The date of that weekday in the same ISO week. */
function onWeekday(date: LocalDate, weekday: number): LocalDate {
  return plusDays(date, weekday - isoWeekday(date));
}

function finnishDay(date: LocalDate): string {
  return `${finnishWeekdays[isoWeekday(date) - 1]} ${Number(date.slice(8, 10))}.${Number(date.slice(5, 7))}.`;
}

function finnishTime(time: string): string {
  return `${Number(time.slice(0, 2))}.${time.slice(3)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Every occurrence of the yearly events whose posts can fall inside the season. */
function eventDates(today: LocalDate): { event: SampleEvent; date: LocalDate }[] {
  const year = Number(today.slice(0, 4));
  return [year - 1, year, year + 1].flatMap((y) =>
    sampleEvents.map((event) => ({ event, date: onWeekday(localDate(`${y}-${pad(event.month)}-${pad(event.day)}`), event.weekday) })),
  );
}

function eventPosts(event: SampleEvent, date: LocalDate): Draft[] {
  const when = `${finnishDay(date)} klo ${finnishTime(event.time)}`;
  const album = `${date.slice(0, 7)} ${event.title}`;
  return [
    {
      title: `${event.title} ${finnishDay(date)}`,
      text: `${event.intro}\n\nAika: ${when}\nPaikka: ${event.place}\n\nTervetuloa! Lisätietoja kotisivulta ja hallitukselta.`,
      date: onWeekday(plusDays(date, -18), 2),
      time: localTime('09:00'),
      channels: ['page', 'group', 'website'],
      contentType: 'event',
      tags: event.tags,
    },
    {
      title: `${event.title} lähestyy`,
      text: `Vielä muutama päivä: ${event.title.toLocaleLowerCase('fi')} ${when}, ${event.place}. Merkitse kalenteriin ja kerro kaverillekin! 📅`,
      date: plusDays(date, -5),
      time: localTime('12:00'),
      channels: ['instagram'],
      contentType: 'story',
      tags: event.tags,
    },
    {
      title: `Huomenna: ${event.title}`,
      text: `Muistutus: huomenna ${when}, ${event.place}. Nähdään!`,
      date: plusDays(date, -1),
      time: localTime('17:00'),
      channels: ['group'],
      contentType: 'announcement',
      tags: event.tags,
    },
    {
      title: `Tänään: ${event.title}`,
      text: `Tänään ${when}, ${event.place}. Tervetuloa, ovet ovat auki! Jaamme päivän aikana kuvia tarinoissa.`,
      date,
      time: localTime('08:30'),
      channels: ['group', 'instagram'],
      contentType: 'announcement',
      tags: event.tags,
    },
    {
      title: `Kuvia: ${event.title}`,
      text: `Kiitos kaikille, jotka tulivat mukaan! Kuvat ovat albumissa ”${album}”. Tunnistatko itsesi? Merkitse!`,
      date: plusDays(date, 2),
      time: null,
      channels: ['page', 'instagram', 'website'],
      contentType: 'photos',
      tags: [...event.tags, 'kuvat'],
      albumName: album,
    },
  ];
}

function seasonDrafts(today: LocalDate, first: LocalDate, last: LocalDate): Draft[] {
  const drafts: Draft[] = eventDates(today).flatMap(({ event, date }) => eventPosts(event, date));
  // A tip every Monday, a board member every third Wednesday, the newsletter on the first Thursday of a month.
  for (let monday = onWeekday(first, 1), week = 0; monday <= last; monday = plusDays(monday, 7), week += 1) {
    // Counted from a fixed Monday so that the tips rotate the same way whatever the season.
    const tip = sampleTips[Math.floor(daysBetween(localDate('2000-01-03'), monday) / 7) % sampleTips.length];
    drafts.push({ title: `Viikon vinkki: ${tip.title}`, text: tip.text, date: monday, time: localTime('12:00'), channels: ['page', 'instagram'], contentType: 'tip', tags: tip.tags });
    if (week % 3 === 1) {
      const person = sampleVolunteers[Math.floor(week / 3) % sampleVolunteers.length];
      drafts.push({
        title: `Tutustu hallitukseen: ${person.name}`,
        text: `${person.name}, ${person.title}. ${person.intro}`,
        date: plusDays(monday, 2),
        time: localTime('18:00'),
        channels: ['page', 'group'],
        contentType: 'story',
        tags: ['hallitus', 'jäsenet'],
      });
    }
    const thursday = plusDays(monday, 3);
    if (Number(thursday.slice(8, 10)) <= 7) {
      const month = finnishMonths[Number(thursday.slice(5, 7)) - 1];
      drafts.push({
        title: `Jäsenkirje: ${month}`,
        text: `Kuukauden tapahtumat, hallituksen kuulumiset ja talkookutsut. Jäsenkirje lähtee sähköpostilla ja on luettavissa kotisivulla.`,
        date: thursday,
        time: localTime('08:00'),
        channels: ['newsletter', 'website'],
        contentType: 'announcement',
        tags: ['jäsenkirje', 'jäsenet'],
      });
    }
    if (week % 4 === 2) {
      const ad = sampleMarketing[Math.floor(week / 4) % sampleMarketing.length];
      drafts.push({ ...ad, date: plusDays(monday, 4), time: localTime('15:00'), marketing: true });
    }
  }
  return drafts.filter((draft) => draft.date !== null && draft.date >= first && draft.date <= last);
}

/** Status by how far off the post is, varied by its place in the list so that every status shows up. */
function statusFor(date: LocalDate | null, today: LocalDate, index: number): PostStatus {
  if (date === null) return index % 3 === 0 ? 'draft' : 'idea';
  const days = daysBetween(today, date);
  if (days < 0) return index % 17 === 5 ? 'cancelled' : 'published';
  if (days < 7) return index % 4 === 3 ? 'in-review' : 'approved';
  if (days < 21) return index % 3 === 0 ? 'approved' : index % 3 === 1 ? 'in-review' : 'draft';
  if (days < 42) return index % 3 === 0 ? 'idea' : 'draft';
  return index % 2 === 0 ? 'idea' : 'draft';
}

function minus(now: Instant, hours: number): Instant {
  return new Date(Date.parse(now) - hours * 3_600_000).toISOString();
}

export function sampleData({ today, now, makeId }: { today: LocalDate; now: Instant; makeId: () => Id }): SampleData {
  const volunteers: Volunteer[] = sampleVolunteers.map((person) => ({
    id: makeId(),
    name: person.name,
    email: `${person.name.split(' ')[0].toLocaleLowerCase('fi').replace('ä', 'a')}@mantyla.example.fi`,
    phone: '',
    roles: person.roles,
    channelIds: [],
    away: [],
    maxDutiesPerMonth: null,
    active: true,
  }));
  const channelIds = Object.fromEntries(Object.keys(sampleChannels).map((key) => [key, makeId()])) as Record<SampleChannelKey, Id>;
  const channels: Channel[] = (Object.keys(sampleChannels) as SampleChannelKey[]).map((key) => {
    const { responsible, ...fields } = sampleChannels[key];
    return { ...fields, id: channelIds[key], responsibleVolunteerId: volunteers[responsible].id };
  });
  volunteers.forEach((volunteer, index) => {
    volunteer.channelIds = sampleVolunteers[index].channels.map((key) => channelIds[key]);
  });

  const first = plusDays(today, -SAMPLE_DAYS_BEFORE);
  const last = plusDays(today, SAMPLE_DAYS_AFTER);
  const drafts: Draft[] = [
    ...seasonDrafts(today, first, last),
    ...sampleIdeas.map((idea) => ({ ...idea, date: null, time: null })),
  ];
  const [chair, vice, , , secretary] = volunteers;
  const posts = drafts.map((draft, index) => {
    const status = statusFor(draft.date, today, index);
    const author = volunteers[index % volunteers.length];
    const post = newPost(
      {
        title: draft.title,
        text: draft.text,
        date: draft.date,
        time: draft.time,
        channelIds: draft.channels.map((key) => channelIds[key]),
        status,
        contentType: draft.contentType,
        marketing: draft.marketing ?? false,
        tags: draft.tags,
        albumName: draft.albumName ?? '',
        authorId: status === 'idea' && index % 2 ? null : author.id,
        // Some upcoming posts still lack someone on response duty: the roster will ask.
        responderId: draft.date && draft.date >= today && index % 5 !== 0 ? volunteers[(index + 1) % volunteers.length].id : null,
        publishedUrl: status === 'published' ? `https://mantyla.example.fi/uutiset/${draft.date}-${index}` : '',
      },
      makeId(),
      minus(now, 24 * 60),
    );
    if (status === 'published' || status === 'approved') post.approval = { by: index % 2 ? chair.name : vice.name, at: minus(now, 24 * (status === 'published' ? 10 : 2) + index) };
    if (status === 'in-review' && index % 2 === 0) {
      post.comments = [{ id: makeId(), author: secretary.name, at: minus(now, 20 + index), text: sampleComments[index % sampleComments.length] }];
    }
    post.updatedAt = minus(now, index % 48);
    return post;
  });
  const awayMonday = plusDays(isoWeekOf(today).start, 14);
  volunteers[4].away = [{ id: makeId(), from: awayMonday, to: plusDays(awayMonday, 6), yearly: false, note: 'Lomamatka' }];
  const backlog = sampleIdeasAndCampaign({ today, now: minus(now, 24 * 30), makeId, posts, channelIds: [channelIds.page, channelIds.group], approver: chair.name });
  const months = [3, 2, 1].map((back) => plusMonths(firstOfMonth(today), -back).slice(0, 7));
  const channelResults: ChannelResults = Object.fromEntries(
    (Object.entries(sampleResults) as [SampleChannelKey, MonthNumbers[]][]).map(([key, numbers]) => [channelIds[key], Object.fromEntries(numbers.map((entry, index) => [months[index], entry]))]),
  );
  const weekly: Series = {
    id: makeId(),
    fields: {
      title: 'Torstain kyläkuulumiset',
      text: 'Viikon pienet uutiset kylältä: mitä kylätalolla tapahtuu, kuka on apuna ja mitä tarvitaan. Lähetä vinkkisi jäsenryhmään!',
      variants: {},
      channelIds: [channelIds.page, channelIds.group],
      time: localTime('18:00'),
      status: 'draft',
      authorId: volunteers[1].id,
      responderId: volunteers[2].id,
      contentType: 'story',
      marketing: false,
      coverImage: null,
      albumName: '',
      tags: ['kuulumiset'],
      publishedUrl: '',
    },
    // Thursdays from the season's first week.
    start: plusDays(isoWeekOf(first).start, 3),
    repeat: { every: 'week', interval: 1, weekdays: ['TH'] },
    ends: { kind: 'never' },
    overrides: {},
    cancelled: [],
    createdAt: minus(now, 24 * 60),
    updatedAt: minus(now, 24 * 60),
  };
  return { association: sampleAssociation, channels, volunteers, duties: sampleDuties(volunteers, first, today, makeId), posts: [...posts, ...backlog.posts], ideas: backlog.ideas, campaigns: backlog.campaigns, channelResults, series: [weekly] };
}
