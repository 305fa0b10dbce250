import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { ProductRef } from './product-ref';

/** One piece a client or guest looked at; one row per piece, moved to the top on every view. */
@ObjectType({ description: 'A piece the client (or guest) looked at recently.' })
@Entity({ name: 'recently_viewed' })
export class RecentlyViewed {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { nullable: true })
  customerId!: string | null;

  @Column('text', { nullable: true })
  guestTokenHash!: string | null;

  @Column('text')
  productId!: string;

  @Field({ description: 'When the piece was last viewed.' })
  @Column('timestamptz')
  viewedAt!: Date;

  @Field(() => ProductRef, { nullable: true, description: 'The catalogue piece; null when the catalog no longer offers it.' })
  product(): ProductRef {
    return ProductRef.of(this.productId);
  }
}
