import { createAuditRepository } from '@kassa/db';
import { type KassaContext, newId } from './kassa-context';

/** One audit-log fact: who did what to which thing. */
export type AuditFact = {
  readonly action: string;
  readonly staffId: string | null;
  readonly storeId?: string | null | undefined;
  readonly targetType?: string | undefined;
  readonly targetId?: string | undefined;
  readonly detail?: unknown;
};

/**
 * Appends to the audit log, in the caller's transaction when `ctx.db` is one. Actions are dotted
 * verbs: 'auth.login', 'auth.login_failed', 'auth.locked', 'product.created', 'product.updated',
 * 'product.deactivated', 'staff.created'.
 */
export async function recordAudit(ctx: KassaContext, fact: AuditFact): Promise<void> {
  await createAuditRepository(ctx.db).record({
    id: newId(ctx),
    at: ctx.clock(),
    staffId: fact.staffId,
    storeId: fact.storeId ?? null,
    action: fact.action,
    targetType: fact.targetType ?? null,
    targetId: fact.targetId ?? null,
    detail: fact.detail ?? null,
  });
}
