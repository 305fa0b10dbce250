import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ArticleKind } from '@/gql/graphql';
import { ArticlePage, ARTICLE_SECTIONS } from '@/lib/articles';
import { longDate } from '@/lib/dates';
import { CONTENT_SECONDS, publicGraph } from '@/lib/graph';
import { PortableText } from './portable-text';

/** One article of the kind asked for; a journal post under /guides (or the reverse) is not found. */
export async function loadArticle(kind: ArticleKind, slug: string) {
  if (slug.length > 120) return null;
  const { article } = await publicGraph(ArticlePage, { slug }, { revalidate: CONTENT_SECONDS });
  return article && article.kind === kind ? article : null;
}

export async function articleMetadata(kind: ArticleKind, slug: string): Promise<Metadata> {
  const article = await loadArticle(kind, slug);
  if (!article) return { title: 'Not found' };
  const description = article.seo?.description ?? article.excerpt ?? undefined;
  return {
    title: article.seo?.title ?? article.title,
    description,
    alternates: { canonical: `${ARTICLE_SECTIONS[kind].path}/${article.slug}` },
    openGraph: {
      type: 'article',
      title: article.title,
      description,
      publishedTime: article.publishedAt,
      images: article.heroImage ? [{ url: article.heroImage.large, alt: article.heroImage.alt }] : [],
    },
  };
}

/** An article as editors wrote it, with its JSON-LD for search engines. */
export async function ArticleView({ kind, slug }: { kind: ArticleKind; slug: string }) {
  const article = await loadArticle(kind, slug);
  if (!article) notFound();
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    datePublished: article.publishedAt,
    image: article.heroImage ? [article.heroImage.large] : undefined,
    publisher: { '@type': 'Organization', name: 'ELYSIUM' },
  };
  return (
    <article className="article">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
      <p className="status">
        {ARTICLE_SECTIONS[kind].title} · {longDate(article.publishedAt)}
      </p>
      <h1>{article.title}</h1>
      {article.excerpt && <p className="lede">{article.excerpt}</p>}
      {article.heroImage && (
        <img
          src={article.heroImage.small}
          srcSet={`${article.heroImage.small} 800w, ${article.heroImage.large} 1600w`}
          sizes="(max-width: 48rem) 100vw, 48rem"
          alt={article.heroImage.alt}
          width={article.heroImage.width}
          height={article.heroImage.height}
        />
      )}
      <PortableText value={article.body} />
    </article>
  );
}
