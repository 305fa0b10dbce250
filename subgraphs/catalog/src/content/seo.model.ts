import { Field, ObjectType } from 'type-graphql';

/** Search-engine and sharing text an editor set. */
@ObjectType({ description: 'Title and description for search engines and link previews.' })
export class Seo {
  @Field(() => String, { nullable: true, description: 'Page title (60 characters at most).' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Meta description (160 characters at most).' })
  description!: string | null;
}

export const SEO_PROJECTION = `{ "title": coalesce(title, null), "description": coalesce(description, null) }`;
