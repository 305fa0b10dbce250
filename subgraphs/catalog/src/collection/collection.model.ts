import { Field, ID, ObjectType } from 'type-graphql';

/** A curated group of pieces (Bridal, Heritage...). */
@ObjectType({ description: 'A curated group of pieces, such as Bridal or Heritage.' })
export class Collection {
  @Field(() => ID, { description: 'Stable id (the Sanity document id).' })
  id!: string;

  @Field({ description: 'URL-safe name, unique among collections.' })
  slug!: string;

  @Field({ description: 'Display title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'A sentence or two for the collection page.' })
  description!: string | null;
}

/** GROQ projection producing a Collection. */
export const COLLECTION_PROJECTION = `{ "id": _id, "slug": slug.current, title, "description": coalesce(description, null) }`;
