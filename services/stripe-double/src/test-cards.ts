/** Stripe's documented test PaymentMethods, and how each behaves. */
export interface TestCard {
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  /** Set when Stripe declines this card: the decline code. */
  decline?: string;
  /** Cards that always ask for 3-D Secure. */
  requiresAction?: boolean;
}

export const TEST_CARDS: Record<string, TestCard> = {
  pm_card_visa: { brand: 'visa', last4: '4242', expMonth: 12, expYear: 2034 },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444', expMonth: 12, expYear: 2034 },
  pm_card_amex: { brand: 'amex', last4: '8431', expMonth: 12, expYear: 2034 },
  pm_card_chargeDeclined: { brand: 'visa', last4: '0002', expMonth: 12, expYear: 2034, decline: 'generic_decline' },
  pm_card_visa_chargeDeclinedInsufficientFunds: {
    brand: 'visa',
    last4: '9995',
    expMonth: 12,
    expYear: 2034,
    decline: 'insufficient_funds',
  },
  pm_card_authenticationRequired: { brand: 'visa', last4: '3184', expMonth: 12, expYear: 2034, requiresAction: true },
};
