import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../testing';
import { createLogger } from '../src/logger';
import { EventBus, type EventHandler, type EventMessage } from '../src/events/event-bus';
import { CreateProcessedEvent1764400000000 } from '../src/events/processed-events';
import { transactionRunner } from '../src/database/request-transaction';

/** The event backbone on a real Postgres and a real pg-boss: outbox semantics and once-only effects. */
describe('event bus', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let bus: EventBus;
  const handled: EventMessage[] = [];
  // The effect of erasing a customer, in this test: a row per delivery that got past the claim.
  const handler: EventHandler = {
    queue: 'orders.erase-customer',
    handle: async (message, tx) => {
      handled.push(message);
      await tx.manager.query('INSERT INTO erased (customer_id) VALUES ($1)', [message.data.customerId]);
    },
  };
  const queuedJobs = async (customerId: string) =>
    Number(
      (
        await dataSource.query(
          `SELECT count(*) AS n FROM pgboss.job WHERE name = 'orders.erase-customer' AND data->'data'->>'customerId' = $1`,
          [customerId],
        )
      )[0].n,
    );
  const erasedRows = async (customerId: string) =>
    Number((await dataSource.query('SELECT count(*) AS n FROM erased WHERE customer_id = $1', [customerId]))[0].n);

  beforeAll(async () => {
    database = await createTestDatabase('event_bus');
    dataSource = new DataSource({ type: 'postgres', url: database.url, installExtensions: false, extra: { max: 6 } });
    await dataSource.initialize();
    const runner = dataSource.createQueryRunner();
    await new CreateProcessedEvent1764400000000().up(runner);
    await runner.query('CREATE TABLE erased (customer_id text NOT NULL)');
    await runner.release();
    bus = await EventBus.start({ databaseUrl: database.url, service: 'test', log: createLogger('test', 'silent') });
  }, 60_000);

  afterAll(async () => {
    await bus?.stop();
    await dataSource?.destroy();
    await database?.drop();
  });

  it('writes an event only when the transaction that publishes it commits', async () => {
    const transaction = transactionRunner(dataSource, bus);
    await transaction((tx) => tx.publish('customer.erased', { customerId: 'committed' }));
    await expect(
      transaction(async (tx) => {
        await tx.publish('customer.erased', { customerId: 'rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await queuedJobs('committed')).toBe(1);
    expect(await queuedJobs('rolled-back')).toBe(0);
  });

  it('lands a published event on every queue the catalogue lists for it', async () => {
    await transactionRunner(dataSource, bus)((tx) => tx.publish('customer.erased', { customerId: 'fan-out' }));
    const queues = await dataSource.query(`SELECT name FROM pgboss.job WHERE data->'data'->>'customerId' = 'fan-out' ORDER BY name`);
    expect(queues.map((q: { name: string }) => q.name)).toEqual(['orders.erase-customer', 'payments.erase-customer']);
  });

  it('applies an event once when it is delivered twice, even at the same time', async () => {
    const message: EventMessage = {
      id: crypto.randomUUID(),
      name: 'customer.erased',
      data: { customerId: 'twice' },
      publishedAt: new Date().toISOString(),
    };
    const results = await Promise.all([bus.deliverOnce(dataSource, handler, message), bus.deliverOnce(dataSource, handler, message)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await bus.deliverOnce(dataSource, handler, message)).toBe(false);
    expect(await erasedRows('twice')).toBe(1);
  });

  it('runs consumers from the queue after commit', async () => {
    await bus.consume(dataSource, 'orders', [handler]);
    await transactionRunner(dataSource, bus)((tx) => tx.publish('customer.erased', { customerId: 'consumed' }));
    const deadline = Date.now() + 15_000;
    while ((await erasedRows('consumed')) === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await erasedRows('consumed')).toBe(1);
    expect(handled.filter((m) => m.data.customerId === 'consumed')).toHaveLength(1);
  }, 30_000);

  it('refuses to consume another subgraph’s queue', async () => {
    await expect(bus.consume(dataSource, 'customers', [handler])).rejects.toThrow(/may not consume/);
  });
});
