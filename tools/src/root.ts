import path from 'node:path';

const TOOLS_PARENT = path.join(__dirname, '..', '..');
/** The repository: the tools run from tools/src, or compiled from dist/tools/src (`npm start`). */
export const ROOT = path.basename(TOOLS_PARENT) === 'dist' ? path.dirname(TOOLS_PARENT) : TOOLS_PARENT;
