import { describe, expect, it } from 'vitest';
import { copiesToPrune, hasAutomaticCopyOn, parseSafetyCopyLabel, retentionRoles, safetyCopyLabel } from '../../../../shared/backup/safety-copies';

const day = (n: number, hour = 8) => new Date(Date.UTC(2026, 0, 1 + n, hour));
const auto = (n: number, hour = 8) => safetyCopyLabel('automatic', day(n, hour));
const imported = (n: number) => safetyCopyLabel('import', day(n, 12));

describe('safety copy labels', () => {
  it('reads back the kind and time a label was made with, with or without a clash suffix', () => {
    expect(safetyCopyLabel('import', new Date('2026-11-25T10:00:00.123Z'))).toBe('before-import-2026-11-25T10-00-00-123Z');
    expect(parseSafetyCopyLabel('before-import-2026-11-25T10-00-00-123Z-2')).toEqual({ label: 'before-import-2026-11-25T10-00-00-123Z-2', kind: 'import', takenAt: new Date('2026-11-25T10:00:00.123Z') });
    expect(parseSafetyCopyLabel('before-v2-from-v1-2026-11-25T10-00-00-000Z')?.kind).toBe('upgrade');
    expect(parseSafetyCopyLabel(safetyCopyLabel('restore', day(3)))?.kind).toBe('restore');
  });

  it('is nothing of ours when it has another shape (never pruned, never restorable)', () => {
    for (const label of ['my-own-folder', '../before-import-2026-11-25T10-00-00-000Z', 'before-import-2026-11-25T10-00-00-000Z/..', '.partial-auto-2026-11-25T10-00-00-000Z', 'auto-2026-13-45T10-00-00-000Z']) {
      expect(parseSafetyCopyLabel(label)).toBeNull();
    }
    expect(copiesToPrune(['my-own-folder'], null)).toEqual([]);
  });
});

describe('retention', () => {
  it('keeps the last 10 copies taken before an import and prunes the older ones', () => {
    const labels = Array.from({ length: 14 }, (_, n) => imported(n));
    expect(copiesToPrune(labels, null).sort()).toEqual(labels.slice(0, 4).sort());
  });

  it('keeps the newest automatic copy of each of the last 7 days, 4 weeks and 6 months', () => {
    // One copy a day for a year, two on the last day.
    const labels = [...Array.from({ length: 365 }, (_, n) => auto(n)), auto(364, 20)];
    const roles = retentionRoles(labels);
    const kept = (role: string) => [...roles].filter(([, list]) => list.includes(role as never)).map(([label]) => label);
    expect(kept('daily')).toEqual([auto(364, 20), ...[363, 362, 361, 360, 359, 358].map((n) => auto(n))]);
    // 2026-12-31 is a Thursday: the newest of the weeks before are Sundays.
    expect(kept('weekly')).toEqual([auto(364, 20), auto(360), auto(353), auto(346)]);
    expect(kept('monthly').map((label) => label.slice(5, 15))).toEqual(['2026-12-31', '2026-11-30', '2026-10-31', '2026-09-30', '2026-08-31', '2026-07-31']);
    // Dec 27 is both one of the last 7 days and the newest of its week.
    expect(roles.size).toBe(7 + 2 + 5);
    expect(copiesToPrune(labels, null)).toHaveLength(366 - 14);
    expect(copiesToPrune(labels, null)).toContain(auto(364));
  });

  it('shows a kept automatic copy by its shortest period', () => {
    const roles = retentionRoles([auto(0), auto(40), auto(80)]);
    expect(roles.get(auto(80))).toEqual(['daily', 'weekly', 'monthly']);
    expect(roles.get(auto(0))).toEqual(['daily', 'weekly', 'monthly']);
  });

  it('never prunes the copy just taken, nor copies taken before an upgrade', () => {
    const labels = [...Array.from({ length: 11 }, (_, n) => imported(n + 10)), imported(1), 'before-v2-from-v1-2020-01-01T00-00-00-000Z'];
    expect(copiesToPrune(labels, imported(1))).toEqual([imported(10)]);
  });

  it('knows whether today already has an automatic copy', () => {
    expect(hasAutomaticCopyOn([auto(3, 1), imported(4)], day(3, 23))).toBe(true);
    expect(hasAutomaticCopyOn([auto(3, 1), imported(4)], day(4, 0))).toBe(false);
  });
});
