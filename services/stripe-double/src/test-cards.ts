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
  /** Cards whose charge succeeds and is then disputed (Stripe's createDispute card). */
  dispute?: boolean;
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
  pm_card_visa_chargeDeclined: { brand: 'visa', last4: '0002', expMonth: 12, expYear: 2034, decline: 'generic_decline' },
  pm_card_chargeDeclinedInsufficientFunds: { brand: 'visa', last4: '9995', expMonth: 12, expYear: 2034, decline: 'insufficient_funds' },
  pm_card_chargeDeclinedLostCard: { brand: 'visa', last4: '9987', expMonth: 12, expYear: 2034, decline: 'lost_card' },
  pm_card_chargeDeclinedStolenCard: { brand: 'visa', last4: '9979', expMonth: 12, expYear: 2034, decline: 'stolen_card' },
  pm_card_chargeDeclinedExpiredCard: { brand: 'visa', last4: '0069', expMonth: 12, expYear: 2034, decline: 'expired_card' },
  pm_card_chargeDeclinedIncorrectCvc: { brand: 'visa', last4: '0127', expMonth: 12, expYear: 2034, decline: 'incorrect_cvc' },
  pm_card_chargeDeclinedProcessingError: { brand: 'visa', last4: '0119', expMonth: 12, expYear: 2034, decline: 'processing_error' },
  pm_card_authenticationRequired: { brand: 'visa', last4: '3184', expMonth: 12, expYear: 2034, requiresAction: true },
  pm_card_threeDSecure2Required: { brand: 'visa', last4: '3220', expMonth: 12, expYear: 2034, requiresAction: true },
  pm_card_createDispute: { brand: 'visa', last4: '0259', expMonth: 12, expYear: 2034, dispute: true },
};
