import { defineLoader, groupByKey } from '@elysium/subgraph-kit';
import type { ConsentRecord } from './consent-record.entity';
import type { ConsentHistoryKey, ConsentService } from './consent.service';

const historyKey = (key: ConsentHistoryKey) => `${key.customerId}:${key.first}:${key.before ?? ''}`;

/** The per-request loaders of the consent slice: one SQL statement per field, however many clients. */
export function consentLoaders(service: ConsentService) {
  return {
    currentByCustomer: defineLoader<string, ConsentRecord[]>(async (ids) =>
      groupByKey(ids, await service.findCurrent(ids), (record) => record.customerId),
    ),
    /** Each key's page plus one entry, newest first (the extra one only says that more follow). */
    historyPage: defineLoader<ConsentHistoryKey, ConsentRecord[]>(
      async (keys) => {
        const rows = await service.findHistory(keys);
        return keys.map((key) =>
          rows
            .filter((r) => r.customerId === key.customerId && (key.before === null || BigInt(r.id) < BigInt(key.before)))
            .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
            .filter((r, i, all) => i === 0 || all[i - 1].id !== r.id)
            .slice(0, key.first + 1),
        );
      },
      { cacheKeyFn: historyKey },
    ),
  };
}
