import { describe, expect, it } from 'vitest';
import { backendOn } from '../../../support/backend';
import { actAs } from '../../../support/identity';
import { tempDir } from '../../../support/temp-dir';

/*
 * Services read, then write, with awaits between: two requests at once (two windows, the
 * bridge and the app) could each read the same post and the second write would drop the
 * first one's change. Dispatch runs requests one at a time, in the order they came.
 */

describe('requests that arrive at the same time', () => {
  it('ten comments posted at once to one post all stay, in the order they were sent', async () => {
    const backend = await backendOn(tempDir());
    await actAs(backend.call, 'Aino Äijälä');
    const post = await backend.call('posts:create', { title: 'Talkoot' });
    const texts = Array.from({ length: 10 }, (_, i) => `Kommentti ${i + 1}`);
    await Promise.all(texts.map((text) => backend.call('posts:comment', { id: post.id, text })));
    const stored = await backend.call('posts:get', { id: post.id });
    expect(stored.comments.map((comment) => comment.text)).toEqual(texts);
    await backend.repo.close();
  });
});
