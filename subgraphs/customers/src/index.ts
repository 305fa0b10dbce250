export { customersSubgraph } from './subgraph';
