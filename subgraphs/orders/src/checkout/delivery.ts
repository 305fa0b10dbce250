import { registerEnumType } from 'type-graphql';

/** How the pieces reach the client. */
export enum DeliveryMethod {
  UK_NEXT_DAY_INSURED = 'UK_NEXT_DAY_INSURED',
  INTERNATIONAL_INSURED = 'INTERNATIONAL_INSURED',
  COLLECTION = 'COLLECTION',
}

registerEnumType(DeliveryMethod, {
  name: 'DeliveryMethod',
  description: 'How the pieces reach the client.',
  valuesConfig: {
    UK_NEXT_DAY_INSURED: { description: 'Insured next-day delivery in the UK, signed for.' },
    INTERNATIONAL_INSURED: { description: 'Insured international delivery, signed for; exports are zero-rated for UK VAT.' },
    COLLECTION: { description: 'Collected from the London atelier at an appointment.' },
  },
});

/** Delivery prices, VAT included for the UK, in pence. */
export const DELIVERY_PRICES: Record<DeliveryMethod, number> = {
  [DeliveryMethod.UK_NEXT_DAY_INSURED]: 0,
  [DeliveryMethod.INTERNATIONAL_INSURED]: 9_500,
  [DeliveryMethod.COLLECTION]: 0,
};

/**
 * Collection appointments: on the hour, 10:00 to 16:00 London time, Tuesday to Saturday, from the
 * next day to 60 days ahead. London time is what the atelier keeps, so slots are checked in it.
 */
export function isCollectionSlot(slot: Date, now = new Date()): boolean {
  if (Number.isNaN(slot.getTime())) return false;
  const days = (slot.getTime() - now.getTime()) / 86_400_000;
  if (days < 0.5 || days > 60) return false;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'short',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  })
    .formatToParts(slot)
    .reduce<Record<string, string>>((acc, part) => ({ ...acc, [part.type]: part.value }), {});
  const hour = Number(parts.hour);
  return (
    ['Tue', 'Wed', 'Thu', 'Fri', 'Sat'].includes(parts.weekday) &&
    parts.minute === '00' &&
    hour >= 10 &&
    hour <= 16 &&
    slot.getSeconds() === 0
  );
}
