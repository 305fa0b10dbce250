import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { ROOT } from './root';

/** A process on this machine: its id, parent, command line and resident memory (MiB). */
interface ProcessInfo {
  pid: number;
  ppid: number;
  command: string;
  rssMib: number;
}

function processTable(): ProcessInfo[] {
  return readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      return [
        {
          pid: Number(entry),
          ppid: Number(/PPid:\s+(\d+)/.exec(status)?.[1]),
          command: readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim(),
          rssMib: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024,
        },
      ];
    } catch {
      return []; // ended while being read
    }
  });
}

/** `root` and every process below it. */
function tree(root: number): ProcessInfo[] {
  const table = processTable();
  const found = table.filter((p) => p.pid === root);
  for (let i = 0; i < found.length; i++) found.push(...table.filter((p) => p.ppid === found[i].pid));
  return found;
}

/** Runs `npm start` as a developer does (zero configuration: no DATABASE_URL) until it says it is up. */
async function runNpmStart(): Promise<{ readyMs: number; pid: number; stop(): Promise<void> }> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const started = Date.now();
  const child = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('ELYSIUM commerce graph is up')) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before it was up:\n${output.slice(-3000)}`)));
  });
  return {
    readyMs: Date.now() - started,
    pid: child.pid!,
    async stop() {
      // Ctrl-C reaches every process of the terminal's group; the launcher stops the rest.
      for (const p of tree(child.pid!)) if (p.command.includes('dist/tools/src/start.js')) process.kill(p.pid, 'SIGINT');
      await exited;
    },
  };
}

/**
 * `npm start`'s figures: how long a second start takes to be up (the first may create the embedded
 * database and migrate it), and the resident memory of what it runs once idle. The graph (gateway,
 * subgraphs, stand-ins, launcher) is one process with a worker thread per app; the storefront
 * (`next dev`) gets a line of its own, npm's own process another; embedded Postgres is not counted.
 */
export async function benchNpmStart(idleMs: number): Promise<void> {
  await (await runNpmStart()).stop();
  const second = await runNpmStart();
  try {
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    const processes = tree(second.pid);
    const sum = (match: (p: ProcessInfo) => boolean) => processes.filter(match).reduce((total, p) => total + p.rssMib, 0);
    const isGraph = (p: ProcessInfo) => p.command.includes('dist/tools/src/start.js');
    const isWeb = (p: ProcessInfo) => p.command.includes('next') && !isGraph(p);
    const isPostgres = (p: ProcessInfo) => p.command.includes('postgres');
    const isRunner = (p: ProcessInfo) => !isGraph(p) && !isWeb(p) && !isPostgres(p);
    console.log(`\nnpm start (zero configuration, second start): up in ${(second.readyMs / 1000).toFixed(1)} s`);
    console.log(`  Resident memory after ${idleMs / 1000} s idle (MiB):`);
    console.log(`    the graph: launcher, gateway, 5 subgraphs, 3 stand-ins (one process)  ${sum(isGraph).toFixed(0)}`);
    console.log(`    storefront (next dev and its workers)                                 ${sum(isWeb).toFixed(0)}`);
    console.log(`    npm and its shell                                                     ${sum(isRunner).toFixed(0)}`);
    console.log(`    embedded PostgreSQL (not counted)                                     ${sum(isPostgres).toFixed(0)}`);
  } finally {
    await second.stop();
  }
}
