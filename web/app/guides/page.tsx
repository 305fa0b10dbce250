import type { Metadata } from 'next';
import { ArticleSection } from '@/components/article-index';
import { ARTICLE_SECTIONS } from '@/lib/articles';

const { title, description, path } = ARTICLE_SECTIONS.GUIDE;
export const metadata: Metadata = { title, description, alternates: { canonical: path } };
// Rendered per visit from a cached read: the build never needs a running graph.
export const dynamic = 'force-dynamic';

export default function Guides() {
  return <ArticleSection kind="GUIDE" />;
}
