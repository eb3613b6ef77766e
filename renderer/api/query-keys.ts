/**
 * react-query keys, one root per kind of answer. What a change refreshes is declared
 * per channel in invalidation-map.ts, never implied by nesting keys under another root.
 */
export const queryKeys = {
  status: ['app', 'status'] as const,
  settings: ['settings'] as const,
  association: ['association'] as const,
  channels: ['channels'] as const,
  results: ['results'] as const,
  volunteers: ['volunteers'] as const,
  preferences: ['preferences'] as const,
  identity: ['identity'] as const,
  recentPlans: ['recentPlans'] as const,
  sharing: ['sharing'] as const,
  syncServer: ['syncServer'] as const,
  backups: ['backups'] as const,
  /** The idea backlog: names what each idea became, so post changes refresh it too. */
  ideas: ['ideas'] as const,
  /** Campaigns with their posts and progress (post changes refresh them); templates apart. */
  campaigns: { all: ['campaigns'] as const, templates: ['campaign-templates'] as const },
  posts: {
    all: ['posts'] as const,
    /** The lists the calendar shows: the weeks in view and the unscheduled ones. */
    lists: ['posts', 'list'] as const,
    range: (from: string, to: string) => ['posts', 'list', 'range', from, to] as const,
    undated: ['posts', 'list', 'undated'] as const,
    details: ['posts', 'detail'] as const,
    /** Under posts: a series' rule, which its posts' editor changes. */
    series: (id: string) => ['posts', 'series', id] as const,
    detail: (id: string) => ['posts', 'detail', id] as const,
    /** Under posts: every post change can add a version. */
    history: (id: string) => ['posts', 'history', id] as const,
    /** Under posts: deleting and restoring change it. */
    trash: ['posts', 'trash'] as const,
  },
  roster: {
    all: ['roster'] as const,
    duties: (from: string, to: string) => ['roster', 'duties', from, to] as const,
  },
  /** Who answers each post: depends on posts, duties, volunteers and the response window. */
  coverage: {
    all: ['coverage'] as const,
    range: (from: string, to: string) => ['coverage', from, to] as const,
  },
  checklist: {
    templates: ['checklist-templates'] as const,
    /** Every computed checklist: they depend on posts, templates, settings, duties and channels. */
    all: ['checklist'] as const,
    posts: ['checklist', 'post'] as const,
    post: (id: string) => ['checklist', 'post', id] as const,
    previews: ['checklist', 'preview'] as const,
    preview: (postId: string | null, fields: string) => ['checklist', 'preview', postId, fields] as const,
    ranges: ['checklist', 'range'] as const,
    range: (from: string, to: string) => ['checklist', 'range', from, to] as const,
    overviews: ['checklist', 'overview'] as const,
    overview: (from: string, to: string) => ['checklist', 'overview', from, to] as const,
    /** The navigation's count alone (checklist:attention). */
    attention: (from: string, to: string) => ['checklist', 'attention', from, to] as const,
  },
  /** The plan as several laptops share it: status line and "two versions" (plan-queries.ts). */
  plan: {
    all: ['plan'] as const,
    status: ['plan', 'status'] as const,
    conflicts: ['plan', 'conflicts'] as const,
  },
  /** This laptop's accounts for direct posting, and posts due while the app was closed (features/publish). */
  publish: {
    all: ['publish'] as const,
    accounts: ['publish', 'accounts'] as const,
    due: ['publish', 'due'] as const,
    scheduled: ['publish', 'scheduled'] as const,
  },
  exports: {
    all: ['export-count'] as const,
    count: (selection: string) => ['export-count', selection] as const,
  },
};

/**
 * How long a calendar read (a range's posts, checklists and coverage, the unscheduled posts) counts as fresh: long,
 * because nothing changes them unseen. Every change made here marks what it touched stale (invalidation-map.ts) and
 * another laptop's merged changes mark everything stale (plan:changed). With React Query's 10 s of the rest, a switch
 * to the week on a loaded machine read the week again, which the screen then waited on (issue 14). Not for ever:
 * a checklist's due dates move with the clock, and a screen left open reads them again on the next visit after this.
 */
export const CALENDAR_STALE_MS = 5 * 60_000;
