import { describe, expect, it } from 'vitest';
import { localDate } from '../../../../shared/domain/local-time';
import type { ExportData } from '../../../../shared/export/export-data';
import { toCsv } from '../../../../shared/export/csv-export';
import { toIcs } from '../../../../shared/export/ics-export';
import { toScheduleHtml } from '../../../../shared/export/html-schedule';
import { exportData } from '../../../support/export-fixture';

/** Anna holds response duty 30.3.–5.4.; she said afterwards that she is away 3.–4.4. */
function withAnnaAway(language: ExportData['language']): ExportData {
  const data = exportData({}, language);
  const trip = { id: 'trip', from: localDate('2026-04-03'), to: localDate('2026-04-04'), yearly: false, note: '' };
  return { ...data, volunteers: data.volunteers.map((volunteer) => (volunteer.id === 'anna' ? { ...volunteer, away: [trip] } : volunteer)) };
}

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('a duty held by someone who is away, in every export', () => {
  it.each([
    ['fi', 'poissa 3.4.–4.4., tarvitsee sijaisen'],
    ['sv', 'borta 3.4.–4.4., behöver en ersättare'],
    ['en', 'away 3/4–4/4, needs a substitute'],
  ] as const)('says so in %s in the printed schedule (agenda and month grid), the calendar file and the spreadsheet', (language, note) => {
    const html = toScheduleHtml(withAnnaAway(language));
    expect(html).toContain(`Anna Äijälä <span class="away"><span class="mark" aria-hidden="true">⚠</span> ${note}</span>`);
    expect(html).toContain(`<li class="entry away-entry"><span class="mark" aria-hidden="true">⚠</span> Anna Äijälä: ${note}</li>`);
    const ics = unfold(toIcs(withAnnaAway(language)));
    expect(ics).toContain(`(${note.replace(',', '\\,')})`);
    // The spreadsheet's duty row, in its Status column.
    const csv = toCsv(withAnnaAway(language), ';');
    expect(csv.split('\r\n').filter((row) => row.includes(`;${note};`))).toHaveLength(1);
  });

  it('says nothing of a holder who is there, or of a gap', () => {
    const html = toScheduleHtml(exportData());
    expect(html).not.toContain('<span class="away"');
    expect(html).not.toContain('<li class="entry away-entry"');
    expect(toIcs(exportData())).not.toContain('sijaisen');
    expect(toCsv(exportData())).not.toContain('sijaisen');
  });
});
