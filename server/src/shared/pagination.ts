import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from '../app/errors.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 30, description: 'How many items (1–100).' })
  @Min(1)
  @Max(100)
  first: number = 30;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page; null or absent for the first page.' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a `<Name>Connection` GraphQL type for a node type: nodes, pageInfo and totalCount. */
export function ConnectionType<T extends object>(nodeType: abstract new (...args: never[]) => T, name: string) {
  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [nodeType])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All items matching the filter, on every page.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Opaque cursors over a numeric id (keyset pagination, newest first). */
export function encodeCursor(id: number): string {
  return Buffer.from(`id:${id}`).toString('base64url');
}

const badCursor = () => badInput('That page cursor is not valid', { after: 'Use the endCursor of the previous page' });

/** The largest id a cursor may name: ids are Postgres integers. */
const MAX_ID = 2_147_483_647;

/** The id a cursor names; null or absent means "from the start". */
export function decodeCursor(cursor: string | null | undefined): number | undefined {
  if (cursor == null) return undefined;
  const match = /^id:(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match || Number(match[1]) > MAX_ID) throw badCursor();
  return Number(match[1]);
}

/** Cuts `rows` (fetched as first + 1, ordered by id descending) into a page. */
export function toConnection<T extends { id: number }>(rows: T[], first: number, totalCount: number): Connection<T> {
  const nodes = rows.slice(0, first);
  return {
    nodes,
    totalCount,
    pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]!.id) : null },
  };
}

/** Cursors for lists ordered by something other than id (e.g. opportunities by status then date): a position. */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeOffsetCursor(cursor: string | null | undefined): number {
  if (cursor == null) return 0;
  const match = /^offset:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw badCursor();
  return Number(match[1]);
}

/** Cuts `rows` (fetched as first + 1 from `offset`) into a page with a position cursor. */
export function toOffsetConnection<T>(rows: T[], first: number, offset: number, totalCount: number): Connection<T> {
  const nodes = rows.slice(0, first);
  return { nodes, totalCount, pageInfo: { hasNextPage: rows.length > first, endCursor: nodes.length ? encodeOffsetCursor(offset + nodes.length) : null } };
}

/**
 * One keyset page of `entity` rows matching `where`, by id (newest first, or oldest first with
 * 'asc'), with the total: the list queries of every module.
 */
export async function findPage<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: Record<string, unknown>,
  first: number,
  after: string | null | undefined,
  order: 'asc' | 'desc' = 'desc',
): Promise<Connection<T>> {
  const from = decodeCursor(after);
  const page = from === undefined ? where : { ...where, id: { [order === 'desc' ? '$lt' : '$gt']: from } };
  const [rows, total] = await Promise.all([
    em.find(entity, page as FilterQuery<T>, { orderBy: { id: order } as never, limit: first + 1 }),
    em.count(entity, where as FilterQuery<T>),
  ]);
  return toConnection(rows as T[], first, total);
}
