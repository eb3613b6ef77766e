import type { Channel, ChannelKind } from '../../../../shared/domain/channel';
import type { Post } from '../../../../shared/domain/post';
import { newPost } from '../../../../shared/domain/post';

/** Test records with everything defaulted but what the test is about. */
export function post(fields: Partial<Post> & { id?: string } = {}): Post {
  const { id = 'p1', ...rest } = fields;
  return { ...newPost({ title: 'Kesäjuhla', text: 'Tervetuloa!' }, id, '2026-05-01T10:00:00.000Z'), ...rest };
}

function channel(id: string, kind: ChannelKind, name = id): Channel {
  return { id, kind, name, url: '', goal: '', responsibleVolunteerId: null };
}

export const facebook = channel('fb', 'facebook-page', 'Facebook-sivu');
export const group = channel('group', 'facebook-group', 'Jäsenryhmä');
export const instagram = channel('ig', 'instagram', 'Instagram');
