import { describe, expect, it } from 'vitest';
import { instantOf, resolveWallClock, timeGapIssue, wallClockOf } from '../../../../shared/calendar/zoned-time';
import { localDate, localTime } from '../../../../shared/domain/local-time';
import { validationMessage } from '../../../../shared/i18n/validation-messages';

const HELSINKI = 'Europe/Helsinki';
const NEW_YORK = 'America/New_York';
const at = (date: string, time: string, zone: string) => resolveWallClock(localDate(date), localTime(time), zone);
const gapMessage = (date: string, time: string, zone: string, language: 'fi' | 'sv' | 'en') => {
  const issue = timeGapIssue(localDate(date), localTime(time), zone);
  return issue ? validationMessage(issue.message, language, issue.params) : null;
};

describe('times that do not exist, and times that exist twice', () => {
  it('finds the spring gap in Helsinki (29.3.2026 03:00–03:59) and names 04.00 as the nearest time', () => {
    for (const time of ['03:00', '03:30', '03:59']) expect(at('2026-03-29', time, HELSINKI)).toMatchObject({ kind: 'gap', next: { date: '2026-03-29', time: '04:00' } });
    expect(at('2026-03-29', '02:59', HELSINKI)).toEqual({ kind: 'once', instant: '2026-03-29T00:59:00.000Z' });
    expect(at('2026-03-29', '04:00', HELSINKI)).toEqual({ kind: 'once', instant: '2026-03-29T01:00:00.000Z' });
    expect(at('2026-03-28', '03:30', HELSINKI).kind).toBe('once');
    expect(gapMessage('2026-03-29', '03:30', HELSINKI, 'fi')).toBe('Kello 03.30 ei ole olemassa 29.3.2026 (kesäaikaan siirrytään); lähin mahdollinen aika on 04.00.');
    expect(gapMessage('2026-03-29', '03:30', HELSINKI, 'sv')).toBe('Klockan 03.30 finns inte den 29.3.2026 (klockan ställs fram); närmaste möjliga tid är 04.00.');
    expect(gapMessage('2026-03-29', '03:30', HELSINKI, 'en')).toBe('03:30 does not exist on 29/3/2026 (the clocks go forward); the nearest possible time is 04:00.');
  });

  it('finds the gap in New York (8.3.2026 02:00–02:59) and names 03:00', () => {
    expect(at('2026-03-08', '02:30', NEW_YORK)).toMatchObject({ kind: 'gap', next: { date: '2026-03-08', time: '03:00' } });
    expect(at('2026-03-08', '01:59', NEW_YORK).kind).toBe('once');
    expect(at('2026-03-08', '03:00', NEW_YORK)).toEqual({ kind: 'once', instant: '2026-03-08T07:00:00.000Z' });
    expect(gapMessage('2026-03-08', '02:30', NEW_YORK, 'en')).toBe('02:30 does not exist on 8/3/2026 (the clocks go forward); the nearest possible time is 03:00.');
    expect(gapMessage('2026-03-29', '03:30', NEW_YORK, 'en')).toBeNull();
  });

  it('reads a time in a gap as RFC 5545 does: with the offset before the gap (03:30 → 04:30 summer time)', () => {
    expect(at('2026-03-29', '03:30', HELSINKI).instant).toBe('2026-03-29T01:30:00.000Z');
    expect(wallClockOf(instantOf(localDate('2026-03-29'), localTime('03:30'), HELSINKI), HELSINKI)).toEqual({ date: '2026-03-29', time: '04:30' });
  });

  it('takes the first occurrence of the repeated autumn hour, in any zone (RFC 5545 §3.3.5)', () => {
    // 03:30 summer time (UTC+3) in Helsinki, not 03:30 winter time (UTC+2) an hour later.
    expect(at('2026-10-25', '03:30', HELSINKI)).toEqual({ kind: 'repeated', instant: '2026-10-25T00:30:00.000Z' });
    expect(at('2026-10-25', '03:00', HELSINKI)).toEqual({ kind: 'repeated', instant: '2026-10-25T00:00:00.000Z' });
    expect(at('2026-10-25', '02:59', HELSINKI)).toEqual({ kind: 'once', instant: '2026-10-24T23:59:00.000Z' });
    expect(at('2026-10-25', '04:00', HELSINKI)).toEqual({ kind: 'once', instant: '2026-10-25T02:00:00.000Z' });
    // 01:30 EDT (UTC−4) in New York.
    expect(at('2026-11-01', '01:30', NEW_YORK)).toEqual({ kind: 'repeated', instant: '2026-11-01T05:30:00.000Z' });
    expect(instantOf(localDate('2026-10-25'), localTime('03:30'), HELSINKI)).toBe('2026-10-25T00:30:00.000Z');
    expect(timeGapIssue(localDate('2026-10-25'), localTime('03:30'), HELSINKI)).toBeNull();
  });

  it('has nothing to say about a post without a date or a time', () => {
    expect(timeGapIssue(null, null, HELSINKI)).toBeNull();
    expect(timeGapIssue(localDate('2026-03-29'), null, HELSINKI)).toBeNull();
  });
});
