import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../../../../shared/domain/local-time';
import { closeBackendsOn } from '../../../../support/backend';
import { backendsPerTest } from '../../../../support/backends-per-test';
import { carryNewFiles } from '../../../../support/folder-sync';
import { tempDir } from '../../../../support/temp-dir';

/*
 * Issue 14: the calendar's checklists are kept in the device folder between sessions
 * (cache/checklists/, electron/services/checklist/checklist-store.ts), so that the first month
 * after opening shows its flags without working out every checklist again. What the calendar
 * flags must never be what a post was before an edit made where nothing was on screen, before
 * another laptop's change to it, to the templates, or to a post sharing its album's name.
 */

const NOW = new Date('2026-06-10T09:00:00Z');
const JUNE = { from: localDate('2026-06-01'), to: localDate('2026-06-30') };
const ALBUM = '2026-06-20 Kesäjuhla';

const open = backendsPerTest(NOW);

/** The open items the calendar flags on the post (its badge), by rule or, for a manual item, id. */
async function flags(dir: string, planDir: string, id: string): Promise<string[]> {
  const backend = await open(dir, planDir);
  const badge = (await backend.call('checklist:range', JUNE)).find((entry) => entry.postId === id);
  await closeBackendsOn(dir);
  return (badge?.items ?? []).map((item) => item.rule ?? item.id).sort();
}

describe('the checklists kept between sessions', { timeout: 120_000 }, () => {
  it('flag what the post is now after an edit made with no calendar open, and after another laptop’s changes', async () => {
    const [dirA, dirB] = [tempDir(), tempDir()];
    const [planA, planB] = [path.join(tempDir(), 'plan'), path.join(tempDir(), 'plan')];
    const setUp = await open(dirA, planA);
    const channel = await setUp.call('channels:create', { kind: 'facebook-page', name: 'Facebook-sivu', url: '', goal: 'Näkyvyys', responsibleVolunteerId: null });
    const party = await setUp.call('posts:create', { title: 'Kesäjuhla', text: 'Tervetuloa!', date: localDate('2026-06-20'), contentType: 'event', channelIds: [channel.id], albumName: ALBUM });
    await closeBackendsOn(dirA);
    fs.cpSync(planA, planB, { recursive: true });

    const before = await flags(dirA, planA, party.id);
    expect(before).toContain('proofread');
    expect(before).not.toContain('nothing-unfinished');
    expect(before).not.toContain('album-name');
    // Kept: the next session reads it from here.
    expect(fs.readFileSync(path.join(dirA, 'cache', 'checklists', '2026-06.json'), 'utf8')).toContain(party.id);
    expect(await flags(dirA, planA, party.id)).toEqual(before);

    // An edit on this laptop with no calendar read after it: only the next session's calendar shows it.
    const editing = await open(dirA, planA);
    await editing.call('posts:update', { id: party.id, changes: { text: 'Tervetuloa! TODO' } });
    await closeBackendsOn(dirA);
    expect(await flags(dirA, planA, party.id)).toEqual([...before, 'nothing-unfinished'].sort());

    // Another laptop takes the placeholder out again, leaves out the proofreading from the templates and, in
    // another month, uses the album's name for a post of its own: each changes the flags of a post this laptop keeps.
    carryNewFiles(planA, planB);
    const ben = await open(dirB, planB);
    await ben.call('posts:update', { id: party.id, changes: { text: 'Tervetuloa kaikki!' } });
    carryNewFiles(planB, planA);
    expect(await flags(dirA, planA, party.id)).toEqual(before);
    const { templates } = await ben.call('checklist:templates', {});
    await ben.call('checklist:saveTemplates', { templates: templates.map((template) => ({ ...template, items: template.items.filter((item) => item.id !== 'proofread') })) });
    carryNewFiles(planB, planA);
    const withoutProofreading = before.filter((flag) => flag !== 'proofread');
    expect(await flags(dirA, planA, party.id)).toEqual(withoutProofreading);
    await ben.call('posts:create', { title: 'Syystalkoot', date: localDate('2026-09-12'), contentType: 'event', channelIds: [channel.id], albumName: ALBUM.toUpperCase() });
    carryNewFiles(planB, planA);
    expect(await flags(dirA, planA, party.id)).toEqual([...withoutProofreading, 'album-name'].sort());
  });

  it('work the checklists out again from a damaged file, and write it anew', async () => {
    const dir = tempDir();
    const planDir = path.join(tempDir(), 'plan');
    const setUp = await open(dir, planDir);
    const post = await setUp.call('posts:create', { title: 'Kesäjuhla TODO', date: localDate('2026-06-20'), contentType: 'event', channelIds: [] });
    await closeBackendsOn(dir);
    const shown = await flags(dir, planDir, post.id);
    expect(shown).toContain('nothing-unfinished');
    const file = path.join(dir, 'cache', 'checklists', '2026-06.json');
    for (const damage of ['', '{"version":1,"posts":{', `{"version":1,"posts":{"${post.id}":["x",{"items":"none"}]}}`, 'null']) {
      fs.writeFileSync(file, damage);
      expect(await flags(dir, planDir, post.id), damage).toEqual(shown);
      expect(fs.readFileSync(file, 'utf8'), damage).toContain(post.id);
    }
  });
});
