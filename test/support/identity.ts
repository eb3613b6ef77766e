import type { ChannelName, InputOf, OutputOf } from '../../shared/api/contract';

type Call = <K extends ChannelName>(channel: K, input: InputOf<K>) => Promise<OutputOf<K>>;

/** Says who the person at this laptop is, as the Who are you? step does: the volunteer of that name, or a new one. */
export async function actAs(call: Call, name: string): Promise<void> {
  const volunteer = (await call('volunteers:list', {})).find((other) => other.name === name);
  await call('identity:set', volunteer ? { volunteerId: volunteer.id } : { newVolunteer: { name } });
}
