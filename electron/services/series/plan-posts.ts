import type { Id } from '../../../shared/domain/ids';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Post } from '../../../shared/domain/post';
import { comparePosts } from '../../../shared/domain/post';
import { parseOccurrenceId } from '../../../shared/recurrence/occurrence-id';
import { occurrencesBetween, occurrencesOn } from '../../../shared/recurrence/series';
import type { PlanRepository } from '../../storage/plan-repository';

/*
 * What a view, the checklist, the review list and the duty coverage see of a range: the
 * posts stored there and the occurrences of every series, each a post of its own.
 */

/** In calendar order (comparePosts), as the stored posts come: the agenda lists them so, and the renderer's cache inserts a saved post by that order. */
export async function postsWithOccurrences(repo: PlanRepository, from: LocalDate, to: LocalDate): Promise<Post[]> {
  const occurrences = repo.main().series.flatMap((series) => occurrencesBetween(series, from, to));
  const stored = await repo.postsBetween(from, to);
  // Two sorted runs: the engine's sort merges them in one pass.
  return occurrences.length === 0 ? stored : [...stored, ...occurrences.sort(comparePosts)].sort(comparePosts);
}

/** A stored post, or the occurrence an id names (`<series>_<rule day>`) while its series gives that day. */
export async function postOrOccurrence(repo: PlanRepository, id: Id): Promise<Post | undefined> {
  const stored = await repo.findPost(id);
  if (stored) return stored;
  const named = parseOccurrenceId(id);
  const series = named && repo.main().series.find((one) => one.id === named.seriesId);
  return series && named ? occurrencesOn(series, named.date) : undefined;
}
