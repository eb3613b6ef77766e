import type { AcceptRotaInput, RotaRequestInput } from '../../../shared/api/roster-contract';
import type { DateRange } from '../../../shared/domain/date-range';
import type { DutyFields } from '../../../shared/domain/duty';
import { Duty, dutyTypes } from '../../../shared/domain/duty';
import type { Id } from '../../../shared/domain/ids';
import { newId } from '../../../shared/domain/ids';
import type { CoverageGaps } from '../../../shared/roster/coverage';
import { coverageGaps } from '../../../shared/roster/coverage';
import { overlaps, sameRota } from '../../../shared/roster/duty-rules';
import { swapDuties, swapProblem } from '../../../shared/roster/duty-swap';
import type { RotaProposal } from '../../../shared/roster/rota-generator';
import { proposeRota } from '../../../shared/roster/rota-generator';
import { DomainError, invalid, notFound } from '../domain-error';
import type { PlanRepository } from '../../storage/plan-repository';
import { ReferenceCheck } from '../references';
import { postsWithOccurrences } from '../series/plan-posts';
import { CoverageMemo } from './coverage-memo';

const typeOrder = (duty: Duty) => dutyTypes.indexOf(duty.type);
const byDate = (a: Duty, b: Duty) => a.from.localeCompare(b.from) || typeOrder(a) - typeOrder(b) || a.id.localeCompare(b.id);

/** Duties, the rota generator, swaps and coverage. Duties live in the main document; every change is one write. */
export class RosterService {
  constructor(private readonly repo: PlanRepository) {}

  /** Coverages kept for the posts and documents they were worked out from (coverage-memo.ts). */
  private readonly coverageMemo = new CoverageMemo();

  dutiesList(range: DateRange): Duty[] {
    return this.repo.main().duties.filter((duty) => overlaps(duty, range)).sort(byDate);
  }

  async dutiesCreate(fields: DutyFields): Promise<Duty> {
    const duty: Duty = { ...fields, id: newId() };
    this.checkReferences([duty]);
    await this.repo.updateMain((doc) => ({ ...doc, duties: [...doc.duties, duty] }));
    return duty;
  }

  async dutiesUpdate({ id, changes }: { id: Id; changes: Partial<DutyFields> }): Promise<Duty> {
    const current = this.get(id);
    // An answer is the holder's: a duty given to someone else waits for theirs.
    const handedOver = changes.volunteerId !== undefined && changes.volunteerId !== current.volunteerId && changes.answer === undefined;
    const next = Duty.safeParse({ ...current, ...changes, ...(handedOver ? { answer: undefined } : {}) });
    if (!next.success) throw invalid('duty', next.error, ['changes']);
    this.checkReferences([next.data], 'changes.');
    await this.replaceAll([next.data]);
    return next.data;
  }

  async dutiesDelete({ id }: { id: Id }): Promise<Duty> {
    const duty = this.get(id);
    await this.repo.updateMain((doc) => ({ ...doc, duties: doc.duties.filter((candidate) => candidate.id !== id) }));
    return duty;
  }

  /** Puts a deleted duty back as it was (undo). */
  async dutiesRestore(duty: Duty): Promise<Duty> {
    // Already back (a second undo): the stored duty is the truth, not the caller's copy.
    const stored = this.repo.main().duties.find((candidate) => candidate.id === duty.id);
    if (stored) return stored;
    this.checkReferences([duty]);
    await this.repo.updateMain((doc) => ({ ...doc, duties: [...doc.duties, duty] }));
    return duty;
  }

  rosterPropose(request: RotaRequestInput): RotaProposal {
    this.checkChannels(request.channelIds);
    const { volunteers, duties } = this.repo.main();
    return proposeRota({ ...request, volunteers, duties });
  }

  /** Saves an accepted proposal in one write: the rota's duties in the range are replaced by the slots. */
  async rosterAccept(input: AcceptRotaInput): Promise<{ saved: Duty[]; replaced: Duty[] }> {
    const check = new ReferenceCheck(this.repo.main());
    input.channelIds.forEach((channelId, index) => check.channel(channelId, `channelIds.${index}`));
    input.slots.forEach((slot, index) => {
      check.volunteer(slot.volunteerId, `slots.${index}.volunteerId`);
      if (slot.from > slot.to) check.add({ path: `slots.${index}.to`, message: 'v.rangeReversed' });
      if (slot.from < input.from || slot.to > input.to) check.add({ path: `slots.${index}.from`, message: 'v.slotOutsideRange' });
      if (index > 0 && slot.from <= input.slots[index - 1].to) check.add({ path: `slots.${index}.from`, message: 'v.slotsOverlap' });
    });
    check.verify('rota');
    const saved: Duty[] = input.slots.map((slot) => ({ id: newId(), type: input.type, volunteerId: slot.volunteerId, from: slot.from, to: slot.to, channelIds: input.channelIds, note: '' }));
    const replaced = this.repo.main().duties.filter((duty) => sameRota(duty, input.type, input.channelIds) && overlaps(duty, input));
    const replacedIds = new Set(replaced.map((duty) => duty.id));
    await this.repo.updateMain((doc) => ({ ...doc, duties: [...doc.duties.filter((duty) => !replacedIds.has(duty.id)), ...saved] }));
    return { saved, replaced };
  }

  async rosterUndoAccept({ savedIds, replaced }: { savedIds: Id[]; replaced: Duty[] }): Promise<Duty[]> {
    const seen = new Set<Id>();
    replaced.forEach((duty, index) => {
      if (seen.has(duty.id)) throw new DomainError('rejected', `The duty ${duty.id} is listed twice.`, [{ path: `replaced.${index}.id`, message: 'v.duplicateId', received: duty.id }]);
      seen.add(duty.id);
    });
    this.checkReferences(replaced);
    const dropped = new Set(savedIds);
    await this.repo.updateMain((doc) => {
      const kept = doc.duties.filter((duty) => !dropped.has(duty.id));
      const present = new Set(kept.map((duty) => duty.id));
      return { ...doc, duties: [...kept, ...replaced.filter((duty) => !present.has(duty.id))] };
    });
    return replaced;
  }

  async rosterSwap({ firstId, secondId }: { firstId: Id; secondId: Id }): Promise<[Duty, Duty]> {
    const [first, second] = [this.get(firstId), this.get(secondId)];
    const problem = swapProblem(first, second);
    if (problem) {
      const key = { 'same-duty': 'v.swapSameDuty', 'same-person': 'v.swapSamePerson', 'both-gaps': 'v.swapBothGaps' }[problem];
      throw new DomainError('rejected', `These duties cannot be swapped (${problem}).`, [{ path: 'secondId', message: key }]);
    }
    const swapped = swapDuties(first, second);
    await this.replaceAll(swapped);
    return swapped;
  }

  async rosterCoverage(range: DateRange): Promise<CoverageGaps> {
    // Read before the posts' await: a coverage is kept under the document it was worked out from.
    const main = this.repo.main();
    const { duties, volunteers, settings } = main;
    return coverageGaps(await postsWithOccurrences(this.repo, range.from, range.to), duties, volunteers, settings.responseWindowHours, this.coverageMemo.coverageOf(main));
  }

  private get(id: Id): Duty {
    const duty = this.repo.main().duties.find((candidate) => candidate.id === id);
    if (!duty) throw notFound('duty', id);
    return duty;
  }

  private async replaceAll(changed: Duty[]): Promise<void> {
    const byId = new Map(changed.map((duty) => [duty.id, duty]));
    await this.repo.updateMain((doc) => ({ ...doc, duties: doc.duties.map((duty) => byId.get(duty.id) ?? duty) }));
  }

  private checkChannels(channelIds: Id[]): void {
    const check = new ReferenceCheck(this.repo.main());
    channelIds.forEach((channelId, index) => check.channel(channelId, `channelIds.${index}`));
    check.verify('rota');
  }

  private checkReferences(duties: Duty[], prefix = ''): void {
    const check = new ReferenceCheck(this.repo.main());
    for (const duty of duties) {
      check.volunteer(duty.volunteerId, `${prefix}volunteerId`);
      duty.channelIds.forEach((channelId, index) => check.channel(channelId, `${prefix}channelIds.${index}`));
    }
    check.verify('duty');
  }
}

