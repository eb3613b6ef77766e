import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { syncFolder } from './durable-files';

/*
 * Device-local files that hold secrets (publishing accounts' tokens, a sync server's shared
 * secret): readable by their owner only (0600), written atomically, each secret also sealed
 * with the operating system's key in the desktop app. Never in the plan folder, an export
 * or a backup.
 */

/** How a secret is sealed before it reaches the disk; main.ts passes Electron's safeStorage, browser mode and the CLI none. */
export interface SecretSealer {
  /** False: the secret is on disk as is, protected by the file's mode only (the UI says so). */
  readonly encrypts: boolean;
  seal(secret: string): string;
  open(sealed: string): string;
}

export const noSealing: SecretSealer = { encrypts: false, seal: (secret) => secret, open: (sealed) => sealed };

/** A secret as it is stored. */
export interface Sealed {
  sealed: string;
  encrypted: boolean;
}

/**
 * One secret file of the device folder (`file`), holding `T`: read and written whole, its
 * secrets sealed with `sealer`. A missing or spoiled file reads as `empty`.
 */
export class SecretFile<T> {
  constructor(
    private readonly file: string,
    private readonly sealer: SecretSealer,
    private readonly schema: z.ZodType<T>,
    private readonly empty: T,
  ) {}

  /** Whether a secret is encrypted at rest here (the UI warns when it is not). */
  get encrypts(): boolean {
    return this.sealer.encrypts;
  }

  read(): T {
    return readSecretFile(this.file, this.schema, this.empty);
  }

  write(value: T): void {
    writeSecretFile(this.file, value);
  }

  seal(secret: string): Sealed {
    return { sealed: this.sealer.seal(secret), encrypted: this.sealer.encrypts };
  }

  /** Null when it was sealed with a key this system no longer has (another user profile, a reinstalled system): the user is asked for it again. */
  open({ sealed, encrypted }: Sealed): string | null {
    if (!encrypted) return sealed;
    try {
      return this.sealer.open(sealed);
    } catch {
      return null;
    }
  }
}

/** A missing file is `empty`; so is a spoiled one: it loses what the user typed (typed again), never the plan. */
function readSecretFile<T>(file: string, schema: z.ZodType<T>, empty: T): T {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return empty;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : empty;
}

const OWNER_ONLY = 0o600;

/** Temp file created 0600 (never readable by others, not even for a moment), flushed, renamed over. */
function writeSecretFile(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temporary, 'w', OWNER_ONLY);
  try {
    fs.fchmodSync(fd, OWNER_ONLY);
    fs.writeFileSync(fd, JSON.stringify(value, null, 2));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
  syncFolder(path.dirname(file));
}
