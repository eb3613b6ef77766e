import { describe, expect, it } from 'vitest';
import { blockingItems, gateStatusChange, overrideChecklist } from '../../../../shared/checklist/approval-gate';
import type { ChecklistItemResult, PostChecklist } from '../../../../shared/checklist/checklist-result';
import type { PostStatus } from '../../../../shared/domain/post';
import { post } from './builders';

function item(id: string, state: ChecklistItemResult['state'], requiredFor: PostStatus | null): ChecklistItemResult {
  return { id, label: '', kind: 'automatic', rule: 'cover-image', requiredFor, state, findings: [], tick: null, tickable: false };
}
const checklist = (...items: ChecklistItemResult[]): PostChecklist => ({ postId: 'p1', templateId: 't', templateName: 'T', items });

describe('the approval gate', () => {
  it('refuses approval while an item required for approval is open', () => {
    const verdict = gateStatusChange(post({ status: 'in-review' }), 'approved', checklist(item('cover-image', 'open', 'approved'), item('adapted', 'open', null)));
    expect(verdict).toMatchObject({ ok: false, blocking: [{ id: 'cover-image' }] });
  });

  it('lets the post through when required items are done and only advisory ones are open', () => {
    expect(gateStatusChange(post({ status: 'in-review' }), 'approved', checklist(item('cover-image', 'done', 'approved'), item('adapted', 'open', null)))).toEqual({ ok: true });
  });

  it('holds items required for approval before publishing too, so publishing straight from a draft cannot go round it', () => {
    expect(blockingItems(checklist(item('cover-image', 'open', 'approved')), 'published')).toHaveLength(1);
    expect(blockingItems(checklist(item('cover-image', 'open', 'approved')), 'in-review')).toHaveLength(0);
    expect(gateStatusChange(post({ status: 'draft' }), 'published', checklist(item('cover-image', 'open', 'approved'))).ok).toBe(false);
  });

  it('never holds back going back, staying, or cancelling', () => {
    const open = checklist(item('cover-image', 'open', 'in-review'));
    expect(gateStatusChange(post({ status: 'approved' }), 'draft', open)).toEqual({ ok: true });
    expect(gateStatusChange(post({ status: 'in-review' }), 'in-review', open)).toEqual({ ok: true });
    expect(gateStatusChange(post({ status: 'draft' }), 'cancelled', open)).toEqual({ ok: true });
  });

  it('lets an overridden post go on, and records the reason, who and when', () => {
    const overridden = overrideChecklist(post({ status: 'in-review' }), '  Kuva tulee tapahtumapaikalta.  ', 'Maija', '2026-06-01T08:00:00.000Z');
    expect(overridden.checklistOverride).toEqual({ reason: 'Kuva tulee tapahtumapaikalta.', by: 'Maija', at: '2026-06-01T08:00:00.000Z' });
    expect(gateStatusChange({ ...overridden, status: 'approved' }, 'published', checklist(item('cover-image', 'open', 'approved')))).toEqual({ ok: true });
  });
});
