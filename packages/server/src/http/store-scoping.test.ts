import type { JournalVerification, Sale, SaleSummary } from '@kassa/api';
import { uuidV7 } from '@kassa/core';
import { createRegisterRepository, createStoreRepository } from '@kassa/db';
import { describeEachDialect } from '@kassa/db/testing';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { addStore } from '../testing/add-store';
import { createFixture, type Fixture, T0 } from '../testing/test-fixture';

type ErrorAnswer = { error: { code: string } };

describeEachDialect('stores, scoping, stock, sales and the journal', (getDb) => {
  let f: Fixture;
  let otherStoreId: string;
  let otherRegisterId: string;
  let otherShiftId: string;
  let sale: Sale;
  beforeAll(async () => {
    f = await createFixture(getDb());
    const other = await addStore(f, 'S02', '二号店');
    otherStoreId = other.id;
    otherRegisterId = (
      await createRegisterRepository(f.ctx.db).create({
        id: uuidV7(T0, f.ctx.random(10)),
        storeId: other.id,
        code: '01',
        name: 'R1',
        active: true,
        createdAt: T0,
      })
    ).id;
    const opened = await f.request('POST', '/api/v1/shifts', {
      token: f.tokens.owner,
      body: { id: f.id(), registerId: otherRegisterId, openedAt: T0, openingCount: [] },
    });
    otherShiftId = ((await opened.json()) as { id: string }).id;
    sale = (await (
      await f.request('POST', '/api/v1/sales', { token: f.tokens.owner, body: f.saleBody() })
    ).json()) as Sale;
  });
  const get = (token: string, path: string) => f.request('GET', path, { token });

  it('shows the owner every store and others only their own', async () => {
    const codes = async (token: string) =>
      ((await (await get(token, '/api/v1/stores')).json()) as { items: { code: string }[] }).items.map(
        (s) => s.code,
      );
    expect(await codes(f.tokens.owner)).toEqual(['S01', 'S02']);
    expect(await codes(f.tokens.manager)).toEqual(['S01']);
  });

  it('answers 404 for a store the user may not see, on every store route', async () => {
    for (const path of ['registers', 'catalog', 'stock', 'journal/verify']) {
      const response = await get(f.tokens.manager, `/api/v1/stores/${otherStoreId}/${path}`);
      expect([path, ((await response.json()) as ErrorAnswer).error.code]).toEqual([path, 'store_not_found']);
    }
    expect((await get(f.tokens.owner, `/api/v1/stores/${otherStoreId}/registers`)).status).toBe(200);
  });

  it("does not let a manager sell at another store's register", async () => {
    const response = await f.request('POST', '/api/v1/sales', {
      token: f.tokens.manager,
      body: f.saleBody({ registerId: otherRegisterId, shiftId: otherShiftId }),
    });
    expect(((await response.json()) as ErrorAnswer).error.code).toBe('register_not_found');
  });

  it('lists registers, stock on hand and sales', async () => {
    const registers = (await (
      await get(f.tokens.cashier, `/api/v1/stores/${f.store.id}/registers`)
    ).json()) as {
      items: { code: string }[];
    };
    expect(registers.items.map((r) => r.code)).toEqual(['01', '02']);
    const stock = (await (
      await get(f.tokens.accountant, `/api/v1/stores/${f.store.id}/stock?productId=${f.products.cola}`)
    ).json()) as { items: { productId: string; onHand: number }[] };
    expect(stock.items).toEqual([
      {
        productId: f.products.cola,
        onHand: -2000,
        salesFloorOnHand: -2000,
        reorderPoint: null,
        locations: [{ locationId: f.store.salesFloorId, onHand: -2000 }],
      },
    ]);
    const sales = (await (await get(f.tokens.accountant, `/api/v1/sales?storeId=${f.store.id}`)).json()) as {
      items: SaleSummary[];
    };
    expect(sales.items.map((s) => s.receiptNo)).toEqual([sale.receiptNo]);
    const hidden = await get(f.tokens.manager, `/api/v1/sales?storeId=${otherStoreId}`);
    expect(((await hidden.json()) as ErrorAnswer).error.code).toBe('store_not_found');
  });

  it('verifies the journal and names the first tampered entry', async () => {
    const verify = async () =>
      (await (
        await get(f.tokens.accountant, `/api/v1/stores/${f.store.id}/journal/verify`)
      ).json()) as JournalVerification;
    expect(await verify()).toMatchObject({ ok: true, count: 1, brokenAt: null, reason: null });
    await f.request('POST', '/api/v1/sales', { token: f.tokens.owner, body: f.saleBody() });
    await sql`update journal_entries set payload = replace(payload, '"total":2005', '"total":1') where seq = 1`.execute(
      f.ctx.db,
    );
    expect(await verify()).toMatchObject({ ok: false, count: 2, brokenAt: 1, reason: 'hash_mismatch' });
  });

  it('notices when the newest journal entries are deleted', async () => {
    const other = await createStoreRepository(f.ctx.db).get(otherStoreId);
    expect(other?.journalSeq).toBe(0);
    const posted = await f.request('POST', '/api/v1/sales', {
      token: f.tokens.owner,
      body: f.saleBody({ registerId: otherRegisterId, shiftId: otherShiftId }),
    });
    expect(posted.status).toBe(201);
    await sql`delete from journal_entries where store_id = ${otherStoreId}`.execute(f.ctx.db);
    const result = (await (
      await get(f.tokens.owner, `/api/v1/stores/${otherStoreId}/journal/verify`)
    ).json()) as JournalVerification;
    expect(result).toMatchObject({ ok: false, count: 0, brokenAt: 1, reason: 'seq_gap' });
  });
});
