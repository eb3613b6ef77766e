import { z } from 'zod';
import { channel } from './contract-kit';

/*
 * Issue 13 item 1: move the plan into a folder a sync service shares, open a plan another
 * laptop shared, and remove the copy left where the plan was. The desktop app picks the
 * folder with the system's dialog (`canPick`); the browser version takes a typed path.
 * Moving or opening switches this window to that plan (the desktop app restarts on it).
 */

const NoInput = z.strictObject({});
const Folder = z.strictObject({ folder: z.string().min(1).max(4096) });

const ShareState = z.strictObject({
  planDir: z.string(),
  /** The system's folder dialog is there (the desktop app). */
  canPick: z.boolean(),
  /** This window can switch to another plan; where it cannot, moving and opening are refused. */
  canSwitch: z.boolean(),
  /** Where this plan was before it was moved: kept until the user removes it. */
  oldCopies: z.array(z.strictObject({ planDir: z.string(), movedAt: z.string(), present: z.boolean() })),
});

export const sharingContract = {
  'sharing:state': channel(NoInput, ShareState),
  'sharing:pickFolder': channel(NoInput, z.strictObject({ folder: z.string().nullable() })),
  'sharing:move': channel(Folder, z.strictObject({ planDir: z.string(), opening: z.literal(true) })),
  'sharing:open': channel(Folder, z.strictObject({ planDir: z.string(), opening: z.literal(true) })),
  'sharing:removeOldCopy': channel(z.strictObject({ planDir: z.string().min(1).max(4096) }), z.strictObject({ removed: z.literal(true) })),
};
