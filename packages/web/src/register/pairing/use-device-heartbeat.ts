import { useEffect, useRef } from 'react';
import { api } from '../../shared/api';
import { errorCode } from '../../shared/errors/error-message';
import { outboxStore } from '../outbox/use-outbox';
import { type DeviceState, isDeviceRefusal, type Pairing } from './pairing';

/** A heartbeat goes at least this often, so the back office sees the register online (2-minute window). */
export const HEARTBEAT_MS = 60_000;
/** How often the outbox is looked at: a change (a sale queued or uploaded) is reported at once. */
const LOOK_MS = 5_000;

type Sent = { readonly pending: number; readonly oldestPendingAt: number | null; readonly at: number };

/**
 * Sends this register's outbox status to the server (`POST /devices/heartbeat`) every minute and
 * whenever it changes, signed in or not, for the back office's device list. `onAnswer` hears what
 * the server thinks of the device: a refusal (revoked, unknown, register disabled) or none, and the
 * register's name. A network failure says nothing: the register keeps selling offline and tries
 * again.
 */
export function useDeviceHeartbeat(pairing: Pairing | null, onAnswer: (state: DeviceState) => void): void {
  const answer = useRef(onAnswer);
  answer.current = onAnswer;
  const registerId = pairing?.registerId ?? null;
  const deviceId = pairing?.deviceId ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new device (paired again) restarts it
  useEffect(() => {
    if (registerId === null) return;
    let last: Sent | null = null;
    let busy = false;
    const beat = async () => {
      if (busy) return;
      busy = true;
      try {
        const status = await (await outboxStore()).status(registerId);
        const now = Date.now();
        const unchanged =
          last !== null && last.pending === status.pending && last.oldestPendingAt === status.oldestQueuedAt;
        if (unchanged && last !== null && now - last.at < HEARTBEAT_MS) return;
        const body = { pending: status.pending, oldestPendingAt: status.oldestQueuedAt };
        // Noted before sending: out of reach, the same status is tried again in a minute, not every 5 s.
        last = { ...body, at: now };
        const reply = await api.call('deviceHeartbeat', { body });
        answer.current({
          refused: reply.registerActive ? null : 'register_disabled',
          registerName: reply.registerName,
        });
      } catch (error) {
        const code = errorCode(error);
        if (isDeviceRefusal(code)) answer.current({ refused: code });
      } finally {
        busy = false;
      }
    };
    void beat();
    const timer = setInterval(() => void beat(), LOOK_MS);
    return () => clearInterval(timer);
  }, [registerId, deviceId]);
}
