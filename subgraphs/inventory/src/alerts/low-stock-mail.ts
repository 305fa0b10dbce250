import { z } from 'zod';
import { elysiumMailLayout, renderMail, rows, type EventHandler, type Mailer, type MailTemplate } from '@elysium/subgraph-kit';

const LOW_STOCK_MAIL: MailTemplate & { preheader: string } = {
  subject: 'Low stock: {{item}} at {{location}}',
  preheader: '{{available}} available, threshold {{threshold}}',
  text: '{{item}} at {{location}} has {{available}} available (on hand {{onHand}}, held for checkouts {{reserved}}); its threshold is {{threshold}}.\n\nRaised {{raisedAt}}. This alert stays open until a restock lifts it above the threshold.\n\nELYSIUM inventory',
  html: '<p><strong>{{item}}</strong> at {{location}} has <strong>{{available}}</strong> available (on hand {{onHand}}, held for checkouts {{reserved}}); its threshold is {{threshold}}.</p><p>Raised {{raisedAt}}. This alert stays open until a restock lifts it above the threshold.</p><p>ELYSIUM inventory</p>',
};

const command = z.object({ alertId: z.string().uuid() });

/**
 * The consumer of `inventory.low-stock-mail`: one mail per alert, written from the alert and the
 * count as they are now. The Message-ID comes from the job, so a repeated delivery is recognisable.
 */
export function lowStockMailHandler(deps: { mailer: Mailer; to: string }): EventHandler {
  return {
    queue: 'inventory.low-stock-mail',
    handle: async (message, tx) => {
      const { alertId } = command.parse(message.data);
      const [alert] = await rows<{
        sku: string | null;
        product_id: string;
        location: string;
        available: number;
        threshold: number;
        on_hand: number;
        reserved: number;
        raised_at: Date;
      }>(
        tx.manager,
        `SELECT l.sku, l.product_id, loc.name AS location, a.available, a.threshold, l.on_hand, l.reserved, a.raised_at
           FROM low_stock_alert a JOIN stock_level l ON l.id = a.level_id JOIN stock_location loc ON loc.id = l.location_id
          WHERE a.id = $1`,
        [alertId],
      );
      if (!alert) return;
      const mail = renderMail(LOW_STOCK_MAIL, {
        item: alert.sku ?? alert.product_id,
        location: alert.location,
        available: alert.available,
        threshold: alert.threshold,
        onHand: alert.on_hand,
        reserved: alert.reserved,
        raisedAt: alert.raised_at.toISOString(),
      });
      const preheader = renderMail(
        { subject: LOW_STOCK_MAIL.preheader, text: '', html: '' },
        { available: alert.available, threshold: alert.threshold },
      );
      await deps.mailer.send({
        to: deps.to,
        subject: mail.subject,
        text: mail.text,
        html: elysiumMailLayout(mail.html, { title: mail.subject, preheader: preheader.subject }),
        messageId: deps.mailer.messageIdFor(message.id),
      });
    },
  };
}
