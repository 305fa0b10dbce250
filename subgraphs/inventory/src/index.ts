export { inventorySubgraph } from './subgraph';
