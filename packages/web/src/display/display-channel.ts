import type { Unit } from '@kassa/core';

/** What the customer sees on the second screen (客显), sent by the register on every change. */
export type DisplaySnapshot = {
  readonly storeName: string;
  readonly currency: string;
  readonly lines: readonly {
    readonly id: string;
    readonly name: string;
    readonly quantity: number;
    readonly unit: Unit;
    readonly amount: number;
  }[];
  readonly discountTotal: number;
  readonly total: number;
  /** After payment: what was paid and the change, until the next sale starts. */
  readonly paid: { readonly total: number; readonly tendered: number; readonly change: number } | null;
};

type DisplayMessage =
  | { readonly kind: 'snapshot'; readonly snapshot: DisplaySnapshot }
  | { readonly kind: 'hello' };

/**
 * The register and its customer display are two windows of the same browser (a second screen on the
 * same PC), so they talk over a BroadcastChannel: no server, no network, instant. A display that
 * opens later says hello and the register answers with the current snapshot.
 */
const CHANNEL = 'kassa.customer-display';

/** The register's side: `publish` on every change; answers a display that says hello. */
export function openDisplayPublisher(current: () => DisplaySnapshot | null) {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<DisplayMessage>) => {
    const snapshot = current();
    if (event.data.kind === 'hello' && snapshot) channel.postMessage({ kind: 'snapshot', snapshot });
  };
  return {
    publish: (snapshot: DisplaySnapshot) => channel.postMessage({ kind: 'snapshot', snapshot }),
    close: () => channel.close(),
  };
}

/** The display's side: `onSnapshot` hears every change, starting with the register's current one. */
export function openDisplaySubscriber(onSnapshot: (snapshot: DisplaySnapshot) => void) {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<DisplayMessage>) => {
    if (event.data.kind === 'snapshot') onSnapshot(event.data.snapshot);
  };
  channel.postMessage({ kind: 'hello' });
  return { close: () => channel.close() };
}
