import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContextOptions, chromium, expect, type Page, test } from '@playwright/test';
import { ean13Bars } from '../packages/core/src/ean13-bars';
import { E2E } from './e2e-env';
import { interpolate, zhCN } from './messages';
import { ownerView, pieceProduct } from './owner-api';
import { isPhone, signInWithPassword } from './register-helpers';

const WIDTH = 640;
const HEIGHT = 480;
const MODULE_PX = 4;

/**
 * A Y4M video (what Chromium's fake camera plays, looping) of an EAN-13 barcode: black bars on white
 * with the symbol's quiet zones (11 modules left, 7 right), 4 px a module, across the middle of a
 * 640 × 480 picture. Grey only: the chroma planes are neutral (128).
 */
function barcodeVideo(code: string, frames = 5): Buffer {
  const bars = ean13Bars(code);
  if (!bars.ok) throw new Error(`${code} is not an EAN-13 code`);
  const modules: boolean[] = [...Array<boolean>(11).fill(false)];
  bars.value.forEach((width, i) => {
    modules.push(...Array<boolean>(width).fill(i % 2 === 0));
  });
  modules.push(...Array<boolean>(7).fill(false));
  const left = Math.floor((WIDTH - modules.length * MODULE_PX) / 2);
  const top = Math.floor(HEIGHT * 0.25);
  const bottom = Math.floor(HEIGHT * 0.75);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 255);
  for (let y = top; y < bottom; y++) {
    modules.forEach((black, m) => {
      if (black) luma.fill(0, y * WIDTH + left + m * MODULE_PX, y * WIDTH + left + (m + 1) * MODULE_PX);
    });
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([
    Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`),
    ...Array<Buffer>(frames).fill(frame),
  ]);
}

/** Opens the camera of the page's goods field and waits until it reads frames; says which decoder. */
async function openCamera(page: Page): Promise<string> {
  await page.getByTestId('goods-camera').click();
  const scanner = page.getByTestId('camera-scanner');
  await expect(scanner).toHaveAttribute('data-status', 'scanning', { timeout: 15_000 });
  return (await scanner.getAttribute('data-reader')) ?? '';
}

/**
 * 相机扫码: a stock clerk without a scanner gun receives a delivery with the phone's camera. Chromium's
 * fake camera films a large EAN-13 barcode of a demo product; the product's line appears once with one
 * piece, as if the code had been typed, and the code held in view is not counted again. On a new
 * transfer, where a second scan would add a second piece, the quantity stays 1 too; closing the
 * panel stops the camera.
 */
test('the phone camera scans a barcode into the goods field, once while it stays in view', async ({
  baseURL,
}, testInfo) => {
  const view = await ownerView();
  const product = pieceProduct(view.catalog, isPhone(testInfo) ? 151 : 150);
  const code = product.barcodes.find((barcode) => ean13Bars(barcode).ok);
  if (!code) throw new Error(`${product.name} has no EAN-13 barcode`);

  const dir = mkdtempSync(join(tmpdir(), 'kassa-e2e-camera-'));
  const video = join(dir, 'barcode.y4m');
  writeFileSync(video, barcodeVideo(code));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  // The project's device (a phone, or a desktop screen), as the test's own page would have it.
  const { viewport, hasTouch, isMobile, deviceScaleFactor, userAgent } = testInfo.project.use;
  const device: BrowserContextOptions = {
    ...(viewport !== undefined ? { viewport } : {}),
    ...(hasTouch !== undefined ? { hasTouch } : {}),
    ...(isMobile !== undefined ? { isMobile } : {}),
    ...(deviceScaleFactor !== undefined ? { deviceScaleFactor } : {}),
    ...(userAgent !== undefined ? { userAgent } : {}),
  };
  try {
    const context = await browser.newContext({
      ...device,
      baseURL: baseURL ?? E2E.url,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const page = await context.newPage();
    await signInWithPassword(page, 'owner', E2E.ownerPassword);
    await page.getByTestId('nav-stock').click();
    await page.getByTestId('stock-tab-receive').click();
    await expect(page.getByTestId('stock-receive-page')).toBeVisible();

    await test.step('receiving: the filmed barcode adds the product with one piece', async () => {
      const reader = await openCamera(page);
      testInfo.annotations.push({ type: 'decoder', description: reader });
      console.log(`camera-scan [${testInfo.project.name}]: decoder ${reader}`);
      const line = page.getByTestId('receive-line').filter({ hasText: product.name });
      await expect(line.getByTestId('receive-line-quantity')).toHaveValue('1', { timeout: 15_000 });
      await expect(page.getByTestId('camera-last-code')).toHaveText(interpolate(zhCN.camera.read, { code }));
      await line.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath('camera-scan.png') });
      await page.waitForTimeout(2_000);
      await expect(page.getByTestId('receive-line')).toHaveCount(1);
      await expect(line.getByTestId('receive-line-quantity')).toHaveValue('1');
    });

    await test.step('closing the panel stops the camera', async () => {
      // The page's own stream, kept aside to look at its track once the panel is gone.
      type Stream = { getTracks(): { readyState: string }[] };
      await page
        .getByTestId('camera-scanner')
        .locator('video')
        .evaluate((video) => {
          (globalThis as unknown as { cameraStream?: unknown }).cameraStream = (
            video as unknown as { srcObject: unknown }
          ).srcObject;
        });
      await page.getByTestId('camera-close').click();
      await expect(page.getByTestId('camera-scanner')).toHaveCount(0);
      const ended = await page.evaluate(() =>
        (globalThis as unknown as { cameraStream?: Stream }).cameraStream
          ?.getTracks()
          .map((t) => t.readyState),
      );
      expect(ended).toEqual(['ended']);
    });

    await test.step('a new transfer, where each scan adds one: the code in view counts once', async () => {
      await page.getByTestId('stock-tab-transfers').click();
      await page.getByTestId('transfer-new').click();
      await expect(page.getByTestId('transfer-new-page')).toBeVisible();
      await openCamera(page);
      const line = page.getByTestId('transfer-new-line').filter({ hasText: product.name });
      await expect(line.getByTestId('transfer-new-quantity')).toHaveValue('1', { timeout: 15_000 });
      await page.waitForTimeout(3_000);
      await expect(line.getByTestId('transfer-new-quantity')).toHaveValue('1');
      await page.getByTestId('camera-close').click();
    });
    await context.close();
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
