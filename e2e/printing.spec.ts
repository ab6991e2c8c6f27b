import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { ownerView, pieceProduct } from './owner-api';
import { enrolAsOwner, openRegister, pinSignIn, registerCodeFor, scan } from './register-helpers';

/** ESC p 0 25 250: the cash drawer pulse. */
const DRAWER_KICK = Buffer.from([0x1b, 0x70, 0, 25, 250]);

/** A network receipt printer (raw TCP, like port 9100) on a free port that keeps each job's bytes. */
async function startPrinter(): Promise<{ port: number; jobs: Buffer[]; close: () => Promise<void> }> {
  const jobs: Buffer[] = [];
  const printer = createServer((socket) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => {
      jobs.push(Buffer.concat(chunks));
      socket.end();
    });
  });
  await new Promise<void>((resolve) => printer.listen(0, '127.0.0.1', resolve));
  const address = printer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, jobs, close: () => new Promise<void>((resolve) => printer.close(() => resolve())) };
}

/**
 * A register with a network receipt printer (raw TCP, like port 9100): F8 prints the receipt on it,
 * in Chinese, opening the drawer for cash; F8 again prints a copy marked as such.
 */
test('receipts print on the register’s network printer, and a reprint is a marked copy', async ({
  page,
}, testInfo) => {
  const { port, jobs, close } = await startPrinter();
  const view = await ownerView();
  const { store, catalog, registers, api } = view;
  const register = registers.find((r) => r.code === registerCodeFor(testInfo));
  if (!register) throw new Error('no register');
  const product = pieceProduct(catalog, 17);
  await api.call('setRegisterPrinter', {
    params: { registerId: register.id },
    body: { printer: { kind: 'network', host: '127.0.0.1', port, paper: '80' } },
  });
  try {
    await openRegister(page, store, register.code);
    await scan(page, product.barcodes[0]);
    await page.keyboard.press('F9');
    await page.getByTestId('pay-cash-amount-input').fill((Math.ceil(product.price / 10000) * 100).toFixed(2));
    await page.getByTestId('pay-cash-submit').click();
    await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
    const receiptNo = (await page.getByTestId('receipt-no').textContent()) ?? '';

    await page.keyboard.press('F8');
    await expect.poll(() => jobs.length).toBe(1);
    const first = jobs[0] as Buffer;
    expect(first.includes(DRAWER_KICK)).toBe(true);
    expect(iconv.decode(first, 'gb18030')).toContain(product.name);
    expect(first.toString('latin1')).toContain(receiptNo);

    await page.keyboard.press('F8');
    await expect.poll(() => jobs.length).toBe(2);
    const copy = jobs[1] as Buffer;
    expect(iconv.decode(copy, 'gb18030')).toContain('重印');
    expect(copy.includes(DRAWER_KICK)).toBe(false);
  } finally {
    await api.call('setRegisterPrinter', { params: { registerId: register.id }, body: { printer: null } });
    await close();
  }
});

/**
 * The manager sets the register's network printer in the printer settings (nothing typed into an
 * API), then prints the X report on it: the same figures as on screen, in Chinese, no drawer kick.
 */
test('a manager sets the network printer at the register and prints the X report on it', async ({
  page,
}, testInfo) => {
  const { port, jobs, close } = await startPrinter();
  const { store, registers, api } = await ownerView();
  const register = registers.find((r) => r.code === registerCodeFor(testInfo));
  if (!register) throw new Error('no register');
  try {
    await enrolAsOwner(page, store, register.code);
    await pinSignIn(page, 'manager', '1111');
    await page.getByTestId('register-printer').click();
    await page.getByTestId('printer-choice-network').check();
    await page.getByTestId('printer-save').click();
    await expect(page.getByTestId('printer-dialog')).toContainText('请填写打印机的 IP 地址或主机名');
    await page.getByTestId('printer-host').fill('127.0.0.1');
    await page.getByTestId('printer-port').fill(String(port));
    await page.getByTestId('printer-paper').selectOption('58');
    await page.getByTestId('printer-save').click();
    await expect(page.getByTestId('printer-dialog')).toBeHidden();
    const saved = (await api.call('listRegisters', { params: { storeId: store.id } })).items;
    expect(saved.find((r) => r.id === register.id)?.printer).toEqual({
      kind: 'network',
      host: '127.0.0.1',
      port,
      paper: '58',
    });

    await page.getByTestId('register-shift').click();
    await page.getByTestId('shift-x-report').click();
    const expected = (await page.getByTestId('x-report-expected').locator('td').textContent()) ?? '';
    await page.getByTestId('shift-report-print').click();
    await expect.poll(() => jobs.length).toBe(1);
    const lines = iconv.decode(jobs[0] as Buffer, 'gb18030').split('\n');
    expect(lines.some((line) => line.includes('X 报表'))).toBe(true);
    // The screen shows ¥; the paper leaves the symbol out (many printers cannot print it).
    const expectedLine = lines.find((line) => line.startsWith('应有现金')) ?? '';
    expect(expectedLine.endsWith(expected.replace('¥', ''))).toBe(true);
    expect((jobs[0] as Buffer).includes(DRAWER_KICK)).toBe(false);
    await expect(page.getByRole('status').filter({ hasText: '报表已打印' })).toBeVisible();
  } finally {
    await api.call('setRegisterPrinter', { params: { registerId: register.id }, body: { printer: null } });
    await close();
  }
});

/**
 * A receipt printer plugged into the register's computer, driven by the browser over Web Serial.
 * QUIRK(test-double): no serial device exists on the test machine and Chromium's port chooser
 * cannot be driven by Playwright, so the page gets a stand-in `navigator.serial` that keeps what is
 * written; the bytes it keeps are the real ones the server made and the register sent.
 */
test('a serial printer on this computer prints the receipt, opens the drawer, and prints copies', async ({
  page,
}, testInfo) => {
  await page.addInitScript(() => {
    const writes: number[][] = [];
    (globalThis as unknown as { serialWrites: number[][] }).serialWrites = writes;
    let writable: WritableStream<Uint8Array> | null = null;
    const port = {
      get writable() {
        return writable;
      },
      getInfo: () => ({ usbVendorId: 0x1a86, usbProductId: 0x7523 }),
      open: async () => {
        writable = new WritableStream({ write: (chunk) => void writes.push(Array.from(chunk)) });
      },
      close: async () => {
        writable = null;
      },
    };
    Object.defineProperty((globalThis as unknown as { navigator: object }).navigator, 'serial', {
      value: { requestPort: async () => port, getPorts: async () => [port] },
    });
  });
  const written = async () =>
    (await page.evaluate(() => (globalThis as unknown as { serialWrites: number[][] }).serialWrites)).map(
      (bytes) => Buffer.from(bytes),
    );
  const { store, catalog, registers } = await ownerView();
  const register = registers.find((r) => r.code === registerCodeFor(testInfo));
  if (!register) throw new Error('no register');
  const product = pieceProduct(catalog, 56);
  await enrolAsOwner(page, store, register.code);
  await pinSignIn(page, 'manager', '1111');
  await page.getByTestId('register-printer').click();
  await page.getByTestId('printer-choice-serial').check();
  await page.getByTestId('printer-baud').selectOption('19200');
  await page.getByTestId('printer-save').click();
  await expect(page.getByTestId('printer-dialog')).toBeHidden();

  await scan(page, product.barcodes[0]);
  await page.keyboard.press('F9');
  await page.getByTestId('pay-cash-amount-input').fill((Math.ceil(product.price / 10000) * 100).toFixed(2));
  await page.getByTestId('pay-cash-submit').click();
  await expect(page.getByTestId('receipt-panel')).toHaveAttribute('data-status', 'recorded');
  await page.keyboard.press('F8');
  await expect.poll(async () => (await written()).length).toBe(1);
  const [original] = await written();
  expect(original?.includes(DRAWER_KICK)).toBe(true);
  expect(iconv.decode(original as Buffer, 'gb18030')).toContain(product.name);
  await page.keyboard.press('F8');
  await expect.poll(async () => (await written()).length).toBe(2);
  const copy = (await written())[1] as Buffer;
  expect(iconv.decode(copy, 'gb18030')).toContain('重印');
  expect(copy.includes(DRAWER_KICK)).toBe(false);

  // A no-sale opens the drawer wired to this printer.
  await page.getByTestId('receipt-new-sale').click();
  await page.getByTestId('register-shift').click();
  await page.getByTestId('shift-no-sale').click();
  await expect.poll(async () => (await written()).length).toBe(3);
  expect((await written())[2]?.includes(DRAWER_KICK)).toBe(true);
});
