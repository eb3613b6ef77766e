import type { Association } from '../domain/association';
import type { Channel } from '../domain/channel';
import type { Duty } from '../domain/duty';
import type { Instant } from '../domain/local-time';
import type { Post } from '../domain/post';
import { comparePosts } from '../domain/post';
import type { Language } from '../domain/settings';
import type { Volunteer } from '../domain/volunteer';
import type { ChannelResults, MonthResult } from '../results/channel-results';
import type { Series } from '../domain/series';
import { occurrencesBetween } from '../recurrence/series';
import type { ExportSelection } from './export-selection';
import { dutyMatches, dutyOrder, postMatches } from './export-selection';

/** Everything a formatter needs, already chosen by the selection; formatters are pure functions of this. */
export interface ExportData {
  association: Association;
  channels: Channel[];
  volunteers: Volunteer[];
  /** In agenda order (comparePosts); a series' occurrences in the range are posts here too. */
  posts: Post[];
  /** The series with an occurrence among `posts`: the calendar file writes each as one event with its rule. */
  series?: Series[];
  /** By start date. */
  duties: Duty[];
  /** Results of the months the range touches, by channel order then month. */
  results: MonthResult[];
  selection: ExportSelection;
  timeZone: string;
  language: Language;
  /** When the export was made (DTSTAMP, "made on" lines). */
  generatedAt: Instant;
}

export interface ExportSource {
  association: Association;
  channels: Channel[];
  volunteers: Volunteer[];
  /** Posts of the selection's range (or more); the selection filters them. */
  posts: Post[];
  /** Recurring posts: expanded into the range's occurrences, which the selection filters like posts. */
  series?: Series[];
  duties: Duty[];
  channelResults?: ChannelResults;
  timeZone: string;
}

/** A channel's months that the range touches; none when the selection is about some people (results are nobody's). */
function resultsOf(source: ExportSource, selection: ExportSelection): MonthResult[] {
  if (!source.channelResults || selection.volunteerIds.length > 0) return [];
  const first = selection.from.slice(0, 7);
  const last = selection.to.slice(0, 7);
  return source.channels
    .filter((channel) => selection.channelIds.length === 0 || selection.channelIds.includes(channel.id))
    .flatMap((channel) =>
      Object.entries(Object.hasOwn(source.channelResults!, channel.id) ? source.channelResults![channel.id] : {})
        .filter(([month]) => month >= first && month <= last)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([month, numbers]) => ({ channelId: channel.id, month, numbers })),
    );
}

export function selectExportData(source: ExportSource, selection: ExportSelection, language: Language, generatedAt: Instant): ExportData {
  const occurrences = (source.series ?? []).flatMap((series) => occurrencesBetween(series, selection.from, selection.to));
  const posts = [...source.posts, ...occurrences].filter((post) => postMatches(post, selection)).sort(comparePosts);
  const shown = new Set(occurrences.filter((occurrence) => posts.includes(occurrence)).map((occurrence) => occurrence.series.id));
  return {
    association: source.association,
    channels: source.channels,
    volunteers: source.volunteers,
    posts,
    series: (source.series ?? []).filter((series) => shown.has(series.id)),
    duties: source.duties.filter((duty) => dutyMatches(duty, selection)).sort(dutyOrder),
    results: resultsOf(source, selection),
    selection,
    timeZone: source.timeZone,
    language,
    generatedAt,
  };
}

export function nameOf(people: Volunteer[], id: string | null): string {
  if (id === null) return '';
  return people.find((person) => person.id === id)?.name ?? '';
}

export function channelNameOf(channels: Channel[], id: string): string {
  return channels.find((channel) => channel.id === id)?.name ?? id;
}
