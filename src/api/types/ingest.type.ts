import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

export enum ArticleFormatEnum {
  markdown = 'markdown',
  text = 'text',
  html = 'html',
}
registerEnumType(ArticleFormatEnum, { name: 'ArticleFormat', description: 'Input format; detected when omitted.' });

@InputType('ArticleInput')
export class ArticleInputType {
  @Field(() => String, { description: 'The article: markdown with front matter, plain text or HTML.' })
  content!: string;

  @Field(() => ArticleFormatEnum, { nullable: true })
  format?: ArticleFormatEnum;

  @Field(() => ID, { nullable: true, description: 'Stable id; derived from the url or the text when omitted.' })
  id?: string;

  @Field(() => String, { nullable: true })
  url?: string;

  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  outlet?: string;

  @Field(() => String, { nullable: true, description: 'ISO 8601 date or date-time.' })
  publishedAt?: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  metadata?: Record<string, unknown>;
}

@ObjectType('Diagnostic')
export class DiagnosticType {
  @Field(() => String)
  level!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('IngestResult')
export class IngestResultType {
  @Field(() => ID)
  articleId!: string;

  @Field(() => String, { description: 'created, updated (a changed version replaced the old) or unchanged' })
  status!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int)
  actors!: number;

  @Field(() => Int)
  claims!: number;

  @Field(() => Int)
  stances!: number;

  @Field(() => [DiagnosticType])
  diagnostics!: DiagnosticType[];
}
