import { ERROR_CODES, OutboxEntry, type PushResult, type SyncPushBody } from '@kassa/api';
import { createAlertRepository } from '@kassa/db';
import type { AuthSession } from '../../auth/auth-session';
import { HttpError } from '../../http/http-error';
import { toFieldIssues } from '../../http/zod-issues';
import { type KassaContext, newId } from '../../kassa-context';
import { operableRegister } from '../../shifts/shift-actor';
import { applyEntry, type PushServices } from './apply-entry';

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
 * The alert a refused entry raises: an id taken by another fact (`sync_conflict`), and any drawer
 * fact that happened but cannot be recorded (a refund of what another register gave back, cash
 * moved in a shift closed meanwhile…): money moved, so the owner must look at it, under the code
 * of the refusal. None for a sale (recorded despite its rules; what is still refused is not
 * trusted) or a malformed entry.
 */
function rejectionAlert(entry: OutboxEntry, error: HttpError): string | null {
  if (error.code === 'idempotency_conflict') return 'sync_conflict';
  return entry.type === 'sale' ? null : error.code;
}

/**
 * Applies a register's outbox entries, each atomically, in order, and answers what became of each:
 * applied, duplicate (applied before: the same answer again) or rejected with the reason. A fact
 * is recorded even when it breaks a business rule, and each rule it broke becomes an alert (see
 * {@link applyEntry}). What is still rejected is what cannot be recorded: a malformed entry, a
 * register or person the pusher may not speak for, an id already used by another fact (also raised
 * as an alert, `sync_conflict`), a drawer fact that cannot be recorded (a refund of more than is
 * left of a line; raised as an alert under the refusal's code, see rejectionAlert). An unexpected failure answers the batch with a 500: entries applied
 * meanwhile stay applied, and the register sends them again as duplicates.
 */
export async function applyPush(
  ctx: KassaContext,
  auth: AuthSession,
  body: SyncPushBody,
  services: PushServices,
): Promise<PushResult[]> {
  const { store } = await operableRegister(ctx, auth, body.registerId);
  const apply = async (raw: SyncPushBody['entries'][number]): Promise<PushResult> => {
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
      return await applyEntry(ctx, services, auth, store.id, entry);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      const alert = rejectionAlert(entry, error);
      // Raised once per entry, however often the register sends it again.
      const alerts = createAlertRepository(ctx.db);
      if (alert && !(await alerts.listFor(entry.id)).some((known) => known.kind === alert)) {
        await alerts.raise([
          {
            id: newId(ctx),
            storeId: store.id,
            kind: alert,
            refId: entry.id,
            details: { registerId: body.registerId, type: entry.type, ...(error.details ?? {}) },
            createdAt: ctx.clock(),
            // Two processes taking the same resent entry at once still raise it once.
            dedupeKey: `${alert}:${entry.id}`,
          },
        ]);
      }
      return rejected(entry.id, error);
    }
  };
  // Sales are independent of each other (each already has its receipt number), so a run of them is
  // applied at once: on SQLite they then share commits (group commit) instead of one fsync each.
  // Any other fact waits for everything before it and holds up everything after it: a shift opens
  // before its sales, a sale is there before its refund, a close comes after the shift's last sale.
  // An id sent twice in one batch goes after the rest, so the first copy is the one that counts.
  const results: PushResult[] = new Array(body.entries.length);
  const seen = new Set<string>();
  const repeats: number[] = [];
  let run: Promise<void>[] = [];
  const settle = async () => {
    await Promise.all(run);
    run = [];
  };
  for (const [index, entry] of body.entries.entries()) {
    if (seen.has(entry.id)) {
      repeats.push(index);
      continue;
    }
    seen.add(entry.id);
    const applied = async () => {
      results[index] = await apply(entry);
    };
    if (entry.type === 'sale') {
      run.push(applied());
    } else {
      await settle();
      await applied();
    }
  }
  await settle();
  for (const index of repeats)
    results[index] = await apply(body.entries[index] as SyncPushBody['entries'][number]);
  return results;
}
