export { startGateway } from './server';
export { gatewayEnv, type GatewayEnv } from './env';
export { mintBearerToken } from './auth/bearer-token';
