import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Sale } from '@kassa/api';
import { describeEachDialect } from '@kassa/db/testing';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DRAWER_KICK } from '../receipts/escpos-encoder';
import { expectRefused } from '../testing/expect-refused';
import { type FakePrinter, startFakePrinter } from '../testing/fake-printer';
import { jobContains, jobText } from '../testing/printed-job';
import { createFixture, type Fixture } from '../testing/test-fixture';

describeEachDialect('printing receipts on network and USB printers', (getDb) => {
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
  const setPrinter = (body: unknown, token = f.tokens.manager) =>
    f.request('PATCH', `/api/v1/registers/${f.registerId}/printer`, { token, body });
  const print = () =>
    f.request('POST', `/api/v1/sales/${sale.id}/print`, {
      token: f.tokens.cashier,
      body: { registerId: f.registerId },
    });
  const journalKinds = async () =>
    (await f.ctx.db.selectFrom('journal_entries').select('kind').where('ref_id', '=', sale.id).execute()).map(
      (row) => row.kind,
    );

  it('without a printer the register prints from the browser; a cashier cannot set one', async () => {
    await expectRefused(f.ctx.db, {
      name: 'no printer',
      send: () => print(),
      status: 409,
      code: 'printer_not_configured',
    });
    await expectRefused(f.ctx.db, {
      name: 'a cashier',
      send: () => setPrinter({ printer: { kind: 'network', host: '127.0.0.1' } }, f.tokens.cashier),
      status: 403,
      code: 'forbidden',
    });
    // Kassa appends bytes to the device: never a file, nor one of its own open files (/dev/fd/N).
    for (const path of [
      '/etc/passwd',
      '/dev/../var/lib/kassa/kassa.db',
      '/dev/./lp0',
      '/dev/',
      '/dev/fd/3',
      '/dev/shm/x',
    ]) {
      await expectRefused(f.ctx.db, {
        name: `the device ${path}`,
        send: () => setPrinter({ printer: { kind: 'device', path } }),
        status: 400,
        code: 'validation_failed',
      });
    }
  });

  it('refuses a printer on a link-local or cloud metadata address', async () => {
    for (const host of ['169.254.169.254', 'metadata.google.internal', '[fe80::1]']) {
      await expectRefused(f.ctx.db, {
        name: `the host ${host}`,
        send: () => setPrinter({ printer: { kind: 'network', host } }),
        status: 400,
        code: 'validation_failed',
      });
    }
  });

  it('prints the receipt in Chinese with its number as a barcode, opening the drawer for cash', async () => {
    const set = await setPrinter({
      printer: { kind: 'network', host: '127.0.0.1', port: printer.port, paper: '58' },
    });
    expect(set.status).toBe(200);
    expect((await set.json()) as { printer: unknown }).toMatchObject({
      printer: { kind: 'network', paper: '58' },
    });
    expect((await print()).status).toBe(200);
    await printer.waitForJobs(1);
    const job = printer.jobs[0] as Buffer;
    expect(jobContains(job, DRAWER_KICK)).toBe(true);
    expect(jobContains(job, iconv.encode(f.store.name, 'gb18030'))).toBe(true);
    expect(jobText(job)).toContain('可口可乐');
    // GS k 73: a CODE128 barcode carrying the receipt number.
    expect(jobContains(job, [0x1d, 0x6b, 73])).toBe(true);
    expect(job.toString('latin1')).toContain(sale.receiptNo);
    expect(await journalKinds()).toEqual(['sale']);
  });

  it('a reprint says COPY on the paper, keeps the drawer shut and is journaled', async () => {
    const again = await print();
    expect(await again.json()).toMatchObject({ printed: true, copy: true });
    await printer.waitForJobs(2);
    const job = printer.jobs[1] as Buffer;
    expect(jobText(job)).toContain('重印');
    expect(jobContains(job, DRAWER_KICK)).toBe(false);
    expect(await journalKinds()).toEqual(['sale', 'receipt_copy']);
  });

  it('a no-sale opens the drawer through the printer', async () => {
    const before = printer.jobs.length;
    const opened = await f.request('POST', `/api/v1/shifts/${f.shiftId}/no-sale`, {
      token: f.tokens.manager,
      body: { id: f.id(), at: f.ctx.clock() },
    });
    expect(opened.status).toBe(201);
    await printer.waitForJobs(before + 1);
    expect(jobContains(printer.jobs[before] as Buffer, DRAWER_KICK)).toBe(true);
  });

  it('prints to a device file (a USB printer), and reports a printer that does not answer', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kassa-lp-'));
    try {
      // A USB printer is a character device under /dev; a spool file stands in for it here.
      const path = join(dir, 'lp0');
      await writeFile(path, ''); // the device exists; Kassa never creates one
      await f.ctx.db
        .updateTable('registers')
        .set({ printer_json: JSON.stringify({ kind: 'device', path, paper: '80' }) })
        .where('id', '=', f.registerId)
        .execute();
      expect((await print()).status).toBe(200);
      expect(jobText(await readFile(path))).toContain('可口可乐');
      await rm(path);
      // A device that is not there is a printer that does not answer, not a new file.
      await expectRefused(f.ctx.db, {
        name: 'a missing device',
        send: () => print(),
        status: 503,
        code: 'printer_unreachable',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const closed = await startFakePrinter();
    const port = closed.port;
    await closed.close();
    await setPrinter({ printer: { kind: 'network', host: '127.0.0.1', port } });
    await expectRefused(f.ctx.db, {
      name: 'a dead printer',
      send: () => print(),
      status: 503,
      code: 'printer_unreachable',
    });
    // The USB print was the third: a copy, journaled; the failed ones left nothing.
    expect(await journalKinds()).toEqual(['sale', 'receipt_copy', 'receipt_copy']);
  });
});
