/**
 * `npm run build`: compiles every Node app of the graph to JavaScript in dist/, so production runs
 * `node dist/<app>/src/main.js` with no transpiler loaded (the storefront is built by `next build`).
 *
 * dist/ mirrors the workspace: each package's compiled sources at the same path, a package.json
 * whose main is the compiled index, and dist/node_modules/@elysium/* linking to them, so compiled
 * code resolves `@elysium/subgraph-kit` (and `/core`) to compiled code, and everything else to the
 * root node_modules. The few files apps read at run time (the supergraph, the persisted-documents
 * manifest, the demo catalogue) are copied to the same relative places.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './env';

const DIST = path.join(ROOT, 'dist');
/** Read at run time, relative to the compiled code as to the sources. */
const RUNTIME_FILES = ['schema/supergraph.graphql', 'web/gql/persisted-documents.json', 'demo/catalog.ndjson'];

/** The workspace's packages (package.json `workspaces`) that have a TypeScript entry point. */
function workspacePackages(): Array<{ name: string; dir: string }> {
  const patterns = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces;
  const dirs = patterns.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(path.join(ROOT, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
      : [pattern],
  );
  return dirs.flatMap((dir) => {
    const file = path.join(ROOT, dir, 'package.json');
    if (!existsSync(file)) return [];
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name: string; main?: string };
    return pkg.main === 'src/index.ts' && existsSync(path.join(DIST, dir, 'src', 'index.js')) ? [{ name: pkg.name, dir }] : [];
  });
}

export function build(): void {
  rmSync(DIST, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')],
    {
      stdio: 'inherit',
    },
  );
  for (const { name, dir } of workspacePackages()) {
    writeFileSync(path.join(DIST, dir, 'package.json'), `${JSON.stringify({ name, private: true, main: 'src/index.js' }, null, 2)}\n`);
    const link = path.join(DIST, 'node_modules', name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.relative(path.dirname(link), path.join(DIST, dir)), link, 'dir');
  }
  for (const file of RUNTIME_FILES) {
    mkdirSync(path.dirname(path.join(DIST, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(DIST, file));
  }
}

if (require.main === module) {
  const started = Date.now();
  build();
  console.log(`Built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s: run an app with node dist/<app>/src/main.js`);
}
