import type { InputOf } from '../../shared/api/contract';
import type { Volunteer } from '../../shared/domain/volunteer';

/** A responder with nothing else set: what tests of the roster and exports start from. */
export const volunteerInput = (name: string, fields: Partial<InputOf<'volunteers:create'>> = {}): InputOf<'volunteers:create'> => ({
  name,
  email: '',
  phone: '',
  roles: ['responder'],
  channelIds: [],
  away: [],
  maxDutiesPerMonth: null,
  active: true,
  ...fields,
});

export const volunteer = (id: string, name: string, fields: Partial<Volunteer> = {}): Volunteer => ({ ...volunteerInput(name), away: [], id, ...fields });
