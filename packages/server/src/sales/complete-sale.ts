import type { Sale as ApiSale, CreateSaleBody } from '@kassa/api';
import { businessDate, canonicalJson, type RoundingMode } from '@kassa/core';
import { createSaleRepository, createStaffRepository } from '@kassa/db';
import { HttpError } from '../http/http-error';
import type { KassaContext } from '../kassa-context';
import { neededApprovals } from './discount-check';
import { nodeSha256Hex } from './node-sha256-hex';
import { priceSale } from './price-sale';
import { recordSale } from './record-sale';
import { noteBreaches, refuseBreaches } from './rule-breaches';
import { SaleAlreadyRecorded } from './sale-already-recorded';
import { loadSaleProducts } from './sale-products';
import { loadSaleQrPayments } from './sale-qr-payments';
import { readSaleSetting, type SaleSettingReader } from './sale-setting-cache';
import { toApiSale } from './sale-view';

/** Who is completing the sale, as far as the sale cares. */
export type SaleActor = {
  readonly staffId: string;
  readonly displayName: string;
  /** The stores the actor may sell in; null for every store (the owner). */
  readonly storeIds: ReadonlySet<string> | null;
  /** The register a PIN session is bound to: sales may only be made there. */
  readonly registerId: string | null;
  /** How far the actor may discount without a manager's approval, in basis points. */
  readonly discountLimitBp: number;
  /** May sell open-price products at a typed price (`sale.open_price`). */
  readonly mayOpenPrice: boolean;
};

/**
 * The sale as recorded, whether this post was a replay of one recorded before, and the kinds of
 * the alerts recording it raised (none for a replay).
 */
export type CompletedSale = {
  readonly sale: ApiSale;
  readonly duplicate: boolean;
  readonly alerts: readonly string[];
};

/** The request hash a sale is recorded with: SHA-256 of the canonical JSON of the validated body. */
export function saleRequestHash(body: CreateSaleBody): string {
  return nodeSha256Hex(canonicalJson(body));
}

/**
 * Completes a sale posted by a register, idempotently on its id: the same id with the same body
 * answers the first result (`duplicate: true`), the same id with another body is a 409
 * `idempotency_conflict` and changes nothing. Otherwise the sale is checked and priced by the
 * server (see {@link priceSale}) and recorded in one transaction (see recordSale).
 *
 * The happy path does not look for an earlier copy first: it costs a query per sale and a replay
 * is rare. Instead every failure (a rejection, or the id turning out to be taken inside the
 * transaction) checks for an earlier copy before answering, so a retried sale whose price has
 * changed since still gets its first answer.
 * `body` must already be valid (`CreateSaleBody.parse`): the HTTP edge validates it once, and
 * programmatic callers (the demo seeder) build it themselves.
 * @throws HttpError with the public code on every rejection.
 */
export async function completeSale(
  ctx: KassaContext,
  body: CreateSaleBody,
  actor: SaleActor,
  options: {
    readonly readSetting?: SaleSettingReader;
    /**
     * The sale already happened (it comes from a register's outbox): record it as it was and raise
     * an alert for each broken business rule, rather than refusing it (DESIGN.md §5).
     */
    readonly fact?: boolean;
  } = {},
): Promise<CompletedSale> {
  const requestHash = saleRequestHash(body);
  const breaches = options.fact ? noteBreaches() : refuseBreaches();
  try {
    const setting = await (options.readSetting ?? readSaleSetting)(ctx, body.registerId);
    const canSee = setting && (actor.storeIds === null || actor.storeIds.has(setting.store.id));
    if (!setting?.register.active || !canSee) throw new HttpError('register_not_found');
    const { register, store } = setting;
    if (actor.registerId !== null && actor.registerId !== register.id)
      throw new HttpError('register_mismatch');
    const products = await loadSaleProducts(ctx.db, [...new Set(body.lines.map((line) => line.productId))]);
    const qr = body.tenders.some((t) => t.kind === 'qr') ? await loadSaleQrPayments(ctx.db, body) : undefined;
    const priced = priceSale(body, store, products, { mayOpenPrice: actor.mayOpenPrice, breaches }, qr);
    const approvals = neededApprovals(
      body,
      priced.priced,
      actor.discountLimitBp,
      store.roundingMode as RoundingMode,
      breaches,
    );
    const { sale, alerts } = await recordSale(ctx, {
      approvals,
      breaches,
      body,
      requestHash,
      store,
      register,
      staffId: actor.staffId,
      products,
      priced,
      businessDate: businessDate(body.createdAt, store.timeZone, store.businessDayCutoverMinutes),
    });
    return { sale: toApiSale(sale, actor.displayName), duplicate: false, alerts };
  } catch (error) {
    if (!(error instanceof HttpError) && !(error instanceof SaleAlreadyRecorded)) throw error;
    const earlier = await findEarlierCopy(ctx, body.id, requestHash, actor);
    if (earlier) return { sale: earlier, duplicate: true, alerts: [] };
    if (error instanceof SaleAlreadyRecorded) throw new HttpError('idempotency_conflict');
    throw error;
  }
}

/**
 * The sale recorded earlier under this id when it was posted with the same body; a 409 when the
 * id was used for a different body (or for a store this actor cannot see); undefined when the id
 * is new.
 */
async function findEarlierCopy(
  ctx: KassaContext,
  id: string,
  requestHash: string,
  actor: SaleActor,
): Promise<ApiSale | undefined> {
  const sales = createSaleRepository(ctx.db);
  const storedHash = await sales.getRequestHash(id);
  if (storedHash === undefined) return undefined;
  const sale = storedHash === requestHash ? await sales.get(id) : undefined;
  if (!sale || (actor.storeIds !== null && !actor.storeIds.has(sale.storeId))) {
    throw new HttpError('idempotency_conflict');
  }
  const staff = await createStaffRepository(ctx.db).get(sale.staffId);
  return toApiSale(sale, staff?.displayName ?? '');
}
