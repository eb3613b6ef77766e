import type { Volunteer } from '../../shared/domain/volunteer';

/** The volunteers of a picker, by name (what "nobody" is called differs by picker, so the caller adds it). */
export function VolunteerOptions({ volunteers }: { volunteers: readonly Pick<Volunteer, 'id' | 'name'>[] }) {
  return volunteers.map((volunteer) => (
    <option key={volunteer.id} value={volunteer.id}>
      {volunteer.name}
    </option>
  ));
}
