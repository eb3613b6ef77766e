import type { Id } from '../../../shared/domain/ids';
import { withoutMissingReferences } from '../../../shared/domain/post-references';
import { newId } from '../../../shared/domain/ids';
import type { VolunteerFields } from '../../../shared/domain/volunteer';
import { Volunteer } from '../../../shared/domain/volunteer';
import { DomainError, invalid, notFound } from '../domain-error';
import type { PlanRepository } from '../../storage/plan-repository';
import { ReferenceCheck } from '../references';

/**
 * Volunteers come and go: someone with history (duties, posts, a channel in their
 * care) is deactivated, never deleted, so nothing is left pointing at nobody.
 */
export class VolunteersService {
  constructor(private readonly repo: PlanRepository) {}

  volunteersList(): Volunteer[] {
    return this.repo.main().volunteers;
  }

  /** `prefix` places a refusal on the caller's field (identity:set's `newVolunteer.name`). */
  async volunteersCreate(fields: VolunteerFields, prefix = ''): Promise<Volunteer> {
    const volunteer: Volunteer = { ...fields, id: newId() };
    this.check(volunteer, prefix);
    await this.repo.updateMain((doc) => ({ ...doc, volunteers: [...doc.volunteers, volunteer] }));
    return volunteer;
  }

  async volunteersUpdate({ id, changes }: { id: Id; changes: Partial<VolunteerFields> }): Promise<Volunteer> {
    const current = this.get(id);
    const next = Volunteer.safeParse({ ...current, ...changes });
    if (!next.success) throw invalid('volunteer', next.error, ['changes']);
    this.check(next.data, 'changes.');
    await this.repo.updateMain((doc) => ({ ...doc, volunteers: doc.volunteers.map((volunteer) => (volunteer.id === id ? next.data : volunteer)) }));
    return next.data;
  }

  async volunteersDelete({ id }: { id: Id }): Promise<{ id: Id }> {
    this.get(id);
    const main = this.repo.main();
    const duties = main.duties.filter((duty) => duty.volunteerId === id).length;
    const channels = main.channels.filter((channel) => channel.responsibleVolunteerId === id).length;
    const posts = duties || channels ? 0 : (await this.repo.allPosts()).filter((post) => post.authorId === id || post.responderId === id).length;
    if (duties || channels || posts) {
      throw new DomainError('rejected', `The volunteer has ${duties} duties, ${posts} posts and ${channels} channels; deactivate them instead.`, [
        { path: '', message: 'v.volunteerHasHistory' },
      ]);
    }
    // Trashed posts forget them first, so that restoring one never brings back a reference to nobody.
    const channelIds = new Set(main.channels.map((channel) => channel.id));
    const remaining = new Set(main.volunteers.filter((volunteer) => volunteer.id !== id).map((volunteer) => volunteer.id));
    await this.repo.updateTrashedPosts((post) => withoutMissingReferences(post, channelIds, remaining));
    await this.repo.updateMain((doc) => ({ ...doc, volunteers: doc.volunteers.filter((volunteer) => volunteer.id !== id) }));
    return { id };
  }

  private get(id: Id): Volunteer {
    const volunteer = this.repo.main().volunteers.find((candidate) => candidate.id === id);
    if (!volunteer) throw notFound('volunteer', id);
    return volunteer;
  }

  /** Channels exist; names are unique (case and spaces aside), so that lists and the grid never show two "Aino"s. */
  private check(volunteer: Volunteer, prefix = ''): void {
    const main = this.repo.main();
    const check = new ReferenceCheck(main);
    volunteer.channelIds.forEach((channelId, index) => check.channel(channelId, `${prefix}channelIds.${index}`));
    const key = volunteer.name.trim().toLocaleLowerCase();
    if (main.volunteers.some((other) => other.id !== volunteer.id && other.name.trim().toLocaleLowerCase() === key)) {
      throw new DomainError('rejected', `There is already a volunteer called ${volunteer.name}.`, [{ path: `${prefix}name`, message: 'v.nameTaken', received: volunteer.name }]);
    }
    check.verify('volunteer');
  }
}
