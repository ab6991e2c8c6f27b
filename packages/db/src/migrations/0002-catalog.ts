import type { Kysely } from 'kysely';

/** Categories, tax classes, products and their barcodes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('categories')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('parent_id', 'text', (col) => col.references('categories.id'))
    .addColumn('sort_order', 'integer', (col) => col.notNull())
    .addColumn('color', 'text')
    .execute();

  await db.schema
    .createTable('tax_classes')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('rate_ppm', 'integer', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('products')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('sku', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('category_id', 'text', (col) => col.references('categories.id'))
    .addColumn('unit', 'text', (col) => col.notNull())
    .addColumn('price', 'bigint', (col) => col.notNull())
    .addColumn('cost', 'bigint')
    .addColumn('tax_class_id', 'text', (col) => col.notNull().references('tax_classes.id'))
    .addColumn('track_stock', 'integer', (col) => col.notNull())
    .addColumn('plu', 'text')
    .addColumn('active', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addUniqueConstraint('products_sku_unique', ['sku'])
    // Both dialects let any number of rows hold NULL under a unique constraint.
    .addUniqueConstraint('products_plu_unique', ['plu'])
    .execute();
  await db.schema.createIndex('products_name_idx').on('products').columns(['name', 'id']).execute();

  await db.schema
    .createTable('product_barcodes')
    .addColumn('barcode', 'text', (col) => col.primaryKey())
    .addColumn('product_id', 'text', (col) => col.notNull().references('products.id').onDelete('cascade'))
    .execute();
  await db.schema
    .createIndex('product_barcodes_product_idx')
    .on('product_barcodes')
    .column('product_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['product_barcodes', 'products', 'tax_classes', 'categories']) {
    await db.schema.dropTable(table).execute();
  }
}
