import { isoWeekOf, plusDays } from '../../shared/calendar/calendar-dates';
import type { InputOf } from '../../shared/api/contract';
import { backendOn } from './backend';
import { seedAssociation } from './seed';
import { volunteerInput } from './volunteer-input';

/**
 * The sample association with a roster: five volunteers (one away next week, one
 * with a monthly limit, one inactive), eight weeks of response duty with one gap,
 * posting and moderation rotas, a photography duty, one conflict (someone who
 * became away after being put on duty) and a post in the gap week.
 */
export async function seedRoster(dir: string, locale = 'en-GB') {
  const base = await seedAssociation(dir, locale);
  const backend = await backendOn(dir, () => new Date(), locale);
  const monday = isoWeekOf(base.today).start;
  const week = (n: number) => ({ from: plusDays(monday, n * 7), to: plusDays(monday, n * 7 + 6) });
  const aino = await backend.call('volunteers:create', volunteerInput('Aino Virtanen', { roles: ['responder', 'poster'], phone: '040 123 4567' }));
  const ben = await backend.call('volunteers:create', volunteerInput('Ben Lindqvist', { roles: ['responder', 'photographer'] }));
  const cai = await backend.call('volunteers:create', volunteerInput('Cai Niemi', { roles: ['responder', 'moderator'], maxDutiesPerMonth: 2 }));
  const dora = await backend.call('volunteers:create', volunteerInput('Dora Heikkilä', { roles: ['responder', 'poster', 'moderator'], away: [{ id: 'loma', ...week(1), yearly: false, note: 'Lomalla' }, { id: 'heina', from: '2026-07-01', to: '2026-07-31', yearly: true, note: '' }] as never }));
  const eero = await backend.call('volunteers:create', volunteerInput('Eero Salo', { roles: ['photographer'], active: false }));

  const rota = async (type: InputOf<'roster:propose'>['type'], weeks: number, gapAt: number | null = null) => {
    const range = { type, from: week(0).from, to: week(weeks - 1).to, channelIds: [] };
    const proposal = await backend.call('roster:propose', { ...range, periodDays: 7 });
    const slots = proposal.slots.map((slot, index) => ({ from: slot.from, to: slot.to, volunteerId: index === gapAt ? null : slot.volunteerId }));
    return backend.call('roster:accept', { ...range, slots });
  };
  const response = await rota('response', 8, 5);
  await rota('posting', 8);
  await rota('moderation', 4);
  await backend.call('duties:create', { type: 'photography', volunteerId: ben.id, from: plusDays(monday, 12), to: plusDays(monday, 12), channelIds: [], note: 'Joulumyyjäiset' });
  // Aino is put on duty, then finds she is away that week: a conflict to see.
  const ainoDuty = response.saved.find((duty) => duty.volunteerId === aino.id && duty.from > week(1).from);
  if (ainoDuty) await backend.call('volunteers:update', { id: aino.id, changes: { away: [{ id: 'kurssi', from: plusDays(ainoDuty.from, 2), to: plusDays(ainoDuty.from, 3), yearly: false, note: 'Kurssi' }] } });
  const gapWeek = week(5);
  await backend.call('posts:create', { title: 'Joulukonsertin liput', date: plusDays(gapWeek.from, 1), time: '12:00', channelIds: [base.channels.facebook.id], status: 'draft', contentType: 'event' });
  return { ...base, monday, volunteers: { aino, ben, cai, dora, eero }, response };
}
