import { backendOn } from './backend';
import { volunteer } from './volunteer-input';

/**
 * An association with posts around the end of March 2026 — across the change to
 * summer time (Sunday 29 March) and the turn of the month — and the calendar left
 * on March, in English.
 */
export async function seedSpring(dir: string, { userName = '' } = {}) {
  const backend = await backendOn(dir, () => new Date('2026-03-20T10:00:00Z'), 'en-GB');
  await backend.call('association:update', { name: 'Kylä ry' });
  const facebook = await backend.call('channels:create', { kind: 'facebook-page', name: 'Facebook page', url: '', goal: 'Visibility', responsibleVolunteerId: null });
  const instagram = await backend.call('channels:create', { kind: 'instagram', name: 'Instagram', url: '', goal: 'Photos', responsibleVolunteerId: null });
  const group = await backend.call('channels:create', { kind: 'facebook-group', name: 'Members', url: '', goal: 'Members', responsibleVolunteerId: null });
  // No channel creates volunteers yet (the roster will): they are written as the roster would store them.
  await backend.repo.updateMain((doc) => ({ ...doc, volunteers: [volunteer('maija', 'Maija Virtanen', { roles: ['poster'] }), volunteer('juha', 'Juha Korhonen', { roles: ['poster'] })] }));
  if (userName) await backend.call('settings:update', { userName });
  const posts = {
    meeting: await backend.call('posts:create', { title: 'Spring meeting', date: '2026-03-27', time: '09:00', channelIds: [facebook.id], status: 'in-review', authorId: 'maija', text: 'The annual spring meeting.' }),
    fishing: await backend.call('posts:create', { title: 'Ice fishing contest', date: '2026-03-28', time: '18:30', channelIds: [instagram.id], status: 'draft', authorId: 'juha', responderId: 'maija' }),
    photos: await backend.call('posts:create', { title: 'March photos', date: '2026-03-31', channelIds: [instagram.id, facebook.id], status: 'draft', tags: ['photos'] }),
    letter: await backend.call('posts:create', { title: 'April newsletter', date: '2026-04-01', time: '08:00', channelIds: [group.id], status: 'idea' }),
    market: await backend.call('posts:create', { title: 'Easter market', date: '2026-04-04', time: '10:00', channelIds: [facebook.id], status: 'in-review', marketing: true, tags: ['market'] }),
    survey: await backend.call('posts:create', { title: 'Village survey', channelIds: [group.id], status: 'idea' }),
  };
  await backend.call('preferences:update', { calendarView: 'month', calendarDate: '2026-03-15' });
  return { channels: { facebook, instagram, group }, posts };
}
