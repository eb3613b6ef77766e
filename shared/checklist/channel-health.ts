import { z } from 'zod';
import type { Association } from '../domain/association';
import type { Channel, ChannelKind } from '../domain/channel';
import type { LocalDate } from '../domain/local-time';
import { localDate } from '../domain/local-time';
import type { Stamp } from '../domain/post';
import type { Volunteer } from '../domain/volunteer';
import type { Finding } from './checklist-result';
import { info, problem, warning } from './checklist-result';
import { hasContactDetails } from './contact-info-rule';
import type { Staleness } from './staleness';
import { ownEntry } from '../domain/ids';

/*
 * Page health (seed 000): what every association keeps in order on each channel.
 * The app cannot look at the page itself, so some checks are done by hand and
 * stamped (who, when); those that go out of date — the About page's contact info,
 * the profile and cover images — must be checked again every N months (6 by default).
 * The responsible volunteer and staleness come from the data.
 */

export const channelCheckKeys = ['about-contact', 'description', 'images', 'home-link'] as const;
export const ChannelCheckKey = z.enum(channelCheckKeys);
export type ChannelCheckKey = z.infer<typeof ChannelCheckKey>;

export type HealthItemKey = ChannelCheckKey | 'responsible' | 'staleness';

export interface HealthItem {
  key: HealthItemKey;
  state: 'done' | 'open';
  findings: Finding[];
  /** The last time someone checked it by hand (checks only). */
  stamp: Stamp | null;
  /** Whether a person ticks it (checks) or it follows from the data. */
  manual: boolean;
}

/** Checks that go out of date, and the kinds of channel without a profile page to check. */
const expiring: readonly ChannelCheckKey[] = ['about-contact', 'images'];
const noProfilePage: readonly ChannelKind[] = ['website', 'newsletter'];

function checksFor(kind: ChannelKind): ChannelCheckKey[] {
  if (noProfilePage.includes(kind)) return [];
  return [...channelCheckKeys];
}

/** The first day a check stamped on `checkedOn` is out of date, N months later. */
export function checkDueOn(checkedOn: LocalDate, months: number): LocalDate {
  const year = Number(checkedOn.slice(0, 4));
  const month = Number(checkedOn.slice(5, 7)) - 1 + months;
  const day = Number(checkedOn.slice(8, 10));
  const target = new Date(Date.UTC(year + Math.floor(month / 12), month % 12, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const iso = `${target.getUTCFullYear()}-${String(target.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
  return localDate(iso);
}

export interface HealthContext {
  association: Pick<Association, 'website' | 'email' | 'phone' | 'description'>;
  volunteers: readonly Pick<Volunteer, 'id' | 'name' | 'active'>[];
  /** This channel's stamps, by check. */
  checks: Partial<Record<string, Stamp>>;
  /** Stamps are instants; the caller turns them into the association's calendar date. */
  dateOf: (stamp: Stamp) => LocalDate;
  today: LocalDate;
  checkMonths: number;
  staleAfterDays: number;
  staleness: Staleness;
}

function manualCheck(key: ChannelCheckKey, context: HealthContext): HealthItem {
  const stamp = ownEntry(context.checks, key) ?? null;
  const findings: Finding[] = [];
  let done = stamp !== null;
  if (stamp && expiring.includes(key)) {
    const due = checkDueOn(context.dateOf(stamp), context.checkMonths);
    if (due <= context.today) {
      done = false;
      findings.push(problem('checkOutOfDate', { months: context.checkMonths, date: context.dateOf(stamp) }));
    } else findings.push(info('checkedOn', { date: context.dateOf(stamp), due }));
  } else if (stamp) findings.push(info('checkedOn', { date: context.dateOf(stamp), due: '' }));
  else findings.push(problem('neverChecked'));
  if (key === 'about-contact' && !hasContactDetails(context.association)) findings.push(warning('noContactInSettings'));
  if (key === 'description' && !context.association.description.trim()) findings.push(warning('noDescriptionInSettings'));
  if (key === 'home-link' && !context.association.website) {
    done = false;
    findings.push(problem('noWebsiteInSettings'));
  }
  return { key, state: done ? 'done' : 'open', findings, stamp, manual: true };
}

function responsible(channel: Pick<Channel, 'responsibleVolunteerId'>, context: HealthContext): HealthItem {
  const person = context.volunteers.find((volunteer) => volunteer.id === channel.responsibleVolunteerId);
  const findings = !person ? [problem('noResponsible')] : person.active ? [info('responsibleIs', { name: person.name })] : [problem('responsibleInactive', { name: person.name })];
  return { key: 'responsible', state: person?.active ? 'done' : 'open', findings, stamp: null, manual: false };
}

function stalenessItem(context: HealthContext): HealthItem {
  const { state, lastPost, nextPost, daysSince, daysUntilNext } = context.staleness;
  const params = { days: daysSince ?? 0, threshold: context.staleAfterDays, last: lastPost ?? '', next: nextPost ?? '', until: daysUntilNext ?? 0 };
  const findings: Finding[] = [];
  if (state === 'stale') findings.push(problem('silent', params));
  if (state === 'never-posted') findings.push(problem('neverPosted', params));
  if (state === 'will-go-stale') findings.push(problem(nextPost ? 'gapAhead' : 'nothingPlanned', params));
  if (state === 'ok') findings.push(info(lastPost ? 'lastAndNext' : 'firstPlanned', params));
  return { key: 'staleness', state: state === 'ok' ? 'done' : 'open', findings, stamp: null, manual: false };
}

export function channelHealth(channel: Pick<Channel, 'kind' | 'responsibleVolunteerId'>, context: HealthContext): HealthItem[] {
  return [...checksFor(channel.kind).map((key) => manualCheck(key, context)), responsible(channel, context), stalenessItem(context)];
}
