import { join } from 'node:path';
import { gtinCheckDigit } from '@kassa/core';
import { inTransaction, openDatabase } from '@kassa/db';
import { createProduct, systemRandom } from '@kassa/server';

/** A generated product's EAN-13: 400 (the demo's start 69, scale labels 20), a serial, the check digit. */
function benchBarcode(serial: number): string {
  const body = `400${String(serial).padStart(9, '0')}`;
  return `${body}${gtinCheckDigit(body)}`;
}

/**
 * Grows the catalogue of a Kassa data directory (the server stopped) to `total` active products, each
 * made through the product use-case as the API makes it (validation, barcodes, audit row), in one
 * transaction. The new products copy the name, category, tax class and price of the existing piece
 * products in turn, with a serial, so the catalogue looks like a bigger shop of the same kind.
 * Returns how many products were added and how long it took.
 */
export async function growCatalog(dataDir: string, total: number): Promise<{ added: number; ms: number }> {
  const started = performance.now();
  const kassa = await openDatabase({ kind: 'sqlite', file: join(dataDir, 'kassa.db') });
  try {
    const templates = await kassa.db
      .selectFrom('products')
      .select(['name', 'category_id', 'tax_class_id', 'price', 'cost'])
      .where('active', '=', 1)
      .where('unit', '=', 'piece')
      .orderBy('sku')
      .execute();
    const { count } = await kassa.db
      .selectFrom('products')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('active', '=', 1)
      .executeTakeFirstOrThrow();
    if (templates.length === 0) throw new Error('growCatalog needs a seeded catalogue (start with --demo)');
    const added = total - Number(count);
    await inTransaction(kassa.db, async (trx) => {
      const ctx = { db: trx, clock: Date.now, random: systemRandom };
      for (let serial = 1; serial <= added; serial++) {
        const template = templates[serial % templates.length] as (typeof templates)[number];
        await createProduct(ctx, {
          sku: `B${String(serial).padStart(6, '0')}`,
          name: `${template.name} ${serial}`,
          categoryId: template.category_id,
          price: template.price,
          cost: template.cost,
          taxClassId: template.tax_class_id,
          barcodes: [benchBarcode(serial)],
        });
      }
    });
    return { added, ms: performance.now() - started };
  } finally {
    await kassa.close();
  }
}
