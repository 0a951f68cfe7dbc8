import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Role } from '../../shared/role.js';

export enum TokenPurpose {
  CREATE_ACCOUNT = 'create_account',
  RESET_PASSWORD = 'reset_password',
}

/**
 * A one-time link sent by email. Only an HMAC of the secret part is stored; the token is used up on
 * first use and expires (7 days for accounts, 24 hours for resets).
 */
@Entity({ tableName: 'auth_tokens' })
export class AuthToken {
  [OptionalProps]?: 'data';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Enum({ items: () => TokenPurpose, nativeEnumName: 'auth_token_purpose' })
  purpose!: TokenPurpose;

  @Property({ type: 'string', length: 320 })
  @Index()
  email!: string;

  /** The role the account will have (account tokens). */
  @Enum({ items: () => Role, nativeEnumName: 'user_role', nullable: true })
  role?: Role | null;

  /** For reset tokens: the user, whose password must not have changed since. */
  @Property({ type: 'integer', nullable: true })
  userId?: number | null;

  @Property({ type: 'json', default: '{}' })
  data: Record<string, unknown> = {};

  @Property({ type: 'string', length: 64 })
  secretHmac!: string;

  @Property({ type: 'integer', nullable: true })
  createdById?: number | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;
}
