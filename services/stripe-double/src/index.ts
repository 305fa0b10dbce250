export { startStripeDouble } from './server';
