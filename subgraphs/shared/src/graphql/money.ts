import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** ISO 4217 currencies ELYSIUM prices in. */
export enum CurrencyCode {
  GBP = 'GBP',
  EUR = 'EUR',
  USD = 'USD',
}

registerEnumType(CurrencyCode, {
  name: 'CurrencyCode',
  description: 'ISO 4217 currency code.',
  valuesConfig: {
    GBP: { description: 'Pound sterling (minor unit: the penny).' },
    EUR: { description: 'Euro (minor unit: the cent).' },
    USD: { description: 'US dollar (minor unit: the cent).' },
  },
});

const MINOR_UNITS: Record<CurrencyCode, number> = { GBP: 2, EUR: 2, USD: 2 };
const MAX_INT32 = 2_147_483_647;

// Building an Intl.NumberFormat costs far more than formatting with one: one per currency, made once.
const FORMATTERS = new Map<CurrencyCode, Intl.NumberFormat>();
function formatterFor(currency: CurrencyCode): Intl.NumberFormat {
  let formatter = FORMATTERS.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-GB', { style: 'currency', currency, minimumFractionDigits: MINOR_UNITS[currency] });
    FORMATTERS.set(currency, formatter);
  }
  return formatter;
}

/** An amount of money; never a float. */
@Directive('@shareable')
@ObjectType({
  description:
    'An amount of money as an integer of minor units (pence for GBP) plus its currency. Never a float. Amounts shown to UK clients include VAT unless the field says otherwise.',
})
export class Money {
  @Field(() => Int, { description: 'The amount in minor units of the currency (e.g. 3000000 is £30,000.00).' })
  amount: number;

  @Field(() => CurrencyCode, { description: 'The ISO 4217 currency.' })
  currency: CurrencyCode;

  constructor(amount: number, currency: CurrencyCode) {
    if (!Number.isSafeInteger(amount) || Math.abs(amount) > MAX_INT32) {
      throw new RangeError(`Money amount must be an integer of minor units within 32 bits, got ${amount}`);
    }
    this.amount = amount;
    this.currency = currency;
  }

  @Field({ description: 'The amount formatted for display in en-GB, e.g. "£30,000.00".' })
  formatted(): string {
    return formatterFor(this.currency).format(this.amount / 10 ** MINOR_UNITS[this.currency]);
  }

  static of(amount: number, currency: CurrencyCode | string): Money {
    if (!(currency in CurrencyCode)) throw new RangeError(`Unsupported currency ${currency}`);
    return new Money(amount, currency as CurrencyCode);
  }

  static gbp(amount: number): Money {
    return new Money(amount, CurrencyCode.GBP);
  }
}

/** UK standard VAT, in basis points. Prices to UK clients include it. */
export const UK_VAT_BASIS_POINTS = 2000;

/** UK VAT due on a VAT-exclusive amount, rounded half-up to the minor unit. */
export function vatOn(netMinor: number, basisPoints = UK_VAT_BASIS_POINTS): number {
  return Math.round((netMinor * basisPoints) / 10_000);
}

/** A VAT-exclusive amount with VAT added: what a UK client pays. */
export function withVat(netMinor: number, basisPoints = UK_VAT_BASIS_POINTS): number {
  return netMinor + vatOn(netMinor, basisPoints);
}

/** The VAT held inside a VAT-inclusive amount, rounded half-up to the minor unit. */
export function vatIncluded(grossMinor: number, basisPoints = UK_VAT_BASIS_POINTS): number {
  return Math.round((grossMinor * basisPoints) / (10_000 + basisPoints));
}
