import type { Post } from '../../../shared/domain/post';
import { daysInMonth } from '../../../shared/domain/local-time';
import { needsCoverage } from '../../../shared/roster/coverage';
import type { PostCoverage } from '../../../shared/roster/coverage';
import { useCoverageBetween } from '../../api/roster-queries';

/**
 * The coverage of one post, read with its whole month so that every post of a month
 * shares one request (react-query deduplicates by key). Any calendar view can use it.
 */
export function usePostCoverage(post: Pick<Post, 'id' | 'date' | 'status'>): PostCoverage | undefined {
  const goesOut = needsCoverage(post);
  const month = post.date?.slice(0, 7) ?? '2000-01';
  const last = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  const coverage = useCoverageBetween(`${month}-01`, `${month}-${String(last).padStart(2, '0')}`, goesOut);
  return goesOut ? coverage.data?.find((item) => item.postId === post.id) : undefined;
}
