export { launchGraph, type LaunchedGraph, type LaunchOptions } from './launch-graph';
export { launchTestGraph, type TestGraph } from './launch-test-graph';
export {
  buildStorefront,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  startStorefront,
  type RunningStorefront,
  type StorefrontOptions,
} from './storefront';
