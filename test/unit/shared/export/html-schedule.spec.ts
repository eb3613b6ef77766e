import { describe, expect, it } from 'vitest';
import { toScheduleHtml } from '../../../../shared/export/html-schedule';
import { channelCodes } from '../../../../shared/export/schedule-parts';
import { channels, exportData } from '../../../support/export-fixture';

describe('the standalone schedule (HTML and print view)', () => {
  const html = toScheduleHtml(exportData());

  it('is one self-contained file: no scripts, nothing fetched, its own CSP', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<html lang="fi">');
  });

  it('has the association, the range, a legend, month grids and the agenda', () => {
    expect(html).toContain('<p class="association">Kylä ry</p>');
    expect(html).toContain('<p class="range">1.3.2026 – 30.4.2026</p>');
    expect(html).toContain('<h2 id="month-2026-03-title">Maaliskuu 2026</h2>');
    expect(html).toContain('<h2 id="month-2026-04-title">Huhtikuu 2026</h2>');
    expect(html).toMatch(/<h3 id="week-2026-03-30">Viikko 14 /);
    for (const word of ['Idea', 'Luonnos', 'Tarkastettavana', 'Hyväksytty', 'Julkaistu', 'Peruttu']) expect(html).toContain(word);
  });

  it('prints on A4 with the association in the header and page numbers in the footer', () => {
    expect(html).toContain('size: A4;');
    expect(html).toContain('@top-left { content: "Kylä ry · Somejulkaisujen aikataulu · 1.3.2026 – 30.4.2026"');
    expect(html).toContain('@bottom-right { content: "Sivu " counter(page) " / " counter(pages)');
  });

  it('escapes every text a user wrote', () => {
    const data = exportData();
    const hostile = { ...data, association: { ...data.association, name: 'Kerho "<script>alert(1)</script>"' }, posts: data.posts.map((post) => ({ ...post, title: `<img src=x onerror=alert(1)> ${post.title}` })) };
    const out = toScheduleHtml(hostile);
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('@top-left { content: "Kerho \\"\\3c script\\3e alert(1)\\3c /script\\3e \\" · ');
    expect(out.match(/<\/style>/g)).toHaveLength(1);
  });

  it('gives channels short unique codes for the month grid', () => {
    expect([...channelCodes([...channels, { ...channels[1], id: 'ig2', name: 'Instagram (nuoret)' }]).values()]).toEqual(['FS', 'IN', 'JS', 'IN2']);
  });
});
