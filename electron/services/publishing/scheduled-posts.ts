import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ScheduledPost } from '../../../shared/api/publish-contract';
import { deviceDirOf } from '../../storage/device-store';
import { replaceFileAtomically } from '../../storage/durable-files';

/*
 * The Mastodon statuses this laptop scheduled on a server, until each is found published (then
 * the channel is recorded as published with the status's address) or found deleted there. Kept
 * in the device folder beside the account whose token reads them back: another laptop has no
 * token to ask with.
 */

const Stored = ScheduledPost.extend({
  /** The scheduled status's id on the instance. */
  statusId: z.string(),
  /** What was scheduled, to know the published status again. */
  text: z.string(),
  mediaIds: z.array(z.string()),
  /** Who scheduled it: the publication is theirs. */
  by: z.string(),
});
export type StoredScheduledPost = z.infer<typeof Stored>;
const StoredFile = z.object({ scheduled: z.array(Stored) });

const FILE = 'scheduled-posts.json';

export class ScheduledPosts {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(deviceDirOf(dataDir), FILE);
  }

  all(): StoredScheduledPost[] {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const parsed = StoredFile.safeParse(safeJson(text));
    return parsed.success ? parsed.data.scheduled : [];
  }

  find(postId: string, channelId: string): StoredScheduledPost | null {
    return this.all().find((entry) => entry.postId === postId && entry.channelId === channelId) ?? null;
  }

  /** One entry per post and channel: scheduling again (after a deletion on the server) replaces it. */
  save(entry: StoredScheduledPost): void {
    this.write([...this.others(entry.postId, entry.channelId), entry]);
  }

  remove(postId: string, channelId: string): void {
    this.write(this.others(postId, channelId));
  }

  private others(postId: string, channelId: string): StoredScheduledPost[] {
    return this.all().filter((entry) => entry.postId !== postId || entry.channelId !== channelId);
  }

  private write(scheduled: StoredScheduledPost[]): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    replaceFileAtomically(this.file, JSON.stringify({ scheduled }, null, 2));
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
