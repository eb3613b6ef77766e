import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Language } from '../../shared/domain/settings';
import { backendOn } from '../support/backend';
import { startBridgeProcess } from '../support/bridge-process';
import { languageSelect, launchChromium, openApp, openInLanguage } from '../support/browser';
import { approvedPost } from '../support/approved-post';
import { FakeBluesky } from '../support/fake-bluesky';
import { FakeMastodon } from '../support/fake-mastodon';
import { actAs } from '../support/identity';

/*
 * `npx tsx test/tools/publish-screenshots.ts [fi,en] [folder]` (after `npx electron-vite build`): the
 * Connect account dialog of a Mastodon channel, before and after Continue (against
 * a fake instance on 127.0.0.1), and of a Bluesky channel, the question asked at start about
 * a Bluesky post due while the app was closed, and the share kit of a post on two connected
 * channels (Post now) and of one scheduled on the Mastodon server, into screenshots/publish/.
 */

const languages = (process.argv[2] ?? 'fi').split(',') as Language[];
const outDir = path.resolve(process.argv[3] ?? 'screenshots/publish');
fs.mkdirSync(outDir, { recursive: true });
const mastodon = await FakeMastodon.start();
const bluesky = await FakeBluesky.start('kylatoimikunta.bsky.social');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-publish-shots-'));
const seeding = await backendOn(dataDir, () => new Date());
await actAs(seeding.call, 'Maija Virtanen');
await seeding.call('association:update', { name: 'Kylätoimikunta' });
await seeding.call('channels:create', { kind: 'mastodon', name: 'Mastodon', url: `${mastodon.url}/@kylatoimikunta`, goal: 'Tiedotteet ja tapahtumat', responsibleVolunteerId: null });
await seeding.call('channels:create', { kind: 'bluesky', name: 'Bluesky', url: 'https://bsky.app/profile/kylatoimikunta.bsky.social', goal: '', responsibleVolunteerId: null });
const dueDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-publish-due-'));
const dueSeed = await backendOn(dueDir, () => new Date());
await actAs(dueSeed.call, 'Maija Virtanen');
const dueChannel = await dueSeed.call('channels:create', { kind: 'bluesky', name: 'Bluesky', url: '', goal: '', responsibleVolunteerId: null });
await dueSeed.call('publish:blueskyConnect', { channelId: dueChannel.id, handle: bluesky.handle, appPassword: 'abcd-efgh-ijkl-mnop', server: bluesky.url });
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
await approvedPost(dueSeed, { title: 'Kevättalkoot lauantaina', text: 'Tervetuloa talkoisiin!', channelIds: [dueChannel.id], date: yesterday, time: '09:00' });
await dueSeed.repo.close();
const dueBridge = await startBridgeProcess(dueDir);

// The share kit with both accounts connected: one post to post now, one scheduled on the Mastodon server.
const kitDir = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-publish-kit-'));
const kitSeed = await backendOn(kitDir, () => new Date());
await actAs(kitSeed.call, 'Maija Virtanen');
await kitSeed.call('association:update', { name: 'Kylätoimikunta' });
const kitToot = await kitSeed.call('channels:create', { kind: 'mastodon', name: 'Mastodon', url: `${mastodon.url}/@kylatoimikunta`, goal: '', responsibleVolunteerId: null });
const kitSky = await kitSeed.call('channels:create', { kind: 'bluesky', name: 'Bluesky', url: `https://bsky.app/profile/${bluesky.handle}`, goal: '', responsibleVolunteerId: null });
const { codePageUrl } = await kitSeed.call('publish:mastodonBegin', { channelId: kitToot.id, instance: mastodon.url });
await fetch(codePageUrl);
await kitSeed.call('publish:mastodonFinish', { channelId: kitToot.id, code: mastodon.shownCode ?? '' });
await kitSeed.call('publish:blueskyConnect', { channelId: kitSky.id, handle: bluesky.handle, appPassword: 'abcd-efgh-ijkl-mnop', server: bluesky.url });
const today = new Date(Date.now() + 2 * 3_600_000).toISOString().slice(0, 10);
await approvedPost(kitSeed, { title: 'Joulumyyjäiset', text: 'Joulumyyjäiset lauantaina klo 10 🎄 Tervetuloa!', channelIds: [kitToot.id, kitSky.id], date: today, time: '23:50', albumName: 'Joulumyyjäiset 2026' });
const scheduledPost = await approvedPost(kitSeed, { title: 'Talkoot', text: 'Talkoot lauantaina, tervetuloa!', channelIds: [kitToot.id], date: today, time: '23:55' });
await kitSeed.call('publish:post', { postId: scheduledPost.id, channelId: kitToot.id, onServer: true });
await kitSeed.repo.close();
const kitBridge = await startBridgeProcess(kitDir);

await seeding.repo.close();
const bridge = await startBridgeProcess(dataDir);
const browser = await launchChromium();
try {
  for (const language of languages) {
    const { page } = await openInLanguage(browser, bridge.url, language, { width: 1024, height: 768 });
    await page.getByRole('navigation').getByRole('button').last().click();
    const rows = page.locator('li', { hasText: 'Mastodon' });
    await rows.getByRole('button', { name: language === 'fi' ? 'Yhdistä tili' : 'Connect account' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.screenshot({ path: path.join(outDir, `connect-mastodon-${language}.png`) });
    await dialog.getByRole('button', { name: language === 'fi' ? 'Jatka' : 'Continue' }).click();
    await dialog.getByRole('status').first().waitFor();
    await page.screenshot({ path: path.join(outDir, `connect-mastodon-waiting-${language}.png`) });
    await dialog.getByRole('button', { name: language === 'fi' ? 'Sulje' : 'Close' }).click();
    await page.locator('li', { hasText: 'Bluesky' }).getByRole('button', { name: language === 'fi' ? 'Yhdistä tili' : 'Connect account' }).click();
    await page.getByRole('dialog').waitFor();
    await page.screenshot({ path: path.join(outDir, `connect-bluesky-${language}.png`) });
    await page.context().close();
    const due = (await openApp(browser, dueBridge.url, { width: 1024, height: 768 })).page;
    await languageSelect(due).selectOption(language);
    await due.getByRole('dialog').getByText('Kevättalkoot lauantaina').waitFor();
    await due.screenshot({ path: path.join(outDir, `due-bluesky-${language}.png`) });
    await due.context().close();

    const kit = (await openApp(browser, kitBridge.url, { width: 1024, height: 900 })).page;
    await languageSelect(kit).selectOption(language);
    await kit.waitForFunction((lng) => document.documentElement.lang === lng, language);
    for (const [title, time, name] of [
      ['Joulumyyjäiset', '23:50', 'share-kit-connected'],
      ['Talkoot', '23:55', 'share-kit-scheduled'],
    ] as const) {
      await kit.getByRole('button', { name: new RegExp(`^${time.replace(":", "[:.]")} ${title}`) }).click();
      const kitRegion = kit.getByRole('dialog').getByRole('region').last();
      await kitRegion.getByRole('listitem').first().waitFor();
      // The direct-posting actions load after the card: wait for them (Post now · …, or the scheduled note).
      await (name === 'share-kit-scheduled' ? kitRegion.getByRole('status').first() : kitRegion.getByRole('button', { name: /·/ }).first()).waitFor();
      await kitRegion.scrollIntoViewIfNeeded();
      await kit.screenshot({ path: path.join(outDir, `${name}-${language}.png`) });
      await kit.keyboard.press('Escape');
      await kit.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await kit.context().close();
    console.log(outDir);
  }
} finally {
  await browser.close();
  await bridge.stop();
  await dueBridge.stop();
  await kitBridge.stop();
  await mastodon.close();
  await bluesky.close();
}
