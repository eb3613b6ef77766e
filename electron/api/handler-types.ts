import type { z } from 'zod';
import type { ChannelSpec } from '../../shared/api/contract-kit';

/** A handler for every channel of a (part of the) contract, receiving validated input. */
export type HandlersFor<C extends Record<string, ChannelSpec>> = {
  [K in keyof C]: (input: z.output<C[K]['input']>) => z.output<C[K]['output']> | Promise<z.output<C[K]['output']>>;
};
