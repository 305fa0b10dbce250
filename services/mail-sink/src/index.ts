export { startMailSink } from './server';
export type { SunkMessage } from './message-store';
