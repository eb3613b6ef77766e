import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvRows } from '../../../../electron/services/export/import-service';
import { postsFromCsv } from '../../../../shared/backup/csv-import';
import { localDate, localTime } from '../../../../shared/domain/local-time';
import type { Post } from '../../../../shared/domain/post';
import { newPost } from '../../../../shared/domain/post';
import { toCsv } from '../../../../shared/export/csv-export';
import { guardFormula, unguardFormula } from '../../../../shared/export/csv-formula-guard';
import { selectExportData } from '../../../../shared/export/export-data';
import { channels, duties, now, selection, volunteers } from '../../../support/export-fixture';

/*
 * Formula injection: a cell starting with =, +, -, @, TAB or CR is run by Excel and
 * LibreOffice. The export puts an apostrophe in front (OWASP), which also keeps
 * "+358 40 123 4567" a text; the app's own import takes exactly that apostrophe off.
 */

const starts = ['=', '+', '-', '@', '\t', '\r'];
const titles = ['=SUM(A1)', '+358 40 123 4567', '-5 °C', '@yhdistys', "'quoted", "'=already", "''+kaksi", '=HYPERLINK("http://evil.example","x")', 'tavallinen'];

const post = (id: string, fields: Partial<Post> & { title: string }): Post => ({ ...newPost({ title: fields.title }, id, now), ...fields, updatedAt: now });

const people = volunteers.map((person) => ({ ...person, name: `=${person.name}` }));
const sheetChannels = channels.map((channel) => (channel.id === 'ig' ? { ...channel, name: '@Instagram' } : channel));
const posts = titles.map((title, index) =>
  post(`p${index}`, {
    title,
    date: localDate('2026-03-10'),
    time: localTime('18:30'),
    channelIds: ['fb', 'ig'],
    text: starts[index % starts.length] + 'teksti ' + title,
    variants: { ig: `-${title}` },
    authorId: 'anna',
    responderId: 'bo',
    tags: ['+tagi', 'toinen'],
    albumName: `@${index}`,
  }),
);

function sheet(data = selectExportData({ association: { name: '=Kylä', description: '', website: '', email: '', phone: '', address: '' }, channels: sheetChannels, volunteers: people, posts, duties: duties.map((duty) => ({ ...duty, note: '=1+1' })), timeZone: 'Europe/Helsinki' }, selection(), 'fi', now)) {
  return toCsv(data, ';');
}

describe('CSV cells a spreadsheet would run as formulas', () => {
  it('are written with an apostrophe in front, in every column that carries user text', () => {
    const rows = Papa.parse<string[]>(sheet().slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    const header = rows[0];
    const columns = ['Otsikko', 'Teksti', 'Kanavan teksti', 'Kanava', 'Tekijä', 'Päivystäjä', 'Tunnisteet', 'Albumi'];
    for (const column of columns) expect(header, column).toContain(column);
    for (const row of rows.slice(1)) {
      for (const cell of row) expect(cell, `a cell of ${row.join(' | ')}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    const byTitle = (title: string) => rows.find((row) => row[header.indexOf('Otsikko')] === title);
    expect(byTitle("'=SUM(A1)")).toBeDefined();
    expect(byTitle("'+358 40 123 4567")?.[header.indexOf('Tekijä')]).toBe("'=Anna Äijälä");
    expect(byTitle("''=already")).toBeDefined();
    expect(byTitle("'quoted")).toBeDefined();
    expect(byTitle("'''+kaksi")).toBeDefined();
    expect(rows.find((row) => row[header.indexOf('Teksti')] === "'=1+1")).toBeDefined();
  });

  it('come back exactly through the app’s own import: every post identical', () => {
    const parsed = csvRows(sheet());
    if (!parsed.ok) throw new Error('unreadable');
    const result = postsFromCsv(parsed.rows, { channels: sheetChannels, volunteers: people, existing: new Map(posts.map((p) => [p.id, p])), now, newId: () => 'new' });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const byId = (a: Post, b: Post) => a.id.localeCompare(b.id);
    expect(result.posts.sort(byId)).toEqual([...posts].sort(byId));
  });

  it('the import removes only the export’s apostrophe, so that guard and unguard are inverses for any text', () => {
    expect(unguardFormula("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unguardFormula("'quoted")).toBe("'quoted");
    expect(unguardFormula("''=already")).toBe("'=already");
    expect(unguardFormula('=raw')).toBe('=raw');
    fc.assert(
      fc.property(fc.tuple(fc.constantFrom('', "'", "''", '=', '+', '-', '@', '\t', '\r', 'a'), fc.string()), ([head, tail]) => {
        const value = head + tail;
        expect(guardFormula(value)).not.toMatch(/^[=+\-@\t\r]/);
        expect(unguardFormula(guardFormula(value))).toBe(value);
      }),
      { numRuns: 2000, seed: 10 },
    );
  });
});
