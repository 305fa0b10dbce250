import type { EventHandler } from '@elysium/subgraph-kit';
import type { CustomersDeps, CustomersModule } from '../module';
import { AuditEntryRecord } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { CreateAuditLog1764540000000 } from './migrations/1764540000000-create-audit-log';

/** The audit slice: the append-only log every subgraph writes to through the backbone. */
export const auditModule: CustomersModule = {
  entities: [AuditEntryRecord],
  migrations: [CreateAuditLog1764540000000],
  resolvers: [AuditResolver],
};

export function createAuditServices(deps: CustomersDeps): AuditService {
  return new AuditService(deps.dataSource);
}

/** Keeps every `audit.recorded` event, from any subgraph. */
export function auditEventHandlers(audit: AuditService): EventHandler[] {
  // Pure inserts: a busy log (staff reads under load) is written 25 entries to a transaction.
  return [{ queue: 'customers.audit-log', batch: true, handle: (message, tx) => audit.append(tx, message) }];
}
