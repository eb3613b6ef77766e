import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../../support/backend';
import { pngImage } from '../../../../support/images';
import { snapshotFolder, tempDir } from '../../../../support/temp-dir';
import { actAs } from '../../../../support/identity';
import { planFile } from '../../../../support/plan-on-disk';

const NOW = new Date('2026-06-10T09:00:00Z');
const readMonth = async (dir: string, month: string) => (await planFile(dir, `posts/${month}.json`)).posts;
const readMain = (dir: string) => planFile(dir, 'somevuoro.json');

/** An event in review with no cover image (required before approval for events) and a name in Settings. */
async function eventInReview() {
  const dir = tempDir();
  const backend = await backendOn(dir, () => NOW);
  await actAs(backend.call, 'Maija Virtanen');
  const facebook = await backend.call('channels:create', { kind: 'facebook-page', name: 'Facebook-sivu', url: '', goal: 'Näkyvyys', responsibleVolunteerId: null });
  const post = await backend.call('posts:create', {
    title: 'Kesäjuhla',
    text: 'Tervetuloa!',
    date: '2026-06-20',
    time: '12:00',
    status: 'in-review',
    contentType: 'event',
    channelIds: [facebook.id],
    albumName: '2026-06-20 Kesäjuhla',
  });
  return { dir, backend, post, facebook };
}

describe('the checklist in the services', () => {
  it('uses the built-in templates in the app’s language until they are edited', async () => {
    const { backend } = await eventInReview();
    const state = await backend.call('checklist:templates', {});
    expect(state.builtIn).toBe(true);
    expect(state.templates.map((template) => template.name)).toEqual(['Tapahtumat ja kuvat', 'Muut julkaisut']);
  });

  it('refuses to approve while a required item is open, and changes nothing', async () => {
    const { dir, backend, post } = await eventInReview();
    const before = snapshotFolder(dir);
    const result = await backend.dispatch('posts:approve', { id: post.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'checklist.cover-image', message: 'v.checklistOpen' }] } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('approves with a written reason, and keeps the reason, who and when on disk', async () => {
    const { dir, backend, post } = await eventInReview();
    await backend.call('posts:approve', { id: post.id, overrideReason: 'Kuva otetaan juhlassa ja lisätään silloin.' });
    expect((await readMonth(dir, '2026-06'))[post.id]).toMatchObject({
      status: 'approved',
      approval: { by: 'Maija Virtanen', at: NOW.toISOString() },
      checklistOverride: { reason: 'Kuva otetaan juhlassa ja lisätään silloin.', by: 'Maija Virtanen', at: NOW.toISOString() },
    });
    // Sent back to work, the override goes with the approval.
    await backend.call('posts:update', { id: post.id, changes: { status: 'draft' } });
    expect((await readMonth(dir, '2026-06'))[post.id]).toMatchObject({ approval: null, checklistOverride: null });
  });

  it('refuses an empty reason as no reason', async () => {
    const { backend, post } = await eventInReview();
    expect(await backend.dispatch('posts:approve', { id: post.id, overrideReason: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ path: 'overrideReason', message: 'v.required' }] } });
  });

  it('does not let an edit publish a post round the gate', async () => {
    const { backend, post } = await eventInReview();
    const result = await backend.dispatch('posts:update', { id: post.id, changes: { status: 'published' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'changes.status', message: 'v.checklistOpen' }] } });
  });

  it('does not let a new post be born published or approved round the gate, writing nothing', async () => {
    const { dir, backend, facebook } = await eventInReview();
    const before = snapshotFolder(dir);
    const event = { title: 'Syysjuhla', date: '2026-09-12', contentType: 'event' as const, channelIds: [facebook.id], albumName: '2026-09-12 Syysjuhla' };
    expect(await backend.dispatch('posts:create', { ...event, status: 'published' })).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'status', message: 'v.checklistOpen', received: 'published' }] } });
    expect(await backend.dispatch('posts:create', { ...event, status: 'approved' })).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ path: 'status', message: 'v.approveWithAction' }] } });
    expect(snapshotFolder(dir)).toEqual(before);
    // A plain announcement has nothing required before publishing: recorded as published afterwards, it is kept.
    const news = await backend.call('posts:create', { title: 'Hallitus kokoontui', date: '2026-06-01', contentType: 'announcement', channelIds: [facebook.id], status: 'published' });
    expect((await readMonth(dir, '2026-06'))[news.id]).toMatchObject({ status: 'published' });
  });

  it('approves once the cover image is chosen and described', async () => {
    const { dir, backend, post } = await eventInReview();
    const image = await backend.call('media:importImage', { fileName: 'juhla.png', data: pngImage(1200, 630).toString('base64') });
    await backend.call('posts:update', { id: post.id, changes: { coverImage: { ...image, alt: 'Juhlaväkeä pihalla' } } });
    expect(await backend.call('posts:approve', { id: post.id })).toMatchObject({ status: 'approved', checklistOverride: null });
    expect((await readMonth(dir, '2026-06'))[post.id].coverImage).toMatchObject({ file: image.file, width: 1200, height: 630, mime: 'image/png' });
  });

  it('records who ticked a manual item and when, and takes the tick away again', async () => {
    const { dir, backend, post } = await eventInReview();
    await backend.call('checklist:tick', { postId: post.id, itemId: 'proofread', done: true });
    expect((await readMonth(dir, '2026-06'))[post.id].checklist).toEqual({ proofread: { by: 'Maija Virtanen', at: NOW.toISOString() } });
    expect((await backend.call('checklist:post', { id: post.id })).items.find((item) => item.id === 'proofread')).toMatchObject({ state: 'done', tick: { by: 'Maija Virtanen' } });
    await backend.call('checklist:tick', { postId: post.id, itemId: 'proofread', done: false });
    expect((await readMonth(dir, '2026-06'))[post.id].checklist).toEqual({});
  });

  it('refuses to tick an automatic item or one the checklist does not have', async () => {
    const { backend, post } = await eventInReview();
    expect(await backend.dispatch('checklist:tick', { postId: post.id, itemId: 'cover-image', done: true })).toMatchObject({ ok: false, error: { issues: [{ message: 'v.checklistItemAutomatic' }] } });
    expect(await backend.dispatch('checklist:tick', { postId: post.id, itemId: 'nope', done: true })).toMatchObject({ ok: false, error: { issues: [{ message: 'v.checklistItemUnknown' }] } });
  });

  it('changes existing posts’ checklists when a template is edited, and stores the templates', async () => {
    const { dir, backend, post } = await eventInReview();
    const { templates } = await backend.call('checklist:templates', {});
    const [events, ...rest] = templates;
    const edited = { ...events, items: [...events.items.filter((item) => item.id !== 'cover-image'), { id: 'lupa', label: 'Kuvauslupa kysytty', kind: 'manual' as const, rule: null, requiredFor: 'approved' as const }] };
    await backend.call('checklist:saveTemplates', { templates: [edited, ...rest] });
    const checklist = await backend.call('checklist:post', { id: post.id });
    expect(checklist.items.map((item) => item.id)).not.toContain('cover-image');
    expect(checklist.items.at(-1)).toMatchObject({ id: 'lupa', label: 'Kuvauslupa kysytty', state: 'open' });
    expect((await readMain(dir)).checklistTemplates[0].items.at(-1).label).toBe('Kuvauslupa kysytty');
    // Now the manual item holds approval back instead of the image.
    expect(await backend.dispatch('posts:approve', { id: post.id })).toMatchObject({ ok: false, error: { issues: [{ path: 'checklist.lupa' }] } });
  });

  it('refuses templates that break the rules, changing nothing', async () => {
    const { dir, backend } = await eventInReview();
    const before = snapshotFolder(dir);
    const { templates } = await backend.call('checklist:templates', {});
    const clash = [templates[0], { ...templates[1], contentTypes: ['event' as const] }];
    expect(await backend.dispatch('checklist:saveTemplates', { templates: clash })).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ message: 'v.templateTypeTaken' }] } });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('previews the checklist of the editor’s unsaved fields', async () => {
    const { backend, post, facebook } = await eventInReview();
    const fields = { ...post, text: 'Tervetuloa TODO', variants: {}, channelIds: [facebook.id] };
    const { id: _id, checklist: _c, checklistOverride: _o, approval: _a, comments: _m, createdAt: _cr, updatedAt: _u, ...postFields } = fields;
    const preview = await backend.call('checklist:preview', { postId: post.id, fields: postFields });
    expect(preview.items.find((item) => item.id === 'nothing-unfinished')).toMatchObject({ state: 'open', findings: [{ key: 'placeholder', params: { marker: 'TODO' } }] });
  });

  it('stamps channel checks with who and when, and reports a silent channel in the overview', async () => {
    const { dir, backend, facebook } = await eventInReview();
    await backend.call('posts:create', { title: 'Kevään kuvat', date: '2026-05-26', status: 'published', channelIds: [facebook.id] });
    const health = await backend.call('checklist:checkChannel', { channelId: facebook.id, check: 'about-contact', done: true });
    expect(health.items.find((item) => item.key === 'about-contact')).toMatchObject({ state: 'done', stamp: { by: 'Maija Virtanen' } });
    expect((await readMain(dir)).channelChecks[facebook.id]['about-contact']).toEqual({ by: 'Maija Virtanen', at: NOW.toISOString() });
    const overview = await backend.call('checklist:overview', { from: '2026-06-10', to: '2026-07-07' });
    expect(overview.channels[0].staleness).toMatchObject({ lastPost: '2026-05-26', daysSince: 15, state: 'stale' });
    expect(overview.posts.map((entry) => entry.post.title)).toEqual(['Kesäjuhla']);
    // June is judged over the channel's last twelve posts: May's post counts too.
    expect(overview.marketing.find((share) => share.month === '2026-06' && share.channelId === facebook.id)).toMatchObject({ total: 2, marketing: 0, over: false });
  });
});

describe('channel health by the channel’s cadence', () => {
  it('calls a channel of two posts a week silent after 9 days, which the general 14 days would not', async () => {
    const { backend, facebook } = await eventInReview();
    await backend.call('posts:create', { title: 'Kevään kuvat', date: '2026-06-01', status: 'published', channelIds: [facebook.id] });
    const before = await backend.call('checklist:overview', { from: '2026-06-10', to: '2026-07-07' });
    expect(before.channels[0].staleness).toMatchObject({ daysSince: 9, state: 'will-go-stale' });
    await backend.call('channels:update', { id: facebook.id, changes: { postsPerWeek: 2 } });
    const after = await backend.call('checklist:overview', { from: '2026-06-10', to: '2026-07-07' });
    expect(after.channels[0].staleness).toMatchObject({ daysSince: 9, state: 'stale' });
    expect(after.channels[0].items.find((item) => item.key === 'staleness')?.findings[0]).toMatchObject({ key: 'silent', params: { days: 9, threshold: 8 } });
    // Cleared again, the general setting decides.
    await backend.call('channels:update', { id: facebook.id, changes: { postsPerWeek: null } });
    expect((await backend.call('checklist:overview', { from: '2026-06-10', to: '2026-07-07' })).channels[0].staleness.state).toBe('will-go-stale');
  });

  it('refuses a cadence of 0 or 30 posts a week with a message, changing nothing', async () => {
    const { backend, facebook } = await eventInReview();
    for (const postsPerWeek of [0, 30]) {
      await expect(backend.call('channels:update', { id: facebook.id, changes: { postsPerWeek } })).rejects.toThrow('changes.postsPerWeek: A target from 1 to 21 posts a week, or leave it empty.');
    }
    await expect(backend.call('channels:update', { id: facebook.id, changes: { postsPerWeek: 1.5 } })).rejects.toThrow('changes.postsPerWeek: Not a whole number.');
    expect((await backend.call('channels:list', {}))[0].postsPerWeek).toBeUndefined();
  });
});

describe('cover images in the plan folder', () => {
  it('copies a picked image into the plan’s media/ under the SHA-256 of its bytes, with its real type and size', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir, () => NOW);
    const bytes = pngImage(640, 480);
    const image = await backend.call('media:importImage', { fileName: 'Kesä kuva.JPG', data: bytes.toString('base64') });
    expect(image).toMatchObject({ mime: 'image/png', width: 640, height: 480, bytes: bytes.length });
    expect(image.file).toMatch(/^[0-9a-f]{64}\.png$/);
    expect(fs.readFileSync(path.join(dir, 'plan', 'media', image.file)).equals(bytes)).toBe(true);
  });

  it('refuses a file that is not an image, writing nothing', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir, () => NOW);
    const result = await backend.dispatch('media:importImage', { fileName: 'notes.txt', data: Buffer.from('not an image at all').toString('base64') });
    expect(result).toMatchObject({ ok: false, error: { code: 'rejected', issues: [{ message: 'v.imageType', received: 'notes.txt' }] } });
    expect(fs.existsSync(path.join(dir, 'plan', 'media'))).toBe(false);
  });

  it('refuses a post whose cover image file is not in the data folder', async () => {
    const dir = tempDir();
    const backend = await backendOn(dir, () => NOW);
    const post = await backend.call('posts:create', { title: 'Kuva puuttuu' });
    const coverImage = { file: '0b5c2a4e-1111-4222-8333-444455556666.png', alt: '', mime: 'image/png' as const, width: 10, height: 10, bytes: 10 };
    expect(await backend.dispatch('posts:update', { id: post.id, changes: { coverImage } })).toMatchObject({ ok: false, error: { issues: [{ path: 'coverImage', message: 'v.imageMissing' }] } });
  });

  it('the calendar’s badges are checked for posts still to publish: published and cancelled posts are not in checklist:range', async () => {
    const { backend, post, facebook } = await eventInReview();
    await backend.call('posts:create', { title: 'Hallitus kokoontui', date: '2026-06-05', channelIds: [facebook.id], status: 'published' });
    await backend.call('posts:create', { title: 'Peruttu', date: '2026-06-06', channelIds: [facebook.id], status: 'cancelled' });
    expect((await backend.call('checklist:range', { from: '2026-06-01', to: '2026-06-30' })).map((checklist) => checklist.postId)).toEqual([post.id]);
  });
});
