import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { todayIn } from '../../shared/calendar/calendar-dates';
import { approvedPost } from '../support/approved-post';
import { backendOn } from '../support/backend';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openInLanguage } from '../support/browser';
import { actAs } from '../support/identity';
import { pngImage } from '../support/images';

/*
 * `npx tsx test/tools/share-screenshots.ts [fi|en|sv]` (after `npx electron-vite build`):
 * the share kit of an approved post with a cover image and an album, four channels (one
 * already marked published, one whose text is over its limit), into screenshots/share/.
 */

const language = (process.argv[2] ?? 'fi') as 'fi' | 'en' | 'sv';
const outDir = path.resolve('screenshots', 'share');
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-share-shots-'));
const backend = await backendOn(dataDir, () => new Date());
const channel = (kind: 'mastodon' | 'facebook-group' | 'x' | 'instagram', name: string, url = '') => backend.call('channels:create', { kind, name, url, goal: '', responsibleVolunteerId: null });
const mastodon = await channel('mastodon', 'Mastodon', 'https://mastodon.social/@mantylankyla');
const group = await channel('facebook-group', 'Kyläläiset (FB-ryhmä)');
const x = await channel('x', 'X');
const instagram = await channel('instagram', 'Instagram');
await actAs(backend.call, 'Anna Äijälä');
const image = await backend.call('media:importImage', { fileName: 'myyjaiset.png', data: pngImage(1200, 630, [180, 40, 40]).toString('base64') });
const text = 'Tervetuloa Mäntylän kylän joulumyyjäisiin lauantaina klo 10–14! 🎄\nTarjolla glögiä, piparia ja käsitöitä. Lue lisää: https://mantylankyla.fi/joulu';
const post = await approvedPost(backend, {
  title: 'Joulumyyjäiset',
  date: todayIn('Europe/Helsinki', new Date()),
  time: '10:00',
  text,
  variants: { [x.id]: `${'Joulumyyjäiset lauantaina! '.repeat(11)}🎄` },
  channelIds: [mastodon.id, group.id, x.id, instagram.id],
  albumName: '2026-12-05 Joulumyyjäiset',
  coverImage: { ...image, alt: 'Myyjäispöytä täynnä piparia' },
});
await backend.call('share:markPublished', { id: post.id, channelId: group.id, url: 'https://www.facebook.com/groups/mantyla/posts/123' });
await backend.repo.close();

const bridge = await startBridgeProcess(dataDir);
const browser = await launchChromium();
try {
  const { page } = await openInLanguage(browser, bridge.url, language, { width: 1280, height: 900 });
  await page.locator(`[data-post-id="${post.id}"]`).first().click();
  const kit = page.getByRole('dialog').locator('section[aria-labelledby^="share-kit-"]');
  await kit.locator('img').waitFor();
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
  // The kit is inside the editor's scrolling dialog: its top (image, album, first channels), then its end.
  for (const [part, target] of [['top', kit.locator('h3')], ['end', kit.locator('li').last()]] as const) {
    await target.evaluate((element, block) => element.scrollIntoView({ block }), part === 'top' ? ('start' as const) : ('end' as const));
    const file = path.join(outDir, `share-kit-${part}-${language}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
