import type { z } from 'zod';

/*
 * Every list and free text the app stores has a ceiling, so that no paste or API
 * call can grow a document past what saves instantly (100,000 away periods made a
 * 26.8 MB main document and 6.6 s writes). The messages name the limit and the
 * count: "At most 20,000 characters (you have 200,000)."
 */
export const limits = {
  channels: 50,
  volunteers: 500,
  duties: 10_000,
  awayPeriods: 200,
  comments: 500,
  checklistTicks: 200,
  /** Channels a post, duty or volunteer names; also the main document's channels. */
  channelRefs: 50,
  tags: 30,
  templates: 20,
  templateItems: 100,
  ideas: 500,
  supporters: 1000,
  ideaLinks: 50,
  campaigns: 200,
  campaignSteps: 40,
  series: 500,
} as const;

/** A message key with the numbers it needs: "v.tooLong?max=20000&count=200000". */
export function messageWith(key: string, params: Record<string, number>): string {
  return `${key}?${Object.entries(params).map(([name, value]) => `${name}=${value}`).join('&')}`;
}

function sizeOf(input: unknown): number {
  if (typeof input === 'string' || Array.isArray(input)) return input.length;
  return input !== null && typeof input === 'object' ? Object.keys(input).length : 0;
}

type TooBig = z.core.$ZodRawIssue;

/** zod's error for `.max(n, tooLong)`: the limit and what was given. */
export const tooLong = { error: (issue: TooBig) => messageWith('v.tooLong', { max: maximumOf(issue), count: sizeOf(issue.input) }) };
export const tooMany = { error: (issue: TooBig) => messageWith('v.tooMany', { max: maximumOf(issue), count: sizeOf(issue.input) }) };

function maximumOf(issue: TooBig): number {
  return 'maximum' in issue && typeof issue.maximum === 'number' ? issue.maximum : 0;
}

/** A record (id → value) of at most `max` entries; zod's records have no .max of their own. */
export function atMostEntries(max: number) {
  return {
    check: (record: object) => Object.keys(record).length <= max,
    error: { error: (issue: TooBig) => messageWith('v.tooMany', { max, count: sizeOf(issue.input) }) },
  };
}
