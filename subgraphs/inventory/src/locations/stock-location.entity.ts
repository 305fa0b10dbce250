import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/** What a location is for; it decides what a serialised unit resting there is (see restingStatus). */
export enum LocationKind {
  VAULT = 'VAULT',
  SHOWROOM = 'SHOWROOM',
  CONSIGNMENT = 'CONSIGNMENT',
  ATELIER = 'ATELIER',
}
registerEnumType(LocationKind, {
  name: 'LocationKind',
  description: 'What a stock location is for.',
  valuesConfig: {
    VAULT: { description: 'The secure store online orders ship from.' },
    SHOWROOM: { description: 'On display, where clients may see pieces in person.' },
    CONSIGNMENT: { description: "Suppliers' stones and pieces held on memo: sellable, ours only once sold." },
    ATELIER: { description: 'The workshop: stones and metal for work in hand; nothing here is sold from stock.' },
  },
});

/** A place stock is held: the vault, the showroom, supplier consignment, the atelier. */
@ObjectType({ description: 'A place ELYSIUM holds stock.' })
@Entity({ name: 'stock_location' })
export class StockLocation {
  @Field(() => ID, { description: 'Stable id: vault, showroom, consignment or atelier.' })
  @PrimaryColumn('text')
  id!: string;

  @Field({ description: 'Display name.' })
  @Column('text')
  name!: string;

  @Field(() => LocationKind, { description: 'What the location is for.' })
  @Column('text')
  kind!: LocationKind;

  @Field({ description: 'True when stock here can be sold (reserved by checkout).' })
  @Column('boolean')
  sellable!: boolean;

  @Field(() => String, { nullable: true, description: 'How a client sees pieces held here in person; null when they cannot.' })
  @Column('text', { nullable: true })
  clientViewing!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it is, as a client would be told.' })
  @Column('text', { nullable: true })
  address!: string | null;

  /** Checkout draws from sellable locations in this order (the vault first). */
  @Column('integer')
  sortOrder!: number;
}
