import type { DiscountApproval, Sale } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { expectRefused } from '../testing/expect-refused';
import { createFixture, type Fixture, PASSWORDS } from '../testing/test-fixture';

const MANAGER_PIN = '8642';

describeEachDialect('discounts beyond the limit, approved by a manager', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
    // The fixture's manager signs in with a password; give them a PIN for approvals.
    const { hashSecret } = await import('../auth/secret-hash');
    await f.ctx.db
      .updateTable('staff')
      .set({ pin_hash: await hashSecret(MANAGER_PIN) })
      .where('id', '=', f.staffIds.manager)
      .execute();
    expect(PASSWORDS.manager).toBeTruthy();
  });
  // 3 lines totalling 20.05; a 20% discount on the sale is 4.01 → 16.04.
  const discounted = () =>
    f.saleBody({
      discount: { kind: 'percent', basisPoints: 2000 },
      tenders: [{ kind: 'cash', amount: 2000 }],
      expectedTotal: 1604,
    });
  const sell = (body: unknown, token = f.tokens.cashier) =>
    f.request('POST', '/api/v1/sales', { token, body });
  // An approval is for one discount of one ticket: the sale discount (`ticket`) unless told.
  const approve = (body: Record<string, unknown> & { ticketId: string }) =>
    f.request('POST', '/api/v1/discount-approvals', {
      token: f.tokens.cashier,
      body: {
        registerId: f.registerId,
        username: 'manager',
        pin: MANAGER_PIN,
        basisPoints: 2000,
        target: 'ticket',
        ...body,
      },
    });

  it('tells the cashier their limit, and refuses a discount beyond it without an approval', async () => {
    const me = await (await f.request('GET', '/api/v1/auth/me', { token: f.tokens.cashier })).json();
    expect(me).toMatchObject({ discountLimitBp: 1000 });
    await expectRefused(f.ctx.db, {
      name: '20% by a cashier',
      send: () => sell(discounted()),
      status: 403,
      code: 'discount_over_limit',
    });
    // Within the limit (10%) the cashier needs nobody.
    const within = await sell(
      f.saleBody({
        discount: { kind: 'percent', basisPoints: 1000 },
        tenders: [{ kind: 'cash', amount: 2000 }],
        expectedTotal: 1804,
      }),
    );
    expect(within.status).toBe(201);
  });

  it('a manager’s PIN approves it once, for that sale only; the approval is audited', async () => {
    const ticket = discounted();
    const granted = await approve({ ticketId: ticket.id });
    expect(granted.status).toBe(201);
    const approval = (await granted.json()) as DiscountApproval;
    expect(approval).toMatchObject({ approvedBy: f.staffIds.manager, basisPoints: 2000 });
    const body = { ...ticket, discountApprovalId: approval.id };
    const sold = await sell(body);
    expect(sold.status).toBe(201);
    expect(((await sold.json()) as Sale).total).toBe(1604);
    // The same sale posted again is the same sale; another sale cannot reuse the approval.
    expect((await sell(body)).status).toBe(200);
    await expectRefused(f.ctx.db, {
      name: 'a reused approval',
      send: () => sell({ ...discounted(), discountApprovalId: approval.id }),
      status: 409,
      code: 'approval_invalid',
    });
    const audit = await f.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'staff_id'])
      .where('target_id', '=', approval.id)
      .execute();
    expect(audit).toEqual([{ action: 'discount.approved', staff_id: f.staffIds.manager }]);
  });

  it('an approval covers no more than it says, and a wrong PIN approves nothing', async () => {
    const ticket = discounted();
    const small = (await (
      await approve({ ticketId: ticket.id, basisPoints: 1500 })
    ).json()) as DiscountApproval;
    await expectRefused(f.ctx.db, {
      name: 'an approval of 15% for 20%',
      send: () => sell({ ...ticket, discountApprovalId: small.id }),
      status: 409,
      code: 'approval_invalid',
    });
    await expectRefused(f.ctx.db, {
      name: 'a wrong PIN',
      send: () => approve({ ticketId: f.id(), pin: '0000' }),
      status: 401,
      code: 'invalid_pin',
    });
    await expectRefused(f.ctx.db, {
      name: 'a random approval id',
      send: () => sell({ ...discounted(), discountApprovalId: f.id() }),
      status: 409,
      code: 'approval_invalid',
    });
  });

  it('discounts each within the limit cannot stack beyond it without an approval', async () => {
    // Bread 10% off its line (8.50 → 7.65), then 10% off the sale: 19.20 → 17.28, 13.8% off in all.
    const stacked = () => {
      const body = f.saleBody({
        discount: { kind: 'percent', basisPoints: 1000 },
        tenders: [{ kind: 'cash', amount: 2000 }],
        expectedTotal: 1728,
      });
      return {
        ...body,
        lines: body.lines.map((line, i) =>
          i === 2 ? { ...line, discount: { kind: 'percent' as const, basisPoints: 1000 } } : line,
        ),
      };
    };
    await expectRefused(f.ctx.db, {
      name: '10% + 10%',
      send: () => sell(stacked()),
      status: 403,
      code: 'discount_over_limit',
    });
    const ticket = stacked();
    const approval = (await (
      await approve({ ticketId: ticket.id, basisPoints: 1400 })
    ).json()) as DiscountApproval;
    // Bound to its ticket and its discount: not usable for a line of the same ticket.
    const onALine = {
      ...ticket,
      lines: ticket.lines.map((l, i) => (i === 2 ? { ...l, approvalId: approval.id } : l)),
    };
    await expectRefused(f.ctx.db, {
      name: 'a sale-discount approval on a line',
      send: () => sell(onALine),
      status: 403,
      code: 'discount_over_limit',
    });
    expect((await sell({ ...ticket, discountApprovalId: approval.id })).status).toBe(201);
  });

  it('a cashier cannot approve, and a manager cannot approve beyond their own limit', async () => {
    const { hashSecret } = await import('../auth/secret-hash');
    await f.ctx.db
      .updateTable('staff')
      .set({ pin_hash: await hashSecret('1357') })
      .where('id', '=', f.staffIds.cashier)
      .execute();
    await expectRefused(f.ctx.db, {
      name: 'a cashier approving',
      send: () => approve({ ticketId: f.id(), username: 'cashier', pin: '1357' }),
      status: 403,
      code: 'approver_not_allowed',
    });
    await expectRefused(f.ctx.db, {
      name: '60% by a manager (limit 50%)',
      send: () => approve({ ticketId: f.id(), basisPoints: 6000 }),
      status: 403,
      code: 'approver_not_allowed',
    });
  });
});

describeEachDialect('price overrides (改价) count against the discount limit', (getDb) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await createFixture(getDb());
    const { hashSecret } = await import('../auth/secret-hash');
    await f.ctx.db
      .updateTable('staff')
      .set({ pin_hash: await hashSecret(MANAGER_PIN) })
      .where('id', '=', f.staffIds.manager)
      .execute();
  });
  // Two colas at 3.50, charged 3.00 each: 1.00 off 7.00 is 14.29%, beyond a cashier's 10%.
  const overridden = (overridePrice: number) =>
    f.saleBody({
      lines: [{ id: f.id(), productId: f.products.cola, quantity: 2000, unitPrice: 350, overridePrice }],
      tenders: [{ kind: 'cash', amount: 1000 }],
      expectedTotal: 2 * overridePrice,
    });
  const sell = (body: unknown) => f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body });

  it('a lower price beyond the limit needs an approval, and the sale keeps the catalogue price', async () => {
    await expectRefused(f.ctx.db, {
      name: 'an unapproved override',
      send: () => sell(overridden(300)),
      status: 403,
      code: 'discount_over_limit',
    });
    const ticket = overridden(300);
    const line = ticket.lines[0];
    if (!line) throw new Error('no line');
    const granted = await f.request('POST', '/api/v1/discount-approvals', {
      token: f.tokens.cashier,
      body: {
        registerId: f.registerId,
        username: 'manager',
        pin: MANAGER_PIN,
        basisPoints: 1429,
        ticketId: ticket.id,
        target: line.id,
      },
    });
    const approval = (await granted.json()) as DiscountApproval;
    const sold = await sell({ ...ticket, lines: [{ ...line, approvalId: approval.id }] });
    expect(sold.status).toBe(201);
    const sale = (await sold.json()) as Sale;
    expect(sale.lines[0]).toMatchObject({ unitPrice: 300, listPrice: 350, gross: 600 });
    expect(sale.total).toBe(600);
  });

  it('a higher price, or a small cut, needs nobody', async () => {
    const higher = await sell(overridden(400));
    expect(higher.status).toBe(201);
    expect(((await higher.json()) as Sale).lines[0]).toMatchObject({ unitPrice: 400, listPrice: 350 });
    expect((await sell(overridden(320))).status).toBe(201); // 8.6% off
  });

  it('a price label cannot be overridden: its amount is the label’s', async () => {
    await f.ctx.db
      .updateTable('stores')
      .set({
        scale_barcode_templates: JSON.stringify([
          { prefix: '22', pluLength: 5, valueLength: 5, kind: 'price' },
        ]),
      })
      .where('id', '=', f.store.id)
      .execute();
    f.tick(5_000); // past the server's one-second cache of store settings
    const label = `22000420${'1234'}`; // PLU 42 (apples), ¥12.34, check digit below
    const { gtinCheckDigit } = await import('@kassa/core');
    const code = `${label}${gtinCheckDigit(label)}`;
    await expectRefused(f.ctx.db, {
      name: 'overriding a price label',
      send: () =>
        sell(
          f.saleBody({
            lines: [
              {
                id: f.id(),
                productId: f.products.apple,
                quantity: 1000,
                unitPrice: 1299,
                barcode: code,
                overridePrice: 1,
              },
            ],
            tenders: [{ kind: 'cash', amount: 2000 }],
            expectedTotal: 1234,
          }),
        ),
      status: 400,
      code: 'validation_failed',
      path: 'lines.0.overridePrice',
    });
  });
});
