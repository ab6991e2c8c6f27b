import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { ownerView, pieceProduct } from './owner-api';
import { openRegister, registerCodeFor, scan } from './register-helpers';

/** ESC p 0 25 250: the cash drawer pulse. */
const DRAWER_KICK = Buffer.from([0x1b, 0x70, 0, 25, 250]);

/**
 * A register with a network receipt printer (raw TCP, like port 9100): F8 prints the receipt on it,
 * in Chinese, opening the drawer for cash; F8 again prints a copy marked as such.
 */
test('receipts print on the register’s network printer, and a reprint is a marked copy', async ({
  page,
}, testInfo) => {
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
    await new Promise<void>((resolve) => printer.close(() => resolve()));
  }
});
