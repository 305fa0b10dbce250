import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PortableText } from '@/components/portable-text';
import { graphql } from '@/gql';
import { CONTENT_SECONDS, publicGraph } from '@/lib/graph';

// Rendered on its first visit and kept (ISR) until the content lake's webhook says content changed.
export const revalidate = 3600;

/** A standing page editors keep in Sanity (about, delivery and returns, care…), at /{slug}. */
const ContentPage = graphql(`
  query ContentPage($slug: String!) {
    page(slug: $slug) {
      slug
      title
      body
      seo {
        title
        description
      }
    }
  }
`);

type Params = { params: Promise<{ page: string }> };

async function load(slug: string) {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  return (await publicGraph(ContentPage, { slug }, { revalidate: CONTENT_SECONDS })).page;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const page = await load((await params).page);
  if (!page) return { title: 'Not found' };
  return {
    title: page.seo?.title ?? page.title,
    description: page.seo?.description ?? undefined,
    alternates: { canonical: `/${page.slug}` },
  };
}

export default async function StandingPage({ params }: Params) {
  const page = await load((await params).page);
  if (!page) notFound();
  return (
    <article className="article">
      <h1>{page.title}</h1>
      <PortableText value={page.body} />
    </article>
  );
}
