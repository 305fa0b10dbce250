import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * One signed-in device or browser. Access tokens name it (`sid`); revoking it ends every token it
 * issued within the gateway's 5-second status cache.
 */
@ObjectType({ description: 'A place (browser or app) where the account is signed in.' })
@Entity({ name: 'session' })
export class AccountSession {
  @Field(() => ID, { description: 'Stable id of the session.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  accountId!: string;

  @Field({ description: 'When the session was started (sign-in).' })
  @Column('timestamptz')
  createdAt!: Date;

  @Field({ description: 'When the session was last renewed or started; accurate to the access token life (10 minutes).' })
  @Column('timestamptz')
  lastUsedAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The browser or app that signed in, when the gateway reported it.' })
  @Column('text', { nullable: true })
  userAgent!: string | null;

  /** The client IP at sign-in (for the "new sign-in" mail); personal data, never exposed in the API. */
  @Column('text', { nullable: true })
  ip!: string | null;
}
