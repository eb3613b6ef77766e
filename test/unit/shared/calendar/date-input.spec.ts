import { describe, expect, it } from 'vitest';
import { formatDateInput, formatTime, parseDateInput, parseTimeInput } from '../../../../shared/calendar/date-input';
import { localDate, localTime } from '../../../../shared/domain/local-time';

describe('typed dates', () => {
  it('reads Finnish d.M.yyyy, English d/M/yyyy and ISO dates', () => {
    expect(parseDateInput('30.3.2026')).toEqual({ ok: true, value: '2026-03-30' });
    expect(parseDateInput('30/03/2026')).toEqual({ ok: true, value: '2026-03-30' });
    expect(parseDateInput(' 2026-03-30 ')).toEqual({ ok: true, value: '2026-03-30' });
  });

  it('treats an empty field as no date', () => {
    expect(parseDateInput('')).toEqual({ ok: true, value: null });
  });

  it('refuses 30.2.2026 and text that is not a date', () => {
    expect(parseDateInput('30.2.2026')).toEqual({ ok: false, message: 'v.dateInvalid' });
    expect(parseDateInput('ensi viikolla')).toEqual({ ok: false, message: 'v.dateInvalid' });
  });

  it('writes dates the way each language reads them', () => {
    expect(formatDateInput(localDate('2026-03-05'), 'fi')).toBe('5.3.2026');
    expect(formatDateInput(localDate('2026-03-05'), 'en')).toBe('5/3/2026');
  });
});

describe('typed times', () => {
  it('reads 9, 9.30, 09:30 and 930 as 24-hour times', () => {
    expect(['9', '9.30', '09:30', '930'].map((text) => parseTimeInput(text))).toEqual([
      { ok: true, value: '09:00' },
      { ok: true, value: '09:30' },
      { ok: true, value: '09:30' },
      { ok: true, value: '09:30' },
    ]);
  });

  it('refuses 24.00 and 9.75', () => {
    expect(parseTimeInput('24.00').ok).toBe(false);
    expect(parseTimeInput('9.75').ok).toBe(false);
  });

  it('writes 9.30 in Finnish and 09:30 in English', () => {
    expect(formatTime(localTime('09:30'), 'fi')).toBe('9.30');
    expect(formatTime(localTime('09:30'), 'en')).toBe('09:30');
  });
});
