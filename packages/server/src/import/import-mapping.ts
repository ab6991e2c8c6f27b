import { IMPORT_FIELDS, type MappingEntity } from '@kassa/api';

/**
 * Column names each field goes by in other systems' exports (银豹, 思迅, Excel sheets kept by hand,
 * Loyverse, Square), compared lower-cased without spaces, underscores, hyphens or a unit in
 * brackets: '零售价(元)' is '零售价', 'Unit Price' is 'unitprice'.
 */
const ALIASES: {
  readonly [E in MappingEntity]: Readonly<Record<(typeof IMPORT_FIELDS)[E][number], readonly string[]>>;
} = {
  products: {
    sku: [
      'sku',
      '商品编码',
      '编码',
      '货号',
      '商品编号',
      '商品代码',
      'itemcode',
      'code',
      'stockcode',
      'productcode',
      'handle',
    ],
    name: ['name', '商品名称', '名称', '品名', '商品名', 'description', 'productname', 'itemname'],
    price: ['price', '售价', '零售价', '销售价', '单价', '价格', 'unitprice', 'retailprice', 'saleprice'],
    barcode: ['barcode', '条码', '条形码', '商品条码', '国际条码', 'ean', 'upc', 'gtin'],
    cost: ['cost', '进价', '成本', '成本价', '进货价', '采购价', 'costprice', 'purchaseprice'],
    unit: ['unit', '单位', '计量单位'],
    category: ['category', '分类', '类别', '商品分类', '品类', '类目'],
    taxRate: ['tax', 'taxrate', '税率', 'vat', 'vatrate'],
    trackStock: ['trackstock', '管理库存', '库存管理', '是否管理库存', 'trackinventory'],
  },
  categories: {
    name: ['name', '名称', '分类名称', '分类', 'category', 'categoryname'],
    parent: ['parent', '上级', '上级分类', '父分类', '父级', 'parentcategory'],
    sortOrder: ['sort', 'sortorder', '排序', '顺序', 'order'],
    color: ['color', 'colour', '颜色'],
  },
  suppliers: {
    name: ['name', '供应商', '供应商名称', '名称', 'supplier', 'suppliername', 'vendor'],
    contact: ['contact', '联系人', 'contactname'],
    phone: ['phone', '电话', '手机', '联系电话', '手机号', 'tel', 'mobile', 'telephone'],
    email: ['email', '邮箱', '电子邮件', 'mail'],
    leadTimeDays: ['leadtime', 'leadtimedays', '到货天数', '交货期', '送货天数', '到货周期'],
  },
  opening_stock: {
    product: ['sku', 'barcode', '商品编码', '条码', '货号', '编码', 'product', '商品', 'stockcode'],
    quantity: ['quantity', 'qty', '数量', '库存', '库存数量', '期初数量', '期初库存', 'onhand', 'stock'],
    location: ['location', '库位', '仓库', '货位'],
    unitCost: ['unitcost', 'cost', '成本', '进价', '成本价', '单位成本', '成本单价'],
  },
  sales_history: {
    invoice: ['invoiceno', 'invoice', '单号', '小票号', '销售单号', '流水号', 'receiptno'],
    sku: ['stockcode', 'sku', '商品编码', '货号', '编码'],
    description: ['description', '商品名称', '名称', '品名', 'name'],
    quantity: ['quantity', 'qty', '数量'],
    date: ['invoicedate', 'date', '日期', '时间', '销售时间', '销售日期'],
    unitPrice: ['unitprice', 'price', '单价', '售价', '成交价'],
    customer: ['customerid', 'customer', '会员', '会员号', '顾客', '客户'],
  },
};

/** A column name as compared with the aliases. */
export function columnKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s_\-.:：]/g, '');
}

/**
 * The column each field of `entity` is read from: a saved mapping's column name first (when the
 * file has that column), else the first column going by one of the field's names; each column
 * serves one field. Null for a field no column matches.
 */
export function suggestMapping(
  entity: MappingEntity,
  header: readonly string[],
  saved: Readonly<Record<string, string | null>> = {},
): Record<string, number | null> {
  const keys = header.map(columnKey);
  const taken = new Set<number>();
  const mapping: Record<string, number | null> = {};
  const aliases = ALIASES[entity] as Readonly<Record<string, readonly string[]>>;
  for (const field of IMPORT_FIELDS[entity]) {
    const savedName = saved[field];
    const candidates = [...(savedName ? [columnKey(savedName)] : []), ...(aliases[field] ?? [])];
    const index = candidates
      .map((candidate) => keys.findIndex((key, i) => key === candidate && !taken.has(i)))
      .find((i) => i >= 0);
    mapping[field] = index ?? null;
    if (index !== undefined) taken.add(index);
  }
  return mapping;
}
