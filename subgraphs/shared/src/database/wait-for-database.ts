import { Client } from 'pg';
import type { Logger } from '../logger';

/** Errors that mean "not yet": nothing listens, Postgres is starting up, the database is not created yet. */
const NOT_YET = new Set(['ECONNREFUSED', 'ECONNRESET', '57P03', '3D000']);

/**
 * Waits until the database accepts a connection (`npm start` starts the apps while its embedded
 * Postgres comes up; a container may start before its database). Anything else, a wrong password,
 * say, fails at once; so does a database still not there after `timeoutMs`.
 */
export async function waitForDatabase(url: string, log: Logger, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let said = false;
  for (;;) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      const code = (error as { code?: string }).code;
      if (!code || !NOT_YET.has(code) || Date.now() > deadline) throw error;
      if (!said) log.info({ code }, 'waiting for the database');
      said = true;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}
