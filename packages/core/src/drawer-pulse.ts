/**
 * ESC p 0 25 250: the ESC/POS command that pulses a cash drawer connected to the receipt printer
 * (pin 2, 50 ms on, 500 ms off). Shared by the server's printers and those on the register's browser.
 */
export const DRAWER_PULSE: readonly number[] = Object.freeze([0x1b, 0x70, 0, 25, 250]);

/** ESC @ then the pulse: all a printer needs to open its drawer outside a receipt (a no-sale). */
export const OPEN_DRAWER: readonly number[] = Object.freeze([0x1b, 0x40, ...DRAWER_PULSE]);
