import type { PricedTicket } from '@kassa/core';
import { useEffect, useRef } from 'react';
import { type DisplaySnapshot, openDisplayPublisher } from '../display/display-channel';
import type { CompletedSale } from './receipt/completed-sale';

/**
 * Keeps the customer display (`/display` on the second screen) in step with the register: the
 * ticket as it is rung up, then what was paid and the change until the next sale starts.
 */
export function useCustomerDisplay(
  storeName: string,
  priced: PricedTicket,
  completed: CompletedSale | null,
): void {
  const latest = useRef<DisplaySnapshot | null>(null);
  const publisher = useRef<ReturnType<typeof openDisplayPublisher> | null>(null);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = openDisplayPublisher(() => latest.current);
    publisher.current = opened;
    return () => {
      opened.close();
      publisher.current = null;
    };
  }, []);

  useEffect(() => {
    const snapshot: DisplaySnapshot = {
      storeName,
      currency: priced.currency,
      lines: priced.lines.map((line) => ({
        id: line.id,
        name: line.name,
        quantity: line.quantity,
        unit: line.unit,
        amount: line.gross - line.lineDiscount,
      })),
      discountTotal: priced.discountTotal,
      total: priced.total,
      paid:
        completed && priced.lines.length === 0
          ? { total: completed.total, tendered: completed.paid, change: completed.change }
          : null,
    };
    latest.current = snapshot;
    publisher.current?.publish(snapshot);
  }, [storeName, priced, completed]);
}
