import type { Metadata } from 'next';
import { articleMetadata, ArticleView } from '@/components/article-view';

// Rendered on its first visit and kept (ISR) until the content lake's webhook says content changed.
export const revalidate = 3600;

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return articleMetadata('GUIDE', (await params).slug);
}

export default async function GuidesArticle({ params }: Params) {
  return <ArticleView kind="GUIDE" slug={(await params).slug} />;
}
