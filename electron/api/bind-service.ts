import type { ChannelSpec } from '../../shared/api/contract-kit';
import { methodName } from '../../shared/api/contract-kit';
import type { HandlersFor, ServiceFor } from './handler-types';

type Slice = Record<string, ChannelSpec>;
// Public members only: two classes with private fields of one name intersect to never, which would pass any check.
type Joined<S extends readonly unknown[]> = S extends readonly [infer First, ...infer Rest] ? Pick<First, keyof First> & Joined<Rest> : unknown;
/** The methods of ServiceFor<C> the services lack or have with another type. */
type Unanswered<C extends Slice, J> = {
  [M in keyof ServiceFor<C>]: M extends keyof J ? (J[M] extends ServiceFor<C>[M] ? never : M) : M;
}[keyof ServiceFor<C>];
/** Makes the call fail to compile, naming the methods, when some channel has no method of its type. */
type Answering<C extends Slice, S extends readonly object[]> = [Unanswered<C, Joined<S>>] extends [never] ? unknown : { unansweredChannels: Unanswered<C, Joined<S>> };

/**
 * Binds a slice of the contract to the services that answer it: channel `posts:get` calls
 * the method `postsGet` of the one service that has it, with the validated input. A channel
 * without such a method, or with a method of another type, does not compile.
 */
export function bindService<C extends Slice, const S extends readonly object[]>(slice: C, ...services: S & Answering<C, S>): HandlersFor<C> {
  const entries = Object.keys(slice).map((channelName) => {
    const method = methodName(channelName);
    const owners = services.filter((service) => typeof (service as Record<string, unknown>)[method] === 'function');
    if (owners.length !== 1) throw new Error(`${channelName} needs exactly one service with a method ${method}; found ${owners.length}.`);
    const owner = owners[0] as Record<string, (input: unknown) => unknown>;
    return [channelName, (input: unknown) => owner[method](input)];
  });
  return Object.fromEntries(entries) as HandlersFor<C>;
}
