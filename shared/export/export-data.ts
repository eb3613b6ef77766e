import type { Association } from '../domain/association';
import type { Channel } from '../domain/channel';
import type { Duty } from '../domain/duty';
import type { Instant } from '../domain/local-time';
import type { Post } from '../domain/post';
import { comparePosts } from '../domain/post';
import type { Language } from '../domain/settings';
import type { Volunteer } from '../domain/volunteer';
import type { ExportSelection } from './export-selection';
import { dutyMatches, dutyOrder, postMatches } from './export-selection';

/** Everything a formatter needs, already chosen by the selection; formatters are pure functions of this. */
export interface ExportData {
  association: Association;
  channels: Channel[];
  volunteers: Volunteer[];
  /** In agenda order (comparePosts). */
  posts: Post[];
  /** By start date. */
  duties: Duty[];
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
  duties: Duty[];
  timeZone: string;
}

export function selectExportData(source: ExportSource, selection: ExportSelection, language: Language, generatedAt: Instant): ExportData {
  return {
    association: source.association,
    channels: source.channels,
    volunteers: source.volunteers,
    posts: source.posts.filter((post) => postMatches(post, selection)).sort(comparePosts),
    duties: source.duties.filter((duty) => dutyMatches(duty, selection)).sort(dutyOrder),
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
