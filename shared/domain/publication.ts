import { z } from 'zod';
import { Instant } from './local-time';
import { Line, WebAddress } from './text';

/** Only an https address is stored as where a post went out: it is opened in the system browser later (WebAddress already refuses other schemes). */
export const PublishedAddress = WebAddress.refine((value) => !/^http:/i.test(value), { error: 'v.urlNotHttps' });

/**
 * One channel's "it went out": the share kit writes it when a volunteer marks the
 * channel published, direct posting (Mastodon, Bluesky) when the server answered with
 * the post's address. The same record either way, so the calendar and the status need
 * not know how it was published.
 * - `url`: the published post's address (https), '' when there is none (a newsletter sent by e-mail);
 * - `by`: who published it, the person chosen at that laptop (trust-based, as approvals);
 * - `at`: when it was marked or posted (UTC);
 * - `via`: `share-kit` (marked by hand) or `direct` (the app posted it).
 */
export const Publication = z.strictObject({
  url: PublishedAddress,
  by: Line,
  at: Instant,
  via: z.enum(['share-kit', 'direct']),
});
export type Publication = z.infer<typeof Publication>;
