import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.join(__dirname, '..', '..');

describe('codegen output', () => {
  it('matches the committed typed documents (run `npm run codegen`)', async () => {
    // `--check` exits non-zero when generating would change any file.
    const run = promisify(execFile)(path.join(ROOT, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts', '--check'], {
      cwd: ROOT,
    });
    await expect(run).resolves.toBeDefined();
  });
});
