import { describe, expect, it } from 'vitest';
import { ChecklistMemo } from '../../../../../electron/services/checklist/checklist-memo';
import { albumIndex } from '../../../../../shared/checklist/album-index';
import type { PostChecklist } from '../../../../../shared/checklist/checklist-result';
import type { MainDocument } from '../../../../../shared/domain/documents';
import { localDate } from '../../../../../shared/domain/local-time';
import { newPost } from '../../../../../shared/domain/post';

const at = '2026-06-10T09:00:00Z';
const party = newPost({ title: 'Kesäjuhla', date: localDate('2026-06-20'), albumName: '2026-06-20 Kesäjuhla' }, 'party', at);
const twin = newPost({ title: 'Talkoot', date: localDate('2026-08-20'), albumName: '2026-06-20 kesäjuhla' }, 'twin', at);
const main = {} as MainDocument;

describe('checklists kept per post', () => {
  it('are worked out again only when the post, the main document or the posts sharing its album name are other objects', () => {
    const memo = new ChecklistMemo();
    let worked = 0;
    const work = (): PostChecklist => ({ postId: 'party', templateId: null, templateName: String(++worked), items: [] });
    const albums = albumIndex([party, twin]);
    memo.checklistOf(party, main, albums, work);
    // A later request builds its index anew, from the same kept facts: nothing changed.
    expect(memo.checklistOf(party, main, albumIndex([party, twin]), work).templateName).toBe('1');
    expect(memo.checklistOf(party, main, albumIndex([party, { ...twin }]), work).templateName).toBe('2');
    const albumsNow = albumIndex([party, twin]);
    memo.checklistOf(party, main, albumsNow, work);
    expect(memo.checklistOf(party, { ...main }, albumsNow, work).templateName).toBe('4');
    expect(memo.checklistOf({ ...party }, main, albumsNow, work).templateName).toBe('5');
  });
});
