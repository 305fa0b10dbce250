import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';

/** A visitor who is not signed in but keeps a wishlist and recently viewed pieces on the server. */
@ObjectType({
  description:
    "The lists of a visitor who is not signed in, reached with the guest token `startGuestSession` gave out. Moved into the client's own lists when they sign in.",
})
@Entity({ name: 'guest_session' })
export class GuestSession {
  /** SHA-256 (hex) of the guest token; the token itself is never stored. */
  @PrimaryColumn('text')
  tokenHash!: string;

  @Field({ description: 'When the guest session was started.' })
  @Column('timestamptz')
  createdAt!: Date;

  /** Last write through this session; idle sessions expire (GUEST_SESSION_IDLE_DAYS). */
  @Column('timestamptz')
  lastUsedAt!: Date;
}
