import type { Register as ApiRegister } from '@kassa/api';
import { createEventRepository, createRegisterRepository, groupCommit } from '@kassa/db';
import { recordAudit } from '../audit';
import type { KassaContext } from '../kassa-context';
import { operableRegister, type ShiftActor } from '../shifts/shift-actor';
import { toApiRegister } from './register-view';

/**
 * Switches a register in or out of training mode (培训模式). Its sales then take the training
 * receipt sequence and stay out of stock, shifts and reports; a sale rung up in the other mode is
 * refused (`training_mismatch`). Audited.
 */
export async function setTraining(
  ctx: KassaContext,
  actor: ShiftActor,
  registerId: string,
  training: boolean,
): Promise<ApiRegister> {
  const { register, store } = await operableRegister(ctx, actor, registerId);
  const updated = await groupCommit(ctx.db, async (trx) => {
    const next = await createRegisterRepository(trx).update(register.id, { training });
    if (!next) throw new Error(`register ${register.id} vanished`);
    const tx = { ...ctx, db: trx };
    await recordAudit(tx, {
      action: training ? 'register.training_on' : 'register.training_off',
      staffId: actor.staffId,
      storeId: store.id,
      targetType: 'register',
      targetId: register.id,
    });
    await createEventRepository(trx).append({
      storeId: store.id,
      type: 'register.training_changed',
      refId: register.id,
      payload: { registerId: register.id, training },
      createdAt: ctx.clock(),
    });
    return next;
  });
  return toApiRegister(updated);
}
