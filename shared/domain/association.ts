import { z } from 'zod';
import { Email, Line, LongText, WebAddress } from './text';

export const Association = z.strictObject({
  name: Line,
  description: LongText,
  website: WebAddress,
  email: Email,
  phone: Line,
  address: Line,
});
export type Association = z.infer<typeof Association>;

export const emptyAssociation: Association = {
  name: '',
  description: '',
  website: '',
  email: '',
  phone: '',
  address: '',
};
