import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPdfRenderer } from '../../../../../electron/services/export/chromium-pdf';
import { localDate } from '../../../../../shared/domain/local-time';
import type { Post } from '../../../../../shared/domain/post';
import { newPost } from '../../../../../shared/domain/post';
import { selectExportData } from '../../../../../shared/export/export-data';
import type { ExportData } from '../../../../../shared/export/export-data';
import { toScheduleHtml } from '../../../../../shared/export/html-schedule';
import { sampleData } from '../../../../../shared/sample/sample-association';
import { launchChromium } from '../../../../support/browser';

/*
 * Issue 15 item 8: the schedule as a volunteer opens it on a phone and as the
 * PDF the CLI and the bridge make (headless Chromium).
 */

const today = localDate('2026-03-16');
const now = '2026-03-16T08:00:00.000Z';
const longWord = 'Kyläyhdistyksenkevättalkoidenjälkeinenmakkaranpaistotapahtumailmoitus';
const longUrl = 'https://mantyla.example.fi/uutiset/2026/kevat/talkoot-ja-makkaranpaisto-koko-kylalle-tervetuloa-kaikki-mukaan-ilmoittautuminen';

/** The text of page 1: the month grid, where day cells are narrow (the agenda after it has every title whole anyway). */
function monthPageText(pdf: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'schedule-pdf-')), 'schedule.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

function sample(): ReturnType<typeof sampleData> {
  let next = 0;
  return sampleData({ today, now, makeId: () => `id-${++next}` });
}

// The test picks its posts: the sample's weekly series would add its occurrences to them.
function schedule(posts: (data: ReturnType<typeof sampleData>) => Post[]): ExportData {
  const data = sample();
  const selection = { from: localDate('2026-03-01'), to: localDate('2026-03-31'), channelIds: [], statuses: [], volunteerIds: [], includePosts: true, includeDuties: true };
  return selectExportData({ ...data, series: [], posts: posts(data), timeZone: 'Europe/Helsinki' }, selection, 'fi', now);
}

describe('the schedule export on a phone and on paper', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('wraps a long word and a long address at 390 px instead of scrolling sideways', async () => {
    const data = schedule(({ posts, channels }) => [
      ...posts,
      { ...newPost({ title: longWord, text: `${longWord} ${longUrl}`, date: localDate('2026-03-18'), time: null, channelIds: [channels[0].id] }, 'long', now), publishedUrl: longUrl },
    ]);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setContent(toScheduleHtml(data), { waitUntil: 'load' });
    const width = await page.evaluate('document.scrollingElement.scrollWidth');
    await context.close();
    expect(width).toBeLessThanOrEqual(390);
  });

  it('never splits words mid-syllable (no automatic hyphens, no break-all)', () => {
    const html = toScheduleHtml(schedule(({ posts }) => posts));
    expect(html).not.toMatch(/hyphens:\s*auto|word-break:\s*break-all/);
  });

  it('keeps the PDF of 12 posts under 500 KB, every title word whole in the month grid', async () => {
    const data = schedule(({ posts }) => posts.filter((post) => post.date !== null && post.date >= '2026-03-01' && post.date <= '2026-03-31').slice(0, 12));
    expect(data.posts).toHaveLength(12);
    const pdf = await chromiumPdfRenderer()(toScheduleHtml(data));
    expect(pdf.length).toBeLessThan(500_000);
    // Every title word that fits a day cell comes out of the month grid whole: no line broke it.
    const text = monthPageText(pdf);
    const words = data.posts.flatMap((post) => post.title.split(/[\s:,.!?]+/)).filter((word) => word.length >= 4 && word.length <= 14);
    expect(words.filter((word) => !text.includes(word))).toEqual([]);
    // The duty type, one long Finnish word, is whole or cut with an ellipsis, never broken over two lines.
    const dutyTypes = [...text.matchAll(/Vastauspäiv\p{L}*\S?/gu)].map((match) => match[0]);
    expect(dutyTypes.length).toBeGreaterThan(0);
    expect(dutyTypes.filter((piece) => piece !== 'Vastauspäivystys:' && !piece.endsWith('…'))).toEqual([]);
  }, 60_000);
});
