import { Field, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult } from '@elysium/subgraph-kit';

@ObjectType({
  implements: ErrorResult,
  description: 'The catalogue does not offer this (an unknown SKU, piece or stone, or one priced on request).',
})
export class ItemNotOfferedError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always NOT_IN_CATALOGUE.' })
  code = ErrorCode.NOT_IN_CATALOGUE;

  @Field(() => String, { description: 'What went wrong.' })
  message: string;

  @Field(() => String, { description: 'The input field at fault.' })
  field: string;

  constructor(field: string, message: string) {
    this.field = field;
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult, description: 'The bespoke quote has lapsed; price the design again with priceConfiguration.' })
export class QuoteExpiredError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always QUOTE_EXPIRED.' })
  code = ErrorCode.QUOTE_EXPIRED;

  @Field(() => String, { description: 'What went wrong.' })
  message = 'This quote has lapsed: metal prices move. Price the design again.';
}

@ObjectType({ implements: ErrorResult, description: 'No cart line has this id in your cart.' })
export class CartLineNotFoundError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always NOT_FOUND.' })
  code = ErrorCode.NOT_FOUND;

  @Field(() => String, { description: 'What went wrong.' })
  message = 'No such line in your cart.';
}
