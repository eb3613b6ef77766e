/** react-query keys, one factory per domain; mutations invalidate by prefix. */
export const queryKeys = {
  status: ['app', 'status'] as const,
  settings: ['settings'] as const,
  association: ['association'] as const,
  channels: ['channels'] as const,
  volunteers: ['volunteers'] as const,
  preferences: ['preferences'] as const,
  posts: {
    all: ['posts'] as const,
    range: (from: string, to: string) => ['posts', 'range', from, to] as const,
    undated: ['posts', 'undated'] as const,
    detail: (id: string) => ['posts', 'detail', id] as const,
  },
};
