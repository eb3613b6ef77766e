import type { Idea, IdeaLink } from '../domain/idea';

/*
 * The backlog's rules (issue 16 item 2): most supported first, and what an idea became
 * recorded on the idea, the one place the link is kept (see IdeaLink).
 */

const settled = new Set<Idea['status']>(['done', 'dropped']);

/** Open ideas by support (most +1s first, the older first on a tie); done and dropped ones after them, by support too. */
export function bySupport(ideas: readonly Idea[]): Idea[] {
  return [...ideas].sort(
    (a, b) =>
      Number(settled.has(a.status)) - Number(settled.has(b.status)) ||
      b.supporters.length - a.supporters.length ||
      (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
  );
}

/** The idea a post or campaign came from, if any. */
export function ideaBehind(ideas: readonly Idea[], link: IdeaLink): Idea | undefined {
  return ideas.find((idea) => idea.links.some((entry) => entry.kind === link.kind && entry.id === link.id));
}

/** The idea once it became `link`: a new idea is planned from then on. */
export function linkedIdea(idea: Idea, link: IdeaLink, at: string): Idea {
  return {
    ...idea,
    links: [...idea.links, link],
    status: idea.status === 'new' ? 'planned' : idea.status,
    updatedAt: at,
  };
}
