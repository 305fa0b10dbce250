import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Runs one hand-written statement and returns its rows. TypeORM answers UPDATE and DELETE with
 * `[rows, rowCount]` and every other command with the rows; callers want the rows either way.
 */
export async function rows<T>(manager: EntityManager, text: string, parameters: unknown[] = []): Promise<T[]> {
  const result: unknown = await manager.query(text, parameters);
  const updateOrDelete = Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
  return (updateOrDelete ? result[0] : result) as T[];
}

/**
 * Entities from the rows of a hand-written statement (`RETURNING *`, window queries), through the
 * entity's own column mapping, so the SQL and the entity cannot disagree on names.
 */
export function entitiesFromRows<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  found: Array<Record<string, unknown>>,
): E[] {
  const metadata = manager.connection.getMetadata(entity);
  return found.map((row) => {
    const created = metadata.create() as E;
    for (const column of metadata.columns) {
      const value = row[column.databaseName];
      const transformer = Array.isArray(column.transformer) ? undefined : column.transformer;
      (created as Record<string, unknown>)[column.propertyName] = transformer && value !== undefined ? transformer.from(value) : value;
    }
    return created;
  });
}
