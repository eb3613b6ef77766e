import { describe, expect, it } from 'vitest';
import type { ChecklistOverview } from '../../../../shared/api/checklist-contract';
import { attentionCount, postsNeedingFix, postsWithAdvice } from '../../../../shared/checklist/attention';
import type { ChecklistItemResult } from '../../../../shared/checklist/checklist-result';
import { localDate } from '../../../../shared/domain/local-time';
import { post } from './builders';

const item = (state: ChecklistItemResult['state'], requiredFor: ChecklistItemResult['requiredFor'] = null): ChecklistItemResult => ({ id: 'x', label: '', kind: 'manual', rule: null, requiredFor, state, findings: [], tick: null, tickable: true });
const checklist = (id: string, ...items: ChecklistItemResult[]) => ({ postId: id, templateId: 't', templateName: 'T', items });
const staleness = { lastPost: null, nextPost: null, daysSince: null, daysUntilNext: null, state: 'ok' as const };

function overview(fields: Partial<ChecklistOverview>): ChecklistOverview {
  return { today: localDate('2026-06-01'), from: localDate('2026-06-01'), to: localDate('2026-06-28'), posts: [], channels: [], marketing: [], ...fields };
}

describe('what needs attention (the navigation badge)', () => {
  it('counts posts held back by an open required item, channels with an open health item and channels over the marketing rule', () => {
    const count = attentionCount(
      overview({
        posts: [
          { post: post({ id: 'a', status: 'draft' }), checklist: checklist('a', item('open', 'approved'), item('done')) },
          { post: post({ id: 'b' }), checklist: checklist('b', item('open'), item('not-applicable')) },
        ],
        channels: [
          { channelId: 'fb', staleness, items: [{ key: 'responsible', state: 'open', findings: [], stamp: null, manual: false }] },
          { channelId: 'ig', staleness, items: [{ key: 'responsible', state: 'done', findings: [], stamp: null, manual: false }] },
        ],
        marketing: [
          { month: '2026-06', channelId: null, marketing: 2, total: 12, over: true, neededToFit: 4 },
          { month: '2026-06', channelId: 'fb', marketing: 2, total: 12, over: true, neededToFit: 4 },
          { month: '2026-06', channelId: 'ig', marketing: 0, total: 5, over: false, neededToFit: 0 },
        ],
      }),
    );
    expect(count).toBe(3);
  });

  it('tells posts to fix from posts with advice: items required for a later step, or an override, decide', () => {
    const posts = [
      { post: post({ id: 'draft', status: 'draft' }), checklist: checklist('draft', item('open', 'approved')) },
      { post: post({ id: 'approved', status: 'approved' }), checklist: checklist('approved', item('open'), item('done', 'approved')) },
      { post: post({ id: 'edited', status: 'approved' }), checklist: checklist('edited', item('open', 'approved')) },
      { post: post({ id: 'overridden', status: 'in-review', checklistOverride: { reason: 'Kiire', by: 'Maija', at: '2026-06-01T08:00:00.000Z' } }), checklist: checklist('overridden', item('open', 'approved')) },
      { post: post({ id: 'to-publish', status: 'approved' }), checklist: checklist('to-publish', item('open', 'published')) },
    ];
    expect(postsNeedingFix({ posts }).map((entry) => entry.post.id)).toEqual(['draft', 'edited', 'to-publish']);
    expect(postsWithAdvice({ posts }).map((entry) => entry.post.id)).toEqual(['approved', 'overridden']);
  });

  it('is zero when everything is in order', () => {
    expect(attentionCount(overview({}))).toBe(0);
  });
});
