import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { CurrencyCode, Money } from '@elysium/subgraph-kit';

/** One piece on an order, with the title and price frozen at the moment of sale. */
@ObjectType({ description: 'One piece on an order; title and price are as they were when the order was placed.' })
@Entity({ name: 'order_line' })
export class OrderLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  orderId!: string;

  @Column('integer')
  position!: number;

  /** The catalog's product id (a Sanity document id). */
  @Column('text')
  productId!: string;

  @Field({ description: 'The product title when the order was placed.' })
  @Column('text')
  title!: string;

  @Field(() => Int, { description: 'How many of this piece.' })
  @Column('integer')
  quantity!: number;

  @Column('integer')
  unitPriceAmount!: number;

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
