/** One message as the sink received it; the JSON shape of `GET /api/messages`. */
export interface SunkMessage {
  /** The sink's own id (the `/messages/:id` page), not the Message-ID header. */
  id: string;
  /** The Message-ID header, angle brackets included; null when the sender set none. */
  messageId: string | null;
  /** The From header as text, e.g. `ELYSIUM <hello@elysium.london>`. */
  from: string;
  /** Envelope recipients (RCPT TO), Bcc included: where the message was actually delivered. */
  to: string[];
  subject: string;
  text: string | null;
  html: string | null;
  /** The Date header (ISO 8601), or the time of receipt when the sender set none. */
  date: string;
  receivedAt: string;
}

/** The last `capacity` messages, newest first; older ones fall off the end. */
export class MessageStore {
  private messages: SunkMessage[] = [];
  private sequence = 0;

  constructor(private readonly capacity: number) {}

  add(message: Omit<SunkMessage, 'id'>): SunkMessage {
    const stored = { id: String(++this.sequence), ...message };
    this.messages.unshift(stored);
    if (this.messages.length > this.capacity) this.messages.length = this.capacity;
    return stored;
  }

  /** Newest first; with `to`, only messages delivered to that address (case-insensitive). */
  list(to?: string): SunkMessage[] {
    return to === undefined ? [...this.messages] : this.messages.filter((m) => deliveredTo(m, to));
  }

  get(id: string): SunkMessage | undefined {
    return this.messages.find((m) => m.id === id);
  }

  /** Removes every message, or only those delivered to `to`; returns how many went. */
  clear(to?: string): number {
    const before = this.messages.length;
    this.messages = to === undefined ? [] : this.messages.filter((m) => !deliveredTo(m, to));
    return before - this.messages.length;
  }

  get size(): number {
    return this.messages.length;
  }
}

function deliveredTo(message: SunkMessage, address: string): boolean {
  const wanted = address.trim().toLowerCase();
  return message.to.some((to) => to.toLowerCase() === wanted);
}
