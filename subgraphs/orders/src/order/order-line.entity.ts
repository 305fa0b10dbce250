import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { CurrencyCode, Money } from '@elysium/subgraph-kit';
import { LineKind } from '../cart/line-kind';

/** One piece on an order, with the title and price frozen at the moment of sale. */
@ObjectType({ description: 'One piece on an order; title, SKU and price are as they were when the order was placed.' })
@Entity({ name: 'order_line' })
export class OrderLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  orderId!: string;

  @Column('integer')
  position!: number;

  @Field(() => LineKind, { description: 'What kind of line it is.' })
  @Column('text')
  kind!: LineKind;

  /** The catalog's product id (a Sanity document id); for a loose stone, the stone's id. */
  @Column('text')
  productId!: string;

  @Field(() => String, { nullable: true, description: 'The variant SKU bought, for a SKU line.' })
  @Column('text', { nullable: true })
  sku!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The serial number of the unit sold (a one-of-one piece or a certified stone), once paid.',
  })
  @Column('text', { nullable: true })
  serialNumber!: string | null;

  /** The catalogue stone bought loose or set in a bespoke piece. */
  @Column('text', { nullable: true })
  stoneId!: string | null;

  /** The bespoke design as quoted (setting, metal, stone, size, engraving). */
  @Column('jsonb', { nullable: true })
  configuration!: Record<string, unknown> | null;

  @Field({ description: 'The product title when the order was placed.' })
  @Column('text')
  title!: string;

  @Field(() => Int, { description: 'How many of this piece.' })
  @Column('integer')
  quantity!: number;

  @Column('integer')
  unitPriceAmount!: number;

  @Column('integer')
  vatAmount!: number;

  @Column('text')
  currency!: CurrencyCode;

  @Field(() => Money, { description: 'Price of one piece, VAT included, when the order was placed.' })
  unitPrice(): Money {
    return Money.of(this.unitPriceAmount, this.currency);
  }

  @Field(() => Money, { description: 'unitPrice × quantity.' })
  total(): Money {
    return Money.of(this.unitPriceAmount * this.quantity, this.currency);
  }
}
