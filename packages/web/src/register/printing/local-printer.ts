import { type KeyValueStorage, readJson } from '../../shared/storage';

/** Paper widths of receipt printers, in millimetres. */
export type Paper = '58' | '80';

/**
 * A receipt printer attached to this computer and driven by the browser: over WebUSB, or over Web
 * Serial (a USB-serial or RS-232 printer). It belongs to the device, not the register's record on
 * the server, so it lives in this browser's storage; the browser remembers the permission the
 * cashier gave when pairing, and `vendorId`/`productId` find the same printer again.
 */
export type LocalPrinter =
  | {
      readonly kind: 'usb';
      readonly paper: Paper;
      readonly vendorId: number;
      readonly productId: number;
      readonly name: string;
    }
  | {
      readonly kind: 'serial';
      readonly paper: Paper;
      readonly baudRate: number;
      readonly vendorId?: number;
      readonly productId?: number;
      readonly name: string;
    };

const KEY = 'kassa.localPrinter';

/** The printer paired on this device, or null (a corrupt entry reads as none). */
export function loadLocalPrinter(storage: KeyValueStorage): LocalPrinter | null {
  const value = readJson(storage, KEY) as Partial<LocalPrinter> | undefined;
  if (!value || (value.kind !== 'usb' && value.kind !== 'serial')) return null;
  if (value.paper !== '58' && value.paper !== '80') return null;
  return value as LocalPrinter;
}

/** Remembers the paired printer, or forgets it with null. */
export function saveLocalPrinter(storage: KeyValueStorage, printer: LocalPrinter | null): void {
  if (printer) storage.setItem(KEY, JSON.stringify(printer));
  else storage.removeItem(KEY);
}
