import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../../shared/export/csv-export';
import { exportData, longText, posts } from '../../../support/export-fixture';

/** The spreadsheet as someone else's CSV parser (Papa Parse) reads it. */
function parse(csv: string, delimiter: string) {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, delimiter, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('CSV export (parsed back with Papa Parse)', () => {
  for (const separator of [';', ','] as const) {
    it(`gets every text back exactly with "${separator}" as the separator`, () => {
      const rows = parse(toCsv(exportData(), separator), separator);
      const texts = new Map(rows.filter((row) => row.Tyyppi === 'Julkaisu').map((row) => [row.Tunniste, row.Teksti]));
      for (const post of posts) expect(texts.get(post.id), post.id).toBe(post.text);
      expect(texts.get('p-dst')).toBe(longText);
      const titles = rows.map((row) => row.Otsikko);
      expect(titles).toContain('Hallituksen kokous, esityslista; liitteet');
      expect(rows.find((row) => row.Tunniste === 'p-dst' && row.Kanava === 'Instagram')?.['Kanavan teksti']).toBe('Kuvia luvassa! 📸\n#talkoot');
      expect(rows.find((row) => row.Tunniste === 'p-winter')?.Kanava).toBe('Jäsenryhmä; "sisäinen"');
    });
  }

  it('writes one row per post and channel, dates as the user writes them and in ISO, then the duties', () => {
    const rows = parse(toCsv(exportData(), ';'), ';');
    expect(rows.filter((row) => row.Tyyppi === 'Julkaisu').map((row) => [row.Tunniste, row.Kanava, row['Päivä'], row['Päivä (ISO)'], row.Kello])).toEqual([
      ['p-winter', 'Jäsenryhmä; "sisäinen"', '10.3.2026', '2026-03-10', '18.30'],
      ['p-allday', '', '28.3.2026', '2026-03-28', ''],
      ['p-cancel', 'Facebook-sivu', '31.3.2026', '2026-03-31', '23.45'],
      ['p-dst', 'Facebook-sivu', '1.4.2026', '2026-04-01', '9.00'],
      ['p-dst', 'Instagram', '1.4.2026', '2026-04-01', '9.00'],
    ]);
    expect(rows.filter((row) => row.Tyyppi === 'Vuoro').map((row) => [row.Otsikko, row.Päivystäjä, row['Päivä (ISO)'], row['Loppu (ISO)']])).toEqual([
      ['Vastauspäivystys', 'Bo Åström', '2026-03-09', '2026-03-15'],
      ['Vastauspäivystys', 'Anna Äijälä', '2026-03-30', '2026-04-05'],
      ['Kuvaus', 'ei vielä ketään', '2026-04-01', '2026-04-01'],
    ]);
  });

  it('uses CRLF between rows and English words and dates for English', () => {
    const csv = toCsv(exportData({ includeDuties: false, statuses: ['approved'] }, 'en'), ',');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFType,Date,Date (ISO),Time,Title,Channel,Status,Content type,Text,Channel text,Author,Responder,Tags,Marketing,Album,Published at,End (ISO),Id,Updated (UTC)');
    const rows = parse(csv, ',');
    expect(rows.map((row) => [row.Date, row.Time, row.Status, row.Tags])).toEqual([
      ['1/4/2026', '09:00', 'Approved', 'talkoot, kevät, piha'],
      ['1/4/2026', '09:00', 'Approved', 'talkoot, kevät, piha'],
    ]);
  });

  it('quotes only what needs quoting (RFC 4180), doubling quotes', () => {
    expect(csvField('plain', ';')).toBe('plain');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvField('two\nlines', ',')).toBe('"two\nlines"');
    expect(csvField(' padded', ',')).toBe('" padded"');
  });
});
