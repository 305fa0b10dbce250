import { defineLoader, groupByKey, InputValidationError, type PostgresContext, type SubgraphContext } from '@elysium/subgraph-kit';
import { auditStaffAction, auditStaffNotesRead, lockVisibleCustomer, requireIdentity } from './customer-access';
import { CustomerNotFoundError } from './profile.errors';
import { PROFILE_LIMITS } from './profile-limits';
import { cleanText, FieldProblems } from './profile.rules';
import { StaffNote } from './staff-note.entity';

/** Which client's notes, and how many of the newest. */
export interface StaffNotesKey {
  customerId: string;
  first: number;
}

/**
 * Private notes staff keep about a client. Append-only (the table refuses UPDATE). Every read by
 * staff and every note added is audited in the same transaction as the read or the write; the
 * resolvers check the role before anything here runs.
 */
export class StaffNotesService {
  /**
   * Notes of many clients in one statement, plus one audit event per client read, in one transaction.
   * Keys asking for the same page size share the statement; in practice every key does.
   */
  readonly notesByCustomer = defineLoader<StaffNotesKey, StaffNote[]>(
    // Resolvers of a Postgres subgraph get a PostgresContext; the loader is handed the same object.
    (keys, context) => this.readAsStaff(context as PostgresContext, keys),
    { cacheKeyFn: (key) => `${key.customerId}:${key.first}` },
  );

  /** The newest `first` notes of the client (staff only; audited). */
  notesOf(context: SubgraphContext, customerId: string, first: number): Promise<StaffNote[]> {
    return this.notesByCustomer(context).load({ customerId, first });
  }

  async addNote(
    context: PostgresContext,
    customerId: string,
    text: string,
  ): Promise<StaffNote | InputValidationError | CustomerNotFoundError> {
    const author = requireIdentity(context);
    const problems = new FieldProblems();
    const clean = cleanText(problems, 'text', text, { max: PROFILE_LIMITS.staffNote, required: true, multiline: true });
    if (!problems.none || !clean) return new InputValidationError(problems.errors);
    const result = await context.transaction(async (tx) => {
      if (!(await lockVisibleCustomer(tx, context, customerId))) return new CustomerNotFoundError();
      const notes = tx.getRepository(StaffNote);
      const note = await notes.save(notes.create({ customerId, text: clean, authorId: author.subject, authorRole: author.role }));
      await auditStaffAction(tx, context, 'staff-note.added', customerId);
      return note;
    });
    // Pages of this client's notes read earlier in the request no longer hold.
    if (result instanceof StaffNote) this.notesByCustomer(context).clearAll();
    return result;
  }

  private async readAsStaff(context: PostgresContext, keys: readonly StaffNotesKey[]): Promise<StaffNote[][]> {
    return context.transaction(async (tx) => {
      const pages = new Map<string, StaffNote[]>();
      for (const first of new Set(keys.map((k) => k.first))) {
        const ids = [...new Set(keys.filter((k) => k.first === first).map((k) => k.customerId))];
        const rows: Array<Record<string, unknown>> = await tx.manager.query(
          `SELECT id, customer_id, text, author_id, author_role, created_at FROM (
             SELECT n.*, row_number() OVER (PARTITION BY customer_id ORDER BY created_at DESC, id DESC) AS rank
             FROM customer_staff_note n WHERE customer_id = ANY($1)
           ) ranked WHERE rank <= $2 ORDER BY customer_id, rank`,
          [ids, first],
        );
        const groups = groupByKey(ids, rows.map(toNote), (note) => note.customerId);
        ids.forEach((id, i) => pages.set(`${id}:${first}`, groups[i]));
      }
      await auditStaffNotesRead(tx, context, [...new Set(keys.map((k) => k.customerId))]);
      return keys.map((k) => pages.get(`${k.customerId}:${k.first}`) ?? []);
    });
  }
}

function toNote(row: Record<string, unknown>): StaffNote {
  return Object.assign(new StaffNote(), {
    id: row.id as string,
    customerId: row.customer_id as string,
    text: row.text as string,
    authorId: row.author_id as string,
    authorRole: row.author_role as string,
    createdAt: row.created_at as Date,
  });
}
