import { plusDays, todayIn } from '../../shared/calendar/calendar-dates';
import { backendOn } from './backend';
import { actAs } from './identity';
import { pngImage } from './images';

/**
 * The sample association, Maija at this laptop, and an event in five days whose checklist
 * has findings to show: a cover image too small for Instagram, text on three channels and a
 * placeholder left in. The screenshot tools start from it.
 */
export async function seedChecklistShowcase(dataDir: string): Promise<void> {
  const seeding = await backendOn(dataDir, () => new Date());
  await seeding.call('setup:loadSample', {});
  await actAs(seeding.call, 'Maija Virtanen');
  const channels = await seeding.call('channels:list', {});
  const image = await seeding.call('media:importImage', { fileName: 'kesajuhla.png', data: pngImage(900, 500, [200, 120, 40]).toString('base64') });
  await seeding.call('posts:create', {
    title: 'Kesäjuhla Äijälän pihalla',
    text: 'Tervetuloa kesäjuhlaan! Ohjelmassa TODO.',
    date: plusDays(todayIn('Europe/Helsinki', new Date()), 5),
    time: '12:00',
    status: 'in-review',
    contentType: 'event',
    channelIds: channels.slice(0, 3).map((channel) => channel.id),
    coverImage: { ...image, alt: '' },
    albumName: 'Kesäjuhla',
  });
  await seeding.repo.close();
}
