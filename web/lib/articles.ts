import { graphql } from '@/gql';
import type { ArticleKind } from '@/gql/graphql';

/** Where each kind of article lives on the site, and what its index is called. */
export const ARTICLE_SECTIONS: Record<ArticleKind, { path: string; title: string; description: string }> = {
  JOURNAL: { path: '/journal', title: 'Journal', description: 'Stories from our atelier, our stones and the people who wear them.' },
  GUIDE: { path: '/guides', title: 'Guides', description: 'How to choose a diamond, find a ring size and care for fine jewellery.' },
};

export const ArticleList = graphql(`
  query ArticleList($kind: ArticleKind) {
    articles(first: 100, kind: $kind) {
      slug
      title
      kind
      excerpt
      publishedAt
      heroImage {
        alt
        width
        height
        small: url(width: 400)
        large: url(width: 800)
      }
    }
  }
`);

export const ArticlePage = graphql(`
  query ArticlePage($slug: String!) {
    article(slug: $slug) {
      slug
      title
      kind
      excerpt
      body
      publishedAt
      seo {
        title
        description
      }
      heroImage {
        alt
        width
        height
        small: url(width: 800)
        large: url(width: 1600)
      }
    }
  }
`);
