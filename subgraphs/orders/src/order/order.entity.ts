import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CurrencyCode, Money } from '@elysium/subgraph-kit';
import { OrderStatus } from './order-status';

/** A client's order: what was bought, at what price, and where it is now. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A client order. Visible only to the client who placed it and to staff.' })
@Entity({ name: 'order' })
export class Order {
  @Field(() => ID, { description: 'Stable id (UUID).' })
  @PrimaryColumn('uuid')
  id!: string;

  @Field({ description: 'The number quoted to the client and on invoices, e.g. "EL-100042".' })
  @Column('text')
  number!: string;

  /** The client's id in the customers subgraph (a plain id, never a join). */
  @Column('uuid')
  customerId!: string;

  @Field(() => OrderStatus, { description: 'Where the order is in its life.' })
  @Column('text')
  status!: OrderStatus;

  @Column('text')
  currency!: CurrencyCode;

  @Column('integer')
  totalAmount!: number;

  @Column('integer')
  vatAmount!: number;

  @Field({ description: 'When the client placed the order.' })
  @CreateDateColumn({ type: 'timestamptz' })
  placedAt!: Date;

  @Field(() => Money, { description: 'What the client pays, VAT included.' })
  total(): Money {
    return Money.of(this.totalAmount, this.currency);
  }

  @Field(() => Money, { description: 'The UK VAT held in `total`.' })
  vat(): Money {
    return Money.of(this.vatAmount, this.currency);
  }
}
