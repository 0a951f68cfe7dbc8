import type { Ref } from '@mikro-orm/core';
import { Entity, ManyToOne } from '@mikro-orm/decorators/legacy';
import { User } from '../users/user.entity.js';
import { Brief } from './brief.entity.js';

/** A buyer who owns a brief (the one who created it and any they added). */
@Entity({ tableName: 'brief_users' })
export class BriefUser {
  @ManyToOne(() => Brief, { ref: true, primary: true, deleteRule: 'cascade' })
  brief!: Ref<Brief>;

  @ManyToOne(() => User, { ref: true, primary: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;
}
