import { describe, expect, it } from 'vitest';
import { localDate } from '../../../../shared/domain/local-time';
import { dutyMatches, ExportSelection, monthRange, nextWeeksRange, postMatches } from '../../../../shared/export/export-selection';
import { backupFileName, exportFileName, slug } from '../../../../shared/export/file-names';
import { duties, posts, selection } from '../../../support/export-fixture';

const post = (id: string) => posts.find((p) => p.id === id)!;
const duty = (id: string) => duties.find((d) => d.id === id)!;

describe('choosing what to export', () => {
  it('defaults to today and the next four weeks, or a whole month (leap years too)', () => {
    expect(nextWeeksRange(localDate('2026-11-25'))).toEqual({ from: '2026-11-25', to: '2026-12-22' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('filters posts by range, channel, status and person', () => {
    expect(postMatches(post('p-dst'), selection())).toBe(true);
    expect(postMatches(post('p-dst'), selection({ to: localDate('2026-03-31') }))).toBe(false);
    expect(postMatches(post('p-dst'), selection({ channelIds: ['ig'] }))).toBe(true);
    expect(postMatches(post('p-allday'), selection({ channelIds: ['ig'] }))).toBe(false);
    expect(postMatches(post('p-winter'), selection({ statuses: ['approved'] }))).toBe(false);
    expect(postMatches(post('p-winter'), selection({ volunteerIds: ['bo'] }))).toBe(true);
    expect(postMatches(post('p-dst'), selection({ volunteerIds: ['bo'] }))).toBe(false);
    expect(postMatches(post('p-dst'), selection({ includePosts: false }))).toBe(false);
  });

  it('takes duties that overlap the range, for every channel or a chosen one, and can leave them out', () => {
    expect(dutyMatches(duty('d1'), selection({ from: localDate('2026-04-05'), to: localDate('2026-04-30') }))).toBe(true);
    expect(dutyMatches(duty('d1'), selection({ from: localDate('2026-04-06'), to: localDate('2026-04-30') }))).toBe(false);
    expect(dutyMatches(duty('d1'), selection({ channelIds: ['ig'] }))).toBe(true);
    expect(dutyMatches(duty('d3'), selection({ channelIds: ['ig'] }))).toBe(false);
    expect(dutyMatches(duty('d2'), selection({ volunteerIds: ['anna'] }))).toBe(false);
    expect(dutyMatches(duty('d1'), selection({ includeDuties: false }))).toBe(false);
  });

  it('refuses a reversed or endless range', () => {
    expect(ExportSelection.safeParse(selection({ from: localDate('2026-04-01'), to: localDate('2026-03-01') })).error?.issues[0].message).toBe('v.rangeReversed');
    expect(ExportSelection.safeParse(selection({ from: localDate('2026-01-01'), to: localDate('2029-12-31') })).error?.issues[0].message).toBe('v.rangeTooLong');
  });

  it('names files so they travel by email: no spaces, no Nordic letters', () => {
    expect(slug('Kylä ry – Åbo & Öja')).toBe('kyla-ry-abo-oja');
    expect(exportFileName('csv', { association: '', from: localDate('2026-03-01'), to: localDate('2026-03-31') })).toBe('somevuoro-2026-03-01_2026-03-31.csv');
    expect(backupFileName('', localDate('2026-02-20'))).toBe('somevuoro-backup-2026-02-20.zip');
    expect(backupFileName('Kylä ry', localDate('2026-02-20'))).toBe('somevuoro-backup-kyla-ry-2026-02-20.zip');
  });
});
