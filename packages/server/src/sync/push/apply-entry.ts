import type { OutboxEntry, PushResult } from '@kassa/api';
import { createShiftRepository } from '@kassa/db';
import type { AuthSession } from '../../auth/auth-session';
import { HttpError } from '../../http/http-error';
import type { KassaContext } from '../../kassa-context';
import type { GatewayProvider } from '../../payments/qr-gateway-setting';
import { completeSale } from '../../sales/complete-sale';
import { refundSale } from '../../sales/refund-sale';
import type { SaleSettingReader } from '../../sales/sale-setting-cache';
import { moveCash } from '../../shifts/move-cash';
import { openShift } from '../../shifts/open-shift';
import { closeShift } from '../../shifts/shift-reports';
import { pushActor } from './push-actor';

/** What applying an entry needs besides the context: how sales read settings, and the QR gateway. */
export type PushServices = { readonly readSetting: SaleSettingReader; readonly gateways: GatewayProvider };

/** An entry's outcome when the server took it. */
type Taken = Extract<PushResult, { status: 'applied' | 'duplicate' }>;

const taken = (id: string, duplicate: boolean, alerts: readonly string[], receiptNo?: string): Taken => ({
  id,
  status: duplicate ? 'duplicate' : 'applied',
  ...(receiptNo === undefined ? {} : { receiptNo }),
  alerts: [...alerts],
});

/**
 * Applies one outbox entry of a register in `storeId`, as the fact it is, with the use case the
 * online path runs (so both record exactly the same way): a sale or a cash movement is recorded
 * even when it broke a business rule (an alert each), a shift event or a refund as it would be
 * online. Who did it is checked with {@link pushActor} against the right the online route needs.
 * @throws HttpError when it cannot be recorded at all: the entry is then rejected.
 */
export async function applyEntry(
  ctx: KassaContext,
  services: PushServices,
  auth: AuthSession,
  storeId: string,
  entry: OutboxEntry,
): Promise<Taken> {
  const { registerId } = entry.payload;
  const who = { registerId, storeId, staffId: entry.staffId };
  switch (entry.type) {
    case 'sale': {
      const seller = await pushActor(ctx, auth, who, 'sale.create');
      const { sale, duplicate, alerts } = await completeSale(ctx, entry.payload, seller, {
        readSetting: services.readSetting,
        fact: true,
      });
      return taken(entry.id, duplicate, alerts, sale.receiptNo);
    }
    case 'refund': {
      const actor = await pushActor(ctx, auth, who, 'refund.create');
      const { expectedTotal, ...body } = entry.payload;
      const { refund, duplicate, alerts } = await refundSale(ctx, services.gateways, actor, body, {
        ...(expectedTotal === undefined ? {} : { expectedTotal }),
      });
      return taken(entry.id, duplicate, alerts, refund.receiptNo);
    }
    case 'shift_open': {
      const { duplicate } = await openShift(
        ctx,
        await pushActor(ctx, auth, who, 'shift.operate'),
        entry.payload,
      );
      return taken(entry.id, duplicate, []);
    }
    case 'cash_movement': {
      const { registerId: _register, shiftId, ...movement } = entry.payload;
      const actor = await pushActor(ctx, auth, who, 'shift.operate');
      await onRegister(ctx, shiftId, registerId);
      const { duplicate, alerts } = await moveCash(ctx, actor, shiftId, movement, { fact: true });
      return taken(entry.id, duplicate, alerts);
    }
    case 'no_sale': {
      const { registerId: _register, shiftId, ...opened } = entry.payload;
      const actor = await pushActor(ctx, auth, who, 'drawer.open');
      await onRegister(ctx, shiftId, registerId);
      const input = { ...opened, kind: 'no_sale' as const };
      const { duplicate, alerts } = await moveCash(ctx, actor, shiftId, input, { fact: true });
      return taken(entry.id, duplicate, alerts);
    }
    case 'shift_close': {
      const { registerId: _register, shiftId, ...close } = entry.payload;
      const actor = await pushActor(ctx, auth, who, 'shift.operate');
      const wasClosed = (await onRegister(ctx, shiftId, registerId)) === 'closed';
      await closeShift(ctx, actor, shiftId, close);
      return taken(entry.id, wasClosed, []);
    }
  }
}

/** A drawer fact names its register and shift: they must agree. Answers the shift's status. */
async function onRegister(ctx: KassaContext, shiftId: string, registerId: string) {
  const shift = await createShiftRepository(ctx.db).get(shiftId);
  if (!shift) throw new HttpError('shift_not_found');
  if (shift.registerId !== registerId) throw new HttpError('register_mismatch', { shiftId });
  return shift.status;
}
