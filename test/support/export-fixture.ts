import type { Channel } from '../../shared/domain/channel';
import type { Duty } from '../../shared/domain/duty';
import { localDate, localTime } from '../../shared/domain/local-time';
import type { Post } from '../../shared/domain/post';
import { newPost } from '../../shared/domain/post';
import type { Volunteer } from '../../shared/domain/volunteer';
import type { ExportData } from '../../shared/export/export-data';
import { selectExportData } from '../../shared/export/export-data';
import type { ExportSelection } from '../../shared/export/export-selection';
import { volunteer } from './volunteer-input';

/*
 * A month of an association's plan with every kind of text that breaks naive
 * writers: Nordic letters, emoji, separators, quotes, backslashes, line breaks,
 * a long text, a post in the week after the March change to summer time.
 */

export const now = '2026-02-20T08:00:00.000Z';

export const channels: Channel[] = [
  { id: 'fb', kind: 'facebook-page', name: 'Facebook-sivu', url: 'https://facebook.com/kylary', goal: 'Näkyvyys', responsibleVolunteerId: 'anna' },
  { id: 'ig', kind: 'instagram', name: 'Instagram', url: '', goal: '', responsibleVolunteerId: null },
  { id: 'group', kind: 'facebook-group', name: 'Jäsenryhmä; "sisäinen"', url: '', goal: '', responsibleVolunteerId: null },
];

export const volunteers: Volunteer[] = [volunteer('anna', 'Anna Äijälä'), volunteer('bo', 'Bo Åström')];

/** 300 characters (code points), with ä, ö and emoji spread over the folds. */
export const longText = [...'Kevään talkoissa siivotaan kylätalo ja pihapiiri 🌷. '.repeat(6)].slice(0, 299).join('') + '!';

const post = (id: string, fields: Partial<Post> & { title: string }): Post => ({
  ...newPost({ title: fields.title }, id, now),
  ...fields,
  updatedAt: '2026-02-19T12:00:00.000Z',
});

export const posts: Post[] = [
  post('p-dst', { title: 'Kevättalkoot 🌷', date: localDate('2026-04-01'), time: localTime('09:00'), channelIds: ['fb', 'ig'], status: 'approved', responderId: 'anna', tags: ['talkoot', 'kevät, piha'], text: longText, variants: { ig: 'Kuvia luvassa! 📸\n#talkoot' } }),
  post('p-winter', { title: 'Hallituksen kokous, esityslista; liitteet', date: localDate('2026-03-10'), time: localTime('18:30'), channelIds: ['group'], status: 'in-review', authorId: 'bo', text: 'Rivi 1\nRivi 2\r\nPolku C:\\kylä\\kokous "tärkeä", älä unohda; kiitos' }),
  post('p-allday', { title: 'Åbo-retki: ilmoittaudu!', date: localDate('2026-03-28'), channelIds: [], status: 'idea', text: '' }),
  post('p-cancel', { title: 'Peruttu: disko', date: localDate('2026-03-31'), time: localTime('23:45'), channelIds: ['fb'], status: 'cancelled', text: 'Ei diskoa 😢', marketing: true }),
];

export const duties: Duty[] = [
  { id: 'd1', type: 'response', volunteerId: 'anna', from: localDate('2026-03-30'), to: localDate('2026-04-05'), channelIds: [], note: 'Vastaa viesteihin, myös iltaisin; kiitos!' },
  { id: 'd2', type: 'photography', volunteerId: null, from: localDate('2026-04-01'), to: localDate('2026-04-01'), channelIds: ['ig'], note: '' },
  { id: 'd3', type: 'response', volunteerId: 'bo', from: localDate('2026-03-09'), to: localDate('2026-03-15'), channelIds: ['fb', 'group'], note: '' },
];

export const selection = (overrides: Partial<ExportSelection> = {}): ExportSelection => ({
  from: localDate('2026-03-01'),
  to: localDate('2026-04-30'),
  channelIds: [],
  statuses: [],
  volunteerIds: [],
  includePosts: true,
  includeDuties: true,
  ...overrides,
});

export function exportData(overrides: Partial<ExportSelection> = {}, language: ExportData['language'] = 'fi'): ExportData {
  const source = { association: { name: 'Kylä ry', description: '', website: '', email: '', phone: '', address: '' }, channels, volunteers, posts, duties, timeZone: 'Europe/Helsinki' };
  return selectExportData(source, selection(overrides), language, now);
}
