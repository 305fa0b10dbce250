export { catalogSubgraph, startCatalog, catalogEnv } from './subgraph';
export { firstOfferedChoice, CONFIGURATOR_VIEW_SELECTION, type ConfiguratorView } from './configurator/offered-choice';
