import type { LocalPrinter } from './local-printer';
import { writeSerialPrinter } from './serial-printer';
import { writeUsbPrinter } from './usb-printer';

/** Sends raw ESC/POS bytes to the printer paired on this device, by its transport. */
export function writeLocalPrinter(printer: LocalPrinter, bytes: Uint8Array): Promise<void> {
  return printer.kind === 'usb' ? writeUsbPrinter(printer, bytes) : writeSerialPrinter(printer, bytes);
}
