import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * A lot is a category of a framework (e.g. "Cloud hosting"). Lot rows are shared across the
 * iterations of a family: G-Cloud 9 to 13 all link the same `cloud-software` row.
 */
@ObjectType({ description: 'A category of a framework, such as Cloud hosting or Digital specialists.' })
@Entity({ tableName: 'lots' })
export class Lot {
  [OptionalProps]?: 'oneServiceLimit' | 'unitSingular' | 'unitPlural' | 'allowsBrief';

  @Field(() => ID)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 100, unique: true })
  slug!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 255 })
  name!: string;

  @Field(() => Boolean, { description: 'A supplier may have only one service in this lot per framework.' })
  @Property({ type: 'boolean', default: false })
  oneServiceLimit: boolean = false;

  @Field(() => String, { description: 'What one item on this lot is called, e.g. "service" or "research studio".' })
  @Property({ type: 'string', length: 100, default: 'service' })
  unitSingular: string = 'service';

  @Field(() => String)
  @Property({ type: 'string', length: 100, default: 'services' })
  unitPlural: string = 'services';

  /** Buyers may publish requirements (briefs) on exactly the one-service lots. */
  @Field(() => Boolean, { description: 'Buyers may publish requirements (briefs) on this lot.' })
  get allowsBrief(): boolean {
    return this.oneServiceLimit;
  }
}
