import { createEventRepository, createStaffRepository, type Schema } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAuthenticator } from '../auth/authenticator';
import { SESSION_TTL_MS } from '../auth/session-policy';
import { createFixture, type Fixture } from '../testing/test-fixture';
import { createEventFeed, type EventFeed } from './event-feed';
import { eventStream } from './event-stream';

type Received = { event: string; id: string; data: { seq?: number } };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** An SSE reader that reads only when asked, as a slow phone does. */
function sseReader(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const received: Received[] = [];
  let done = false;
  return {
    received,
    /** Reads until `until` holds or the stream ends (false) or 5 s pass (false). */
    async readUntil(until: (events: Received[]) => boolean): Promise<boolean> {
      const deadline = Date.now() + 5000;
      while (!until(received)) {
        if (done || Date.now() > deadline) return false;
        const chunk = await Promise.race([reader.read(), sleep(deadline - Date.now()).then(() => null)]);
        if (chunk === null) return false;
        if (chunk.done) {
          done = true;
          continue;
        }
        buffer += decoder.decode(chunk.value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) =>
            block
              .split('\n')
              .find((line) => line.startsWith(`${name}: `))
              ?.slice(name.length + 2);
          const data = field('data');
          if (data !== undefined)
            received.push({
              event: field('event') ?? 'message',
              id: field('id') ?? '',
              data: JSON.parse(data),
            });
        }
      }
      return true;
    },
    /** Whether the server ended the stream. */
    async ended(): Promise<boolean> {
      await this.readUntil(() => false);
      return done;
    },
    cancel: () => reader.cancel(),
  };
}

describeEachDialect('event stream (SSE) limits', (getDb) => {
  let f: Fixture;
  let feed: EventFeed;
  let app: Hono;
  beforeAll(async () => {
    f = await createFixture(getDb());
    feed = createEventFeed(f.ctx, { pollMs: 10 });
    const authenticator = createAuthenticator(f.ctx);
    app = new Hono().get('/events', async (c) => {
      const token = c.req.query('token') ?? '';
      const auth = await authenticator.resolve(token);
      if (!auth) return c.body(null, 401);
      const limits = { maxBacklog: 5, sessionCheckMs: 20 };
      return eventStream(c, { ctx: f.ctx, feed, authenticator, limits }, { auth, token });
    });
  });
  afterAll(() => feed.close());
  const follow = async (token: string) => {
    const reader = sseReader(await app.request(`/events?token=${token}`));
    expect(await reader.readUntil((got) => got.some((e) => e.event === 'ready'))).toBe(true);
    return reader;
  };
  const append = (storeId: string | null, type: string, db: Kysely<Schema> = f.ctx.db) =>
    createEventRepository(db).append({
      storeId,
      type,
      refId: null,
      payload: {},
      createdAt: f.ctx.clock(),
    });

  it('a phone that stops reading gets reset past what it missed, instead of a growing backlog', async () => {
    const phone = await follow(f.tokens.owner);
    // Forty at once, in one transaction: the feed hands them over in one go.
    const last = await f.ctx.db.transaction().execute(async (trx) => {
      let seq = 0;
      for (let i = 0; i < 40; i++) seq = await append(f.store.id, 'cash.moved', trx);
      return seq;
    });
    // Long enough for the feed to hand every event over while the phone reads nothing.
    await sleep(300);
    expect(await phone.readUntil((got) => got.some((e) => Number(e.id) >= last))).toBe(true);
    const reset = phone.received.find((e) => e.event === 'reset');
    expect(reset?.data.seq).toBe(last);
    // A write or two was under way when it stalled; the rest was dropped.
    expect(phone.received.filter((e) => e.event === 'cash.moved').length).toBeLessThan(10);
    // It follows on from there.
    const next = await append(f.store.id, 'cash.moved');
    expect(await phone.readUntil((got) => got.some((e) => Number(e.id) === next))).toBe(true);
    await phone.cancel();
  });

  it('a user taken off a store stops getting its events at the next check', async () => {
    const phone = await follow(f.tokens.manager);
    await createStaffRepository(f.ctx.db).setStores(f.staffIds.manager, []);
    await sleep(100);
    await append(f.store.id, 'cash.moved');
    const marker = await append(null, 'store.created');
    expect(await phone.readUntil((got) => got.some((e) => Number(e.id) === marker))).toBe(true);
    expect(phone.received.map((e) => e.event)).toEqual(['ready', 'store.created']);
    await phone.cancel();
  });
  it('an open stream does not keep its session alive, and ends with it', async () => {
    const session = () =>
      f.ctx.db
        .selectFrom('sessions')
        .select('expires_at')
        .where('staff_id', '=', f.staffIds.accountant)
        .execute();
    const phone = await follow(f.tokens.accountant);
    const before = await session();
    // Past the minute after which a use slides the expiry; the checks every 20 ms must not.
    f.tick(2 * 60 * 1000);
    await sleep(100);
    expect(await session()).toEqual(before);
    f.tick(SESSION_TTL_MS);
    expect(await phone.ended()).toBe(true);
  });
});
