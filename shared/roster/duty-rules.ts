import type { Duty, DutyType } from '../domain/duty';
import type { Id } from '../domain/ids';
import type { LocalDate } from '../domain/local-time';
import { monthKey } from '../domain/local-time';
import type { AwayPeriod, Volunteer, VolunteerRole } from '../domain/volunteer';
import { awayPeriodsDuring } from './away';

/** Who can take which duty: response duty needs a responder, posting a poster… */
export const roleForDutyType: Record<DutyType, VolunteerRole> = {
  response: 'responder',
  posting: 'poster',
  photography: 'photographer',
  moderation: 'moderator',
};

/** A duty's channels (empty = every channel) are all ones the volunteer works with (empty = every channel). */
export function coversChannels(volunteer: Pick<Volunteer, 'channelIds'>, channelIds: readonly Id[]): boolean {
  if (volunteer.channelIds.length === 0) return true;
  if (channelIds.length === 0) return false;
  return channelIds.every((id) => volunteer.channelIds.includes(id));
}

/** Active, has the duty's role, works with its channels: may be put on this kind of duty at all. */
export function isEligible(volunteer: Volunteer, type: DutyType, channelIds: readonly Id[]): boolean {
  return volunteer.active && volunteer.roles.includes(roleForDutyType[type]) && coversChannels(volunteer, channelIds);
}

/** Two rotas are the same when type and set of channels match (a Facebook rota and an Instagram rota are separate). */
export function sameRota(duty: Pick<Duty, 'type' | 'channelIds'>, type: DutyType, channelIds: readonly Id[]): boolean {
  return duty.type === type && duty.channelIds.length === channelIds.length && duty.channelIds.every((id) => channelIds.includes(id));
}

export function overlaps(a: { from: LocalDate; to: LocalDate }, b: { from: LocalDate; to: LocalDate }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** A duty counts towards the monthly limit of the month it starts in (a week over a month end counts once). */
export const dutyMonth = (duty: Pick<Duty, 'from'>) => monthKey(duty.from);

/** Duties of every type per volunteer and month: "volunteerId|2026-11" → count. */
export function monthlyCounts(duties: readonly Pick<Duty, 'volunteerId' | 'from'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const duty of duties) {
    if (!duty.volunteerId) continue;
    const key = `${duty.volunteerId}|${dutyMonth(duty)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export type DutyConflict =
  | { kind: 'unknown-volunteer' }
  | { kind: 'inactive' }
  | { kind: 'away'; periods: AwayPeriod[] }
  | { kind: 'over-limit'; limit: number; month: string };

/**
 * What is wrong with each assigned duty: the person is away, inactive, gone, or has
 * more duties that month than their limit (the duties beyond the limit, in date
 * order, are the ones flagged). Gaps have no conflicts; they are gaps.
 */
export function dutyConflicts(duties: readonly Duty[], volunteers: readonly Volunteer[]): Map<Id, DutyConflict[]> {
  const byId = new Map(volunteers.map((volunteer) => [volunteer.id, volunteer]));
  const result = new Map<Id, DutyConflict[]>();
  const seenInMonth = new Map<string, number>();
  const ordered = [...duties].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.id.localeCompare(b.id));
  for (const duty of ordered) {
    if (!duty.volunteerId) continue;
    const conflicts: DutyConflict[] = [];
    const volunteer = byId.get(duty.volunteerId);
    if (!volunteer) conflicts.push({ kind: 'unknown-volunteer' });
    else {
      if (!volunteer.active) conflicts.push({ kind: 'inactive' });
      const periods = awayPeriodsDuring(volunteer, duty.from, duty.to);
      if (periods.length) conflicts.push({ kind: 'away', periods });
      const key = `${volunteer.id}|${dutyMonth(duty)}`;
      const rank = (seenInMonth.get(key) ?? 0) + 1;
      seenInMonth.set(key, rank);
      if (volunteer.maxDutiesPerMonth !== null && rank > volunteer.maxDutiesPerMonth) {
        conflicts.push({ kind: 'over-limit', limit: volunteer.maxDutiesPerMonth, month: dutyMonth(duty) });
      }
    }
    if (conflicts.length) result.set(duty.id, conflicts);
  }
  return result;
}

/** Duties from `from` on (today included) that the volunteer holds: what deactivating them leaves open. */
export function upcomingDutiesOf(volunteerId: Id, duties: readonly Duty[], today: LocalDate): Duty[] {
  return duties.filter((duty) => duty.volunteerId === volunteerId && duty.to >= today);
}
