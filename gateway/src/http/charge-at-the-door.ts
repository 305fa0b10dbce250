import type { RequestHandler } from 'express';
import type { Identity } from '@elysium/subgraph-kit/core';
import type { CostRateLimiter } from '../limits/rate-limiter';

/**
 * Every request pays one point before any parsing or validation, so requests that are refused
 * (malformed, invalid, too complex) still count, and an exhausted caller is turned away at once:
 * 429 with Retry-After. The operation's measured cost is paid after analysis.
 */
export function chargeAtTheDoor(rateLimiter: CostRateLimiter): RequestHandler {
  return async (req, res, next) => {
    const identity = res.locals.identity as Identity | null;
    try {
      const decision = await rateLimiter.consume(
        { ip: req.ip ?? req.socket.remoteAddress ?? 'unknown', subject: identity?.subject ?? null },
        1,
      );
      if (decision.allowed) {
        res.locals.rate = decision;
        return next();
      }
      res
        .status(429)
        .set('retry-after', String(decision.retryAfterSeconds))
        .json({
          errors: [
            {
              message: `Too many requests; try again in ${decision.retryAfterSeconds} s.`,
              extensions: { code: 'RATE_LIMITED', retryAfterSeconds: decision.retryAfterSeconds },
            },
          ],
        });
    } catch (error) {
      next(error);
    }
  };
}
