import { useGetIdentity } from 'react-admin';
import type { Order } from '../domain/types';
import type { DraftScope } from './drafts';

/** The draft scope of a form on this order for the signed-in user (null until the user is known). */
export function useDraftScope(
  order: Pick<Order, 'id' | 'revision'>,
  form: string,
): DraftScope | null {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  return { userId: String(identity.id), orderId: order.id, revision: order.revision, form };
}
