import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AlbumPost } from '../../../shared/checklist/album-index';
import type { PostChecklist } from '../../../shared/checklist/checklist-result';
import type { ChecklistTemplate } from '../../../shared/domain/checklist-template';
import type { MainDocument } from '../../../shared/domain/documents';
import type { Post } from '../../../shared/domain/post';
import { replaceCacheFile } from '../../storage/replace-cache-file';

/*
 * Issue 14: the first checklist:range after the app opened worked out every checklist of its
 * weeks, ~0.2 ms a post: 230 ms for the month on screen at 50,000 posts, before the calendar's
 * flags could show. The checklists worked out are kept in the device folder, a file a month
 * (cache/checklists/<yyyy-mm | undated>.json), each under a digest of everything it was worked
 * out from: the post as read (every field: an edit, here or on another laptop, is another digest),
 * the main document and the templates in force (channels, duties, volunteers, settings,
 * association), the posts sharing its album's name, and the code that works them out. A
 * checklist kept under another digest is worked out again, so a stale, damaged or missing file
 * costs that work, never a wrong flag. Never a second source of truth, and never in the plan folder.
 */

const VERSION = 1;
const WRITE_AFTER_MS = 2_000;

type Entry = [digest: string, checklist: PostChecklist];

interface MonthFile {
  version: number;
  posts: Record<string, Entry>;
}

const sha1 = (text: string | Buffer) => createHash('sha1').update(text).digest('base64');

/**
 * The code checklists are worked out by: the bundle this module is part of in the app, the
 * checklist and roster rules' sources when run from source (the web bridge through tsx, tests).
 */
function codeFingerprint(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const sources = [path.resolve(here, '../../../shared/checklist'), path.resolve(here, '../../../shared/roster')];
  const folders = sources.every((folder) => fs.existsSync(folder)) ? sources : [here, path.join(here, 'chunks')];
  const hash = createHash('sha1');
  for (const folder of folders) {
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder).sort()) {
      if (/\.(ts|js|mjs)$/.test(name)) hash.update(name).update(fs.readFileSync(path.join(folder, name)));
    }
  }
  return hash.digest('base64');
}

const albumFields = (post: AlbumPost) => [post.id, post.title, post.date, post.albumName, post.status];

export class ChecklistStore {
  /** Each month read (or begun), by post id. */
  private readonly months = new Map<string, Map<string, Entry>>();
  private readonly changed = new Set<string>();
  private readonly mainDigests = new WeakMap<MainDocument, string>();
  private code: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly dir: string) {}

  /** `post`'s checklist as kept for exactly what `work` would read, else `work`'s (and then kept). */
  checklistOf(post: Post, main: MainDocument, templates: readonly ChecklistTemplate[], twins: readonly AlbumPost[] | undefined, work: () => PostChecklist): PostChecklist {
    if (this.closed) return work();
    const digest = sha1(`${this.mainDigest(main, templates)}\n${JSON.stringify(post)}\n${JSON.stringify(twins?.map(albumFields) ?? null)}`);
    const month = this.month(monthOf(post));
    const kept = month.get(post.id);
    if (kept?.[0] === digest) return kept[1];
    const checklist = work();
    month.set(post.id, [digest, checklist]);
    this.changed.add(monthOf(post));
    this.writeSoon();
    return checklist;
  }

  /** Writes what changed now, and nothing after. */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.write();
    this.closed = true;
  }

  private mainDigest(main: MainDocument, templates: readonly ChecklistTemplate[]): string {
    let digest = this.mainDigests.get(main);
    if (digest === undefined) {
      this.code ??= codeFingerprint();
      // The templates in force: the built-in ones are not in the main document until the first edit.
      digest = sha1(`${this.code}\n${JSON.stringify(main)}\n${JSON.stringify(templates)}`);
      this.mainDigests.set(main, digest);
    }
    return digest;
  }

  private month(key: string): Map<string, Entry> {
    let month = this.months.get(key);
    if (!month) {
      month = new Map(Object.entries(this.read(key)));
      this.months.set(key, month);
    }
    return month;
  }

  private read(key: string): Record<string, Entry> {
    try {
      const file = JSON.parse(fs.readFileSync(this.fileOf(key), 'utf8')) as Partial<MonthFile> | null;
      if (file?.version !== VERSION || typeof file.posts !== 'object' || file.posts === null) return {};
      // Only entries of the shape written: a digest that matches then says the checklist is the one worked out.
      return Object.fromEntries(Object.entries(file.posts).filter(([, entry]) => Array.isArray(entry) && typeof entry[0] === 'string' && Array.isArray((entry[1] as Partial<PostChecklist> | null)?.items)));
    } catch {
      return {};
    }
  }

  private writeSoon(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.write();
    }, WRITE_AFTER_MS);
    this.timer.unref();
  }

  private write(): void {
    if (this.closed) return;
    for (const key of this.changed) {
      const month = this.months.get(key);
      if (!month) continue;
      try {
        replaceCacheFile(this.fileOf(key), JSON.stringify({ version: VERSION, posts: Object.fromEntries(month) } satisfies MonthFile));
      } catch {
        // A cache is a shortcut: without it the checklists are worked out again.
      }
    }
    this.changed.clear();
  }

  private fileOf(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }
}

function monthOf(post: Pick<Post, 'date'>): string {
  return post.date === null ? 'undated' : post.date.slice(0, 7);
}
