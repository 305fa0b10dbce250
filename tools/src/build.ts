/**
 * `npm run build` (and the first step of `npm start`): compiles every Node app of the graph, and the
 * tools that launch it, to JavaScript in dist/, so they run as `node dist/<app>/src/main.js` with no
 * transpiler loaded (the storefront is built by `next build`).
 *
 * SWC compiles, file by file, with the same settings the tests and `tools/register.js` use (decorator
 * metadata kept for type-graphql and TypeORM), so what runs in production is what the tests ran; it
 * takes about a second for the whole workspace. Type-checking is `npm run typecheck`'s job.
 *
 * dist/ mirrors the workspace: each package's compiled sources at the same path, a package.json
 * whose main is the compiled index, and dist/node_modules/@elysium/* linking to them, so compiled
 * code resolves `@elysium/subgraph-kit` (and `/core`) to compiled code, and everything else to the
 * root node_modules. The few files apps read at run time (the supergraph, the persisted-documents
 * manifest, the demo catalogue) are copied to the same relative places.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformFileSync, type Options } from '@swc/core';
import SWC_OPTIONS from '../swc-options.json';
import { ROOT } from './root';

const DIST = path.join(ROOT, 'dist');
/** The sources compiled: each app's and library's src/, and the tools (the launcher `npm start` runs). */
const SOURCE_DIRS = ['content-model/src', 'demo/src', 'gateway/src', 'services/*/src', 'subgraphs/*/src', 'tools/src'];
const SOURCE_FILES = ['subgraphs/shared/core.ts', 'subgraphs/shared/tracing.ts'];
/**
 * Tests and test helpers, the catalogue generator (a developer's script) and the tools that only run
 * from source (the build itself, the tests' launcher) are not compiled.
 */
const EXCLUDED = [
  /\.spec\.ts$/,
  /\/e2e\//,
  /^subgraphs\/shared\/src\/testing\//,
  /^demo\/src\/generate-catalog\.ts$/,
  /^tools\/src\/(build|launch-test-graph|index)\.ts$/,
];
/** Read at run time, relative to the compiled code as to the sources. */
const RUNTIME_FILES = ['schema/supergraph.graphql', 'web/gql/persisted-documents.json', 'demo/catalog.ndjson'];

function expand(pattern: string): string[] {
  if (!pattern.includes('/*/')) return [pattern];
  const [parent, rest] = pattern.split('/*/');
  return readdirSync(path.join(ROOT, parent), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(ROOT, parent, entry.name, rest)))
    .map((entry) => `${parent}/${entry.name}/${rest}`);
}

function typescriptFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((file) => `${dir}/${file}`)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !EXCLUDED.some((pattern) => pattern.test(file)));
}

/** The workspace's packages (package.json `workspaces`) that have a TypeScript entry point. */
function workspacePackages(): Array<{ name: string; dir: string }> {
  const patterns = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces;
  const dirs = patterns.flatMap((pattern) =>
    pattern.endsWith('/*') ? expand(`${pattern}/src`).map((dir) => path.dirname(dir)) : [pattern],
  );
  return dirs.flatMap((dir) => {
    const file = path.join(ROOT, dir, 'package.json');
    if (!existsSync(file)) return [];
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name: string; main?: string };
    return pkg.main === 'src/index.ts' && existsSync(path.join(DIST, dir, 'src', 'index.js')) ? [{ name: pkg.name, dir }] : [];
  });
}

const FINGERPRINT = path.join(DIST, '.fingerprint');

/** What the build read: every input's path, size and modification time, and the build's own settings. */
function fingerprint(files: string[]): string {
  const hash = createHash('sha256');
  for (const file of [...files, ...RUNTIME_FILES, 'tools/swc-options.json', 'tools/src/build.ts', 'package.json']) {
    const stat = statSync(path.join(ROOT, file));
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * Compiles the workspace into dist/, from scratch, and returns how many files it compiled. With
 * `unlessUnchanged` (`npm start`), a dist/ built from exactly these inputs is left as it is (0).
 */
export function build(options: { unlessUnchanged?: boolean } = {}): number {
  const files = [...SOURCE_DIRS.flatMap(expand).flatMap(typescriptFiles), ...SOURCE_FILES];
  const inputs = fingerprint(files);
  if (options.unlessUnchanged && existsSync(FINGERPRINT) && readFileSync(FINGERPRINT, 'utf8') === inputs) return 0;
  rmSync(DIST, { recursive: true, force: true });
  for (const file of files) {
    const out = path.join(DIST, file.replace(/\.ts$/, '.js'));
    const { code, map } = transformFileSync(path.join(ROOT, file), {
      ...(SWC_OPTIONS as Options),
      sourceMaps: true,
      outputPath: out,
    });
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
    if (map) writeFileSync(`${out}.map`, map);
  }
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
  writeFileSync(FINGERPRINT, inputs);
  return files.length;
}

if (require.main === module) {
  const started = Date.now();
  const count = build({ unlessUnchanged: process.argv.includes('--unless-unchanged') });
  console.log(
    count === 0 ? 'dist/ is up to date' : `Compiled ${count} files into dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
