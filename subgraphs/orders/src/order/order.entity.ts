import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CurrencyCode, Money } from '@elysium/subgraph-kit';
import { DeliveryMethod } from '../checkout/delivery';
import { DeliveryAddress } from '../checkout/delivery-address';
import { OrderStatus } from './order-status';

/** A client's order: what was bought, at what price, and where it is now. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A client order. Visible only to the client who placed it and to staff.' })
@Entity({ name: 'order' })
export class Order {
  @Field(() => ID, { description: 'Stable id (UUID).' })
  @PrimaryColumn('uuid')
  id!: string;

  @Field({ description: 'The number quoted to the client and on invoices, e.g. "ELY-100042".' })
  @Column('text')
  number!: string;

  /** The client's id in the customers subgraph (a plain id, never a join); null for a guest. */
  @Column('uuid', { nullable: true })
  customerId!: string | null;

  /** Where order mail goes (a guest's only contact). Blanked when the client is erased. */
  @Column('text', { nullable: true })
  contactEmail!: string | null;

  @Field(() => OrderStatus, { description: 'Where the order is in its life.' })
  @Column('text')
  status!: OrderStatus;

  @Column('text')
  currency!: CurrencyCode;

  @Column('integer')
  totalAmount!: number;

  @Column('integer')
  vatAmount!: number;

  @Column('integer')
  shippingAmount!: number;

  @Field(() => DeliveryMethod, {
    nullable: true,
    description: 'How the pieces reach the client; null for orders placed before checkout recorded it.',
  })
  @Column('text', { nullable: true })
  deliveryMethod!: DeliveryMethod | null;

  @Field(() => DeliveryAddress, { nullable: true, description: 'Where it goes; null for collection (or once the client is erased).' })
  @Column('jsonb', { nullable: true })
  deliveryAddress!: DeliveryAddress | null;

  @Field(() => Date, { nullable: true, description: 'The appointment to collect at the London atelier, when collecting.' })
  @Column('timestamptz', { nullable: true })
  collectionSlot!: Date | null;

  /** The inventory reservation holding the pieces until payment. */
  @Column('uuid', { nullable: true })
  reservationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the order was cancelled; null unless CANCELLED.' })
  @Column('text', { nullable: true })
  cancelReason!: string | null;

  @Column('integer')
  refundedAmount!: number;

  /** When the card holder disputed a payment with their bank (staff look into it). */
  @Column('timestamptz', { nullable: true })
  disputedAt!: Date | null;

  /** What a bespoke or made-to-order order still owes after its deposit. */
  @Column('integer')
  balanceAmount!: number;

  @Field(() => Date, { nullable: true, description: 'When the balance was paid; null while it is owed (or when there is none).' })
  @Column('timestamptz', { nullable: true })
  balancePaidAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the payment succeeded; null until then.' })
  @Column('timestamptz', { nullable: true })
  paidAt!: Date | null;

  @Field({ description: 'When the client placed the order.' })
  @CreateDateColumn({ type: 'timestamptz' })
  placedAt!: Date;

  @Column('timestamptz')
  updatedAt!: Date;

  @Field(() => Money, { description: 'What the client pays, VAT and delivery included.' })
  total(): Money {
    return Money.of(this.totalAmount, this.currency);
  }

  @Field(() => Money, { description: 'The UK VAT held in `total` (zero for exports outside the UK).' })
  vat(): Money {
    return Money.of(this.vatAmount, this.currency);
  }

  @Field(() => Money, { description: 'Delivery, VAT included (zero for collection).' })
  shipping(): Money {
    return Money.of(this.shippingAmount, this.currency);
  }

  @Field(() => Money, {
    description: 'Still to pay before dispatch (the balance of a bespoke or made-to-order piece); zero when nothing is owed.',
  })
  balanceDue(): Money {
    return Money.of(this.balancePaidAt ? 0 : this.balanceAmount, this.currency);
  }

  /** What checkout charges at once: everything but a balance owed later. */
  get amountDueAtCheckout(): number {
    return this.totalAmount - this.balanceAmount;
  }

  @Field(() => Money, { description: 'Refunded so far.' })
  refunded(): Money {
    return Money.of(this.refundedAmount, this.currency);
  }
}
