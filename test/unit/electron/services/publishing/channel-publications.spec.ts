import { describe, expect, it } from 'vitest';
import { whenArrived } from '../../../../../electron/services/publishing/channel-publications';
import { StorageError } from '../../../../../electron/storage/storage-error';

/*
 * A post that went out on a network is recorded as published even when its move from another laptop
 * has only half arrived here: the write is asked again until it has, never refused to a user who
 * would then post it a second time.
 */
describe('recording a publication', () => {
  const arriving = () => new StorageError('arriving', 'v.postArriving', { title: 'Talkoot' });

  it('writes once the post has arrived, asking again meanwhile', async () => {
    let asked = 0;
    const written = await whenArrived(async () => {
      asked += 1;
      if (asked < 3) throw arriving();
      return 'recorded';
    }, 5, 1);
    expect([written, asked]).toEqual(['recorded', 3]);
  });

  it('passes any other failure on at once, and an arrival that never comes after the last try', async () => {
    let asked = 0;
    await expect(whenArrived(async () => {
      asked += 1;
      throw new StorageError('disk full', 'v.storageDiskFull');
    }, 5, 1)).rejects.toMatchObject({ key: 'v.storageDiskFull' });
    expect(asked).toBe(1);
    await expect(whenArrived(async () => { throw arriving(); }, 3, 1)).rejects.toMatchObject({ key: 'v.postArriving' });
  });
});
