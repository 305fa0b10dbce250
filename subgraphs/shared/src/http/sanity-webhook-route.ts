import express, { type Express } from 'express';
import type { Logger } from '../logger';
import { isValidWebhookSignature, SANITY_SIGNATURE_HEADER } from '../sanity-webhook';

/**
 * POST /webhooks/sanity: on any content change, drop the cached answers (after checking the
 * signature). The catalog drops its GROQ cache; the gateway its cached anonymous responses.
 */
export function sanityWebhookRoute(options: { secret: string; log: Logger; onChange: (ids: string[]) => void }) {
  return (app: Express) => {
    app.post('/webhooks/sanity', express.text({ type: '*/*', limit: '1mb' }), (req, res) => {
      const body = typeof req.body === 'string' ? req.body : '';
      if (!isValidWebhookSignature(body, req.header(SANITY_SIGNATURE_HEADER), options.secret)) {
        options.log.warn('Sanity webhook with a bad signature refused');
        res.status(401).json({ error: 'invalid signature' });
        return;
      }
      let ids: string[] = [];
      try {
        const payload = JSON.parse(body) as { ids?: { all?: string[] }; _id?: string };
        ids = payload.ids?.all ?? (payload._id ? [payload._id] : []);
      } catch {
        // A change we cannot read still means the content changed.
      }
      options.onChange(ids);
      res.json({ ok: true });
    });
  };
}
