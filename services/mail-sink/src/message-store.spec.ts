import { MessageStore, type SunkMessage } from './message-store';

const message = (to: string[], subject: string): Omit<SunkMessage, 'id'> => ({
  messageId: null,
  from: 'ELYSIUM <hello@elysium.test>',
  to,
  subject,
  text: subject,
  html: null,
  date: '2026-01-01T00:00:00.000Z',
  receivedAt: '2026-01-01T00:00:00.000Z',
});

describe('MessageStore', () => {
  it('keeps the newest messages up to its capacity, newest first', () => {
    // given a store for two
    const store = new MessageStore(2);
    // when three arrive
    const first = store.add(message(['a@example.com'], 'one'));
    store.add(message(['a@example.com'], 'two'));
    store.add(message(['a@example.com'], 'three'));
    // then the oldest fell off
    expect(store.list().map((m) => m.subject)).toEqual(['three', 'two']);
    expect(store.get(first.id)).toBeUndefined();
    expect(store.size).toBe(2);
  });

  it('gives every message its own id', () => {
    const store = new MessageStore(10);
    const ids = [store.add(message(['a@example.com'], 'x')).id, store.add(message(['a@example.com'], 'x')).id];
    expect(new Set(ids).size).toBe(2);
    expect(store.get(ids[1])?.id).toBe(ids[1]);
  });

  it('filters and clears by recipient, case-insensitively', () => {
    const store = new MessageStore(10);
    store.add(message(['Ann@Example.com', 'bob@example.com'], 'both'));
    store.add(message(['bob@example.com'], 'bob only'));
    expect(store.list('ann@example.com').map((m) => m.subject)).toEqual(['both']);
    expect(store.list('BOB@example.com').map((m) => m.subject)).toEqual(['bob only', 'both']);
    expect(store.clear('ann@example.com')).toBe(1);
    expect(store.list().map((m) => m.subject)).toEqual(['bob only']);
    expect(store.clear()).toBe(1);
    expect(store.list()).toEqual([]);
  });
});
