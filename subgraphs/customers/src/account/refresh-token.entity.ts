import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A refresh token, kept as its SHA-256 digest. Each is good for one renewal: renewing marks it used
 * and issues the next; presenting a used one again means it was copied, and ends the session.
 */
@Entity({ name: 'refresh_token' })
export class RefreshToken {
  @PrimaryColumn('text')
  hash!: string;

  @Column('uuid')
  sessionId!: string;

  @Column('timestamptz')
  issuedAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;

  @Column('timestamptz')
  expiresAt!: Date;
}
