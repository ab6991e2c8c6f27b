import { CreateProductBody, type ProductDetail } from '@kassa/api';
import {
  formatDecimal,
  type MoneyParseError,
  parseMoney,
  Quantity,
  type QuantityParseError,
  validateGtin,
} from '@kassa/core';

/** The product form as typed: money as text in the store currency, barcodes one per row. */
export type ProductDraft = {
  readonly sku: string;
  readonly name: string;
  /** '' = no category. */
  readonly categoryId: string;
  readonly unit: 'piece' | 'kg';
  readonly price: string;
  /** '' = unknown cost. */
  readonly cost: string;
  readonly taxClassId: string;
  readonly barcodes: readonly string[];
  readonly plu: string;
  readonly trackStock: boolean;
  /** In this store, in the product's unit ('5', '2.5' kg); '' = none. Only with `trackStock`. */
  readonly reorderPoint: string;
  /** The cashier types the price at the register (开放价格). */
  readonly openPrice: boolean;
  readonly active: boolean;
};

export type DraftField = keyof ProductDraft;

/** A field problem as an i18n key with its values; `detail` is the server's own text, if any. */
export type DraftError = {
  readonly key: string;
  readonly values?: Record<string, unknown>;
  readonly detail?: string;
};

export type DraftErrors = Partial<Record<DraftField, DraftError>>;

/** The body the API takes (the output of its schema: defaults applied). */
export type ProductBody = ReturnType<typeof CreateProductBody.parse>;

export function emptyDraft(taxClassId: string): ProductDraft {
  return {
    sku: '',
    name: '',
    categoryId: '',
    unit: 'piece',
    price: '',
    cost: '',
    taxClassId,
    barcodes: [''],
    plu: '',
    trackStock: true,
    reorderPoint: '',
    openPrice: false,
    active: true,
  };
}

/** Thousandths as typed text: 5000 → '5', 2500 → '2.5', 350 → '0.35' (no float arithmetic). */
function quantityText(thousandths: number): string {
  const digits = String(thousandths).padStart(4, '0');
  const decimals = digits.slice(-3).replace(/0+$/, '');
  return decimals ? `${digits.slice(0, -3)}.${decimals}` : digits.slice(0, -3);
}

/** The draft that edits an existing product, with its reorder point in `storeId`. */
export function draftFromProduct(product: ProductDetail, currency: string, storeId: string): ProductDraft {
  const reorderPoint = product.reorderPoints.find((point) => point.storeId === storeId)?.reorderPoint;
  return {
    sku: product.sku,
    name: product.name,
    categoryId: product.categoryId ?? '',
    unit: product.unit,
    price: formatDecimal(product.price, currency),
    cost: product.cost === null ? '' : formatDecimal(product.cost, currency),
    taxClassId: product.taxClassId,
    barcodes: product.barcodes.length > 0 ? product.barcodes : [''],
    plu: product.plu ?? '',
    trackStock: product.trackStock,
    reorderPoint: reorderPoint === undefined ? '' : quantityText(reorderPoint),
    openPrice: product.openPrice,
    active: product.active,
  };
}

function moneyError(error: MoneyParseError): DraftError {
  if (error.code === 'too_many_decimals')
    return { key: 'product.errors.tooManyDecimals', values: { count: error.maxDecimals } };
  if (error.code === 'empty') return { key: 'product.errors.required' };
  return { key: `product.errors.money_${error.code}` };
}

function parseAmount(text: string, currency: string): { amount: number } | { error: DraftError } {
  const parsed = parseMoney(text, currency);
  if (!parsed.ok) return { error: moneyError(parsed.error) };
  if (parsed.value.amount < 0) return { error: { key: 'product.errors.negative' } };
  return { amount: parsed.value.amount };
}

function quantityError(error: QuantityParseError): DraftError {
  return { key: `product.errors.quantity_${error.code}` };
}

/** The typed reorder point in thousandths; null when left empty; whole pieces for a piece product. */
function parseReorderPoint(draft: ProductDraft): { value: number | null } | { error: DraftError } {
  if (!draft.trackStock || !draft.reorderPoint.trim()) return { value: null };
  const parsed = Quantity.parse(draft.reorderPoint);
  if (!parsed.ok) return { error: quantityError(parsed.error) };
  if (draft.unit === 'piece' && parsed.value % Quantity.ONE !== 0)
    return { error: { key: 'product.errors.wholePieces' } };
  return { value: parsed.value };
}

const SKU = /^[\p{L}\p{N}._\-/]+$/u;

/**
 * Turns the typed form into an API body, or says what is wrong per field. Money is parsed by the
 * core (`parseMoney`: '12.5', '¥12.50', '1,234.00'; '1,5' is ambiguous), barcodes are checked with
 * the core GTIN rules, and the result is validated with the API's own schema as a last net. The
 * reorder point is the one of `storeId` (cleared when empty or when stock is not tracked).
 */
export function productBodyFromDraft(
  draft: ProductDraft,
  currency: string,
  storeId: string,
): { readonly ok: true; readonly body: ProductBody } | { readonly ok: false; readonly errors: DraftErrors } {
  const errors: { -readonly [K in DraftField]?: DraftError } = {};
  const sku = draft.sku.trim();
  if (!sku) errors.sku = { key: 'product.errors.required' };
  else if (!SKU.test(sku)) errors.sku = { key: 'product.errors.sku' };
  if (!draft.name.trim()) errors.name = { key: 'product.errors.required' };
  if (!draft.taxClassId) errors.taxClassId = { key: 'product.errors.required' };
  const price = parseAmount(draft.price, currency);
  if ('error' in price) errors.price = price.error;
  const cost = draft.cost.trim() ? parseAmount(draft.cost, currency) : null;
  if (cost && 'error' in cost) errors.cost = cost.error;
  const plu = draft.plu.trim();
  if (plu && !/^\d{1,6}$/.test(plu)) errors.plu = { key: 'product.errors.plu' };
  const barcodes = draft.barcodes.map((b) => b.trim()).filter(Boolean);
  for (const [i, code] of barcodes.entries()) {
    const gtin = validateGtin(code);
    if (!gtin.ok) {
      errors.barcodes = { key: `product.errors.barcode_${gtin.error.code}`, values: { row: i + 1, code } };
      break;
    }
  }
  if (new Set(barcodes).size !== barcodes.length)
    errors.barcodes ??= { key: 'product.errors.barcodeDuplicate' };
  const reorderPoint = parseReorderPoint(draft);
  if ('error' in reorderPoint) errors.reorderPoint = reorderPoint.error;
  if (
    Object.keys(errors).length > 0 ||
    'error' in price ||
    (cost && 'error' in cost) ||
    'error' in reorderPoint
  )
    return { ok: false, errors };

  const parsed = CreateProductBody.safeParse({
    sku,
    name: draft.name.trim(),
    categoryId: draft.categoryId || null,
    unit: draft.unit,
    price: price.amount,
    cost: cost && 'amount' in cost ? cost.amount : null,
    taxClassId: draft.taxClassId,
    trackStock: draft.trackStock,
    openPrice: draft.openPrice,
    plu: plu || null,
    barcodes,
    active: draft.active,
    reorderPoints: [{ storeId, reorderPoint: reorderPoint.value }],
  });
  if (parsed.success) return { ok: true, body: parsed.data };
  for (const issue of parsed.error.issues) {
    const path = String(issue.path[0] ?? 'name');
    const field = (path === 'reorderPoints' ? 'reorderPoint' : path) as DraftField;
    errors[field] ??=
      issue.code === 'too_big' && issue.origin === 'string'
        ? { key: 'product.errors.tooLong', values: { max: Number(issue.maximum) } }
        : { key: 'product.errors.invalid', detail: issue.message };
  }
  return { ok: false, errors };
}
