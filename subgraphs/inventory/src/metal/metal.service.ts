import { entitiesFromRows, FieldError, InputValidationError, recordAudit, rows, type PostgresContext } from '@elysium/subgraph-kit';
import type { DataSource } from 'typeorm';
import { actorOf } from '../ledger/actor';
import { changeMetal } from '../ledger/ledger-writer';
import { MovementKind } from '../ledger/stock-movement.entity';
import { InsufficientStockError } from '../stock/stock-control.errors';
import { MetalDirection, textProblem, type BookMetalInput } from '../stock/stock-control.inputs';
import { MetalBalance } from './metal-balance';

const MAX_GRAMS = 100_000;

/** Grams as whole milligrams, or null when the weight is not one the atelier's scales give. */
export function milligramsOf(grams: number): number | null {
  const milligrams = Math.round(grams * 1000);
  if (!Number.isFinite(grams) || grams <= 0 || grams > MAX_GRAMS || Math.abs(milligrams - grams * 1000) > 1e-6) return null;
  return milligrams;
}

/** Precious metal in the atelier, booked in and out by weight through the ledger. */
export class MetalService {
  constructor(private readonly dataSource: DataSource) {}

  async balances(): Promise<MetalBalance[]> {
    return this.dataSource.getRepository(MetalBalance).find({ order: { alloy: 'ASC' } });
  }

  async book(context: PostgresContext, input: BookMetalInput): Promise<MetalBalance | InputValidationError | InsufficientStockError> {
    const milligrams = milligramsOf(input.grams);
    const problems = textProblem(input.reason, 'input.reason', true);
    if (milligrams === null)
      problems.push(new FieldError('input.grams', `More than 0 and at most ${MAX_GRAMS} grams, to the milligram (three decimals).`));
    if (problems.length || milligrams === null) return new InputValidationError(problems);
    const out = input.direction === MetalDirection.OUT;
    return context.transaction(async (tx) => {
      const balance = await changeMetal(tx, actorOf(context), {
        alloy: input.alloy,
        milligrams: out ? -milligrams : milligrams,
        kind: out ? MovementKind.ATELIER_CONSUMPTION : MovementKind.RECEIPT,
        reason: input.reason.trim(),
      });
      if (balance === null) {
        const [held] = await rows<{ milligrams: string }>(tx.manager, `SELECT milligrams FROM metal_stock WHERE alloy = $1`, [input.alloy]);
        return new InsufficientStockError(
          `The atelier holds only ${Number(held.milligrams) / 1000} g of ${input.alloy}.`,
          milligrams,
          Number(held.milligrams),
        );
      }
      await recordAudit(tx, context, {
        action: `metal.booked-${out ? 'out' : 'in'}`,
        targetType: 'MetalBalance',
        targetId: input.alloy,
        service: 'inventory',
      });
      const found = await rows<Record<string, unknown>>(tx.manager, `SELECT * FROM metal_stock WHERE alloy = $1`, [input.alloy]);
      return entitiesFromRows(tx.manager, MetalBalance, found)[0];
    });
  }
}
