import fs from 'node:fs';
import path from 'node:path';
import { chunksDirOf } from '../../electron/storage/plan/plan-folder';

/*
 * A simulated folder-sync tool (Dropbox, Syncthing, Nextcloud) between two plan folders
 * (issue 13, Done-when 1): it copies new and changed files both ways after random
 * delays (so files arrive out of order), sometimes writes a copy in two parts with the
 * rest coming later (a partial file in place meanwhile), sometimes delivers a file first
 * as a conflict copy, and propagates deletions. Hidden files (temps) are not carried.
 */

export interface FolderSyncOptions {
  random: () => number;
  /** Longest delay before a file is carried, ms. */
  maxDelayMs?: number;
  /** Share of copies written in two parts. */
  partialShare?: number;
  /** Share of new files delivered first as "<name> (conflicted copy …)". */
  conflictCopyShare?: number;
}

export interface FolderSyncFigures {
  /** Files the laptops wrote (new or changed since the tool last looked; the tool's own copies not counted). */
  seen: number;
  copied: number;
  partial: number;
  conflictCopies: number;
  deleted: number;
}

type Side = 0 | 1;

const stampOf = (stat: fs.Stats) => `${stat.size}:${stat.mtimeMs}:${stat.ino}`;

export class FolderSync {
  readonly figures: FolderSyncFigures = { seen: 0, copied: 0, partial: 0, conflictCopies: 0, deleted: 0 };
  /** Per side, the stamp of each file as the tool last saw or wrote it. */
  private readonly seen: [Map<string, string>, Map<string, string>] = [new Map(), new Map()];
  private pending = 0;
  private timer: NodeJS.Timeout | null = null;
  private lastActivity = Date.now();
  private stopped = false;
  private looked = false;
  /** Offline: nothing is carried until `paused` is false again (two laptops editing without seeing each other). */
  paused = false;

  constructor(
    private readonly folders: [string, string],
    private readonly options: FolderSyncOptions,
  ) {}

  start(everyMs = 40): void {
    const tick = () => {
      if (this.stopped) return;
      if (!this.paused) this.scan();
      this.timer = setTimeout(tick, everyMs);
    };
    tick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Resolves once nothing has been carried or waited to be for `quietMs`. */
  async quiet(quietMs = 600, timeoutMs = 60_000): Promise<void> {
    const start = Date.now();
    while (this.pending > 0 || Date.now() - this.lastActivity < quietMs) {
      if (Date.now() - start > timeoutMs) throw new Error(`the sync tool did not go quiet in ${timeoutMs} ms (${this.pending} pending)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private files(side: Side): Map<string, string> {
    const found = new Map<string, string>();
    const root = this.folders[side];
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(root, { recursive: true, withFileTypes: true });
    } catch {
      return found;
    }
    for (const entry of entries) {
      if (!entry.isFile() || entry.name.startsWith('.')) continue;
      const file = path.join(entry.parentPath, entry.name);
      try {
        found.set(path.relative(root, file), stampOf(fs.statSync(file)));
      } catch {
        // gone between readdir and stat: the next scan sees it
      }
    }
    return found;
  }

  private scan(): void {
    for (const from of [0, 1] as const) {
      const to: Side = from === 0 ? 1 : 0;
      const now = this.files(from);
      const seen = this.seen[from];
      for (const [name, stamp] of now) {
        if (seen.get(name) === stamp) continue;
        // The first look finds the folders as they were shared, not anything a laptop wrote.
        if (seen.has(name) || this.looked) this.figures.seen += 1;
        seen.set(name, stamp);
        this.later(() => this.copy(from, to, name));
      }
      for (const name of [...seen.keys()]) {
        if (now.has(name)) continue;
        seen.delete(name);
        this.later(() => this.remove(to, name));
      }
    }
    this.looked = true;
  }

  private later(run: () => void): void {
    this.pending += 1;
    this.lastActivity = Date.now();
    setTimeout(
      () => {
        try {
          run();
        } finally {
          this.pending -= 1;
          this.lastActivity = Date.now();
        }
      },
      Math.floor(this.options.random() * (this.options.maxDelayMs ?? 300)),
    );
  }

  private copy(from: Side, to: Side, name: string): void {
    let data: Buffer;
    try {
      data = fs.readFileSync(path.join(this.folders[from], name));
    } catch {
      return; // deleted meanwhile: the deletion is carried instead
    }
    const target = path.join(this.folders[to], name);
    try {
      if (fs.readFileSync(target).equals(data)) return;
    } catch {
      // not there yet
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const { random, partialShare = 0.1, conflictCopyShare = 0.03 } = this.options;
    if (!fs.existsSync(target) && random() < conflictCopyShare) {
      // Delivered first under a conflict copy's name; the file itself comes later.
      const copy = `${target} (conflicted copy 2026-12-02)`;
      fs.writeFileSync(copy, data);
      this.seen[to].set(path.relative(this.folders[to], copy), stampOf(fs.statSync(copy)));
      this.figures.conflictCopies += 1;
      this.later(() => this.copy(from, to, name));
      return;
    }
    if (data.length > 8 && random() < partialShare) {
      fs.writeFileSync(target, data.subarray(0, Math.floor(data.length / 2)));
      this.seen[to].set(name, stampOf(fs.statSync(target)));
      this.figures.partial += 1;
      this.later(() => {
        fs.writeFileSync(target, data);
        this.seen[to].set(name, stampOf(fs.statSync(target)));
        this.figures.copied += 1;
      });
      return;
    }
    fs.writeFileSync(target, data);
    this.seen[to].set(name, stampOf(fs.statSync(target)));
    this.figures.copied += 1;
  }

  private remove(side: Side, name: string): void {
    const target = path.join(this.folders[side], name);
    if (!fs.existsSync(target)) return;
    fs.rmSync(target, { force: true });
    this.seen[side].delete(name);
    this.figures.deleted += 1;
  }
}

/** Copies every file of `from` that `to` lacks (a sync tool's one way, no deletions), in the order given by `order`; returns them. */
export function carryNewFiles(from: string, to: string, order: (files: string[]) => string[] = (files) => files): string[] {
  const files = fs
    .readdirSync(from, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)))
    .filter((name) => !fs.existsSync(path.join(to, name)));
  for (const name of order(files)) {
    fs.mkdirSync(path.dirname(path.join(to, name)), { recursive: true });
    fs.copyFileSync(path.join(from, name), path.join(to, name));
  }
  return files;
}

/**
 * A sync tool that brings a move's removal before its new month: carries at once the chunk files of the documents
 * `toPlan` already has (root, the old month), and returns what carries the rest (the new month's document) later.
 */
export function carryKnownDocumentsFirst(fromPlan: string, toPlan: string): () => void {
  const [from, to] = [chunksDirOf(fromPlan), chunksDirOf(toPlan)];
  const files = fs
    .readdirSync(from, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
  const known = (file: string) => fs.existsSync(path.join(to, ...file.split(path.sep).slice(0, 2)));
  const carry = (file: string) => fs.cpSync(path.join(from, file), path.join(to, file));
  const later = files.filter((file) => !known(file));
  files.filter(known).forEach(carry);
  return () => later.forEach(carry);
}
