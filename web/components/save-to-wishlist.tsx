import { saveToWishlist } from '@/app/saved-actions';
import { ActionForm } from './action-form';

/** Keeps the piece on the visitor's wishlist: a client's own, or a guest's until they sign in. */
export function SaveToWishlist({ productId }: { productId: string }) {
  return (
    <ActionForm action={saveToWishlist} label="Wishlist" submit="Save to wishlist" pending="Saving…" className="inline">
      <input type="hidden" name="productId" value={productId} />
    </ActionForm>
  );
}
