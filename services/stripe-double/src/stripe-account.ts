import { randomBytes } from 'node:crypto';
import { TEST_CARDS } from './test-cards';
import {
  missing,
  newId,
  now,
  StripeError,
  unexpectedState,
  type Charge,
  type Dispute,
  type PaymentIntent,
  type Refund,
  type StripeErrorBody,
  type StripeEvent,
} from './stripe-objects';
import type { WebhookSender } from './webhooks';

const CURRENCIES = new Set(['gbp', 'eur', 'usd']);
const API_VERSION = '2025-10-29.clover';
/** Events kept for `GET /v1/events` (Stripe keeps 30 days). */
const EVENTS_KEPT = 10_000;

/** Who asked, for an event's `request` field. */
export interface RequestInfo {
  id: string | null;
  idempotencyKey: string | null;
}

/**
 * One test-mode Stripe account in memory: PaymentIntents and their charges, refunds, disputes, and
 * the events each change emits (kept for the Events API and sent to webhook endpoints). The state
 * machine follows Stripe's documented test-card behaviour.
 */
export class StripeAccount {
  private readonly intents = new Map<string, PaymentIntent>();
  private readonly charges = new Map<string, Charge>();
  private readonly refunds = new Map<string, Refund>();
  private readonly events: StripeEvent[] = [];
  /** Intents created with `payment_method_options[card][request_three_d_secure]=any`. */
  private readonly challengeAlways = new Set<string>();

  constructor(private readonly webhooks: WebhookSender) {}

  /** True when `secret` is the intent's client secret (what Stripe.js presents with a publishable key). */
  hasClientSecret(intentId: string, secret: string): boolean {
    const intent = this.intents.get(intentId);
    return Boolean(intent && secret && intent.client_secret === secret);
  }

  intent(id: string): PaymentIntent {
    const intent = this.intents.get(id);
    if (!intent) throw missing('payment_intent', id, 'intent');
    return intent;
  }

  charge(id: string): Charge {
    const charge = this.charges.get(id);
    if (!charge) throw missing('charge', id);
    return charge;
  }

  refund(id: string): Refund {
    const refund = this.refunds.get(id);
    if (!refund) throw missing('refund', id);
    return refund;
  }

  event(id: string): StripeEvent {
    const event = this.events.find((e) => e.id === id);
    if (!event) throw missing('event', id);
    return event;
  }

  /** Newest first, as Stripe lists them; `type` may end in `*` (payment_intent.*). */
  listEvents(filter: { type?: string; limit: number; createdGte?: number }): StripeEvent[] {
    const matches = (type: string) =>
      !filter.type || (filter.type.endsWith('*') ? type.startsWith(filter.type.slice(0, -1)) : type === filter.type);
    return this.events
      .filter((e) => matches(e.type) && (filter.createdGte === undefined || e.created >= filter.createdGte))
      .slice(-filter.limit)
      .reverse();
  }

  createIntent(params: Record<string, unknown>, request: RequestInfo, baseUrl: string): PaymentIntent {
    const amount = Number(params.amount);
    if (!Number.isInteger(amount) || amount < 30) {
      throw new StripeError(400, {
        type: 'invalid_request_error',
        code: 'parameter_invalid_integer',
        param: 'amount',
        message: 'Amount must be an integer of at least 30 minor units.',
      });
    }
    const currency = String(params.currency ?? '').toLowerCase();
    if (!CURRENCIES.has(currency)) {
      throw new StripeError(400, {
        type: 'invalid_request_error',
        code: 'parameter_invalid_string',
        param: 'currency',
        message: `Invalid currency: ${currency}`,
      });
    }
    const intentId = newId('pi');
    const intent: PaymentIntent = {
      id: intentId,
      object: 'payment_intent',
      amount,
      amount_received: 0,
      currency,
      status: params.payment_method ? 'requires_confirmation' : 'requires_payment_method',
      client_secret: `${intentId}_secret_${randomBytes(12).toString('base64url')}`,
      created: now(),
      livemode: false,
      metadata: (params.metadata ?? {}) as Record<string, string>,
      payment_method: (params.payment_method as string | undefined) ?? null,
      capture_method: params.capture_method === 'manual' ? 'manual' : 'automatic',
      last_payment_error: null,
      cancellation_reason: null,
      latest_charge: null,
      next_action: null,
    };
    const cardOptions = (params.payment_method_options as { card?: { request_three_d_secure?: string } } | undefined)?.card;
    if (cardOptions?.request_three_d_secure === 'any') this.challengeAlways.add(intentId);
    this.intents.set(intentId, intent);
    this.emit('payment_intent.created', intent, request);
    if (params.confirm === 'true') this.confirm(intent, undefined, params.return_url as string | undefined, request, baseUrl);
    return intent;
  }

  /** Confirms with the attached card, following Stripe's test cards: success, decline, or 3-D Secure. */
  confirm(
    intent: PaymentIntent,
    paymentMethod: string | undefined,
    returnUrl: string | undefined,
    request: RequestInfo,
    baseUrl: string,
  ): PaymentIntent {
    if (intent.status === 'succeeded' || intent.status === 'canceled')
      throw unexpectedState(`This PaymentIntent's status is ${intent.status}.`);
    const pm = paymentMethod ?? intent.payment_method;
    if (!pm) {
      throw new StripeError(400, {
        type: 'invalid_request_error',
        code: 'payment_intent_unexpected_state',
        param: 'payment_method',
        message: 'You cannot confirm this PaymentIntent because it is missing a payment method.',
      });
    }
    const card = TEST_CARDS[pm];
    if (!card) throw missing('PaymentMethod', pm, 'payment_method');
    intent.payment_method = pm;
    if (card.decline) {
      this.fail(
        intent,
        { type: 'card_error', code: 'card_declined', decline_code: card.decline, message: 'Your card was declined.' },
        request,
      );
      throw new StripeError(402, { ...intent.last_payment_error!, payment_intent: intent });
    }
    if (card.requiresAction || this.challengeAlways.has(intent.id)) {
      Object.assign(intent, {
        status: 'requires_action',
        next_action: { type: 'redirect_to_url', redirect_to_url: { url: `${baseUrl}/3ds/${intent.id}`, return_url: returnUrl ?? null } },
      });
      this.emit('payment_intent.requires_action', intent, request);
      return intent;
    }
    this.succeed(intent, request);
    return intent;
  }

  /** The outcome of the 3-D Secure page: the client authenticated, or failed to. */
  authenticate(intent: PaymentIntent, authenticated: boolean): PaymentIntent {
    if (intent.status !== 'requires_action')
      throw unexpectedState(`This PaymentIntent's status is ${intent.status}; nothing to authenticate.`);
    const request = { id: null, idempotencyKey: null };
    if (authenticated) this.succeed(intent, request);
    else {
      this.fail(
        intent,
        {
          type: 'card_error',
          code: 'payment_intent_authentication_failure',
          message: 'The provided PaymentMethod has failed authentication.',
        },
        request,
      );
    }
    return intent;
  }

  cancel(intent: PaymentIntent, reason: string | undefined, request: RequestInfo): PaymentIntent {
    if (intent.status === 'succeeded' || intent.status === 'canceled') {
      throw unexpectedState(`You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`);
    }
    Object.assign(intent, { status: 'canceled', cancellation_reason: reason ?? 'requested_by_customer', next_action: null });
    this.emit('payment_intent.canceled', intent, request);
    return intent;
  }

  /** A full or partial refund of a succeeded PaymentIntent's charge. */
  createRefund(params: Record<string, unknown>, request: RequestInfo): Refund {
    const intentId = String(params.payment_intent ?? '');
    const charge = params.charge ? this.charge(String(params.charge)) : this.chargeOf(this.intent(intentId));
    const left = charge.amount - charge.amount_refunded;
    const amount = params.amount === undefined ? left : Number(params.amount);
    if (!Number.isInteger(amount) || amount < 1 || amount > left) {
      throw new StripeError(400, {
        type: 'invalid_request_error',
        code: left === 0 ? 'charge_already_refunded' : 'amount_too_large',
        param: 'amount',
        message:
          left === 0
            ? `Charge ${charge.id} has already been refunded.`
            : `Refund amount (${amount}) is greater than unrefunded amount on charge (${left}).`,
      });
    }
    const refund: Refund = {
      id: newId('re'),
      object: 'refund',
      amount,
      currency: charge.currency,
      charge: charge.id,
      payment_intent: charge.payment_intent,
      reason: (params.reason as string | undefined) ?? null,
      status: 'succeeded',
      created: now(),
      metadata: (params.metadata ?? {}) as Record<string, string>,
    };
    this.refunds.set(refund.id, refund);
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    this.emit('refund.created', refund, request);
    this.emit('charge.refunded', charge, request);
    return refund;
  }

  private chargeOf(intent: PaymentIntent): Charge {
    if (intent.status !== 'succeeded' || !intent.latest_charge) {
      throw new StripeError(400, {
        type: 'invalid_request_error',
        code: 'charge_not_refundable',
        param: 'payment_intent',
        message: `PaymentIntent ${intent.id} has no successful charge to refund.`,
      });
    }
    return this.charge(intent.latest_charge);
  }

  private succeed(intent: PaymentIntent, request: RequestInfo): void {
    const charge: Charge = {
      id: newId('ch'),
      object: 'charge',
      amount: intent.amount,
      amount_captured: intent.amount,
      amount_refunded: 0,
      currency: intent.currency,
      payment_intent: intent.id,
      payment_method: intent.payment_method!,
      refunded: false,
      disputed: false,
      status: 'succeeded',
      created: now(),
      livemode: false,
      metadata: intent.metadata,
    };
    this.charges.set(charge.id, charge);
    Object.assign(intent, {
      status: 'succeeded',
      amount_received: intent.amount,
      last_payment_error: null,
      latest_charge: charge.id,
      next_action: null,
    });
    this.emit('charge.succeeded', charge, request);
    this.emit('payment_intent.succeeded', intent, request);
    if (TEST_CARDS[charge.payment_method]?.dispute) {
      charge.disputed = true;
      const dispute: Dispute = {
        id: newId('dp'),
        object: 'dispute',
        amount: charge.amount,
        currency: charge.currency,
        charge: charge.id,
        payment_intent: intent.id,
        reason: 'fraudulent',
        status: 'needs_response',
        created: now(),
        livemode: false,
      };
      this.emit('charge.dispute.created', dispute, request);
    }
  }

  private fail(intent: PaymentIntent, error: StripeErrorBody, request: RequestInfo): void {
    Object.assign(intent, { status: 'requires_payment_method', payment_method: null, last_payment_error: error, next_action: null });
    this.emit('payment_intent.payment_failed', intent, request);
  }

  private emit(type: string, object: StripeEvent['data']['object'], request: RequestInfo): void {
    const event: StripeEvent = {
      id: newId('evt'),
      object: 'event',
      api_version: API_VERSION,
      created: now(),
      type,
      livemode: false,
      pending_webhooks: this.webhooks.list().length,
      request: { id: request.id, idempotency_key: request.idempotencyKey },
      // A snapshot: the event says what the object was then; its current state is one GET away.
      data: { object: structuredClone(object) },
    };
    this.events.push(event);
    if (this.events.length > EVENTS_KEPT) this.events.shift();
    this.webhooks.send(event);
  }
}
