import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../../../electron/api/handlers';
import { copyPlanInto } from '../../../../../electron/storage/plan/share-folder';
import { startupErrorText } from '../../../../../electron/shell/startup-error';
import type { ApiResult } from '../../../../../shared/api/contract-kit';
import type { ChannelName, InputOf } from '../../../../../shared/api/contract';
import type { CoverImage } from '../../../../../shared/domain/post';
import { validationMessage } from '../../../../../shared/i18n/validation-messages';
import { pngImage } from '../../../../support/images';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';

/*
 * Issue 13 item 1: Settings › Share this plan moves the plan into a folder a sync service
 * shares (copy, read the copy back, compare, switch; the old copy stays until removed), and
 * Open a shared plan opens one another laptop put there. A folder that cannot take the plan
 * is refused with a message in the user's language, and nothing changes.
 */

const now = () => new Date('2026-11-25T10:00:00Z');

async function laptop(dataDir: string, planDir?: string) {
  const switched: string[] = [];
  const backend = await openBackend({ dataDir, planDir, clock: now, locale: 'fi-FI', log: () => {}, switchPlan: (to) => Promise.resolve(void switched.push(to)) });
  const send = <K extends ChannelName>(channel: K, input: InputOf<K>) => backend.dispatch(channel, input) as Promise<ApiResult<unknown>>;
  const call = async <K extends ChannelName>(channel: K, input: InputOf<K>) => {
    const result = await send(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value;
  };
  return { backend, switched, send, call };
}

function refusalIn(language: 'fi' | 'sv' | 'en', result: ApiResult<unknown>): string {
  if (result.ok) throw new Error('expected a refusal');
  const [issue] = result.error.issues;
  return validationMessage(issue?.message ?? '', language, issue?.params);
}

describe('Share this plan (sharing:move) and Open a shared plan (sharing:open)', () => {
  it('moves the plan into an empty synced folder, switches to it, keeps the old copy until it is removed', async () => {
    const dataDir = tempDir();
    const shared = path.join(tempDir(), 'Nextcloud', 'Somevuoro');
    fs.mkdirSync(shared, { recursive: true });
    // Syncthing marks the folder it shares: the folder still counts as empty.
    fs.mkdirSync(path.join(shared, '.stfolder'));
    const anna = await laptop(dataDir);
    await anna.call('association:update', { name: 'Kylä ry' });
    // The post's image travels with the plan (issue 13), byte for byte.
    const png = pngImage(90, 60);
    const image = (await anna.call('media:importImage', { fileName: 'kuusi.png', data: png.toString('base64') })) as { file: string };
    await anna.call('posts:create', { title: 'Joulumyyjäiset', date: '2026-12-12', coverImage: { ...(image as CoverImage), alt: 'Kuusi' } });
    const oldPlan = anna.backend.repo.planDir;
    const planId = anna.backend.repo.planId;

    expect(await anna.call('sharing:move', { folder: shared })).toEqual({ planDir: shared, opening: true });
    expect(anna.switched).toEqual([shared]);
    expect(fs.existsSync(path.join(shared, 'plan.json'))).toBe(true);
    expect(fs.readdirSync(shared).sort()).toEqual(['.stfolder', 'automerge', 'media', 'plan.json']);
    expect(fs.readFileSync(path.join(shared, 'media', image.file)).equals(png)).toBe(true);
    await anna.backend.repo.close();

    // The next start without a folder opens the shared one: the same plan, its post, who she is kept.
    const after = await laptop(dataDir);
    expect(after.backend.repo.planDir).toBe(shared);
    expect(after.backend.repo.planId).toBe(planId);
    expect(((await after.call('posts:listUndated', {})) as unknown[]).length + ((await after.call('posts:list', { from: '2026-12-01', to: '2026-12-31' })) as { title: string }[]).length).toBe(1);
    const state = (await after.call('sharing:state', {})) as { oldCopies: { planDir: string; present: boolean }[] };
    expect(state.oldCopies).toEqual([{ planDir: oldPlan, movedAt: now().toISOString(), present: true }]);
    expect(fs.existsSync(path.join(oldPlan, 'plan.json'))).toBe(true);
    expect(after.backend.media.mediaFile(image.file)?.file).toBe(path.join(shared, 'media', image.file));

    await after.call('sharing:removeOldCopy', { planDir: oldPlan });
    expect(fs.existsSync(oldPlan)).toBe(false);
    expect(after.backend.media.mediaFile(image.file)?.file).toBe(path.join(shared, 'media', image.file));
    expect(((await after.call('sharing:state', {})) as { oldCopies: unknown[] }).oldCopies).toEqual([]);
    await after.backend.repo.close();
  });

  it('opens a plan another laptop put in a shared folder; who you are there is asked again', async () => {
    const shared = tempDir();
    const first = await laptop(tempDir(), shared);
    await first.call('identity:set', { newVolunteer: { name: 'Anna' } });
    const png = pngImage(50, 40);
    const image = (await first.call('media:importImage', { fileName: 'kylä.png', data: png.toString('base64') })) as CoverImage;
    await first.call('posts:create', { title: 'Kyläilta', date: '2026-12-12', coverImage: { ...image, alt: 'Kylätalo' } });
    await first.backend.repo.close();
    const bertil = await laptop(tempDir());
    expect(await bertil.call('sharing:open', { folder: shared })).toEqual({ planDir: fs.realpathSync(shared), opening: true });
    expect(bertil.switched).toEqual([fs.realpathSync(shared)]);
    const bertilDir = bertil.backend.repo.dir;
    await bertil.backend.repo.close();
    const reopened = await laptop(bertilDir);
    expect(reopened.backend.repo.planDir).toBe(fs.realpathSync(shared));
    expect(await reopened.call('identity:get', {})).toMatchObject({ me: null });
    // Anna's picture came with the folder: Ben's laptop serves it, byte for byte.
    expect(fs.readFileSync(reopened.backend.media.mediaFile(image.file, image.bytes)?.file ?? '').equals(png)).toBe(true);
    await reopened.backend.repo.close();
  });

  it('refuses a folder not empty and not a plan, one inside the plan, one it cannot write, and changes nothing', async () => {
    const dataDir = tempDir();
    const anna = await laptop(dataDir);
    const notEmpty = tempDir();
    fs.writeFileSync(path.join(notEmpty, 'kuitit.xlsx'), 'x');
    const inside = path.join(anna.backend.repo.planDir, 'automerge');
    const readOnly = tempDir();
    fs.chmodSync(readOnly, 0o555);
    // Root writes anywhere on a writable mount; /proc is a folder nobody can write to.
    const unwritable = process.getuid?.() === 0 ? '/proc/self' : readOnly;
    // The plan and this laptop's store, as they are before each refusal.
    const planAndDevice = () => [...snapshotFolder(dataDir)].filter(([name]) => name.startsWith('plan') || name.startsWith('device'));
    const before = planAndDevice();

    const refused = {
      notEmpty: await anna.send('sharing:move', { folder: notEmpty }),
      inside: await anna.send('sharing:move', { folder: inside }),
      unwritable: await anna.send('sharing:move', { folder: unwritable }),
      relative: await anna.send('sharing:move', { folder: 'Nextcloud/Somevuoro' }),
      noPlan: await anna.send('sharing:open', { folder: tempDir() }),
    };
    expect(refusalIn('fi', refused.notEmpty)).toBe('Kansio ei ole tyhjä eikä siinä ole suunnitelmaa. Valitse tyhjä kansio. Mitään ei muutettu.');
    expect(refusalIn('sv', refused.notEmpty)).toBe('Mappen är inte tom och innehåller ingen plan. Välj en tom mapp. Inget ändrades.');
    expect(refusalIn('en', refused.inside)).toBe('That folder is inside the plan\u2019s own folder. Choose a folder outside it. Nothing was changed.'.replace('\u2019', "'"));
    expect(refusalIn('fi', refused.unwritable)).toBe('Somevuoro ei voi kirjoittaa kansioon (vain luku tai ei oikeuksia). Mitään ei muutettu.');
    expect(refusalIn('en', refused.relative)).toMatch(/^Give the whole path of the folder/);
    expect(refusalIn('sv', refused.noPlan)).toMatch(/^Mappen innehåller ingen plan/);

    expect(anna.switched).toEqual([]);
    expect(fs.readdirSync(notEmpty)).toEqual(['kuitit.xlsx']);
    expect(fs.readdirSync(readOnly)).toEqual([]);
    expect(planAndDevice()).toEqual(before);
    await anna.backend.repo.close();
    const again = await laptop(dataDir);
    expect(again.backend.repo.planDir).toBe(path.join(dataDir, 'plan'));
    await again.backend.repo.close();
  });

  it('stops the start, in the user’s language, when the shared folder is not there (the sync service not running)', async () => {
    const dataDir = tempDir();
    const shared = tempDir();
    const anna = await laptop(dataDir);
    await anna.call('sharing:move', { folder: shared });
    await anna.backend.repo.close();
    fs.rmSync(shared, { recursive: true });
    const failure = await laptop(dataDir).then(
      () => null,
      (error: unknown) => error,
    );
    expect(startupErrorText(failure, 'fi-FI').message).toBe(`Jaettua suunnitelmakansiota ${shared} ei löydy: onko synkronointipalvelu käynnissä ja kansio saatavilla ilman verkkoa, levy kytkettynä? Mitään ei muutettu.`);
    // Nothing was made in its place.
    expect(fs.existsSync(shared)).toBe(false);
  });

  it('puts no plan in the folder when the copy does not read back equal to the plan', async () => {
    const anna = await laptop(tempDir());
    await anna.call('posts:create', { title: 'Joulumyyjäiset', date: '2026-12-12' });
    const folder = tempDir();
    const plan = await anna.backend.repo.snapshot();
    // As if a chunk had been lost on the way: the copy holds a post the plan compared with does not.
    await expect(copyPlanInto(anna.backend.repo.planDir, folder, { ...plan, posts: [] }, { now, locale: 'fi-FI' })).rejects.toThrow(/does not read back equal/);
    expect(fs.readdirSync(folder)).toEqual([]);
    await copyPlanInto(anna.backend.repo.planDir, folder, plan, { now, locale: 'fi-FI' });
    expect(fs.readdirSync(folder).sort()).toEqual(['automerge', 'plan.json']);
    await anna.backend.repo.close();
  });
});
