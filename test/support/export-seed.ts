import type { PlanRepository } from '../../electron/storage/plan-repository';
import type { Duty } from '../../shared/domain/duty';
import { localDate } from '../../shared/domain/local-time';
import { backendOn } from './backend';
import { volunteer } from './volunteer-input';

/*
 * A folder with a little of everything an export carries: channels, volunteers,
 * duties (written straight into the main document: the roster UI is another
 * issue), posts with checklist marks, an approval, a comment and an override,
 * an undated post and one in the trash.
 */

async function addPeopleAndDuties(repo: PlanRepository, duties: Duty[]): Promise<void> {
  await repo.updateMain((doc) => ({ ...doc, volunteers: [volunteer('anna', 'Anna Äijälä'), volunteer('bo', 'Bo Åström')], duties }));
}

export async function seedExportFolder(dir: string, now = () => new Date('2026-03-02T10:00:00Z')) {
  const backend = await backendOn(dir, now);
  await backend.call('association:update', { name: 'Kylä ry', email: 'hallitus@kyla.example.fi' });
  const fb = await backend.call('channels:create', { kind: 'facebook-page', name: 'Facebook-sivu', url: '', goal: 'Näkyvyys', responsibleVolunteerId: null });
  const ig = await backend.call('channels:create', { kind: 'instagram', name: 'Instagram', url: '', goal: '', responsibleVolunteerId: null });
  await addPeopleAndDuties(backend.repo, [
    { id: 'duty-1', type: 'response', volunteerId: 'anna', from: localDate('2026-03-30'), to: localDate('2026-04-05'), channelIds: [], note: 'Myös iltaisin' },
    { id: 'duty-2', type: 'photography', volunteerId: 'bo', from: localDate('2026-03-14'), to: localDate('2026-03-14'), channelIds: [ig.id], note: '' },
  ]);
  const talkoot = await backend.call('posts:create', { title: 'Kevättalkoot', date: '2026-04-01', time: '09:00', channelIds: [fb.id, ig.id], status: 'in-review', responderId: 'anna', text: 'Tervetuloa; tuo harava, "oma" kahvikuppi ja hyvä mieli 🌷\nKlo 9–12.', variants: { [ig.id]: 'Talkoot! 📸' }, tags: ['talkoot'] });
  const kokous = await backend.call('posts:create', { title: 'Kokouskutsu', date: '2026-03-10', time: '18:30', channelIds: [fb.id], status: 'draft', authorId: 'bo' });
  const idea = await backend.call('posts:create', { title: 'Jäsenkysely', channelIds: [], status: 'idea' });
  const old = await backend.call('posts:create', { title: 'Vanha tiedote', date: '2026-02-02', channelIds: [fb.id] });
  await backend.call('posts:delete', { id: old.id });
  // Checklist state as it is stored on posts: marks, an approval, an override, a comment.
  const checked = { ...(await backend.repo.findPost(talkoot.id))!, status: 'approved' as const, checklist: { 'cover-alt': { by: 'Anna Äijälä', at: '2026-03-01T10:00:00.000Z' } }, approval: { by: 'Bo Åström', at: '2026-03-01T11:00:00.000Z' }, checklistOverride: { by: 'Bo Åström', at: '2026-03-01T11:00:00.000Z', reason: 'Kuva tulee myöhemmin' }, comments: [{ id: 'c1', author: 'Bo', at: '2026-03-01T09:00:00.000Z', text: 'Hyvä!' }] };
  await backend.repo.replacePost(checked);
  return { backend, channels: { fb, ig }, posts: { talkoot, kokous, idea, old } };
}
