import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import { ChangeAuthor } from '../../shared/domain/post-history';
import { Preferences } from '../../shared/domain/preferences';

/*
 * What belongs to this laptop, not to the plan: how the app was left (preferences), who
 * the person at this laptop is in each plan, and the plans opened recently. It lives in
 * the data folder's device part (`<dataDir>/device/`), never in the plan folder that a
 * sync tool shares with other laptops: there it would be everyone's at once.
 */

/** The part of conf / electron-store the device store uses: one JSON document, written whole and atomically. */
export interface DeviceStoreFile {
  readonly path: string;
  store: Record<string, unknown>;
}

/** Opens `<dir>/<name>.json`: electron-store in Electron (electron/main.ts), conf in Node (the bridge, the CLI, tests). */
export type DeviceStoreOpener = (dir: string, name: string) => DeviceStoreFile;

export const deviceStoreOptions = {
  fileExtension: 'json',
  // Plan paths are keys; never split at their dots.
  accessPropertiesByDotNotation: false,
  clearInvalidConfig: false,
} as const;

const confDeviceStore: DeviceStoreOpener = (dir, name) =>
  new Conf<Record<string, unknown>>({ ...deviceStoreOptions, cwd: dir, configName: name, projectName: 'somevuoro' });

const DEVICE_DIR = 'device';
const DEVICE_FILE = 'device';
export const RECENT_PLANS_KEPT = 10;

export function deviceDirOf(dataDir: string): string {
  return path.join(dataDir, DEVICE_DIR);
}

/** A plan this laptop opened: its folder, the association's name then, and when. */
export const RecentPlan = z.strictObject({ planDir: z.string(), name: z.string().max(200), openedAt: z.string() });
export type RecentPlan = z.infer<typeof RecentPlan>;

/** Each key is read on its own: a field a newer version or a bad edit spoiled falls back to its default, the rest stays. */
const fields = {
  preferences: Preferences,
  /**
   * The plan's id (its root document's URL, PlanRepository.planId) → who this laptop's
   * user is in that plan. Keyed by the plan, not its folder: the same plan synced to
   * another path keeps its person, another plan (a new one, one made from a backup,
   * a migrated folder) asks again. Versions before this kept the folder's path.
   */
  identities: z.record(z.string(), ChangeAuthor),
  /** Newest first. A version before this kept bare folder paths: they are read as plans of unknown name. */
  recentPlans: z
    .array(z.union([RecentPlan, z.string().transform((planDir) => ({ planDir, name: '', openedAt: '' }))]))
    .max(RECENT_PLANS_KEPT),
  /** The plan folder this laptop opens when started without one: set by sharing a plan or opening a shared one (issue 13 item 1). */
  planFolder: z.string(),
  /** Where the plan was before it was moved into a shared folder: kept until the user removes it. */
  oldCopies: z.array(z.strictObject({ planDir: z.string(), planId: z.string(), movedAt: z.string() })),
  /** This laptop, as the changes it signs name it (the status line's laptops seen): made once, kept. */
  laptopId: z.uuid(),
};
type Fields = { [K in keyof typeof fields]: z.infer<(typeof fields)[K]> };

export class DeviceStore {
  private constructor(private readonly file: DeviceStoreFile) {}

  /**
   * A device file that is not JSON is put aside (renamed, never deleted) and a new one
   * started: losing the calendar's view is a nuisance, refusing to open the plan would not be.
   */
  static open(dataDir: string, opener: DeviceStoreOpener = confDeviceStore): DeviceStore {
    const dir = deviceDirOf(dataDir);
    try {
      return new DeviceStore(opener(dir, DEVICE_FILE));
    } catch (error) {
      const file = path.join(dir, `${DEVICE_FILE}.json`);
      if (!fs.existsSync(file)) throw error;
      fs.renameSync(file, `${file}.unreadable-${Date.now()}`);
      return new DeviceStore(opener(dir, DEVICE_FILE));
    }
  }

  get path(): string {
    return this.file.path;
  }

  /** null until first written (then the plan's old preferences, if any, seed it). */
  preferences(): Preferences | null {
    return this.read('preferences');
  }

  setPreferences(preferences: Preferences): Preferences {
    this.write('preferences', preferences);
    return preferences;
  }

  identity(planId: string): ChangeAuthor | null {
    const identities = this.read('identities');
    return identities && Object.hasOwn(identities, planId) ? identities[planId] : null;
  }

  setIdentity(planId: string, author: ChangeAuthor): ChangeAuthor {
    this.write('identities', { ...this.read('identities'), [planId]: author });
    return author;
  }

  /** Who was kept under a folder's path (before identities were keyed by plan) becomes the plan's, once. */
  adoptIdentity(planId: string, folder: string): void {
    const former = this.identity(planKey(folder));
    if (!former || this.identity(planId)) return;
    const { [planKey(folder)]: _former, ...rest } = this.read('identities') ?? {};
    this.write('identities', { ...rest, [planId]: former });
  }

  recentPlans(): RecentPlan[] {
    return this.read('recentPlans') ?? [];
  }

  /** Puts the plan in `planDir` first, once, keeping the newest RECENT_PLANS_KEPT. */
  noteOpened(planDir: string, name: string, openedAt: Date): void {
    const key = planKey(planDir);
    const entry: RecentPlan = { planDir: key, name: name.slice(0, 200), openedAt: openedAt.toISOString() };
    this.write('recentPlans', [entry, ...this.recentPlans().filter((other) => other.planDir !== key)].slice(0, RECENT_PLANS_KEPT));
  }

  laptopId(): string {
    const known = this.read('laptopId');
    if (known) return known;
    const made = randomUUID();
    this.write('laptopId', made);
    return made;
  }

  planFolder(): string | null {
    return this.read('planFolder');
  }

  setPlanFolder(planDir: string): void {
    this.write('planFolder', planKey(planDir));
  }

  oldCopies(): Fields['oldCopies'] {
    return this.read('oldCopies') ?? [];
  }

  noteOldCopy(planDir: string, planId: string, movedAt: Date): void {
    const key = planKey(planDir);
    this.write('oldCopies', [...this.oldCopies().filter((copy) => copy.planDir !== key), { planDir: key, planId, movedAt: movedAt.toISOString() }]);
  }

  forgetOldCopy(planDir: string): void {
    this.write('oldCopies', this.oldCopies().filter((copy) => copy.planDir !== planKey(planDir)));
  }

  private read<K extends keyof Fields>(key: K): Fields[K] | null {
    const parsed = fields[key].safeParse(this.file.store[key]);
    return parsed.success ? (parsed.data as Fields[K]) : null;
  }

  private write<K extends keyof Fields>(key: K, value: Fields[K]): void {
    this.file.store = { ...this.file.store, [key]: value };
  }
}

function planKey(planDir: string): string {
  return path.resolve(planDir);
}
