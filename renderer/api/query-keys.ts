/** react-query keys, one factory per domain; mutations invalidate by prefix. */
export const queryKeys = {
  status: ['app', 'status'] as const,
  settings: ['settings'] as const,
  association: ['association'] as const,
  channels: ['channels'] as const,
  volunteers: ['volunteers'] as const,
  preferences: ['preferences'] as const,
  backups: ['backups'] as const,
  posts: {
    all: ['posts'] as const,
    range: (from: string, to: string) => ['posts', 'range', from, to] as const,
    undated: ['posts', 'undated'] as const,
    detail: (id: string) => ['posts', 'detail', id] as const,
  },
  roster: {
    all: ['roster'] as const,
    duties: (from: string, to: string) => ['roster', 'duties', from, to] as const,
    /** Under 'posts' on purpose: every change to a post refreshes its coverage too. */
    coverage: (from: string, to: string) => ['posts', 'coverage', from, to] as const,
    coverageAll: ['posts', 'coverage'] as const,
  },
  checklist: {
    templates: ['checklist', 'templates'] as const,
    /** Under 'posts': every change to a post (and a tick) refreshes the checklists that show it. */
    all: ['posts', 'checklist'] as const,
    post: (id: string) => ['posts', 'checklist', 'post', id] as const,
    preview: (postId: string | null, fields: string) => ['posts', 'checklist', 'preview', postId, fields] as const,
    range: (from: string, to: string) => ['posts', 'checklist', 'range', from, to] as const,
    overview: (from: string, to: string) => ['posts', 'checklist', 'overview', from, to] as const,
  },
  exports: {
    /** Counts depend on posts too: the 'posts' prefix makes post mutations refresh them. */
    count: (selection: string) => ['posts', 'export-count', selection] as const,
  },
};
