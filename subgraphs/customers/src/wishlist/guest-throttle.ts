import { GraphQLError } from 'graphql';
import { createRateLimiter, takePoints } from '@elysium/subgraph-kit';

/** New guest sessions one network may open per hour: plenty for a household, nothing for a flood. */
export const GUEST_SESSIONS_PER_IP_PER_HOUR = 60;

/**
 * Every anonymous wishlist write may start a guest session, a row that lives for 90 days. Without a
 * budget of its own, one address could fill the table at the gateway's general request rate.
 * Counted in this process (each replica keeps its own budget).
 */
export function guestSessionThrottle(points = GUEST_SESSIONS_PER_IP_PER_HOUR, seconds = 3600) {
  const perIp = createRateLimiter({ keyPrefix: 'guest-sessions', points, durationSeconds: seconds });
  return async (ip: string | undefined): Promise<void> => {
    const refused = await takePoints(perIp, ip ?? 'unknown');
    if (!refused) return;
    throw new GraphQLError(`Too many new guest sessions from your network; try again in ${refused.retryAfterSeconds} s or sign in.`, {
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: refused.retryAfterSeconds },
    });
  };
}

/** The process's budget, used wherever a guest session is started. */
export const allowNewGuestSession = guestSessionThrottle();
