import { Arg, Ctx, Directive, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { badUserInput, CurrencyCode, isUuid, requireServiceCall, type SubgraphContext } from '@elysium/subgraph-kit';
import type { PaymentsServices } from '../services';
import { Payment, PaymentPurpose } from './payment.entity';

/** The services that may start a payment: checkout (orders) and our own tools. */
const PAYING_SERVICES = ['orders', 'tools'];

@Directive('@inaccessible')
@InputType({ description: "Internal: a payment for an order's server-computed amount." })
export class StartPaymentInput {
  @Field(() => ID, { description: 'The order (its id in the orders subgraph).' })
  orderId!: string;

  @Field(() => ID, { nullable: true, description: "The paying client's id; null for a guest." })
  customerId?: string | null;

  @Field(() => Int, { description: 'Minor units, computed by checkout; at least 30 and at most 99,999,999.' })
  amount!: number;

  @Field(() => CurrencyCode, { description: 'The currency.' })
  currency!: CurrencyCode;

  @Field(() => PaymentPurpose, { defaultValue: PaymentPurpose.FULL, description: 'What the payment is for.' })
  purpose!: PaymentPurpose;

  @Field({ description: "The caller's key (8 to 100 characters): the same key gives the same PaymentIntent." })
  idempotencyKey!: string;
}

@Directive('@inaccessible')
@ObjectType({ description: 'Internal: a started payment and the client secret the storefront confirms it with (Stripe.js).' })
export class StartedPayment {
  @Field(() => Payment, { description: 'The payment as recorded.' })
  payment!: Payment;

  @Field({ description: "The PaymentIntent's client secret: for the paying client's browser only." })
  clientSecret!: string;
}

/** Checkout's side of payments: start a PaymentIntent. Absent from the public API, and refused unless one of our services signs. */
@Resolver()
export class StartPaymentResolver {
  constructor(private readonly services: PaymentsServices) {}

  @Directive('@inaccessible')
  @Mutation(() => StartedPayment, {
    description: "Internal: creates (or, for a key already used, returns) an order's PaymentIntent. Services only.",
  })
  async startPayment(
    @Arg('input', () => StartPaymentInput, { description: 'The order and its amount.' }) input: StartPaymentInput,
    @Ctx() context: SubgraphContext,
  ) {
    requireServiceCall(context, ...PAYING_SERVICES);
    if (!isUuid(input.orderId)) throw badUserInput('input.orderId must be an order id.', 'input.orderId');
    if (input.customerId != null && !isUuid(input.customerId))
      throw badUserInput('input.customerId must be a client id.', 'input.customerId');
    if (!Number.isInteger(input.amount) || input.amount < 30 || input.amount > 99_999_999)
      throw badUserInput('input.amount is out of range.', 'input.amount');
    if (input.idempotencyKey.length < 8 || input.idempotencyKey.length > 100)
      throw badUserInput('input.idempotencyKey must be 8 to 100 characters.', 'input.idempotencyKey');
    const started = await this.services.payments.start({
      orderId: input.orderId.toLowerCase(),
      customerId: input.customerId?.toLowerCase() ?? null,
      amount: input.amount,
      currency: input.currency,
      purpose: input.purpose,
      idempotencyKey: input.idempotencyKey,
    });
    return Object.assign(new StartedPayment(), started);
  }
}
