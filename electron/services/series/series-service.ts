import type { z } from 'zod';
import type { EditScope } from '../../../shared/api/series-contract';
import type { Id } from '../../../shared/domain/ids';
import { newId } from '../../../shared/domain/ids';
import type { LocalDate } from '../../../shared/domain/local-time';
import type { Post, PostChanges } from '../../../shared/domain/post';
import { postDefaults } from '../../../shared/domain/post';
import type { Ends, NewSeriesFields, Repeat } from '../../../shared/domain/series';
import { Series } from '../../../shared/domain/series';
import { firstDate } from '../../../shared/recurrence/repeat-rule';
import { cancelOccurrences, editSeries, ideasAfterSplit, uncancelOccurrences, withOccurrenceChecklist, withOccurrenceReview } from '../../../shared/recurrence/series-edits';
import { parseOccurrenceId } from '../../../shared/recurrence/occurrence-id';
import { occurrencesBetween, occurrencesOn } from '../../../shared/recurrence/series';
import type { PlanRepository } from '../../storage/plan-repository';
import type { Clock } from '../clock';
import { approvalByEdit, invalid, notFound } from '../domain-error';

/** Series ids are short (an occurrence's id adds the day) and have no "_" (which separates the day). */
const seriesId = () => newId().replaceAll('-', '').slice(0, 24);

export class SeriesService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly clock: Clock,
  ) {}

  async seriesCreate({ fields, date, repeat, ends }: { fields: z.infer<typeof NewSeriesFields>; date: LocalDate; repeat: Repeat; ends: Ends }): Promise<Series> {
    const now = this.clock().toISOString();
    const { date: _none, ...defaults } = postDefaults;
    const own = { ...defaults, ...fields };
    const parsed = Series.safeParse({ id: seriesId(), fields: own, start: firstDate(repeat, date) ?? date, repeat, ends, overrides: {}, cancelled: [], createdAt: now, updatedAt: now });
    if (!parsed.success) throw invalid('series', parsed.error);
    await this.repo.updateMain((main) => ({ ...main, series: [...main.series, parsed.data] }));
    return parsed.data;
  }

  seriesGet({ id }: { id: Id }): Promise<Series> {
    return Promise.resolve(this.existing(id));
  }

  async seriesEdit(input: { id: Id; scope: z.infer<typeof EditScope>; changes: PostChanges; repeat?: Repeat; ends?: Ends }): Promise<Post> {
    const { series, date } = this.occurrence(input.id);
    // As for a single post: only an approval records who approved; a status edit to approved would not.
    if (input.changes.status === 'approved' && occurrencesOn(series, date)?.status !== 'approved') throw approvalByEdit('changes.status');
    const now = this.clock().toISOString();
    const result = editSeries(series, date, input.scope, { changes: input.changes, repeat: input.repeat, ends: input.ends }, seriesId(), now);
    const stored = [result.series, result.added].filter((one): one is Series => one !== null);
    for (const one of stored) {
      const parsed = Series.safeParse(one);
      if (!parsed.success) throw invalid('series', parsed.error, ['changes']);
    }
    await this.repo.updateMain((main) => ({
      ...main,
      series: [...main.series.flatMap((one) => (one.id === series.id ? (result.series ? [result.series] : []) : [one])), ...(result.added ? [result.added] : [])],
      ideas: ideasAfterSplit(main.ideas, series.id, result, now),
    }));
    const shown = result.added ?? result.series ?? series;
    const moved = input.scope === 'this' ? (input.changes.date ?? date) : shown.start;
    return (input.scope === 'this' ? occurrencesOn(shown, date) : occurrencesBetween(shown, moved, moved)[0]) ?? occurrencesOn(series, date) ?? this.missing(input.id);
  }

  async seriesCancel({ id, scope }: { id: Id; scope: z.infer<typeof EditScope> }): Promise<{ id: Id; before: Series }> {
    const { series, date } = this.occurrence(id);
    const next = cancelOccurrences(series, date, scope, this.clock().toISOString());
    await this.repo.updateMain((main) => ({ ...main, series: main.series.flatMap((one) => (one.id === series.id ? (next ? [next] : []) : [one])) }));
    return { id, before: series };
  }

  /** The undo of seriesCancel, given the series it answered with; refused for a series that occurrence is not of. */
  async seriesUncancel({ id, scope, before }: { id: Id; scope: z.infer<typeof EditScope>; before: Series }): Promise<{ id: Id }> {
    const named = parseOccurrenceId(id);
    if (!named || named.seriesId !== before.id) throw notFound('post', id);
    const now = this.clock().toISOString();
    await this.repo.updateMain((main) => {
      const current = main.series.find((one) => one.id === before.id) ?? null;
      const restored = uncancelOccurrences(current, before, named.date, scope, now);
      return { ...main, series: current ? main.series.map((one) => (one === current ? restored : one)) : [...main.series, restored] };
    });
    return { id };
  }

  /** The checklist service's tick on an occurrence: kept with that occurrence alone. */
  async tickOccurrence(id: Id, checklist: Post['checklist']): Promise<Post> {
    const { series, date } = this.occurrence(id);
    const next = withOccurrenceChecklist(series, date, checklist, this.clock().toISOString());
    await this.repo.updateMain((main) => ({ ...main, series: main.series.map((one) => (one.id === series.id ? next : one)) }));
    return occurrencesOn(next, date) ?? this.missing(id);
  }

  /** The review service's approval or comment on an occurrence: kept with that occurrence alone. */
  async reviewOccurrence(reviewed: Post): Promise<Post> {
    const { series, date } = this.occurrence(reviewed.id);
    const next = withOccurrenceReview(series, date, reviewed, this.clock().toISOString());
    const parsed = Series.safeParse(next);
    if (!parsed.success) throw invalid('series', parsed.error);
    await this.repo.updateMain((main) => ({ ...main, series: main.series.map((one) => (one.id === series.id ? parsed.data : one)) }));
    return occurrencesOn(parsed.data, date) ?? this.missing(reviewed.id);
  }

  private existing(id: Id): Series {
    const series = this.repo.main().series.find((one) => one.id === id);
    if (!series) throw notFound('series', id);
    return series;
  }

  private occurrence(id: Id): { series: Series; date: LocalDate } {
    const named = parseOccurrenceId(id);
    if (!named) throw notFound('post', id);
    const series = this.existing(named.seriesId);
    if (!occurrencesOn(series, named.date)) throw notFound('post', id);
    return { series, date: named.date };
  }

  private missing(id: Id): never {
    throw notFound('post', id);
  }
}
