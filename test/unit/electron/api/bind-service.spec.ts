import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { channel } from '../../../../shared/api/contract-kit';
import { bindService } from '../../../../electron/api/bind-service';

/*
 * Each slice of the contract is answered by its services' methods of the same names.
 * The compiler refuses a slice whose channel has no method, or one of another type
 * (the @ts-expect-error lines fail `tsc` the day the check stops refusing them).
 */

const notesContract = {
  'notes:get': channel(z.strictObject({ id: z.string() }), z.strictObject({ id: z.string(), text: z.string() })),
  'notes:count': channel(z.strictObject({}), z.number()),
};

class Notes {
  constructor(private readonly text: string) {}
  notesGet({ id }: { id: string }) {
    return { id, text: this.text };
  }
}

class Counts {
  constructor(private readonly text: string) {}
  notesCount() {
    return this.text.length;
  }
}

class Unrelated {
  constructor(private readonly text: string) {}
  length() {
    return this.text.length;
  }
}

describe('binding a slice of the contract to its services', () => {
  it('calls the method named for each channel on the service that has it', async () => {
    const handlers = bindService(notesContract, new Notes('Talkoot'), new Counts('abc'));
    expect(await handlers['notes:get']({ id: 'n1' })).toEqual({ id: 'n1', text: 'Talkoot' });
    expect(await handlers['notes:count']({})).toBe(3);
  });

  it('does not compile when a channel has no method or a method of another type', () => {
    // @ts-expect-error notesCount is missing
    expect(() => bindService(notesContract, new Notes('x'))).toThrow('notes:count needs exactly one service with a method notesCount; found 0.');
    // @ts-expect-error still missing when two classes share a private field's name (their intersection is never)
    expect(() => bindService(notesContract, new Notes('x'), new Unrelated('y'))).toThrow('found 0');
    const wrongOutput = { notesGet: ({ id }: { id: string }) => ({ id }), notesCount: () => 1 };
    // @ts-expect-error notesGet answers without the text
    bindService(notesContract, wrongOutput);
    const wrongInput = { notesGet: ({ id }: { id: number }) => ({ id: String(id), text: '' }), notesCount: () => 1 };
    // @ts-expect-error notesGet expects another input
    bindService(notesContract, wrongInput);
  });

  it('refuses two services answering the same channel', () => {
    const twice = { notesCount: () => 2 };
    expect(() => bindService(notesContract, new Notes('x'), new Counts('y'), twice)).toThrow('notes:count needs exactly one service with a method notesCount; found 2.');
  });
});
