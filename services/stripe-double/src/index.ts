export { startStripeDouble } from './server';
export { stripeSignature } from './webhooks';
