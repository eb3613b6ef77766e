import { subMonths } from 'date-fns';
import { fromCalendarDate, toCalendarDate } from '../calendar/calendar-dates';
import { addDays } from './days';
import type { Duty, DutyType } from '../domain/duty';
import type { Id } from '../domain/ids';
import type { LocalDate } from '../domain/local-time';
import type { Volunteer } from '../domain/volunteer';
import { isAwayDuring } from './away';
import { dutyMonth, isEligible, monthlyCounts, overlaps, sameRota } from './duty-rules';

/*
 * The rota generator: proposes who takes each period of one rota (a duty type and
 * a set of channels) over a range of days. Pure and deterministic: the same
 * volunteers and duties, in any order, give the same proposal. For each period in
 * turn it picks, among the volunteers who may and can take it,
 *   1. someone who did not hold the period before (or the stored one right after),
 *      unless nobody else is free — then the back-to-back is marked;
 *   2. the one with the fewest duties of this rota over the last months plus this
 *      proposal (even spread);
 *   3. the one scheduled least recently (Planning Center's rule; never = first);
 *   4. by name, then id, so that ties never depend on input order.
 * A period nobody can take is a gap, with who was blocked and why.
 */

const DEFAULT_HISTORY_MONTHS = 3;

export interface RotaRequest {
  type: DutyType;
  from: LocalDate;
  to: LocalDate;
  /** Length of one period in days (a week for response duty). */
  periodDays: number;
  /** The channels the duties cover; empty = every channel. */
  channelIds: Id[];
  volunteers: readonly Volunteer[];
  /** Every stored duty: history for fairness, all types for monthly limits. */
  duties: readonly Duty[];
  historyMonths?: number;
}

type BlockReason = 'away' | 'limit';
interface Blocked {
  volunteerId: Id;
  reason: BlockReason;
}

export type GapReason = { kind: 'nobody-eligible' } | { kind: 'all-blocked'; blocked: Blocked[] };

export interface ProposedSlot {
  from: LocalDate;
  to: LocalDate;
  volunteerId: Id | null;
  /** Eligible volunteers who could not take this period, and why. */
  blocked: Blocked[];
  gap: GapReason | null;
  /** The same person holds the period before or after, because nobody else was free. */
  backToBack: boolean;
}

export interface RotaProposal {
  type: DutyType;
  from: LocalDate;
  to: LocalDate;
  channelIds: Id[];
  slots: ProposedSlot[];
  /** Stored duties of the same rota in the range, replaced when the proposal is accepted. */
  replaces: Id[];
  /** Who was considered at all (active, with the role and the channels), in tie-break order. */
  eligible: Id[];
  /** How many duties of this rota each of them held in the months before it (`historyMonths`): what "fair" was judged by. */
  before: { volunteerId: Id; duties: number; months: number }[];
}

/** The periods of a range: `periodDays` long from `from`, the last one cut at `to`. */
export function slotsOf(from: LocalDate, to: LocalDate, periodDays: number): { from: LocalDate; to: LocalDate }[] {
  const slots: { from: LocalDate; to: LocalDate }[] = [];
  for (let start = from; start <= to; start = addDays(start, periodDays)) {
    const end = addDays(start, periodDays - 1);
    slots.push({ from: start, to: end < to ? end : to });
  }
  return slots;
}

const byName = (a: Volunteer, b: Volunteer) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function proposeRota(request: RotaRequest): RotaProposal {
  const { type, from, to, periodDays, channelIds } = request;
  const range = { from, to };
  const replaced = request.duties.filter((duty) => sameRota(duty, type, channelIds) && overlaps(duty, range));
  const replacedIds = new Set(replaced.map((duty) => duty.id));
  const kept = request.duties.filter((duty) => !replacedIds.has(duty.id));
  const rota = kept
    .filter((duty) => sameRota(duty, type, channelIds) && duty.volunteerId)
    .sort((a, b) => a.from.localeCompare(b.from) || a.id.localeCompare(b.id));

  const eligible = request.volunteers.filter((volunteer) => isEligible(volunteer, type, channelIds)).sort(byName);
  const historyStart = fromCalendarDate(subMonths(toCalendarDate(from), request.historyMonths ?? DEFAULT_HISTORY_MONTHS));
  const count = new Map<Id, number>(eligible.map((volunteer) => [volunteer.id, 0]));
  const last = new Map<Id, LocalDate>();
  for (const duty of rota) {
    const id = duty.volunteerId as Id;
    if (duty.from < from && duty.from >= historyStart) count.set(id, (count.get(id) ?? 0) + 1);
    if (duty.from < from && (last.get(id) ?? '') < duty.from) last.set(id, duty.from);
  }
  const before = eligible.map((volunteer) => ({ volunteerId: volunteer.id, duties: count.get(volunteer.id) ?? 0, months: request.historyMonths ?? DEFAULT_HISTORY_MONTHS }));
  const monthly = monthlyCounts(kept);
  const holderOn = (day: LocalDate) => rota.find((duty) => duty.from <= day && day <= duty.to)?.volunteerId ?? null;
  let previous = holderOn(addDays(from, -1));
  const following = holderOn(addDays(to, 1));

  const periods = slotsOf(from, to, periodDays);
  const slots = periods.map((period, index): ProposedSlot => {
    const month = dutyMonth(period);
    const blocked: Blocked[] = [];
    const free: Volunteer[] = [];
    for (const volunteer of eligible) {
      const limit = volunteer.maxDutiesPerMonth;
      if (isAwayDuring(volunteer, period.from, period.to)) blocked.push({ volunteerId: volunteer.id, reason: 'away' });
      else if (limit !== null && (monthly.get(`${volunteer.id}|${month}`) ?? 0) >= limit) blocked.push({ volunteerId: volunteer.id, reason: 'limit' });
      else free.push(volunteer);
    }
    const neighbours = new Set([previous, index === periods.length - 1 ? following : null].filter((id): id is Id => id !== null));
    const rested = free.filter((volunteer) => !neighbours.has(volunteer.id));
    const pool = rested.length ? rested : free;
    const chosen = pool.reduce<Volunteer | null>((best, candidate) => (best === null || fairer(candidate, best) ? candidate : best), null);
    if (chosen) {
      count.set(chosen.id, (count.get(chosen.id) ?? 0) + 1);
      last.set(chosen.id, period.from);
      const key = `${chosen.id}|${month}`;
      monthly.set(key, (monthly.get(key) ?? 0) + 1);
    }
    previous = chosen?.id ?? null;
    const gap: GapReason | null = chosen ? null : eligible.length === 0 ? { kind: 'nobody-eligible' } : { kind: 'all-blocked', blocked };
    return { ...period, volunteerId: chosen?.id ?? null, blocked, gap, backToBack: chosen !== null && rested.length === 0 && neighbours.has(chosen.id) };
  });

  /** Fewer duties first, then least recently scheduled; `eligible` is already in name order, so the earlier wins a tie. */
  function fairer(candidate: Volunteer, best: Volunteer): boolean {
    const [a, b] = [count.get(candidate.id) ?? 0, count.get(best.id) ?? 0];
    if (a !== b) return a < b;
    const [lastA, lastB] = [last.get(candidate.id) ?? '', last.get(best.id) ?? ''];
    return lastA < lastB;
  }

  return { type, from, to, channelIds, slots, replaces: replaced.map((duty) => duty.id).sort(), eligible: eligible.map((volunteer) => volunteer.id), before };
}
