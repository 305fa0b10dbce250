import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../testing';
import { withTransaction } from '../src/database/transaction';

/** Two transactions that lock the same two rows in opposite orders: Postgres must kill one. */
describe('withTransaction on a real Postgres', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('transaction');
    dataSource = new DataSource({ type: 'postgres', url: database.url, installExtensions: false, extra: { max: 4 } });
    await dataSource.initialize();
    await dataSource.query(`CREATE TABLE account (id int PRIMARY KEY, balance int NOT NULL)`);
  });

  beforeEach(async () => {
    await dataSource.query(`TRUNCATE account; INSERT INTO account VALUES (1, 100), (2, 100)`);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  /** Moves 10 from one account to the other, pausing between the two row locks so two runs interleave. */
  function transfer(from: number, to: number, attempts: number, tries: { n: number }) {
    return withTransaction(
      dataSource,
      async (manager) => {
        tries.n += 1;
        await manager.query(`UPDATE account SET balance = balance - 10 WHERE id = $1`, [from]);
        await new Promise((resolve) => setTimeout(resolve, 150));
        await manager.query(`UPDATE account SET balance = balance + 10 WHERE id = $1`, [to]);
      },
      { attempts },
    );
  }

  it('given a deadlock, retries the victim and both transfers commit', async () => {
    const tries = { n: 0 };
    await Promise.all([transfer(1, 2, 5, tries), transfer(2, 1, 5, tries)]);
    expect(tries.n).toBe(3); // two first attempts, one retry of the deadlock victim
    const rows = await dataSource.query(`SELECT id, balance FROM account ORDER BY id`);
    expect(rows).toEqual([
      { id: 1, balance: 100 },
      { id: 2, balance: 100 },
    ]);
  });

  it('without retries the deadlock victim fails with 40P01 and leaves nothing half-written', async () => {
    const results = await Promise.allSettled([transfer(1, 2, 1, { n: 0 }), transfer(2, 1, 1, { n: 0 })]);
    const failures = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(failures).toHaveLength(1);
    expect((failures[0].reason as { driverError?: { code?: string } }).driverError?.code).toBe('40P01');
    const [{ total }] = await dataSource.query(`SELECT sum(balance)::int AS total FROM account`);
    expect(total).toBe(200);
  });
});
