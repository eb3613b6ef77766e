import type { Channel } from '../domain/channel';
import type { Duty } from '../domain/duty';
import type { Post } from '../domain/post';
import type { Volunteer } from '../domain/volunteer';
import { postCoverage } from '../roster/coverage';
import type { RuleOutcome } from './checklist-result';
import { info, problem } from './checklist-result';

/*
 * Someone always answers messages, comments and questions (seed 000). Decided by the
 * roster's coverage rule (shared/roster/coverage.ts): a response duty on the post's
 * channels for the hours after it goes out, or the post's own named responder.
 */

export function checkResponseDuty(
  post: Pick<Post, 'id' | 'date' | 'time' | 'status' | 'channelIds' | 'responderId'>,
  duties: readonly Duty[],
  volunteers: readonly Volunteer[],
  channels: readonly Pick<Channel, 'id' | 'name'>[],
  responseWindowHours: number,
): RuleOutcome {
  if (post.status === 'cancelled') return { state: 'not-applicable', findings: [] };
  if (!post.date) return { state: 'open', findings: [problem('noDate')] };
  const coverage = postCoverage(post, duties, volunteers, responseWindowHours);
  const names = new Map(volunteers.map((volunteer) => [volunteer.id, volunteer.name]));
  if (coverage.covered) {
    const who = coverage.responders.map((id) => names.get(id) ?? id).join(', ');
    return { state: 'done', findings: who ? [info('onDuty', { names: who })] : [] };
  }
  const channelNames = new Map(channels.map((channel) => [channel.id, channel.name]));
  return {
    state: 'open',
    findings: coverage.uncovered.map((gap) => problem('uncovered', { channel: gap.channelId ? (channelNames.get(gap.channelId) ?? gap.channelId) : '', days: gap.days.join(',') })),
  };
}
