import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CurrencyCode, Money } from '@elysium/subgraph-kit';
import { PaymentStatus } from './payment-status';

/** What a payment is for: the whole order, or a bespoke piece's deposit or balance. */
export enum PaymentPurpose {
  FULL = 'FULL',
  DEPOSIT = 'DEPOSIT',
  BALANCE = 'BALANCE',
}
registerEnumType(PaymentPurpose, {
  name: 'PaymentPurpose',
  description: 'What a payment is for.',
  valuesConfig: {
    FULL: { description: 'The whole order.' },
    DEPOSIT: { description: 'The deposit taken at checkout for a bespoke or made-to-order piece.' },
    BALANCE: { description: 'The balance of a bespoke or made-to-order piece, before dispatch.' },
  },
});

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

  /** The paying client's id in the customers subgraph (null for a guest); used for the privacy check. */
  @Column('uuid', { nullable: true })
  customerId!: string | null;

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

  @Field(() => PaymentPurpose, { description: 'What the payment is for.' })
  @Column('text')
  purpose!: PaymentPurpose;

  @Column('integer')
  amountRefunded!: number;

  @Field(() => Date, { nullable: true, description: 'When the card holder disputed the charge with their bank; null when not disputed.' })
  @Column('timestamptz', { nullable: true })
  disputedAt!: Date | null;

  /** Stripe's code for the last failure (decline code or authentication failure). */
  @Field(() => String, {
    nullable: true,
    description: "Why the last attempt failed, in Stripe's code (card_declined, insufficient_funds…); null when it did not.",
  })
  @Column('text', { nullable: true })
  failureCode!: string | null;

  @Column('timestamptz')
  updatedAt!: Date;

  @Field(() => Money, { description: 'Refunded so far, VAT included.' })
  refunded(): Money {
    return Money.of(this.amountRefunded, this.currency);
  }

  @Field(() => Money, { description: 'The amount asked for, VAT included.' })
  amount(): Money {
    return Money.of(this.amountValue, this.currency);
  }
}
