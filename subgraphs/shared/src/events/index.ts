export * from './event-bus';
export * from './event-catalogue';
export * from './processed-events';
export * from './audit';
