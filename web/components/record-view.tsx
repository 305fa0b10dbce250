'use client';

import { useEffect } from 'react';
import { recordProductView } from '@/app/saved-actions';

/**
 * Records the piece in the visitor's recently viewed once the page has shown in a browser: the page
 * itself stays a cacheable render for every visitor, and crawlers running no script record nothing.
 */
export function RecordView({ productId }: { productId: string }) {
  useEffect(() => {
    recordProductView(productId).catch(() => undefined);
  }, [productId]);
  return null;
}
