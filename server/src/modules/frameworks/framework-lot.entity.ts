import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Framework } from './framework.entity.js';
import { Lot } from './lot.entity.js';

/**
 * Which lots a framework has, in display order. Services, drafts and briefs will reference this
 * pair so that a record can only sit on a lot that belongs to its framework.
 */
@Entity({ tableName: 'framework_lots' })
export class FrameworkLot {
  [PrimaryKeyProp]?: ['framework', 'lot'];

  @ManyToOne(() => Framework, { primary: true, ref: true, deleteRule: 'cascade' })
  framework!: Ref<Framework>;

  @ManyToOne(() => Lot, { primary: true, ref: true, deleteRule: 'restrict' })
  lot!: Ref<Lot>;

  @Property({ type: 'smallint', default: 0 })
  position: number = 0;
}
