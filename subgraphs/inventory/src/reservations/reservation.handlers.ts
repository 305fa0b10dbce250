import { z } from 'zod';
import type { EventHandler } from '@elysium/subgraph-kit';
import { systemActor } from '../ledger/actor';
import type { ReservationService } from './reservation.service';

const expireCommand = z.object({ reservationId: z.string().uuid() });

/**
 * Expiry as scheduled work on the queue: each reservation's own job, due at its expiry, and a sweep
 * every minute for any hold whose job was lost or ran early. Both end a hold only if it is still
 * active and due, under the same lock commit takes, so expiry and commit never both happen.
 */
export function reservationHandlers(reservations: ReservationService): EventHandler[] {
  return [
    {
      queue: 'inventory.expire-reservation',
      handle: async (message, tx) => {
        await reservations.expireIn(tx, systemActor(message.id), expireCommand.parse(message.data).reservationId);
      },
    },
    {
      queue: 'inventory.sweep-reservations',
      schedule: '* * * * *',
      handle: async (message) => {
        await reservations.expireOverdue(systemActor(message.id));
      },
    },
  ];
}
