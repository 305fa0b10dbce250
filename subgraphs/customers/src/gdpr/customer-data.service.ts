import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  EVENT_CATALOGUE,
  isStaffRole,
  isUuid,
  recordAudit,
  requireRole,
  unauthenticated,
  visibleToCaller,
  FieldError,
  InputValidationError,
  type ErrorResult,
  type EventMessage,
  type PostgresContext,
  type Tx,
  rows,
} from '@elysium/subgraph-kit';
import { enqueueAccountMail } from '../account/account-mail';
import { AccountDeleted, DataExport, DataExportStatus } from './data-export.model';

/** Every subgraph that contributes a part: the owners of the queues `customer.export-requested` lands on. */
export const EXPORT_PARTS = EVENT_CATALOGUE['customer.export-requested'].map((queue) => queue.split('.')[0]);

/** Columns that tie a row of this schema to a client. */
const OWNER_COLUMNS = ['customer_id', 'account_id'];
/** Tables that are not the client's data (bookkeeping), or that the law asks us to keep as they are. */
const NOT_EXPORTED = new Set(['processed_event', 'data_export', 'migrations', 'audit_log']);
/** Secrets are never exported: hashes of passwords and tokens. */
const SECRET_COLUMN = /hash|secret/;
/** Kept on erasure: append-only records that hold ids, not personal data (consent evidence, audit). */
const KEPT_ON_ERASURE = new Set(['audit_log', 'processed_event', 'migrations']);

interface ExportRow {
  id: string;
  customer_id: string;
  requested_at: Date;
  parts: Record<string, unknown>;
  completed_at: Date | null;
}

function toModel(row: ExportRow): DataExport {
  return Object.assign(new DataExport(), {
    id: row.id,
    status: row.completed_at ? DataExportStatus.READY : DataExportStatus.PENDING,
    requestedAt: row.requested_at,
    completedAt: row.completed_at,
    receivedParts: Object.keys(row.parts).sort(),
    data: row.completed_at ? row.parts : null,
  });
}

/**
 * GDPR for the customers subgraph: gathers exports from every subgraph over the backbone, gives
 * this subgraph's own part, and erases a client (anonymise here, announce it to the others).
 */
/** What erasure needs from the account slice. */
export interface AccountErasure {
  eraseAccount(tx: Tx, accountId: string): Promise<void>;
  confirmOwnPassword(
    context: PostgresContext,
    password: string,
  ): Promise<{ accountId: string; role: string } | InputValidationError | ErrorResult>;
}

export class CustomerDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly account: AccountErasure,
  ) {}

  /** The client for themself, or staff for any client: starts an export and returns it pending. */
  async requestExport(context: PostgresContext, customerId: string): Promise<DataExport | null> {
    if (!context.identity) throw unauthenticated();
    if (!visibleToCaller(context, { id: customerId }, (c) => c.id) || !isUuid(customerId)) return null;
    return context.transaction(async (tx) => {
      const [exists] = await tx.manager.query('SELECT 1 FROM customer WHERE id = $1', [customerId]);
      if (!exists) return null;
      const id = randomUUID();
      const [row] = await tx.manager.query(`INSERT INTO data_export (id, customer_id, requested_by) VALUES ($1, $2, $3) RETURNING *`, [
        id,
        customerId,
        context.identity!.subject,
      ]);
      await tx.publish('customer.export-requested', { exportId: id, customerId });
      if (isStaffRole(context.identity!.role)) {
        await recordAudit(tx, context, {
          action: 'customer.export-requested',
          targetType: 'Customer',
          targetId: customerId,
          service: 'customers',
        });
      }
      return toModel(row as ExportRow);
    });
  }

  /** An export its client or staff may read; anyone else, and an unknown id, get null. */
  async findExport(context: PostgresContext, id: string): Promise<DataExport | null> {
    if (!context.identity) throw unauthenticated();
    if (!isUuid(id)) return null;
    const [row] = (await this.dataSource.query('SELECT * FROM customers.data_export WHERE id = $1', [id])) as ExportRow[];
    const visible = visibleToCaller(context, row ?? null, (r) => r.customer_id);
    return visible && toModel(visible);
  }

  /** This subgraph's part: every row of every table that belongs to the client, secrets left out. */
  async ownPart(manager: EntityManager, customerId: string): Promise<Record<string, unknown[]>> {
    const part: Record<string, unknown[]> = {};
    const [customer] = await manager.query('SELECT * FROM customer WHERE id = $1', [customerId]);
    part.customer = customer ? [customer] : [];
    for (const { table, column } of await this.ownedTables(manager)) {
      if (NOT_EXPORTED.has(table)) continue;
      const rows: Array<Record<string, unknown>> = await manager.query(`SELECT * FROM "${table}" WHERE "${column}" = $1`, [customerId]);
      part[table] = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([name]) => !SECRET_COLUMN.test(name))));
    }
    return part;
  }

  /** Keeps one subgraph's part; the export is ready when every part is in. */
  async collectPart(tx: Tx, message: EventMessage): Promise<void> {
    const { exportId, service, part } = message.data as { exportId: string; service: string; part: unknown };
    await rows(tx.manager, `UPDATE data_export SET parts = parts || jsonb_build_object($2::text, $3::jsonb) WHERE id = $1`, [
      exportId,
      service,
      JSON.stringify(part),
    ]);
    const [{ parts } = { parts: undefined }] = (await tx.manager.query('SELECT parts FROM data_export WHERE id = $1', [
      exportId,
    ])) as Array<{
      parts: Record<string, unknown>;
    }>;
    if (parts && EXPORT_PARTS.every((name) => name in parts)) {
      await rows(tx.manager, 'UPDATE data_export SET completed_at = now() WHERE id = $1 AND completed_at IS NULL', [exportId]);
    }
  }

  /**
   * Erases a client from this subgraph and announces it to the others: the customer row keeps its
   * id (orders and payments point at it) but loses every personal field; every other row that is
   * the client's is deleted, except append-only evidence holding ids only (audit, consents); jobs
   * that carried the client's export are purged from the queue. Idempotent.
   */
  async erase(tx: Tx, context: PostgresContext, customerId: string): Promise<void> {
    const manager = tx.manager;
    // The confirmation goes to the address before it is erased (the only mail job that carries one).
    const [active] = (await manager.query(`SELECT email FROM account WHERE id = $1 AND status = 'ACTIVE'`, [customerId])) as Array<{
      email: string;
    }>;
    if (active) await enqueueAccountMail(tx, { template: 'account-erased', accountId: customerId, to: active.email });
    // Then the account: sessions end and it can never sign in again.
    await this.account.eraseAccount(tx, customerId);
    await rows(
      manager,
      `UPDATE customer SET email = 'erased-' || id || '@erased.invalid', given_name = 'Erased', family_name = 'Client', phone = NULL WHERE id = $1`,
      [customerId],
    );
    for (const { table, column, appendOnly } of await this.ownedTables(manager)) {
      if (KEPT_ON_ERASURE.has(table) || appendOnly || table === 'account') continue;
      await rows(manager, `DELETE FROM "${table}" WHERE "${column}" = $1`, [customerId]);
    }
    await rows(manager, `DELETE FROM data_export WHERE customer_id = $1`, [customerId]);
    for (const table of ['job', 'archive']) {
      await rows(
        manager,
        `DELETE FROM pgboss.${table} WHERE name = 'customers.collect-export-part' AND data->'data'->>'customerId' = $1 AND state <> 'active'`,
        [customerId],
      );
    }
    await tx.publish('customer.erased', { customerId });
    await recordAudit(tx, context, { action: 'customer.erased', targetType: 'Customer', targetId: customerId, service: 'customers' });
  }

  /** ADMIN erases a client (the client's own `deleteMyAccount` re-checks the password first). */
  async eraseCustomer(context: PostgresContext, customerId: string): Promise<boolean> {
    requireRole(context, 'admin');
    if (!isUuid(customerId)) return false;
    return context.transaction(async (tx) => {
      const [exists] = await tx.manager.query('SELECT 1 FROM customer WHERE id = $1', [customerId]);
      if (!exists) return false;
      await this.erase(tx, context, customerId);
      return true;
    });
  }

  /** The client erases themself, after re-entering their password. */
  async deleteMyAccount(context: PostgresContext, password: string): Promise<AccountDeleted | InputValidationError | ErrorResult> {
    const confirmed = await this.account.confirmOwnPassword(context, password);
    if (!('accountId' in confirmed)) return confirmed;
    if (confirmed.role !== 'CUSTOMER' && confirmed.role !== 'customer') {
      return new InputValidationError([new FieldError('password', 'Staff accounts are closed by an administrator.')]);
    }
    await context.transaction((tx) => this.erase(tx, context, confirmed.accountId));
    return new AccountDeleted();
  }

  /** Tables of this schema with a column naming the client, and whether they refuse deletes (append-only). */
  private async ownedTables(manager: EntityManager): Promise<Array<{ table: string; column: string; appendOnly: boolean }>> {
    const rows: Array<{ table: string; column: string; append_only: boolean }> = await manager.query(
      `SELECT c.table_name AS table, c.column_name AS column,
              EXISTS (SELECT 1 FROM information_schema.triggers t
                       WHERE t.event_object_schema = c.table_schema AND t.event_object_table = c.table_name
                         AND t.event_manipulation = 'DELETE') AS append_only
         FROM information_schema.columns c
         JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
        WHERE c.table_schema = 'customers' AND c.column_name = ANY($1)
        ORDER BY c.table_name`,
      [OWNER_COLUMNS],
    );
    return rows.map((r) => ({ table: r.table, column: r.column, appendOnly: r.append_only }));
  }
}
