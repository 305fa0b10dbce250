import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '@elysium/subgraph-kit';
import { ProductRef } from './product-ref';

/** What a wish is of: a catalogue piece as it is sold, or a bespoke design the catalog priced. */
export enum WishlistItemKind {
  PRODUCT = 'PRODUCT',
  CONFIGURATION = 'CONFIGURATION',
}

registerEnumType(WishlistItemKind, {
  name: 'WishlistItemKind',
  description: 'What a wishlist item is of.',
  valuesConfig: {
    PRODUCT: { description: 'A catalogue piece, optionally one variant (SKU) of it.' },
    CONFIGURATION: { description: 'A bespoke configuration the catalog priced (priceConfiguration), saved with its quote.' },
  },
});

/** A saved bespoke design: the choice and the price exactly as the catalog signed them. */
@ObjectType({
  description:
    'A bespoke configuration saved on a wishlist, with the price the catalog quoted for it. Prices move with metal prices: when needsNewQuote is true, price it again with priceConfiguration before checkout.',
})
export class SavedConfiguration {
  @Field({ description: 'The chosen setting code (ConfiguratorSetting.code).' })
  settingCode!: string;

  @Field({ description: "The chosen metal, as the catalog's Metal enum names it (e.g. PLATINUM, YELLOW_GOLD_18K)." })
  metal!: string;

  @Field(() => ID, { description: 'The chosen certified centre stone (a catalog Stone id).' })
  stoneId!: string;

  @Field({ description: 'The chosen UK ring size.' })
  ringSize!: string;

  @Field(() => String, { nullable: true, description: 'The engraving, if any.' })
  engraving!: string | null;

  @Field(() => Money, { description: 'The quoted price, VAT included, as the catalog signed it (never a client-sent amount).' })
  quotedPrice!: Money;

  @Field({ description: 'When the quote stopped or stops holding.' })
  quoteExpiresAt!: Date;

  @Field({ description: 'True once the quote has expired: the design stays saved, but checkout needs a fresh quote.' })
  needsNewQuote!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The catalog's signed quote token while the quote holds (pass it to checkout unchanged); null once it has expired.",
  })
  quoteToken!: string | null;
}

/** One wish of a client or a guest. Owned by exactly one of them (a CHECK in the table says so). */
@ObjectType({ description: 'One piece or bespoke design on a wishlist.' })
@Entity({ name: 'wishlist_item' })
export class WishlistItem {
  @Field(() => ID, { description: 'Stable id (UUID); pass it to removeFromWishlist.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { nullable: true })
  customerId!: string | null;

  @Column('text', { nullable: true })
  guestTokenHash!: string | null;

  /** What makes two wishes the same (unique per owner): product + SKU, or the configuration's choice. */
  @Column('text')
  itemKey!: string;

  @Field(() => WishlistItemKind, { description: 'A catalogue piece or a bespoke configuration.' })
  @Column('text')
  kind!: WishlistItemKind;

  /** The catalog's product id (a Sanity document id); a plain reference, never a join. */
  @Column('text')
  productId!: string;

  @Field(() => String, { nullable: true, description: 'The variant (SKU) wished for; null for the piece in general or a configuration.' })
  @Column('text', { nullable: true })
  variantSku!: string | null;

  @Column('text', { nullable: true })
  settingCode!: string | null;

  @Column('text', { nullable: true })
  metal!: string | null;

  @Column('text', { nullable: true })
  stoneId!: string | null;

  @Column('text', { nullable: true })
  ringSize!: string | null;

  @Column('text', { nullable: true })
  engraving!: string | null;

  @Column('integer', { nullable: true })
  quoteTotalAmount!: number | null;

  @Column('text', { nullable: true })
  quoteCurrency!: string | null;

  @Column('timestamptz', { nullable: true })
  quoteExpiresAt!: Date | null;

  @Column('text', { nullable: true })
  quoteToken!: string | null;

  @Field({ description: "When the piece was added (a guest's items keep their time when merged at sign-in)." })
  @Column('timestamptz')
  addedAt!: Date;

  @Field(() => ProductRef, {
    nullable: true,
    description: 'The catalogue piece (for a configuration, the configurable piece). Null when the catalog no longer offers it.',
  })
  product(): ProductRef {
    return ProductRef.of(this.productId);
  }

  @Field(() => SavedConfiguration, { nullable: true, description: 'The saved bespoke design; null for a catalogue piece.' })
  configuration(): SavedConfiguration | null {
    if (this.kind !== WishlistItemKind.CONFIGURATION || !this.quoteExpiresAt) return null;
    const expired = this.quoteExpiresAt.getTime() <= Date.now();
    return Object.assign(new SavedConfiguration(), {
      settingCode: this.settingCode,
      // The catalog signs the enum's internal value ('yellow-gold-18k'); clients know it as YELLOW_GOLD_18K.
      metal: (this.metal ?? '').toUpperCase().replace(/-/g, '_'),
      stoneId: this.stoneId,
      ringSize: this.ringSize,
      engraving: this.engraving,
      quotedPrice: Money.of(this.quoteTotalAmount ?? 0, this.quoteCurrency ?? 'GBP'),
      quoteExpiresAt: this.quoteExpiresAt,
      needsNewQuote: expired,
      quoteToken: expired ? null : this.quoteToken,
    });
  }
}
