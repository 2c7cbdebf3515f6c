import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page } from '../../graph/pagination.js';

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** What resolvers return for a connection field: a page plus a lazy count. */
export interface ConnectionSource<T> {
  page: Page<T>;
  count: () => Promise<number>;
}

/** Builds a Relay-style connection type (`nodes`, `edges`, `pageInfo`, lazy `totalCount`) for an item type. */
export function Connection<T extends object>(name: string, itemType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => itemType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    constructor(private readonly source: ConnectionSource<T>) {}

    @Field(() => [itemType])
    nodes(): T[] {
      return this.source.page.items;
    }

    @Field(() => [Edge])
    edges(): Edge[] {
      return this.source.page.items.map((node, i) => ({ node, cursor: this.source.page.cursors[i] ?? '' }));
    }

    @Field(() => PageInfo)
    pageInfo(): PageInfo {
      return { hasNextPage: this.source.page.hasNextPage, endCursor: this.source.page.endCursor };
    }

    @Field(() => Int, { description: 'Counted with a separate query, only when asked for.' })
    totalCount(): Promise<number> {
      return this.source.count();
    }
  }
  return ConnectionClass;
}
