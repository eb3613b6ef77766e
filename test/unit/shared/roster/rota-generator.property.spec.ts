import { subMonths } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCalendarDate, toCalendarDate } from '../../../../shared/calendar/calendar-dates';
import type { Duty, DutyType } from '../../../../shared/domain/duty';
import type { LocalDate } from '../../../../shared/domain/local-time';
import type { AwayPeriod, Volunteer, VolunteerRole } from '../../../../shared/domain/volunteer';
import type { ProposedSlot, RotaRequest } from '../../../../shared/roster/rota-generator';
import { proposeRota } from '../../../../shared/roster/rota-generator';
import { d } from './builders';

/** UTC day steps, written here again so the checks share nothing with the code under test. */
const plusDays = (date: string, days: number) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10) as LocalDate;

/*
 * The generator's promises, checked on hundreds of random associations: random
 * volunteers (roles, channels, limits, active or not), random one-off and yearly
 * away periods, random stored duties before and inside the range. Every check below
 * is written again from the rules, not by calling the generator's own helpers.
 */

const BASE = d('2026-01-05');
const roles: VolunteerRole[] = ['responder', 'poster', 'photographer', 'moderator'];

const dateNear = (from: number, to: number) => fc.integer({ min: from, max: to }).map((offset) => plusDays(BASE, offset));

const awayArb: fc.Arbitrary<AwayPeriod> = fc
  .record({ start: dateNear(-400, 500), length: fc.integer({ min: 0, max: 40 }), yearly: fc.boolean() })
  .map(({ start, length, yearly }) => ({ id: `a-${start}-${length}`, from: start, to: plusDays(start, length), yearly, note: '' }));

const volunteersArb = (full: boolean): fc.Arbitrary<Volunteer[]> =>
  fc.array(
    fc.record({
      name: fc.constantFrom('Aino', 'Ben', 'Cai', 'Dora', 'Eero', 'Aino'),
      roles: full ? fc.constant(roles) : fc.subarray(roles).map((picked) => (picked.length ? picked : ['responder' as const])),
      channelIds: full ? fc.constant<string[]>([]) : fc.subarray(['fb', 'ig']),
      away: full ? fc.constant<AwayPeriod[]>([]) : fc.array(awayArb, { maxLength: 3 }),
      maxDutiesPerMonth: full ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      active: fc.integer({ min: 0, max: 7 }).map((n) => full || n > 0),
    }),
    { minLength: full ? 2 : 0, maxLength: 7 },
  ).map((records) => records.map((record, index): Volunteer => ({ ...record, id: `v${index}`, email: '', phone: '' })));

const types: DutyType[] = ['response', 'posting', 'photography', 'moderation'];

function dutiesArb(volunteerCount: number): fc.Arbitrary<Duty[]> {
  const duty = fc.record({
    volunteer: fc.option(fc.integer({ min: 0, max: Math.max(0, volunteerCount - 1) }), { nil: null, freq: 6 }),
    start: dateNear(-150, 120),
    length: fc.integer({ min: 0, max: 9 }),
    type: fc.constantFrom(...types),
    channelIds: fc.constantFrom<string[]>([], ['fb']),
  });
  return fc.array(duty, { maxLength: 14 }).map((records) =>
    records.map((r, index) => ({
      id: `d${index}`,
      type: r.type,
      volunteerId: volunteerCount && r.volunteer !== null ? `v${r.volunteer}` : null,
      from: r.start,
      to: plusDays(r.start, r.length),
      channelIds: r.channelIds,
      note: '',
    })),
  );
}

const requestArb = (full: boolean): fc.Arbitrary<RotaRequest> =>
  volunteersArb(full).chain((volunteers) =>
    fc.record({
      type: full ? fc.constant<DutyType>('response') : fc.constantFrom(...types),
      from: dateNear(0, 60),
      days: fc.integer({ min: 1, max: 120 }),
      periodDays: full ? fc.constant(7) : fc.integer({ min: 1, max: 10 }),
      channelIds: full ? fc.constant<string[]>([]) : fc.constantFrom<string[]>([], ['fb']),
      duties: full ? fc.constant([]) : dutiesArb(volunteers.length),
    }).map(({ from, days, ...rest }) => ({ ...rest, from, to: plusDays(from, days - 1), volunteers })),
  );

// --- The rules, restated independently of the generator ---

function awayOnDay(period: AwayPeriod, day: LocalDate): boolean {
  if (!period.yearly) return period.from <= day && day <= period.to;
  const firstYear = Number(period.from.slice(0, 4));
  const [startMd, endMd] = [period.from.slice(5), period.to.slice(5)];
  for (let year = firstYear; year <= Number(day.slice(0, 4)); year += 1) {
    const start = `${year}-${startMd}`;
    const end = `${endMd >= startMd ? year : year + 1}-${endMd}`;
    if (start <= day && day <= end) return true;
  }
  return false;
}

function awayDuring(volunteer: Volunteer, from: LocalDate, to: LocalDate): boolean {
  if (volunteer.away.length === 0) return false;
  for (let day = from; day <= to; day = plusDays(day, 1)) if (volunteer.away.some((period) => awayOnDay(period, day))) return true;
  return false;
}

const sameChannels = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));
const roleFor: Record<DutyType, VolunteerRole> = { response: 'responder', posting: 'poster', photography: 'photographer', moderation: 'moderator' };

function analyse(request: RotaRequest) {
  const proposal = proposeRota(request);
  const inRota = (duty: Duty) => duty.type === request.type && sameChannels(duty.channelIds, request.channelIds);
  const kept = request.duties.filter((duty) => !(inRota(duty) && duty.from <= request.to && request.from <= duty.to));
  const eligible = request.volunteers.filter(
    (v) => v.active && v.roles.includes(roleFor[request.type]) && (v.channelIds.length === 0 || (request.channelIds.length > 0 && request.channelIds.every((id) => v.channelIds.includes(id)))),
  );
  const holderOn = (day: LocalDate) => kept.filter(inRota).filter((duty) => duty.volunteerId && duty.from <= day && day <= duty.to).map((duty) => duty.volunteerId);
  const monthOf = (date: string) => date.slice(0, 7);
  /** Duties the volunteer holds in the slot's month before the slot is filled. */
  const countBefore = (volunteerId: string, index: number) =>
    kept.filter((duty) => duty.volunteerId === volunteerId && monthOf(duty.from) === monthOf(proposal.slots[index].from)).length +
    proposal.slots.slice(0, index).filter((slot) => slot.volunteerId === volunteerId && monthOf(slot.from) === monthOf(proposal.slots[index].from)).length;
  const blockedAt = (v: Volunteer, index: number): 'away' | 'limit' | null => {
    const slot = proposal.slots[index];
    if (awayDuring(v, slot.from, slot.to)) return 'away';
    if (v.maxDutiesPerMonth !== null && countBefore(v.id, index) >= v.maxDutiesPerMonth) return 'limit';
    return null;
  };
  const neighboursAt = (index: number): string[] => {
    const before = index === 0 ? holderOn(plusDays(request.from, -1)) : [proposal.slots[index - 1].volunteerId];
    const after = index === proposal.slots.length - 1 ? holderOn(plusDays(request.to, 1)) : [];
    return [...before, ...after].filter((id): id is string => id !== null);
  };
  const historyStart = fromCalendarDate(subMonths(toCalendarDate(request.from), 3));
  const total = (volunteerId: string) =>
    kept.filter((duty) => inRota(duty) && duty.volunteerId === volunteerId && duty.from < request.from && duty.from >= historyStart).length +
    proposal.slots.filter((slot) => slot.volunteerId === volunteerId).length;
  return { proposal, eligible, blockedAt, neighboursAt, total };
}

function checkInvariants(request: RotaRequest): void {
  const { proposal, eligible, blockedAt, neighboursAt, total } = analyse(request);
  const slots: ProposedSlot[] = proposal.slots;

  // The periods cover the range exactly, in order.
  expect(slots[0].from).toBe(request.from);
  expect(slots[slots.length - 1].to).toBe(request.to);
  slots.forEach((slot, index) => {
    if (index > 0) expect(slot.from).toBe(plusDays(slots[index - 1].to, 1));
  });

  slots.forEach((slot, index) => {
    const expectedBlocked = eligible.map((v) => ({ volunteerId: v.id, reason: blockedAt(v, index) })).filter((b) => b.reason !== null);
    expect(new Set(slot.blocked.map((b) => `${b.volunteerId}:${b.reason}`))).toEqual(new Set(expectedBlocked.map((b) => `${b.volunteerId}:${b.reason}`)));
    const free = eligible.filter((v) => blockedAt(v, index) === null);

    if (slot.volunteerId === null) {
      // A gap only when nobody could take it, with the reason.
      expect(free).toEqual([]);
      expect(slot.gap).toEqual(eligible.length === 0 ? { kind: 'nobody-eligible' } : { kind: 'all-blocked', blocked: slot.blocked });
      return;
    }
    expect(slot.gap).toBeNull();
    // Only someone eligible, not away, and under their monthly limit.
    const holder = eligible.find((v) => v.id === slot.volunteerId);
    expect(holder).toBeDefined();
    expect(blockedAt(holder as Volunteer, index)).toBeNull();
    // Back-to-back only when nobody else was free, and then it is marked.
    const neighbours = neighboursAt(index);
    const repeat = neighbours.includes(slot.volunteerId);
    expect(slot.backToBack).toBe(repeat);
    if (repeat) expect(free.filter((v) => !neighbours.includes(v.id))).toEqual([]);
  });

  // Even spread: if A ends with two or more duties more than B (last months included),
  // B could not have taken the last period A was given.
  for (const a of eligible) {
    for (const b of eligible) {
      if (total(a.id) < total(b.id) + 2) continue;
      const lastOfA = slots.map((slot, index) => ({ slot, index })).filter(({ slot }) => slot.volunteerId === a.id).pop();
      if (!lastOfA) continue;
      expect(blockedAt(b, lastOfA.index) !== null || neighboursAt(lastOfA.index).includes(b.id)).toBe(true);
    }
  }
}

// 400 proposals take 4 s on an idle laptop and over 5 s (the default limit) with both cores busy.
describe('rota generator, property-based (fast-check)', { timeout: 60_000 }, () => {
  it('respects away periods, limits, eligibility, back-to-back and fairness, and explains every gap (400 random cases)', () => {
    fc.assert(fc.property(requestArb(false), (request) => checkInvariants(request)), { numRuns: 400 });
  });

  it('spreads evenly (max − min ≤ 1) when everyone is always available (300 random cases)', () => {
    fc.assert(
      fc.property(requestArb(true), (request) => {
        checkInvariants(request);
        const { slots } = proposeRota(request);
        const counts = request.volunteers.map((v) => slots.filter((slot) => slot.volunteerId === v.id).length);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        expect(slots.some((slot) => slot.backToBack || slot.volunteerId === null)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: shuffling volunteers and stored duties changes nothing (300 random cases)', () => {
    fc.assert(
      fc.property(
        requestArb(false).chain((request) =>
          fc.tuple(fc.constant(request), fc.shuffledSubarray([...request.volunteers], { minLength: request.volunteers.length }), fc.shuffledSubarray([...request.duties], { minLength: request.duties.length })),
        ),
        ([request, volunteers, duties]) => {
          expect(proposeRota({ ...request, volunteers, duties })).toEqual(proposeRota(request));
        },
      ),
      { numRuns: 300 },
    );
  });
});
