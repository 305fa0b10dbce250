export { catalogSubgraph, startCatalog, catalogEnv } from './subgraph';
