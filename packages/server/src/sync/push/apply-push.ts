import { ERROR_CODES, OutboxEntry, type PushResult, type SyncPushBody } from '@kassa/api';
import { createAlertRepository } from '@kassa/db';
import type { AuthSession } from '../../auth/auth-session';
import { HttpError } from '../../http/http-error';
import { toFieldIssues } from '../../http/zod-issues';
import { type KassaContext, newId } from '../../kassa-context';
import { completeSale } from '../../sales/complete-sale';
import type { SaleSettingReader } from '../../sales/sale-setting-cache';
import { operableRegister } from '../../shifts/shift-actor';
import { pushSeller } from './push-seller';

function rejected(id: string, error: HttpError): PushResult {
  return {
    id,
    status: 'rejected',
    error: {
      code: error.code,
      message: ERROR_CODES[error.code].message,
      ...(error.issues && error.issues.length > 0 ? { issues: [...error.issues] } : {}),
      ...(error.details ? { details: { ...error.details } } : {}),
    },
  };
}

/**
 * Applies a register's outbox entries, each atomically, and answers what
 * became of each: applied, duplicate (applied before: the same answer again) or rejected with the
 * reason. A sale is a fact (DESIGN.md §5): it is recorded even when it breaks a business rule, and
 * each rule it broke becomes an alert. What is still rejected is what cannot be recorded: a
 * malformed entry, a register or seller the pusher may not speak for, an id already used by
 * another fact (also raised as an alert, `sync_conflict`). An unexpected failure answers the batch
 * with a 500: entries applied meanwhile stay applied, and the register sends them again as
 * duplicates.
 */
export async function applyPush(
  ctx: KassaContext,
  auth: AuthSession,
  body: SyncPushBody,
  readSetting: SaleSettingReader,
): Promise<PushResult[]> {
  const { store } = await operableRegister(ctx, auth, body.registerId);
  const applyEntry = async (raw: SyncPushBody['entries'][number]): Promise<PushResult> => {
    const parsed = OutboxEntry.safeParse(raw);
    if (!parsed.success) {
      return rejected(
        raw.id,
        new HttpError('validation_failed', undefined, toFieldIssues(parsed.error.issues)),
      );
    }
    const entry = parsed.data;
    try {
      if (entry.payload.registerId !== body.registerId) {
        throw new HttpError('register_mismatch', { registerId: entry.payload.registerId });
      }
      const seller = await pushSeller(ctx, auth, body.registerId, store.id, entry.staffId);
      const { sale, duplicate, alerts } = await completeSale(ctx, entry.payload, seller, {
        readSetting,
        fact: true,
      });
      return {
        id: entry.id,
        status: duplicate ? 'duplicate' : 'applied',
        receiptNo: sale.receiptNo,
        alerts: [...alerts],
      };
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      if (error.code === 'idempotency_conflict') {
        await createAlertRepository(ctx.db).insert([
          {
            id: newId(ctx),
            storeId: store.id,
            kind: 'sync_conflict',
            refId: entry.id,
            details: { registerId: body.registerId, type: entry.type },
            createdAt: ctx.clock(),
          },
        ]);
      }
      return rejected(entry.id, error);
    }
  };
  // Sales are independent of each other (each already has its receipt number), so a batch is
  // applied at once: on SQLite they then share commits (group commit) instead of one fsync each.
  // An id sent twice in one batch goes after the rest, so the first copy is the one that counts.
  // Entry kinds that depend on earlier ones (a shift event, a refund) will have to wait their turn.
  const results: PushResult[] = new Array(body.entries.length);
  const seen = new Set<string>();
  const repeats: number[] = [];
  await Promise.all(
    body.entries.map(async (entry, index) => {
      if (seen.has(entry.id)) return void repeats.push(index);
      seen.add(entry.id);
      results[index] = await applyEntry(entry);
    }),
  );
  for (const index of repeats)
    results[index] = await applyEntry(body.entries[index] as SyncPushBody['entries'][number]);
  return results;
}
