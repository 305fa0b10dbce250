import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../logger';
import { currentTally } from '../request-context';

/**
 * Counts every SQL statement (for /metrics, the bench and the N+1 tests) and forwards TypeORM's
 * messages to pino. Statements are logged at `debug` so production logs stay quiet.
 */
export class SqlLogger implements TypeOrmLogger {
  constructor(
    private readonly logger: Logger,
    private readonly onStatement: () => void,
  ) {}

  logQuery(query: string, parameters?: unknown): void {
    this.onStatement();
    const tally = currentTally();
    if (tally) tally.sqlStatements += 1;
    if (this.logger.isLevelEnabled('debug')) this.logger.debug({ sql: query, parameters }, 'sql');
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.warn({ err: error, sql: query }, 'sql failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, sql: query }, 'slow sql');
  }

  logSchemaBuild(message: string): void {
    this.logger.info(message);
  }

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}
