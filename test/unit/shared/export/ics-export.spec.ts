import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toIcs } from '../../../../shared/export/ics-export';
import { escapeText, foldLine } from '../../../../shared/export/ics-lines';
import { exportData, longText } from '../../../support/export-fixture';

/** The calendar as someone else's parser (Mozilla's ical.js) reads it. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

const byUid = (events: ICAL.Event[], uid: string) => {
  const event = events.find((candidate) => candidate.uid === uid);
  if (!event) throw new Error(`no event ${uid}`);
  return event;
};

describe('iCalendar export (parsed back with ical.js)', () => {
  const ics = toIcs(exportData());
  const { calendar, events } = parse(ics);

  it('has one event per post and per duty, with stable UIDs from the records', () => {
    expect(events.map((event) => event.uid).sort()).toEqual(
      ['post-p-dst', 'post-p-winter', 'post-p-allday', 'post-p-cancel', 'duty-d1', 'duty-d2', 'duty-d3'].map((uid) => `${uid}@somevuoro`).sort(),
    );
    expect(toIcs(exportData())).toBe(ics);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Kylä ry – Somejulkaisujen aikataulu');
  });

  it('keeps a 09:00 post the week after the March DST change at 09:00 Helsinki time (06:00 UTC)', () => {
    const event = byUid(events, 'post-p-dst@somevuoro');
    expect(event.summary).toBe('Kevättalkoot 🌷 (Facebook-sivu, Instagram)');
    expect(event.startDate.toString()).toBe('2026-04-01T09:00:00');
    expect(event.startDate.zone.tzid).toBe('Europe/Helsinki');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-04-01T06:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-04-01T06:30:00.000Z');
  });

  it('uses winter time before the change (18:30 Helsinki = 16:30 UTC)', () => {
    const event = byUid(events, 'post-p-winter@somevuoro');
    expect(event.startDate.zone.tzid).toBe('Europe/Helsinki');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-03-10T16:30:00.000Z');
  });

  it('gets every text back exactly: ä ö å, emoji, commas, semicolons, quotes, backslashes, newlines', () => {
    const winter = byUid(events, 'post-p-winter@somevuoro');
    expect(winter.summary).toBe('Hallituksen kokous, esityslista; liitteet (Jäsenryhmä; "sisäinen")');
    expect(winter.description).toContain('Rivi 1\nRivi 2\nPolku C:\\kylä\\kokous "tärkeä", älä unohda; kiitos');
    expect(winter.description).toContain('Tekijä: Bo Åström');
    const dst = byUid(events, 'post-p-dst@somevuoro');
    expect(dst.description.startsWith(longText)).toBe(true);
    expect(dst.description).toContain('— Instagram —\nKuvia luvassa! 📸\n#talkoot');
    expect(dst.description).toContain('Päivystäjä: Anna Äijälä');
    expect(dst.description).toContain('Tila: Hyväksytty');
    expect(dst.component.getFirstProperty('categories')?.getValues()).toEqual(['talkoot', 'kevät, piha']);
  });

  it('folds the 300-character description into lines of at most 75 octets, never splitting a character', () => {
    expect([...longText]).toHaveLength(300);
    const lines = ics.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
    expect(ics).not.toContain('\uFFFD');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[^\r]\n/);
  });

  it('makes untimed posts and duties all-day events, and maps statuses', () => {
    const allDay = byUid(events, 'post-p-allday@somevuoro');
    expect(allDay.startDate.isDate).toBe(true);
    expect(allDay.startDate.toString()).toBe('2026-03-28');
    expect(allDay.endDate.toString()).toBe('2026-03-29');
    expect(allDay.summary).toBe('Åbo-retki: ilmoittaudu!');
    expect(allDay.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(byUid(events, 'post-p-cancel@somevuoro').component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(byUid(events, 'post-p-dst@somevuoro').component.getFirstPropertyValue('status')).toBe('CONFIRMED');

    const duty = byUid(events, 'duty-d1@somevuoro');
    expect(duty.summary).toBe('Vastauspäivystys: Anna Äijälä');
    expect([duty.startDate.toString(), duty.endDate.toString()]).toEqual(['2026-03-30', '2026-04-06']);
    expect(duty.description).toBe('Vastaa viesteihin, myös iltaisin; kiitos!\n\nKanavat: kaikki kanavat');
    expect(byUid(events, 'duty-d2@somevuoro').summary).toBe('Kuvaus: ei vielä ketään');
  });

  it('ends a 23:45 post on the next day', () => {
    const late = byUid(events, 'post-p-cancel@somevuoro');
    expect(late.endDate.toString()).toBe('2026-04-01T00:15:00');
  });

  it('makes a duty calendar for one volunteer with only their duties', () => {
    const { events: own, calendar: personal } = parse(toIcs(exportData({ includePosts: false, volunteerIds: ['anna'] }, 'en')));
    expect(own.map((event) => event.summary)).toEqual(['Response duty: Anna Äijälä']);
    expect(personal.getFirstPropertyValue('x-wr-calname')).toBe('Kylä ry – Duties');
  });

  it('writes timed events in other zones with that zone’s own rules', () => {
    const data = { ...exportData({}, 'sv'), timeZone: 'America/New_York' };
    const { events: ny } = parse(toIcs(data));
    const event = byUid(ny, 'post-p-dst@somevuoro');
    expect(event.startDate.zone.tzid).toBe('America/New_York');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-04-01T13:00:00.000Z');
    expect(byUid(ny, 'post-p-winter@somevuoro').startDate.toJSDate().toISOString()).toBe('2026-03-10T22:30:00.000Z');
  });
});

describe('RFC 5545 text rules', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('folds at 75 octets counting multi-byte characters, and leaves short lines alone', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldLine(`DESCRIPTION:${'ä'.repeat(40)}${'😀'.repeat(20)}`);
    const lines = folded.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, i) => (i ? line.slice(1) : line)).join('')).toBe(`DESCRIPTION:${'ä'.repeat(40)}${'😀'.repeat(20)}`);
  });
});
