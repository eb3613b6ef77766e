import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { todayIn } from '../../shared/calendar/calendar-dates';
import { backendOn } from '../support/backend';
import { startBridgeProcess } from '../support/bridge-process';
import { launchChromium, openInLanguage } from '../support/browser';
import { actAs } from '../support/identity';
import { pngImage } from '../support/images';

/*
 * `npx tsx test/tools/media-screenshots.ts [fi|en|sv] [OUT_DIR]` (after `npm run build`): a post's
 * cover image on the second laptop of a shared plan (Anna attached it, Ben opens the post) while
 * Ben's sync tool has copied only half of the file ("not yet arrived"), then once it is whole.
 */

const language = (process.argv[2] ?? 'fi') as 'fi' | 'en' | 'sv';
const outDir = path.resolve(process.argv[3] ?? path.join('screenshots', 'media'));
fs.mkdirSync(outDir, { recursive: true });
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-media-shots-'));
const [planDir, annaDir, benDir] = ['plan', 'anna', 'ben'].map((name) => path.join(root, name));
const anna = await backendOn(annaDir, () => new Date(), 'fi-FI', planDir);
await anna.call('setup:start', { associationName: 'Mäntylän kyläyhdistys', channels: [{ kind: 'facebook-page', name: 'Facebook' }] });
await actAs(anna.call, 'Anna Äijälä');
const png = pngImage(1200, 630, [40, 110, 160]);
const image = await anna.call('media:importImage', { fileName: 'talkoot.png', data: png.toString('base64') });
const post = await anna.call('posts:create', { title: 'Kevättalkoot', date: todayIn('Europe/Helsinki', new Date()), time: '10:00', coverImage: { ...image, alt: 'Haravat rivissä talon seinustalla' } });
await anna.close();
const ben = await backendOn(benDir, () => new Date(), 'fi-FI', planDir);
await actAs(ben.call, 'Ben Berg');
await ben.close();

const bridge = await startBridgeProcess(planDir, {}, ['--device', benDir]);
const browser = await launchChromium();
const file = path.join(planDir, 'media', image.file);
try {
  const { page } = await openInLanguage(browser, bridge.url, language, { width: 1280, height: 800 });
  const shoot = async (name: string) => {
    const shot = path.join(outDir, `${name}-${language}.png`);
    await page.screenshot({ path: shot });
    console.log(shot);
  };
  const open = async () => {
    await page.locator(`[data-post-id="${post.id}"]`).first().click();
  };
  // What Ben's sync tool leaves while it copies: the name, and half of the bytes; then the rest.
  fs.writeFileSync(file, png.subarray(0, png.length >> 1));
  await open();
  await page.getByRole('dialog').locator('fieldset [role="img"]').scrollIntoViewIfNeeded();
  await shoot('second-laptop-not-arrived');
  fs.appendFileSync(file, png.subarray(png.length >> 1));
  await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('fieldset img:not([hidden])')).some((img) => img.complete && img.naturalWidth > 0));
  await shoot('second-laptop-image');
} finally {
  await browser.close();
  await bridge.stop();
  fs.rmSync(root, { recursive: true, force: true });
}
