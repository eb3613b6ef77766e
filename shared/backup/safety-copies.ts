import { isoWeekOf } from '../calendar/calendar-dates';
import type { LocalDate } from '../domain/local-time';

/*
 * Safety copies of the data folder (backups/<label>/) and which of them to keep.
 * The label says why and when a copy was taken, so the rule needs nothing but the
 * folder names: "before-import-2026-11-25T10-00-00-000Z", "auto-…", "before-restore-…",
 * "before-v3-from-v2-…" (an upgrade). A label of any other shape is not ours and is
 * never pruned.
 */

export type SafetyCopyKind = 'import' | 'restore' | 'automatic' | 'upgrade';

/** Why a copy is kept: what the Backups list shows as its kind. */
export type SafetyCopyRole = 'import' | 'restore' | 'upgrade' | 'daily' | 'weekly' | 'monthly';

export interface SafetyCopyLabel {
  label: string;
  kind: SafetyCopyKind;
  takenAt: Date;
}

const retention = { import: 10, restore: 10, daily: 7, weekly: 4, monthly: 6 } as const;

const prefixes: Record<Exclude<SafetyCopyKind, 'upgrade'>, string> = { import: 'before-import', restore: 'before-restore', automatic: 'auto' };
const stampPattern = '(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z(?:-\\d{1,4})?';
const labelPattern = new RegExp(`^(?:(before-import|before-restore|auto)|before-v\\d+-from-v\\d+)-${stampPattern}$`);

export function stampOf(time: Date): string {
  return time.toISOString().replace(/[:.]/g, '-');
}

/** The label for a new copy; `attempt` > 1 when a copy with the same stamp exists already. */
export function safetyCopyLabel(kind: Exclude<SafetyCopyKind, 'upgrade'>, time: Date, attempt = 1): string {
  return `${prefixes[kind]}-${stampOf(time)}${attempt > 1 ? `-${attempt}` : ''}`;
}

export function parseSafetyCopyLabel(label: string): SafetyCopyLabel | null {
  const match = labelPattern.exec(label);
  if (!match) return null;
  const [, prefix, day, hours, minutes, seconds, millis] = match;
  const takenAt = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (Number.isNaN(takenAt.getTime())) return null;
  const kind = (Object.keys(prefixes) as (keyof typeof prefixes)[]).find((key) => prefixes[key] === prefix) ?? 'upgrade';
  return { label, kind, takenAt };
}

const dayOf = (time: Date): LocalDate => time.toISOString().slice(0, 10) as LocalDate;
const weekOf = (time: Date) => {
  const week = isoWeekOf(dayOf(time));
  return `${week.year}-W${week.week}`;
};
const monthOf = (time: Date) => time.toISOString().slice(0, 7);

/** The newest copy of each of the `count` most recent periods (newest-first input). */
function newestPerPeriod(copies: SafetyCopyLabel[], period: (time: Date) => string, count: number): SafetyCopyLabel[] {
  const seen = new Set<string>();
  const kept: SafetyCopyLabel[] = [];
  for (const copy of copies) {
    const key = period(copy.takenAt);
    if (seen.has(key)) continue;
    seen.add(key);
    if (seen.size > count) break;
    kept.push(copy);
  }
  return kept;
}

/**
 * Which copies are kept and why: the last 10 taken before an import and the last 10
 * before a restore; of the automatic ones, the newest of each of the last 7 days, 4
 * ISO weeks and 6 months that have one (UTC); every upgrade copy. A copy that is not
 * in the map is pruned. The roles are listed shortest period first.
 */
export function retentionRoles(labels: readonly string[]): Map<string, SafetyCopyRole[]> {
  const copies = labels.flatMap((label) => parseSafetyCopyLabel(label) ?? []).sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || (a.label < b.label ? 1 : -1));
  const roles = new Map<string, SafetyCopyRole[]>();
  const add = (kept: SafetyCopyLabel[], role: SafetyCopyRole) => kept.forEach((copy) => roles.set(copy.label, [...(roles.get(copy.label) ?? []), role]));
  const ofKind = (kind: SafetyCopyKind) => copies.filter((copy) => copy.kind === kind);
  add(ofKind('import').slice(0, retention.import), 'import');
  add(ofKind('restore').slice(0, retention.restore), 'restore');
  add(ofKind('upgrade'), 'upgrade');
  const automatic = ofKind('automatic');
  add(newestPerPeriod(automatic, dayOf, retention.daily), 'daily');
  add(newestPerPeriod(automatic, weekOf, retention.weekly), 'weekly');
  add(newestPerPeriod(automatic, monthOf, retention.monthly), 'monthly');
  return roles;
}

/** The copies to delete: ours, not kept by the rule, and never `justTaken`. */
export function copiesToPrune(labels: readonly string[], justTaken: string | null): string[] {
  const kept = retentionRoles(labels);
  return labels.filter((label) => label !== justTaken && parseSafetyCopyLabel(label) !== null && !kept.has(label));
}

/** Whether an automatic copy was already taken on the (UTC) day of `now`. */
export function hasAutomaticCopyOn(labels: readonly string[], now: Date): boolean {
  return labels.some((label) => {
    const copy = parseSafetyCopyLabel(label);
    return copy?.kind === 'automatic' && dayOf(copy.takenAt) === dayOf(now);
  });
}
