export { paymentsSubgraph } from './subgraph';
