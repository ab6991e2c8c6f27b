import type { Sale } from '@kassa/api';
import { textWidth } from '@kassa/core';
import { describeEachDialect } from '@kassa/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DRAWER_KICK } from '../receipts/escpos-encoder';
import { expectRefused } from '../testing/expect-refused';
import { type FakePrinter, startFakePrinter } from '../testing/fake-printer';
import { pairTestDevice, pinSignInOn } from '../testing/paired-device';
import { jobContains, jobLines, jobText } from '../testing/printed-job';
import { FLOAT_COUNT, shiftApi } from '../testing/shift-api';
import { CASHIER_PIN, createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('printing shift and Z reports, and receipts for printers on the register', (getDb) => {
  let f: Fixture;
  let printer: FakePrinter;
  let sale: Sale;
  beforeAll(async () => {
    f = await createFixture(getDb());
    printer = await startFakePrinter();
    sale = (await (
      await f.request('POST', '/api/v1/sales', { token: f.tokens.cashier, body: f.saleBody() })
    ).json()) as Sale;
  });
  afterAll(() => printer.close());
  const printReport = (path: string, token = f.tokens.manager) =>
    f.request('POST', path, { token, body: { registerId: f.registerId } });

  it('prints an X report on the register printer with the figures of the screen', async () => {
    await expectRefused(f.ctx.db, {
      name: 'no printer',
      send: () => printReport(`/api/v1/shifts/${f.shiftId}/report/print`),
      status: 409,
      code: 'printer_not_configured',
    });
    await expectRefused(f.ctx.db, {
      name: 'a cashier (no shift.report)',
      send: () => printReport(`/api/v1/shifts/${f.shiftId}/report/print`, f.tokens.cashier),
      status: 403,
      code: 'forbidden',
    });
    await expectRefused(f.ctx.db, {
      name: 'an unknown shift',
      send: () => printReport(`/api/v1/shifts/${f.id()}/report/print`),
      status: 404,
      code: 'shift_not_found',
    });
    const set = await f.request('PATCH', `/api/v1/registers/${f.registerId}/printer`, {
      token: f.tokens.manager,
      body: { printer: { kind: 'network', host: '127.0.0.1', port: printer.port, paper: '58' } },
    });
    expect(set.status).toBe(200);
    const report = await shiftApi(f).report(f.shiftId);
    const printed = await printReport(`/api/v1/shifts/${f.shiftId}/report/print`);
    expect(printed.status).toBe(200);
    await printer.waitForJobs(1);
    const job = printer.jobs[0] as Buffer;
    const lines = jobLines(job);
    expect(lines.some((line) => line.trim() === f.store.name)).toBe(true);
    expect(lines.some((line) => line.includes('X 报表'))).toBe(true);
    const expected = (report.summary.expectedCash / 100).toFixed(2);
    expect(lines.find((line) => line.startsWith('应有现金'))?.endsWith(expected)).toBe(true);
    expect(
      lines.find((line) => line.startsWith('销售笔数'))?.endsWith(String(report.summary.sales.count)),
    ).toBe(true);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(32);
    // Counting the drawer is the cashier's job: a report never opens it.
    expect(jobContains(job, DRAWER_KICK)).toBe(false);
  });

  it('answers a report as ESC/POS bytes for a printer on the register, in the language asked', async () => {
    const response = await f.request('GET', `/api/v1/shifts/${f.shiftId}/report/escpos?width=80&lang=en`, {
      token: f.tokens.accountant,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    const lines = jobLines(new Uint8Array(await response.arrayBuffer()));
    expect(lines.some((line) => line.includes('X REPORT'))).toBe(true);
    expect(lines.some((line) => line.startsWith('Expected cash'))).toBe(true);
    expect(Math.max(...lines.map(textWidth))).toBe(48);
    await expectRefused(f.ctx.db, {
      name: 'a width no printer has',
      send: () =>
        f.request('GET', `/api/v1/shifts/${f.shiftId}/report/escpos?width=76`, { token: f.tokens.manager }),
      status: 400,
      code: 'validation_failed',
    });
  });

  it('prints the close report and the Z report after the day is done', async () => {
    const api = shiftApi(f);
    await api.close(f.shiftId, FLOAT_COUNT);
    const before = printer.jobs.length;
    // The cashier signed in on the register prints the close report they just saw, not before.
    const pin = await pinSignInOn(await pairTestDevice(f, f.registerId), f, 'cashier', CASHIER_PIN);
    const cashierAtRegister = ((await pin.json()) as { token: string }).token;
    expect((await printReport(`/api/v1/shifts/${f.shiftId}/report/print`, cashierAtRegister)).status).toBe(
      200,
    );
    await expectRefused(f.ctx.db, {
      name: "a cashier on another register, the other register's open shift",
      send: () => printReport(`/api/v1/shifts/${f.shift2Id}/report/print`, cashierAtRegister),
      status: 403,
      code: 'forbidden',
    });
    const z = await api.takeZ(f.registerId);
    expect((await printReport(`/api/v1/z-reports/${z.id}/print`)).status).toBe(200);
    await printer.waitForJobs(before + 2);
    const close = jobLines(printer.jobs[before] as Buffer);
    expect(close.some((line) => line.includes('交班单'))).toBe(true);
    expect(close.some((line) => line.startsWith('实点现金') && line.endsWith('500.00'))).toBe(true);
    const day = jobLines(printer.jobs[before + 1] as Buffer);
    expect(day.some((line) => line.includes(`Z 报表（日结） #${z.zNo}`))).toBe(true);
    expect(day.some((line) => line.startsWith('班次数') && line.endsWith('1'))).toBe(true);
    const bytes = await f.request('GET', `/api/v1/z-reports/${z.id}/escpos?width=58`, {
      token: f.tokens.manager,
    });
    expect(jobLines(new Uint8Array(await bytes.arrayBuffer()))).toEqual(day);
    await expectRefused(f.ctx.db, {
      name: 'an unknown Z report',
      send: () => printReport(`/api/v1/z-reports/${f.id()}/print`),
      status: 404,
      code: 'z_report_not_found',
    });
  });

  it('hands a receipt to a printer on the register: the original opens the drawer, then copies, journaled', async () => {
    const claim = () =>
      f.request('POST', `/api/v1/sales/${sale.id}/print-job`, {
        token: f.tokens.cashier,
        body: { registerId: f.registerId, width: '58' },
      });
    const first = await claim();
    expect(first.status).toBe(200);
    expect(first.headers.get('kassa-receipt-copy')).toBe('false');
    const original = new Uint8Array(await first.arrayBuffer());
    expect(jobContains(original, DRAWER_KICK)).toBe(true);
    expect(jobText(original)).toContain('可口可乐');
    const second = await claim();
    expect(second.headers.get('kassa-receipt-copy')).toBe('true');
    const copy = new Uint8Array(await second.arrayBuffer());
    expect(jobText(copy)).toContain('重印');
    expect(jobContains(copy, DRAWER_KICK)).toBe(false);
    const kinds = await f.ctx.db
      .selectFrom('journal_entries')
      .select('kind')
      .where('ref_id', '=', sale.id)
      .execute();
    expect(kinds.map((row) => row.kind)).toEqual(['sale', 'receipt_copy']);
    await expectRefused(f.ctx.db, {
      name: 'a paper width no printer has',
      send: () =>
        f.request('POST', `/api/v1/sales/${sale.id}/print-job`, {
          token: f.tokens.cashier,
          body: { registerId: f.registerId, width: '76' },
        }),
      status: 400,
      code: 'validation_failed',
    });
  });
});
