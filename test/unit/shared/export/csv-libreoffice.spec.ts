import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate, localTime } from '../../../../shared/domain/local-time';
import { newPost } from '../../../../shared/domain/post';
import { toCsv } from '../../../../shared/export/csv-export';
import { selectExportData } from '../../../../shared/export/export-data';
import { channels, now, selection, volunteers } from '../../../support/export-fixture';
import { tempDir } from '../../../support/temp-dir';

/*
 * What LibreOffice Calc makes of the exported spreadsheet, opened with its default
 * CSV settings (";" separated, UTF-8): no cell becomes a formula, and the phone
 * number stays a text. Needs LibreOffice (`apt-get install libreoffice-calc-nogui`);
 * without it this file is reported as skipped.
 */

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((file) => fs.existsSync(file));

/** The CSV opened in Calc and saved as flat OpenDocument XML: each cell with its type and its text. */
function openInCalc(csv: string): { type: string; formula: boolean; text: string }[] {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'plan.csv'), csv);
  execFileSync(soffice as string, ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--infilter=CSV:59,34,76,1', '--convert-to', 'fods', '--outdir', dir, path.join(dir, 'plan.csv')], { stdio: 'ignore', timeout: 120_000 });
  const xml = fs.readFileSync(path.join(dir, 'plan.fods'), 'utf8');
  const unescape = (text: string) => text.replaceAll('&apos;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  return [...xml.matchAll(/<table:table-cell([^>]*)>\s*<text:p>([^<]*)<\/text:p>/g)].map(([, attributes, text]) => ({
    type: /office:value-type="(\w+)"/.exec(attributes)?.[1] ?? '',
    formula: attributes.includes('table:formula'),
    text: unescape(text),
  }));
}

describe.skipIf(!soffice)('the exported spreadsheet in LibreOffice Calc', () => {
  it('has no formula in it, and shows "+358 40 123 4567" and "=SUM(A1)" as texts (with the apostrophe)', () => {
    const titles = ['=SUM(A1)', '+358 40 123 4567', '-5 °C', '@yhdistys', '=1+1'];
    const posts = titles.map((title, index) => ({ ...newPost({ title }, `p${index}`, now), date: localDate('2026-03-10'), time: localTime('18:30'), text: `=${index}+1`, updatedAt: now }));
    const data = selectExportData({ association: { name: 'Kylä ry', description: '', website: '', email: '', phone: '', address: '' }, channels, volunteers, posts, duties: [], timeZone: 'Europe/Helsinki' }, selection(), 'fi', now);
    const cells = openInCalc(toCsv(data, ';'));
    expect(cells.filter((cell) => cell.formula)).toEqual([]);
    for (const title of titles) expect(cells).toContainEqual({ type: 'string', formula: false, text: `'${title}` });
    // The check can tell: the same cell written without the apostrophe is run by Calc.
    expect(openInCalc('\uFEFFOtsikko;Teksti\r\n=1+1;x\r\n').find((cell) => cell.formula)).toMatchObject({ type: 'float', text: '2' });
  }, 240_000);
});
