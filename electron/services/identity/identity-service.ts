import type { Identity, IdentityChoice } from '../../../shared/api/identity-contract';
import type { Id } from '../../../shared/domain/ids';
import type { ChangeAuthor } from '../../../shared/domain/post-history';
import type { Volunteer } from '../../../shared/domain/volunteer';
import type { DeviceStore } from '../../storage/device-store';
import type { PlanRepository } from '../../storage/plan-repository';
import { DomainError } from '../domain-error';
import type { VolunteersService } from '../roster/volunteers-service';

const AUTHOR_NAME_MAX = 120;

function authorOf(volunteer: Volunteer): ChangeAuthor {
  return { volunteerId: volunteer.id, name: volunteer.name.slice(0, AUTHOR_NAME_MAX) };
}

/**
 * Who the person at this laptop is in the open plan (shared/api/identity-contract.ts):
 * a volunteer's id kept in the device store per plan (its root document's URL). The name is read from the
 * plan each time, so a renamed volunteer signs with their new name.
 */
export class IdentityService {
  constructor(
    private readonly repo: PlanRepository,
    private readonly device: DeviceStore,
    private readonly volunteers: VolunteersService,
  ) {}

  /**
   * Who this laptop's user was before identities were kept per plan: kept under the data
   * folder's path, or (before who-is-who) one name typed into the plan's settings that is
   * a volunteer's.
   */
  seedFrom(legacyUserName: string | undefined): void {
    this.device.adoptIdentity(this.repo.planId, this.repo.dir);
    const name = legacyUserName?.trim().toLocaleLowerCase();
    if (!name || this.device.identity(this.repo.planId)) return;
    const volunteer = this.repo.main().volunteers.find((other) => other.name.trim().toLocaleLowerCase() === name);
    if (volunteer) this.device.setIdentity(this.repo.planId, authorOf(volunteer));
  }

  /** Who is making changes now; null until chosen, or once their volunteer is gone from the plan. */
  current(): ChangeAuthor | null {
    const saved = this.device.identity(this.repo.planId);
    if (!saved) return null;
    if (saved.volunteerId === null) return saved;
    const volunteer = this.find(saved.volunteerId);
    return volunteer ? authorOf(volunteer) : null;
  }

  identityGet(): Identity {
    return { me: this.current() };
  }

  async identitySet(choice: IdentityChoice): Promise<Identity> {
    const volunteer =
      'volunteerId' in choice
        ? this.find(choice.volunteerId)
        : await this.volunteers.volunteersCreate(
            { name: choice.newVolunteer.name, email: '', phone: '', roles: [], channelIds: [], away: [], maxDutiesPerMonth: null, active: true },
            'newVolunteer.',
          );
    if (!volunteer) {
      const id = 'volunteerId' in choice ? choice.volunteerId : '';
      throw new DomainError('not-found', `No volunteer with id ${id}.`, [{ path: 'volunteerId', message: 'v.unknownVolunteer', received: id }]);
    }
    this.device.setIdentity(this.repo.planId, authorOf(volunteer));
    return this.identityGet();
  }

  /** The name an approval, tick or comment is signed with; refused until the person has said who they are. */
  actingName(action: string): string {
    const me = this.current();
    if (!me) throw new DomainError('rejected', `Say who you are first (Settings › Who am I) to ${action}.`, [{ path: 'identity', message: 'v.identityRequired' }]);
    return me.name;
  }

  private find(id: Id): Volunteer | undefined {
    return this.repo.main().volunteers.find((volunteer) => volunteer.id === id);
  }
}
