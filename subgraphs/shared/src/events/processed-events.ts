import { rows } from '../database/sql';
import type { EntityManager, MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deliveries are at least once. A handler claims an event in the same transaction as its effect:
 * the second delivery (or a concurrent duplicate, which waits on the first's row lock) finds the
 * claim and does nothing.
 */
export async function claimEvent(manager: EntityManager, eventId: string, queue: string): Promise<boolean> {
  const claimed = await rows(
    manager,
    `INSERT INTO processed_event (event_id, queue) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING event_id`,
    [eventId, queue],
  );
  return claimed.length === 1;
}

/** The claims table, in each Postgres subgraph's own schema (added to every subgraph's migrations). */
export class CreateProcessedEvent1764400000000 implements MigrationInterface {
  name = 'CreateProcessedEvent1764400000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE processed_event (
        event_id     uuid NOT NULL,
        queue        text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, queue)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE processed_event`);
  }
}
