import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Chunk, StorageAdapterInterface, StorageKey } from '@automerge/automerge-repo';
import { syncFolder } from '../durable-files';

/*
 * automerge-repo's storage, as files a folder-sync tool can carry (issue 12 item 3).
 * The key → path layout is NodeFSStorageAdapter's (<2 chars of the doc id>/<rest>/
 * snapshot|incremental/<hash>), but:
 * - a chunk is written to a temp file in the same folder, flushed and renamed, so no
 *   reader ever sees half a chunk of ours; a chunk that exists is never written again
 *   (names are content hashes: same name, same content);
 * - a file that is not a whole chunk (a sync tool still copying it, a conflict copy,
 *   a temp) is skipped when loading until it is complete;
 * - only chunks this process loaded or wrote are ever deleted: compaction folds them
 *   into a snapshot, while a chunk another laptop added meanwhile stays.
 */

const HASH_NAME = /^[0-9a-f]{64}$/;
const TEMP_SUFFIX = '.tmp';
const MAGIC = [0x85, 0x6f, 0x4a, 0x83];

/**
 * True when `data` is one or more whole Automerge chunks: each has the magic bytes,
 * its declared length and the checksum (first 4 bytes of SHA-256 over type, length and
 * body) of what follows, so a truncated or half-copied file is refused without decoding it.
 */
export function isWholeChunk(data: Uint8Array): boolean {
  let at = 0;
  if (data.length === 0) return false;
  while (at < data.length) {
    if (data.length < at + 10 || MAGIC.some((byte, i) => data[at + i] !== byte)) return false;
    let length = 0;
    let shift = 0;
    let cursor = at + 9;
    for (;;) {
      if (cursor >= data.length || shift > 35) return false;
      const byte = data[cursor++];
      length += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (!(byte & 0x80)) break;
    }
    const end = cursor + length;
    if (end > data.length) return false;
    const sum = createHash('sha256').update(data.subarray(at + 8, end)).digest();
    for (let i = 0; i < 4; i++) if (sum[i] !== data[at + 4 + i]) return false;
    at = end;
  }
  return true;
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A chunk file's bytes are usable: an incremental's name is the hash of its content; a snapshot's (hash of heads) is checked by structure. */
function isComplete(key: StorageKey, data: Uint8Array): boolean {
  const name = key[key.length - 1];
  if (key[1] === 'incremental' && HASH_NAME.test(name)) return sha256(data) === name;
  if (key[1] === 'snapshot' || key[1] === 'incremental') return isWholeChunk(data);
  return true;
}

/** Names the repo writes as chunks; anything else in a chunk folder (temps, "(conflicted copy)", ".sync-conflict-…") is not read. */
const isChunkName = (name: string) => HASH_NAME.test(name);

/**
 * A sync tool's conflict copy of a chunk ("<hash> (conflicted copy 2026-12-01)",
 * "<hash>.sync-conflict-20261201-101500-ABCDEFG", "<hash> (Anna's conflicted copy)"):
 * its changes are read, it is never loaded by the engine as a chunk of the plan.
 */
const isConflictCopyName = (name: string) => /^[0-9a-f]{64}[ .(]/.test(name) && !name.endsWith(TEMP_SUFFIX);

/** A chunk another laptop's sync tool brought, read for its changes (live merging, issue 13 item 2). */
export interface OutsideChunk {
  documentId: string;
  /** The chunk's key: remembered by nobody, so never deleted by this process. */
  key: StorageKey;
  data: Uint8Array;
}

const keyString = (key: StorageKey) => key.join('/');

/** A chunk as caches are keyed: `<kind>/<name>@<SHA-256 of its bytes>` (chunkContentsOf, knownContentsOf). */
export const contentName = (key: StorageKey, data: Uint8Array) => `${key.slice(1).join('/')}@${sha256(data)}`;

/** Host and process in a temp file's name: another laptop's temp in a synced folder is never taken for ours. */
const ownerOf = (pid: number) => `${os.hostname().replace(/[^A-Za-z0-9-]/g, '_')}-${pid}`;
const TEMP_OWNER = ownerOf(process.pid);

/** A temp beside `file` as removeDeadTemps knows one: `.<name>.<host>-<pid>.<random>.tmp` (the name is 64 hex digits). */
export const tempFileOf = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.${TEMP_OWNER}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes the temp files of chunk writes that a process of this computer left when it
 * was killed (it is no longer running); returns them. Other computers' temps are theirs.
 */
export function removeDeadTemps(chunksDir: string): string[] {
  if (!fs.existsSync(chunksDir)) return [];
  const host = ownerOf(0).slice(0, -2);
  const pattern = /^\.[0-9a-f]{64}\.(.+)-(\d+)\.[0-9a-f]{8}\.tmp$/;
  return fs.readdirSync(chunksDir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    const match = entry.isFile() ? pattern.exec(entry.name) : null;
    if (!match || match[1] !== host || isAlive(Number(match[2]))) return [];
    const file = path.join(entry.parentPath, entry.name);
    fs.rmSync(file, { force: true });
    return [file];
  });
}

/** Size and modification time of a file, or undefined when it is gone: a file whose stamp is unchanged is not read again. */
export async function stampOf(file: string): Promise<string | undefined> {
  try {
    const stat = await fs.promises.stat(file);
    return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/** stampOf, synchronously; undefined for anything but a regular file too (a pipe would block its read). */
function stampOfSync(file: string): string | undefined {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? `${stat.size}:${stat.mtimeMs}:${stat.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/** What a chunk file held while it had `stamp` (stampOf): the SHA-256 of its bytes. */
export interface Verified {
  stamp: string;
  digest: string;
}

export class ChunkFiles implements StorageAdapterInterface {
  /**
   * Keys this process loaded or wrote (the only ones it may remove), with the SHA-256 of
   * the bytes it had: a snapshot's name is a hash of heads, not of its bytes, and the same
   * name was seen holding other bytes after a kill, so a name alone does not say what a
   * file holds.
   */
  private readonly known = new Map<string, string>();
  /** Keys of `known` this process wrote (or was to write and found there whole): their changes came from the engine, not from disk. */
  private readonly written = new Set<string>();
  /** Chunk files whose bytes were hashed (or written) here, by path: the stamp they had then and the SHA-256 of those bytes. */
  private readonly verified = new Map<string, Verified>();
  /** Saves in flight, by key. */
  private readonly saving = new Map<string, Promise<void>>();
  /** Every save started and not finished (automerge-repo's own delayed ones too): what `settled` waits for. */
  private readonly started = new Set<Promise<void>>();

  constructor(readonly baseDirectory: string) {}

  pathOf(key: StorageKey): string {
    const [first, ...rest] = key;
    return path.join(this.baseDirectory, first.slice(0, 2), first.slice(2), ...rest);
  }

  /** A chunk file's bytes, or undefined when there is no such file. */
  private async bytesOf(key: StorageKey): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await fs.promises.readFile(this.pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async load(key: StorageKey): Promise<Uint8Array | undefined> {
    const data = await this.bytesOf(key);
    if (!data) return undefined;
    if (!isComplete(key, data)) return undefined;
    this.known.set(keyString(key), sha256(data));
    return data;
  }

  save(key: StorageKey, data: Uint8Array): Promise<void> {
    // automerge-repo saves its storage id when it starts, in a promise nobody catches (an unhandled rejection on a
    // read-only plan folder); it is only told to network peers, and we have none: not written is no loss.
    if (key.length === 1 && key[0] === 'storage-adapter-id') return this.saveAfterOthers(key, data).catch(() => undefined);
    // Counted from the call on (synchronously): a save started during a flush is waited for by `settled`.
    const saving = this.saveAfterOthers(key, data);
    this.started.add(saving);
    void saving.then(
      () => this.started.delete(saving),
      () => this.started.delete(saving),
    );
    return saving;
  }

  /**
   * Resolves once no save is in flight. automerge-repo's own delayed save of a changed
   * document can start while our flush writes it (it then writes an incremental of the
   * same change beside the flush's snapshot); an acknowledged change waits for it too, so
   * that nothing is written into the plan folder after the change was acknowledged.
   */
  async settled(): Promise<void> {
    while (this.started.size > 0) await Promise.allSettled([...this.started]);
  }

  private async saveAfterOthers(key: StorageKey, data: Uint8Array): Promise<void> {
    // automerge-repo's own delayed save can run beside our flush and save the same chunk:
    // the second waits for the first and then finds it whole, instead of writing a temp of
    // its own after the change was acknowledged (another process would see the folder change).
    const name = keyString(key);
    await this.saving.get(name)?.catch(() => undefined);
    const saving = this.saveOnce(key, data);
    this.saving.set(name, saving);
    try {
      await saving;
    } finally {
      if (this.saving.get(name) === saving) this.saving.delete(name);
    }
  }

  private async saveOnce(key: StorageKey, data: Uint8Array): Promise<void> {
    try {
      await this.saveDurably(key, data);
    } catch (error) {
      // The plan folder was removed under a save still in flight (a closed plan deleted): nothing to save into.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !fs.existsSync(this.baseDirectory)) return;
      throw error;
    }
  }

  private async saveDurably(key: StorageKey, data: Uint8Array): Promise<void> {
    const file = this.pathOf(key);
    const folder = path.dirname(file);
    await fs.promises.mkdir(folder, { recursive: true });
    const existing = await this.wholeBytesOf(key, file);
    if (existing) {
      // Other bytes under this name: what the engine holds is not what the file holds, so no cache may be keyed by it.
      this.known.set(keyString(key), sha256(existing) === sha256(data) ? sha256(data) : 'other-bytes');
      this.written.add(keyString(key));
      return;
    }
    const temp = tempFileOf(file);
    const handle = await fs.promises.open(temp, 'wx');
    let written: fs.Stats;
    try {
      await handle.writeFile(data);
      await handle.sync();
      // Taken of the temp, whose inode and modification time the rename keeps: the stamp is of these bytes whatever happens to the name after.
      written = await handle.stat();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(temp, file);
    syncFolder(folder);
    this.known.set(keyString(key), sha256(data));
    this.written.add(keyString(key));
    this.verified.set(file, { stamp: `${written.size}:${written.mtimeMs}:${written.ino}`, digest: sha256(data) });
  }

  /** The bytes of a chunk of this name that is there whole already (never rewritten), or undefined. */
  private async wholeBytesOf(key: StorageKey, file: string): Promise<Uint8Array | undefined> {
    if (key[1] !== 'snapshot' && key[1] !== 'incremental') return undefined;
    try {
      const data = new Uint8Array(await fs.promises.readFile(file));
      return isComplete(key, data) ? data : undefined;
    } catch {
      return undefined;
    }
  }

  async remove(key: StorageKey): Promise<void> {
    if (!this.known.delete(keyString(key))) return;
    this.written.delete(keyString(key));
    this.verified.delete(this.pathOf(key));
    await fs.promises.rm(this.pathOf(key), { force: true });
  }

  async loadRange(prefix: StorageKey): Promise<Chunk[]> {
    const keys = await this.keysUnder(prefix);
    const chunks = await Promise.all(keys.map(async (key) => ({ key, data: await this.load(key) })));
    return chunks.filter((chunk) => chunk.data !== undefined);
  }

  async removeRange(prefix: StorageKey): Promise<void> {
    const start = keyString(prefix);
    for (const key of [...this.known.keys()]) {
      if (key === start || key.startsWith(`${start}/`)) await this.remove(key.split('/'));
    }
  }

  /** Chunk keys on disk under `prefix` (names only, contents unread). */
  async keysUnder(prefix: StorageKey): Promise<StorageKey[]> {
    const walk = async (folder: string, key: StorageKey): Promise<StorageKey[]> => {
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(folder, { withFileTypes: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return [];
        throw error;
      }
      const found = await Promise.all(
        entries.map((entry) => {
          if (entry.isDirectory()) return walk(path.join(folder, entry.name), [...key, entry.name]);
          return Promise.resolve(entry.isFile() && isChunkName(entry.name) ? [[...key, entry.name]] : []);
        }),
      );
      return found.flat();
    };
    return walk(this.pathOf(prefix), prefix);
  }

  /**
   * The document and key of a file under the chunks folder, when it is a chunk or a
   * sync tool's conflict copy of one (undefined for temps and anything else).
   */
  keyOfFile(file: string): StorageKey | undefined {
    const parts = path.relative(this.baseDirectory, file).split(path.sep);
    if (parts.length !== 4 || parts[0].length !== 2 || (parts[2] !== 'snapshot' && parts[2] !== 'incremental')) return undefined;
    if (!isChunkName(parts[3]) && !isConflictCopyName(parts[3])) return undefined;
    return [parts[0] + parts[1], parts[2], parts[3]];
  }

  /** Remembers chunks read with readOutside as loaded (as `load` does): their document went into the engine. */
  takeAsLoaded(chunks: readonly OutsideChunk[]): void {
    for (const chunk of chunks) this.known.set(keyString(chunk.key), sha256(chunk.data));
  }

  /** True when this process loaded or wrote the chunk of `key` (its changes are in the engine already). */
  isKnown(key: StorageKey): boolean {
    return this.known.has(keyString(key));
  }

  /** True when this process wrote the chunk of `key`: known, and made from the engine's own changes. */
  wrote(key: StorageKey): boolean {
    return this.written.has(keyString(key));
  }

  /**
   * The bytes of a chunk file another process wrote, when they are whole (an incremental
   * named by its hash must match it; anything else must be whole chunks), else undefined.
   * Not remembered as loaded: a chunk read this way is never deleted by this process.
   */
  async readOutside(key: StorageKey): Promise<OutsideChunk | undefined> {
    const data = await this.bytesOf(key);
    if (!data) return undefined;
    const whole = isChunkName(key[2]) ? isComplete(key, data) : isWholeChunk(data);
    return whole ? { documentId: key[0], key, data } : undefined;
  }

  /** Every chunk file (and conflict copy of one) on disk now, with its size and modification time. */
  async allChunkFiles(): Promise<{ file: string; key: StorageKey; stamp: string }[]> {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(this.baseDirectory, { recursive: true, withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const found = await Promise.all(
      entries.map(async (entry) => {
        if (!entry.isFile()) return [];
        const file = path.join(entry.parentPath, entry.name);
        const key = this.keyOfFile(file);
        if (!key) return [];
        const stamp = await stampOf(file);
        return stamp ? [{ file, key, stamp }] : [];
      }),
    );
    return found.flat();
  }

  /**
   * A document's chunk files as they are on disk now, as `<kind>/<name>@<SHA-256 of the bytes>`,
   * sorted. A file is hashed only when its stamp (size, modification time, inode) is not one
   * whose bytes were hashed already, here (`verified`) or by whoever wrote a cache (`claims`,
   * `<kind>/<name>` → stamp and hash): see electron/storage/README.md, "Trusting a chunk by its stamp".
   */
  chunkContentsOf(documentId: string, claims?: ReadonlyMap<string, Verified>): string[] {
    const names: string[] = [];
    for (const kind of ['snapshot', 'incremental']) {
      const folder = this.pathOf([documentId, kind]);
      let found: string[];
      try {
        found = fs.readdirSync(folder);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      for (const name of found) {
        if (!isChunkName(name)) continue;
        const digest = this.digestOf(path.join(folder, name), claims?.get(`${kind}/${name}`));
        if (digest) names.push(`${kind}/${name}@${digest}`);
      }
    }
    return names.sort();
  }

  /** The SHA-256 of a chunk file's bytes: a claim or an earlier hash of the same stamp, else read and hashed. Undefined when it is gone. */
  private digestOf(file: string, claim: Verified | undefined): string | undefined {
    const stamp = stampOfSync(file);
    if (!stamp) return undefined;
    const known = this.verified.get(file);
    if (known?.stamp === stamp) return known.digest;
    if (claim?.stamp === stamp) {
      this.verified.set(file, claim);
      return claim.digest;
    }
    return this.hashFile(file)?.digest;
  }

  /** Reads and hashes a file; its stamp is remembered only when it was the same before and after the read (the bytes hashed are the ones it names). */
  private hashFile(file: string): Verified | undefined {
    const before = stampOfSync(file);
    if (!before) return undefined;
    let data: Buffer;
    try {
      data = fs.readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const verified = { stamp: before, digest: sha256(data) };
    if (before === stampOfSync(file)) this.verified.set(file, verified);
    else this.verified.delete(file);
    return verified;
  }

  /**
   * The stamps of a document's chunks `contents` (`<kind>/<name>@<SHA-256>`, as chunkContentsOf),
   * for a cache to be trusted by later without hashing: '' for a chunk whose file does not hold
   * those bytes now (gone, rewritten, or changing while read), which is then hashed on every read.
   */
  stampsOf(documentId: string, contents: readonly string[]): string[] {
    return contents.map((content) => {
      const at = content.lastIndexOf('@');
      const file = this.pathOf([documentId, ...content.slice(0, at).split('/')]);
      const digest = content.slice(at + 1);
      const stamp = stampOfSync(file);
      const known = this.verified.get(file);
      if (stamp && known?.stamp === stamp) return known.digest === digest ? stamp : '';
      const hashed = this.hashFile(file);
      return hashed && hashed.digest === digest && this.verified.get(file) === hashed ? hashed.stamp : '';
    });
  }

  /** The chunks of a document this process has loaded or written (the ones it may remove). */
  knownKeysOf(documentId: string): StorageKey[] {
    const prefix = `${documentId}/`;
    return [...this.known.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.split('/'));
  }

  /** The chunks of a document this process has loaded or written, with the hash of the bytes it had, as chunkContentsOf. */
  knownContentsOf(documentId: string): string[] {
    const prefix = `${documentId}/`;
    return [...this.known].filter(([key]) => key.startsWith(prefix)).map(([key, digest]) => `${key.slice(prefix.length)}@${digest}`).sort();
  }
}
