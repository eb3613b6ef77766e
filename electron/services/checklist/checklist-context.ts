import { plusDays, todayIn } from '../../../shared/calendar/calendar-dates';
import { albumIndex, albumNameKey } from '../../../shared/checklist/album-index';
import type { ChecklistContext } from '../../../shared/checklist/evaluate-checklist';
import { effectiveTemplates } from '../../../shared/checklist/default-templates';
import type { ChecklistTemplate } from '../../../shared/domain/checklist-template';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Post } from '../../../shared/domain/post';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';
import { postFactsOf } from './post-facts';

/** How far apart two posts' albums are compared for clashing names, each way. */
const ALBUM_NEIGHBOURHOOD_DAYS = 366;

export function todayOf(repo: PlanRepository, clock: Clock): LocalDate {
  return todayIn(repo.main().settings.timeZone, clock());
}

export function templatesOf(repo: PlanRepository): ChecklistTemplate[] {
  const { checklistTemplates, settings } = repo.main();
  return effectiveTemplates(checklistTemplates, settings.language);
}

/**
 * Everything the rules read besides the post: the main document, and the albums of
 * posts within a year of the named albums being checked (and undated ones). Only the names
 * being checked are looked up, in the facts kept a month at a time (post-facts.ts).
 */
export async function checklistContext(repo: PlanRepository, clock: Clock, posts: readonly Pick<Post, 'date' | 'albumName'>[]): Promise<ChecklistContext> {
  const { association, channels, duties, volunteers, settings } = repo.main();
  // Only a post with an album name looks for clashes, so only those need the year around them read.
  const named = posts.filter((post) => post.albumName.trim() !== '');
  if (named.length === 0) return { association, channels, duties, volunteers, settings, albums: albumIndex([]) };
  const dates = named.flatMap((post) => (post.date ? [post.date] : [])).sort();
  const today = todayOf(repo, clock);
  const from = plusDays(dates[0] ?? today, -ALBUM_NEIGHBOURHOOD_DAYS);
  const to = plusDays(dates.at(-1) ?? today, ALBUM_NEIGHBOURHOOD_DAYS);
  const albums = await postFactsOf(repo).albums(new Set(named.map((post) => albumNameKey(post.albumName))), from, to);
  return { association, channels, duties, volunteers, settings, albums };
}
