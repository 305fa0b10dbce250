export { launchGraph, type LaunchedGraph, type LaunchOptions } from './launch-graph';
