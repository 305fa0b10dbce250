export { startContentLake } from './server';
export { createContentLakeApp } from './app';
export { DocumentStore } from './document-store';
