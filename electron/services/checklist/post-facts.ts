import type { AlbumIndex } from '../../../shared/checklist/album-index';
import { albumIndex } from '../../../shared/checklist/album-index';
import type { PostFact } from '../../../shared/checklist/post-fact';
import type { LocalDate } from '../../../shared/domain/local-time';
import { monthKeysBetween } from '../../../shared/domain/local-time';
import { monthRange } from '../../../shared/export/export-selection';
import type { PlanRepository } from '../../storage/plan-repository';

/*
 * Issue 14: what the checklists need to know about other posts (albums of the same name,
 * each channel's last and next post, the marketing share's last twelve) was read by
 * scanning every post of the year around each request, sorting them with localeCompare
 * and indexing their albums again: 100–250 ms a call at 10,000 posts. The facts are kept
 * here a month at a time instead, with each month's albums already keyed, so a request
 * looks up only the names it checks. They come from the repository's facts
 * (postFactsBetween: no texts, images or comments, and no month held whole for them).
 *
 * A month's facts are dropped when this laptop writes a post there (the repository is
 * wrapped, below) and all of them when another laptop's changes are merged; they are
 * read again, from the repository, when next asked for. The repository's answers stay
 * the truth: these are only what was read from it, kept.
 */

interface MonthFacts {
  /** The month's posts in the repository's order (comparePosts). */
  posts: readonly PostFact[];
}

const UNDATED = 'undated';

function factsOf(posts: readonly PostFact[]): MonthFacts {
  return { posts };
}

const within = (post: PostFact, from: LocalDate, to: LocalDate) => post.date !== null && post.date >= from && post.date <= to;

export class PostFacts {
  private readonly months = new Map<string, Promise<MonthFacts>>();
  /** The month each post was last seen in, so that a change or a deletion by id drops the right one. */
  private readonly monthOfPost = new Map<string, string>();

  /** `keep`: false for a repository nobody tells of its writes (a test's bare one): then nothing is kept between calls. */
  constructor(
    private readonly repo: PlanRepository,
    private readonly keep: boolean,
  ) {
    if (keep) repo.onOutsideChange(() => this.forgetAll());
  }

  /** The posts dated from `from` to `to`, as repo.postsBetween orders them. */
  async between(from: LocalDate, to: LocalDate): Promise<PostFact[]> {
    const facts = await this.monthsBetween(from, to);
    return facts.flatMap((month) => month.posts.filter((post) => within(post, from, to)));
  }

  /**
   * The albums named `keys` among posts dated from `from` to `to` and the undated ones,
   * in the order albumIndex would list them given postsBetween and then undatedPosts: from
   * the repository's album-name index, so a month's checks read their own names only.
   */
  async albums(keys: ReadonlySet<string>, from: LocalDate, to: LocalDate): Promise<AlbumIndex> {
    return albumIndex(await this.repo.albumFactsBetween(keys, from, to));
  }

  /** A post was written, moved or deleted: the months it was and is in are read again. */
  forgetPost(id: string, date: LocalDate | null | undefined): void {
    const was = this.monthOfPost.get(id);
    if (was !== undefined) this.months.delete(was);
    if (date !== undefined) this.months.delete(date === null ? UNDATED : date.slice(0, 7));
  }

  forgetAll(): void {
    this.months.clear();
    this.monthOfPost.clear();
  }

  private async monthsBetween(from: LocalDate, to: LocalDate): Promise<MonthFacts[]> {
    const keys = monthKeysBetween(from, to);
    // The months not kept are read in one call: the repository leaves a long range cold in its engine (a year of months loaded for editing held up edits).
    const missing = keys.filter((key) => !this.months.has(key));
    if (missing.length) {
      const read = this.repo.postFactsBetween(monthRange(missing[0]).from, monthRange(missing.at(-1) ?? missing[0]).to);
      for (const key of missing) void this.remember(key, read.then((posts) => posts.filter((post) => post.date?.startsWith(key))));
    }
    const facts = await Promise.all(keys.map((key) => this.months.get(key) ?? this.read(key)));
    if (!this.keep) this.forgetAll();
    return facts;
  }

  private read(key: string): Promise<MonthFacts> {
    return this.remember(key, key === UNDATED ? this.repo.undatedPostFacts() : this.repo.postFactsBetween(monthRange(key).from, monthRange(key).to));
  }

  private remember(key: string, posts: Promise<PostFact[]>): Promise<MonthFacts> {
    const facts = posts.then((read) => {
      for (const post of read) this.monthOfPost.set(post.id, key);
      return factsOf(read);
    });
    this.months.set(key, facts);
    // A failed read is not kept: the next request tries again.
    facts.catch(() => {
      if (this.months.get(key) === facts) this.months.delete(key);
    });
    return facts;
  }
}

const kept = new WeakMap<PlanRepository, PostFacts>();

/** The facts kept for `repo` (one that indexedRepository made), or facts read afresh for each call. */
export function postFactsOf(repo: PlanRepository): PostFacts {
  return kept.get(repo) ?? new PostFacts(repo, false);
}

type Writes = Pick<PlanRepository, 'insertPost' | 'insertPosts' | 'replacePost' | 'trashPost' | 'restorePost' | 'replaceContents' | 'resolveConflict'>;

/**
 * `repo` as services use it, with its post facts kept: every write that can change a
 * month's posts drops that month's facts once it is done (a failed write too, to be safe).
 */
export function indexedRepository(repo: PlanRepository): PlanRepository {
  const facts = new PostFacts(repo, true);
  const after = <T>(work: Promise<T>, forget: (result: T | undefined) => void) =>
    work.then(
      (result) => (forget(result), result),
      (error: unknown) => {
        forget(undefined);
        throw error;
      },
    );
  const writes: Writes = {
    insertPost: (post) => after(repo.insertPost(post), () => facts.forgetPost(post.id, post.date)),
    insertPosts: (posts) => after(repo.insertPosts(posts), () => posts.forEach((post) => facts.forgetPost(post.id, post.date))),
    replacePost: (post) => after(repo.replacePost(post), () => facts.forgetPost(post.id, post.date)),
    trashPost: (id) => after(repo.trashPost(id), (post) => facts.forgetPost(id, post?.date)),
    restorePost: (id, adjust) => after(repo.restorePost(id, adjust), (post) => facts.forgetPost(id, post?.date)),
    replaceContents: (next) => after(repo.replaceContents(next), () => facts.forgetAll()),
    resolveConflict: (target, field, choice) => after(repo.resolveConflict(target, field, choice), () => facts.forgetAll()),
  };
  const indexed = new Proxy(repo, {
    get(target, property, receiver) {
      if (Object.hasOwn(writes, property)) return writes[property as keyof Writes];
      const value: unknown = Reflect.get(target, property, receiver === indexed ? target : receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
    // A write replaced from outside (a test watching imports) must wrap the kept write, not the
    // bare repository's: set on the target, the kept write would call the wrapper that calls it.
    set(target, property, value: unknown) {
      if (!Object.hasOwn(writes, property)) return Reflect.set(target, property, value);
      Object.assign(writes, { [property]: value });
      return true;
    },
  });
  kept.set(indexed, facts);
  return indexed;
}
