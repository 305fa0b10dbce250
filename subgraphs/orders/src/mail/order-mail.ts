import { z } from 'zod';
import { elysiumMailLayout, escapeHtml, Money, rows, type EventHandler, type Mailer } from '@elysium/subgraph-kit';

const command = z.object({ template: z.enum(['order-confirmation', 'order-cancelled']), orderId: z.string().uuid() });

const pounds = (pence: number, currency: string) => Money.of(pence, currency).formatted();

/**
 * The consumer of `orders.send-mail`: order mail, written from the order as it is now, to the
 * order's contact address. The Message-ID derives from the job, so a repeated delivery is the same
 * message, and the claim makes it go once.
 */
export function orderMailHandler(mailer: Mailer): EventHandler {
  return {
    queue: 'orders.send-mail',
    handle: async (message, tx) => {
      const { template, orderId } = command.parse(message.data);
      // The order with its lines, in one statement.
      const [order] = await rows<{
        number: string;
        contact_email: string | null;
        total_amount: number;
        vat_amount: number;
        currency: string;
        cancel_reason: string | null;
        lines: Array<{ title: string; quantity: number; unit_price_amount: number }>;
      }>(
        tx.manager,
        `SELECT o.number, o.contact_email, o.total_amount, o.vat_amount, o.currency, o.cancel_reason,
                coalesce((SELECT json_agg(json_build_object('title', l.title, 'quantity', l.quantity, 'unit_price_amount', l.unit_price_amount)
                                   ORDER BY l.position)
                            FROM order_line l WHERE l.order_id = o.id), '[]') AS lines
           FROM "order" o WHERE o.id = $1`,
        [orderId],
      );
      if (!order?.contact_email) return; // erased, or placed before contact addresses were kept
      const lines = order.lines;
      const list = lines.map((l) => `${l.quantity} × ${l.title}: ${pounds(l.unit_price_amount * l.quantity, order.currency)}`);
      const total = `Total ${pounds(order.total_amount, order.currency)}, of which VAT ${pounds(order.vat_amount, order.currency)}`;
      const confirmed = template === 'order-confirmation';
      const subject = confirmed ? `Your ELYSIUM order ${order.number}` : `Your ELYSIUM order ${order.number} is cancelled`;
      const opening = confirmed
        ? 'Thank you. Your payment is received and your order is confirmed.'
        : `We are sorry: your order could not be completed. ${order.cancel_reason ?? ''} Nothing is owed, and any payment is returned to your card.`;
      const text = `${opening}\n\n${list.join('\n')}\n${total}\n\nWith kind regards,\nClient Services, ELYSIUM`;
      const html = `<p>${escapeHtml(opening)}</p><ul>${list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul><p>${escapeHtml(total)}</p><p>With kind regards,<br>Client Services, ELYSIUM</p>`;
      await mailer.send({
        to: order.contact_email,
        subject,
        text,
        html: elysiumMailLayout(html, {
          title: subject,
          preheader: confirmed ? `Order ${order.number} is confirmed` : `Order ${order.number}`,
        }),
        messageId: mailer.messageIdFor(message.id),
      });
    },
  };
}
