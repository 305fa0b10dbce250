export { startGateway } from './server';
export { gatewayEnv, type GatewayEnv } from './env';
