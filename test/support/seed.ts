import { plusDays, todayIn } from '../../shared/calendar/calendar-dates';
import { backendOn } from './backend';
import { approvedPost } from './approved-post';

/**
 * A small association with channels and posts around today (Helsinki time), written
 * through the services before the bridge opens the folder.
 */
export async function seedAssociation(dir: string, locale = 'en-GB') {
  const backend = await backendOn(dir, () => new Date(), locale);
  const today = todayIn('Europe/Helsinki', new Date());
  await backend.call('association:update', { name: 'Kylä ry', website: 'https://kyla.example.fi', email: 'hallitus@kyla.example.fi' });
  const facebook = await backend.call('channels:create', { kind: 'facebook-page', name: 'Facebook-sivu', url: 'https://facebook.com/kylary', goal: 'Näkyvyys kylän ulkopuolelle', responsibleVolunteerId: null });
  const group = await backend.call('channels:create', { kind: 'facebook-group', name: 'Jäsenryhmä', url: '', goal: 'Jäsenviestintä', responsibleVolunteerId: null });
  const instagram = await backend.call('channels:create', { kind: 'instagram', name: 'Instagram', url: '', goal: 'Nuoret ja kuvat', responsibleVolunteerId: null });
  const posts = [
    await approvedPost(backend, { title: 'Joulumyyjäisten ilmoittautuminen', date: today, time: '09:00', channelIds: [facebook.id, group.id], contentType: 'announcement' }),
    await backend.call('posts:create', { title: 'Talkookuvat albumiin', date: plusDays(today, 2), channelIds: [instagram.id], status: 'draft', contentType: 'photos', albumName: 'Syystalkoot' }),
    await backend.call('posts:create', { title: 'Jäsenkyselyn tulokset', date: plusDays(today, 8), time: '18:30', channelIds: [group.id], status: 'in-review', contentType: 'story' }),
  ];
  return { today, channels: { facebook, group, instagram }, posts };
}
