import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum DataExportStatus {
  PENDING = 'PENDING',
  READY = 'READY',
}

registerEnumType(DataExportStatus, {
  name: 'DataExportStatus',
  description: 'Whether every part of the graph has contributed to an export yet.',
  valuesConfig: {
    PENDING: { description: 'Some subgraphs have not sent their part yet (one may be down; it sends when it returns).' },
    READY: { description: 'Every part is in; `data` holds the whole export.' },
  },
});

/** A machine-readable copy of everything the graph holds about a client (GDPR Art. 15 and 20). */
@ObjectType({ description: 'A machine-readable copy of everything ELYSIUM holds about a client, gathered from every part of the graph.' })
export class DataExport {
  @Field(() => ID, { description: 'Stable id of the export (UUID).' })
  id!: string;

  @Field(() => DataExportStatus, { description: 'PENDING until every part of the graph has contributed.' })
  status!: DataExportStatus;

  @Field({ description: 'When it was asked for.' })
  requestedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the last part arrived; null while pending.' })
  completedAt!: Date | null;

  @Field(() => [String], { description: 'The parts received so far, by service (customers, orders, payments).' })
  receivedParts!: string[];

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'The export as JSON, one key per service; null while pending. Amounts are integer minor units.',
  })
  data!: Record<string, unknown> | null;
}

/** The client's account is gone: signed out everywhere, personal data erased across the graph. */
@ObjectType({ description: 'The account is deleted: every session has ended and personal data is being erased across the graph.' })
export class AccountDeleted {
  @Field(() => Boolean, { description: 'Always true.' })
  deleted = true;
}
