import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { localDate, localTime } from '../../../../shared/domain/local-time';
import type { Post } from '../../../../shared/domain/post';
import { newPost } from '../../../../shared/domain/post';
import { selectExportData } from '../../../../shared/export/export-data';
import { toIcs } from '../../../../shared/export/ics-export';
import { contentLine, escapeText } from '../../../../shared/export/ics-lines';
import { channels, duties, now, selection, volunteers } from '../../../support/export-fixture';
import { parseWithPython } from '../../../support/python-icalendar';

/*
 * Calendar injection: text of a record that ends a line in the .ics would start
 * properties and components of its own (an alarm on every board member's phone).
 * Every text field of a post here carries every kind of line break, an attempted
 * VALARM, the characters TEXT escapes and emoji; two parsers written by others must
 * each find exactly one event per record, no alarm, and the texts back.
 */

const alarm = 'BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT5M\r\nDESCRIPTION:hijacked\r\nEND:VALARM';
const hostile = (label: string) =>
  `${label} CR\rLF\nCRLF\r\n${alarm}\nEND:VEVENT\nBEGIN:VEVENT; puolipiste, pilkku \\ kenoviiva 🌷📸 LS\u2028PS\u2029NEL\u0085VT\u000bFF\u000cFS\u001cNUL\u0000DEL\u007f tab\tend`;

/** What a TEXT value reads back as: every line break a newline, other control characters gone (TAB stays). */
const readBack = (value: string) =>
  value.replace(/\r\n|[\n\r\v\f\u001C-\u001E\u0085\u2028\u2029]/g, '\n').replace(/[\u0000-\u0008\u000E-\u001B\u001F\u007F-\u0084\u0086-\u009F]/g, '');

const post = (id: string, fields: Partial<Post> & { title: string }): Post => ({ ...newPost({ title: fields.title }, id, now), ...fields, updatedAt: now });

const posts: Post[] = [
  post('timed', {
    title: hostile('Otsikko').replace(/^\s+|\s+$/g, ''),
    date: localDate('2026-03-10'),
    time: localTime('18:30'),
    channelIds: ['fb', 'ig'],
    text: hostile('Teksti'),
    variants: { ig: hostile('Instagram-teksti') },
    tags: [hostile('tagi'), 'toinen, tagi'],
    // Written straight into the record, as an older version could have stored it.
    publishedUrl: 'https://example.fi/x\r\nBEGIN:VALARM\r\nTRIGGER:-PT1M\r\nEND:VALARM',
  }),
  post('allday', { title: hostile('Koko päivä'), date: localDate('2026-03-11'), text: hostile('Toinen') }),
  post('linked', { title: 'Linkki', date: localDate('2026-03-12'), time: localTime('09:00'), publishedUrl: 'https://example.fi/a;b,c?d=1&e=2' }),
];

const hostileChannels = channels.map((channel) => (channel.id === 'ig' ? { ...channel, name: hostile('Kanava') } : channel));
const data = selectExportData(
  { association: { name: hostile('Yhdistys'), description: '', website: '', email: '', phone: '', address: '' }, channels: hostileChannels, volunteers, posts, duties: duties.map((duty) => ({ ...duty, note: hostile('Vuoro') })), timeZone: 'Europe/Helsinki' },
  selection(),
  'fi',
  now,
);
const ics = toIcs(data);
const records = posts.length + duties.length;

describe('no field of any record can add a line to the calendar file', () => {
  it('writes only CRLF-terminated lines of at most 75 octets, none of them taken from a record', () => {
    const lines = ics.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n\v\f\u001C-\u001E\u0085\u2028\u2029]/);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(ics).not.toContain('\uFFFD');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(records);
    expect(lines.filter((line) => /^(BEGIN|END):VALARM|^TRIGGER|^ACTION/.test(line))).toEqual([]);
  });

  it('ical.js finds one event per record, no alarm, and every text back', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(records);
    expect(vevents.flatMap((vevent) => vevent.getAllSubcomponents('valarm'))).toEqual([]);
    const timed = new ICAL.Event(vevents.find((vevent) => vevent.getFirstPropertyValue('uid') === 'post-timed@somevuoro'));
    expect(timed.summary).toBe(readBack(`${posts[0].title} (Facebook-sivu, ${hostile('Kanava')})`));
    expect(timed.description.startsWith(readBack(posts[0].text))).toBe(true);
    expect(timed.description).toContain(readBack(`— ${hostile('Kanava')} —\n${hostile('Instagram-teksti')}`));
    expect(timed.component.getFirstProperty('categories')?.getValues()).toEqual([readBack(hostile('tagi')), 'toinen, tagi']);
    expect(timed.component.getFirstPropertyValue('url')).toBeNull();
    // X-WR-CALNAME is not a property ical.js types, so it keeps the escaped text: still one line.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toMatch(/^Yhdistys CR\\nLF\\nCRLF\\nBEGIN:VALARM\\n/);
    const linked = vevents.find((vevent) => vevent.getFirstPropertyValue('uid') === 'post-linked@somevuoro');
    expect(linked?.getFirstPropertyValue('url')).toBe('https://example.fi/a;b,c?d=1&e=2');
  });

  it('python-icalendar (which also splits on U+2028, NEL, VT, FF and FS) finds the same', () => {
    const parsed = parseWithPython(ics);
    expect(parsed.components.filter((name) => name === 'VEVENT')).toHaveLength(records);
    expect(parsed.components).not.toContain('VALARM');
    const timed = parsed.events.find((event) => event.uid === 'post-timed@somevuoro');
    expect(timed?.summary).toBe(readBack(`${posts[0].title} (Facebook-sivu, ${hostile('Kanava')})`));
    expect(timed?.description.startsWith(readBack(posts[0].text))).toBe(true);
    expect(timed?.url).toBeNull();
    const allDay = parsed.events.find((event) => event.uid === 'post-allday@somevuoro');
    expect(allDay?.summary).toBe(readBack(posts[1].title));
    expect(allDay?.description.startsWith(readBack(posts[1].text))).toBe(true);
    expect(parsed.events.find((event) => event.uid === 'duty-d1@somevuoro')?.description.startsWith(readBack(hostile('Vuoro')))).toBe(true);
  });

  it('escapes TEXT per RFC 5545 and refuses to write a raw line break in any property', () => {
    expect(escapeText('a\\b;c,d\r\ne\rf\ng\u2028h')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng\\nh');
    expect(escapeText('x\u0000y\u007fz\u009f\tw')).toBe('xyz\tw');
    expect(() => contentLine('URL', 'https://example.fi/\r\nBEGIN:VALARM')).toThrow(/line break/);
    expect(() => contentLine('X-TEST', 'a\u2028b')).toThrow(/line break/);
  });
});
