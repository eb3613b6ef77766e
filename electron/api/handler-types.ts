import type { z } from 'zod';
import type { ChannelSpec, MethodName } from '../../shared/api/contract-kit';

type Slice = Record<string, ChannelSpec>;
type Answer<S extends ChannelSpec> = (input: z.output<S['input']>) => z.output<S['output']> | Promise<z.output<S['output']>>;

/** A handler for every channel of a (part of the) contract, receiving validated input. */
export type HandlersFor<C extends Slice> = { [K in keyof C]: Answer<C[K]> };

/**
 * What the services bound to a slice must have: for `posts:approve` a method `postsApprove`
 * (the name the renderer calls, shared/api/contract-kit.ts#methodName) taking the validated input.
 */
export type ServiceFor<C extends Slice> = { [K in keyof C & string as MethodName<K>]: Answer<C[K]> };
