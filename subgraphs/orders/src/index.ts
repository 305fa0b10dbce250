export { ordersSubgraph } from './subgraph';
