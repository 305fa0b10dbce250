import { randomBytes } from 'node:crypto';

/** The Stripe objects the double keeps, shaped as Stripe's API returns them (the fields our code reads). */

export type PaymentIntentStatus =
  'requires_payment_method' | 'requires_confirmation' | 'requires_action' | 'processing' | 'succeeded' | 'canceled';

export interface StripeErrorBody {
  type: 'invalid_request_error' | 'card_error' | 'authentication_error' | 'idempotency_error';
  message: string;
  code?: string;
  decline_code?: string;
  param?: string;
  payment_intent?: PaymentIntent;
}

export interface PaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_received: number;
  currency: string;
  status: PaymentIntentStatus;
  client_secret: string;
  created: number;
  livemode: false;
  metadata: Record<string, string>;
  payment_method: string | null;
  capture_method: 'automatic' | 'manual';
  last_payment_error: StripeErrorBody | null;
  cancellation_reason: string | null;
  latest_charge: string | null;
  next_action: { type: 'redirect_to_url'; redirect_to_url: { url: string; return_url: string | null } } | null;
}

export interface Charge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  currency: string;
  payment_intent: string;
  payment_method: string;
  refunded: boolean;
  disputed: boolean;
  status: 'succeeded';
  created: number;
  livemode: false;
  metadata: Record<string, string>;
}

export interface Refund {
  id: string;
  object: 'refund';
  amount: number;
  currency: string;
  charge: string;
  payment_intent: string;
  reason: string | null;
  status: 'succeeded';
  created: number;
  metadata: Record<string, string>;
}

export interface Dispute {
  id: string;
  object: 'dispute';
  amount: number;
  currency: string;
  charge: string;
  payment_intent: string;
  reason: 'fraudulent';
  status: 'needs_response';
  created: number;
  livemode: false;
}

export interface StripeEvent {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  type: string;
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  data: { object: PaymentIntent | Charge | Refund | Dispute };
}

export class StripeError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }
}

export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url')}`;
export const now = () => Math.floor(Date.now() / 1000);

export function missing(kind: string, objectId: string, param = kind): StripeError {
  return new StripeError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    param,
    message: `No such ${kind}: '${objectId}'`,
  });
}

export function unexpectedState(message: string): StripeError {
  return new StripeError(400, { type: 'invalid_request_error', code: 'payment_intent_unexpected_state', message });
}
