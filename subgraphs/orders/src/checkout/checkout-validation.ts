import { FieldError } from '@elysium/subgraph-kit';
import { DeliveryMethod, isCollectionSlot } from './delivery';
import type { PlaceOrderInput } from './checkout.inputs';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;
const COUNTRY = /^[A-Z]{2}$/;

const text = (value: string | null | undefined, field: string, min: number, max: number): FieldError[] => {
  const length = value?.trim().length ?? 0;
  return length < min || length > max ? [new FieldError(field, min ? `${min} to ${max} characters.` : `At most ${max} characters.`)] : [];
};

/** Every field rule of a checkout at once (Saleor's field errors); the cart and stock are checked after. */
export function placeOrderProblems(input: PlaceOrderInput, now = new Date()): FieldError[] {
  const problems: FieldError[] = [];
  if (input.idempotencyKey.length < 8 || input.idempotencyKey.length > 100 || !/^[\x21-\x7e]+$/.test(input.idempotencyKey)) {
    problems.push(new FieldError('input.idempotencyKey', '8 to 100 printable characters without spaces.'));
  }
  if (input.contactEmail.length > 254 || !EMAIL.test(input.contactEmail))
    problems.push(new FieldError('input.contactEmail', 'Not an email address.'));
  const { method, address, collectionSlot } = input.delivery;
  if (method === DeliveryMethod.COLLECTION) {
    if (!collectionSlot || !isCollectionSlot(collectionSlot, now)) {
      problems.push(
        new FieldError(
          'input.delivery.collectionSlot',
          'Choose an hour from 10:00 to 16:00 London time, Tuesday to Saturday, 1 to 60 days ahead.',
        ),
      );
    }
    return problems;
  }
  if (input.delivery.addressId != null && address)
    return [...problems, new FieldError('input.delivery.addressId', 'Give address or addressId, not both.')];
  if (!address) return [...problems, new FieldError('input.delivery.address', 'Delivery needs an address (or addressId).')];
  problems.push(
    ...text(address.recipientName, 'input.delivery.address.recipientName', 1, 120),
    ...text(address.line1, 'input.delivery.address.line1', 1, 200),
    ...text(address.line2, 'input.delivery.address.line2', 0, 200),
    ...text(address.city, 'input.delivery.address.city', 1, 100),
    ...text(address.postcode, 'input.delivery.address.postcode', address.countryCode === 'GB' ? 1 : 0, 20),
  );
  if (!COUNTRY.test(address.countryCode))
    problems.push(new FieldError('input.delivery.address.countryCode', 'A two-letter country code, e.g. GB.'));
  else if (method === DeliveryMethod.UK_NEXT_DAY_INSURED && address.countryCode !== 'GB') {
    problems.push(
      new FieldError('input.delivery.address.countryCode', 'UK next-day delivery is for UK addresses; choose international delivery.'),
    );
  } else if (method === DeliveryMethod.INTERNATIONAL_INSURED && address.countryCode === 'GB') {
    problems.push(new FieldError('input.delivery.address.countryCode', 'For a UK address choose UK next-day delivery.'));
  }
  return problems;
}
