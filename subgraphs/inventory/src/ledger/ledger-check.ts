import { Field, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { rows } from '@elysium/subgraph-kit';

/** One way the records disagree with the ledger. */
@ObjectType({ description: 'A record that disagrees with the sum of its ledger movements. Staff only.' })
export class LedgerDiscrepancy {
  @Field({ description: 'What kind of record: count, unit, metal or reservation.' })
  record!: string;

  @Field({ description: 'Its id (a count id, unit id, alloy or reservation id).' })
  id!: string;

  @Field({ description: 'What disagrees, with both figures.' })
  detail!: string;
}

/**
 * Proves the books: every count's on hand and reserved equal its movements' sums; every unit is
 * on hand (sum 1) exactly where its record says it is held, and reserved exactly while RESERVED;
 * every metal balance equals its movements; and what active reservations hold equals what is
 * reserved. Returns every disagreement (none, when the books are right).
 */
export async function verifyLedger(manager: EntityManager): Promise<LedgerDiscrepancy[]> {
  const found = await rows<{ record: string; id: string; detail: string }>(
    manager,
    `
    SELECT 'count' AS record, l.id::text AS id,
           format('on hand %s reserved %s, ledger %s and %s', l.on_hand, l.reserved, coalesce(m.on_hand, 0), coalesce(m.reserved, 0)) AS detail
      FROM stock_level l
      LEFT JOIN (SELECT level_id, sum(on_hand_delta) AS on_hand, sum(reserved_delta) AS reserved FROM stock_movement
                  WHERE level_id IS NOT NULL GROUP BY level_id) m ON m.level_id = l.id
     WHERE l.on_hand <> coalesce(m.on_hand, 0) OR l.reserved <> coalesce(m.reserved, 0)
    UNION ALL
    SELECT 'count', l.id::text, format('reserved %s, active reservations hold %s', l.reserved, coalesce(r.held, 0))
      FROM stock_level l
      LEFT JOIN (SELECT rl.level_id, sum(rl.quantity) AS held FROM reservation_line rl JOIN reservation r ON r.id = rl.reservation_id
                  WHERE r.status = 'ACTIVE' AND rl.level_id IS NOT NULL GROUP BY rl.level_id) r ON r.level_id = l.id
     WHERE l.reserved <> coalesce(r.held, 0)
       AND NOT EXISTS (SELECT 1 FROM stock_movement o WHERE o.level_id = l.id AND o.kind = 'RESERVATION' AND o.reservation_id IS NULL)
    UNION ALL
    SELECT 'unit', u.id::text, format('%s at %s: ledger has %s on hand there, %s elsewhere, %s reserved', u.status, coalesce(u.location_id, 'nowhere'),
           coalesce(sum(m.on_hand_delta) FILTER (WHERE m.location_id IS NOT DISTINCT FROM u.location_id), 0),
           coalesce(sum(m.on_hand_delta) FILTER (WHERE m.location_id IS DISTINCT FROM u.location_id), 0),
           coalesce(sum(m.reserved_delta), 0))
      FROM stock_unit u LEFT JOIN stock_movement m ON m.unit_id = u.id
     GROUP BY u.id
    HAVING coalesce(sum(m.on_hand_delta) FILTER (WHERE m.location_id IS NOT DISTINCT FROM u.location_id), 0)
             <> (CASE WHEN u.status IN ('SOLD', 'IN_TRANSIT') THEN 0 ELSE 1 END)
        OR coalesce(sum(m.on_hand_delta) FILTER (WHERE m.location_id IS DISTINCT FROM u.location_id), 0) <> 0
        OR coalesce(sum(m.reserved_delta), 0) <> (CASE WHEN u.status = 'RESERVED' THEN 1 ELSE 0 END)
    UNION ALL
    SELECT 'unit', u.id::text, format('%s but held by reservation %s (%s)', u.status, u.reservation_id, coalesce(r.status, 'missing'))
      FROM stock_unit u LEFT JOIN reservation r ON r.id = u.reservation_id
     WHERE u.status = 'RESERVED' AND (r.status IS DISTINCT FROM 'ACTIVE')
    UNION ALL
    SELECT 'metal', s.alloy, format('%s mg, ledger %s mg', s.milligrams, coalesce(sum(m.milligrams), 0))
      FROM metal_stock s LEFT JOIN stock_movement m ON m.alloy = s.alloy
     GROUP BY s.alloy, s.milligrams
    HAVING s.milligrams <> coalesce(sum(m.milligrams), 0)
    `,
  );
  return found.map((row) => Object.assign(new LedgerDiscrepancy(), row));
}
