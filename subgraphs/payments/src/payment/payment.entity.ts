import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CurrencyCode, Money } from '@elysium/subgraph-kit';
import { PaymentStatus } from './payment-status';

/** A card payment for an order, taken through a Stripe PaymentIntent. Card data never reaches us. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A card payment for an order, taken through Stripe. Visible to the paying client and staff.' })
@Entity({ name: 'payment' })
export class Payment {
  @Field(() => ID, { description: 'Stable id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The order's id in the orders subgraph. */
  @Column('uuid')
  orderId!: string;

  /** The paying client's id in the customers subgraph; used for the privacy check. */
  @Column('uuid')
  customerId!: string;

  @Field({ description: 'The Stripe PaymentIntent id (pi_…), for reconciliation in the Stripe dashboard.' })
  @Column('text')
  stripePaymentIntentId!: string;

  @Field(() => PaymentStatus, { description: 'Where the payment is.' })
  @Column('text')
  status!: PaymentStatus;

  @Column('integer')
  amountValue!: number;

  @Column('text')
  currency!: CurrencyCode;

  @Field(() => String, { nullable: true, description: 'Card brand (visa, mastercard, amex), once a card is attached.' })
  @Column('text', { nullable: true })
  cardBrand!: string | null;

  @Field(() => String, { nullable: true, description: 'Last four digits of the card, once a card is attached.' })
  @Column('text', { nullable: true })
  cardLast4!: string | null;

  @Field({ description: 'When the payment was started.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Money, { description: 'The amount asked for, VAT included.' })
  amount(): Money {
    return Money.of(this.amountValue, this.currency);
  }
}
