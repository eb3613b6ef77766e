import type { MainDocument } from '../../../shared/domain/documents';
import type { PostCoverage } from '../../../shared/roster/coverage';
import { postCoverage } from '../../../shared/roster/coverage';

/*
 * Issue 14: the calendar asks for the coverage of every post of a month and its neighbours,
 * and walking each post's response window day by day was most of roster:coverage (~1,000
 * posts a month grid at 50,000). A post's coverage reads only the post and the main document
 * (duties, volunteers, the response window setting). The repository hands out the same
 * objects until they change (a write or a merge replaces them), so a coverage is kept for the
 * objects it was worked out from and worked out again as soon as either is another. A series'
 * occurrence is a new object each time: never found, never wrong (as checklist-memo.ts).
 */
export class CoverageMemo {
  private readonly kept = new WeakMap<object, { main: MainDocument; coverage: PostCoverage }>();

  /** postCoverage's signature, for coverageGaps, with `main` the document the duties, volunteers and hours were read from. */
  coverageOf(main: MainDocument): typeof postCoverage {
    return (post, duties, volunteers, hours) => {
      const kept = this.kept.get(post);
      if (kept && kept.main === main) return kept.coverage;
      const coverage = postCoverage(post, duties, volunteers, hours);
      this.kept.set(post, { main, coverage });
      return coverage;
    };
  }
}

