import Link from 'next/link';
import type { ArticleKind, ArticleListQuery } from '@/gql/graphql';
import { ArticleList, ARTICLE_SECTIONS } from '@/lib/articles';
import { longDate } from '@/lib/dates';
import { CONTENT_SECONDS, publicGraph } from '@/lib/graph';

/** The journal's or the guides' index page. */
export async function ArticleSection({ kind }: { kind: ArticleKind }) {
  const section = ARTICLE_SECTIONS[kind];
  const { articles } = await publicGraph(ArticleList, { kind }, { revalidate: CONTENT_SECONDS });
  return (
    <>
      <h1>{section.title}</h1>
      <p className="muted">{section.description}</p>
      <ArticleIndex articles={articles} />
    </>
  );
}

/** A list of articles, newest first, each with its picture and its first lines. */
export function ArticleIndex({ articles }: { articles: ArticleListQuery['articles'] }) {
  if (articles.length === 0) return <p>Nothing here yet.</p>;
  return (
    <div className="grid">
      {articles.map((article) => (
        <Link className="card" key={article.slug} href={`${ARTICLE_SECTIONS[article.kind].path}/${article.slug}`}>
          {article.heroImage && (
            <img
              src={article.heroImage.small}
              srcSet={`${article.heroImage.small} 400w, ${article.heroImage.large} 800w`}
              sizes="(max-width: 48rem) 100vw, 25vw"
              alt={article.heroImage.alt}
              width={article.heroImage.width}
              height={article.heroImage.height}
              loading="lazy"
            />
          )}
          <div className="title">{article.title}</div>
          <div className="muted">{longDate(article.publishedAt)}</div>
          {article.excerpt && <p>{article.excerpt}</p>}
        </Link>
      ))}
    </div>
  );
}
