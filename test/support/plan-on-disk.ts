import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AutomergeRepository } from '../../electron/storage/plan/automerge-repository';
import { bucketOf, SCHEMA_VERSION } from '../../shared/domain/documents';

/**
 * The plan of data folder `dir` as another process reads it from disk (a second
 * "laptop" with its own device folder), laid out as the JSON files of old were:
 * "somevuoro.json" (the main document), "trash.json" and "posts/<month>.json", each
 * `{ schemaVersion, posts: { [id]: … } }` for the last two. What a test asserts "on disk".
 */
export async function planOnDisk(dir: string): Promise<Map<string, Record<string, unknown>>> {
  const device = fs.mkdtempSync(path.join(os.tmpdir(), 'somevuoro-reader-'));
  const reader = await AutomergeRepository.open({ dir: device, planDir: path.join(dir, 'plan'), now: () => new Date(), locale: 'fi-FI' });
  try {
    const data = await reader.snapshot();
    const files = new Map<string, Record<string, unknown>>([
      ['somevuoro.json', data.main],
      ['trash.json', { schemaVersion: SCHEMA_VERSION, posts: Object.fromEntries(data.trash.map((entry) => [entry.post.id, entry])) }],
    ]);
    for (const post of data.posts) {
      const file = `posts/${bucketOf(post)}.json`;
      const month = (files.get(file) ?? { schemaVersion: SCHEMA_VERSION, bucket: bucketOf(post), posts: {} }) as { posts: Record<string, unknown> };
      month.posts[post.id] = post;
      files.set(file, month);
    }
    return files;
  } finally {
    await reader.close();
    fs.rmSync(device, { recursive: true, force: true });
  }
}

/** One of planOnDisk's documents, as untyped JSON (as a test would read the file); throws if there is none. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads it as the JSON it is
export async function planFile(dir: string, file: string): Promise<any> {
  const found = (await planOnDisk(dir)).get(file);
  if (!found) throw new Error(`The plan in ${dir} has no ${file}`);
  return JSON.parse(JSON.stringify(found));
}

/**
 * Turns data folder `dir` back into the JSON folder an older version of the app kept
 * (somevuoro.json, trash.json, posts/<month>.json), with its plan's data changed by
 * `edit`; the plan folder goes, so the next open migrates the folder as it would a real one.
 */
export async function asOlderJsonFolder(dir: string, edit: (files: Map<string, Record<string, unknown>>) => void = () => {}): Promise<void> {
  const files = await planOnDisk(dir);
  edit(files);
  fs.rmSync(path.join(dir, 'plan'), { recursive: true, force: true });
  for (const [file, content] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), JSON.stringify(content, undefined, '\t'));
  }
}
