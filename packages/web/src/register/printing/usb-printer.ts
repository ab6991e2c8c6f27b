import type { LocalPrinter, Paper } from './local-printer';

// The part of WebUSB (Chromium only) a receipt printer needs; TypeScript's DOM library has no types for it.
type UsbEndpoint = {
  readonly endpointNumber: number;
  readonly direction: 'in' | 'out';
  readonly type: string;
};
type UsbAlternate = {
  readonly alternateSetting: number;
  readonly interfaceClass: number;
  readonly endpoints: readonly UsbEndpoint[];
};
type UsbInterface = { readonly interfaceNumber: number; readonly alternates: readonly UsbAlternate[] };
/** A USB configuration as WebUSB describes it. */
export type UsbConfiguration = {
  readonly configurationValue: number;
  readonly interfaces: readonly UsbInterface[];
};
type UsbDevice = {
  readonly vendorId: number;
  readonly productId: number;
  readonly productName?: string;
  readonly opened: boolean;
  readonly configuration: UsbConfiguration | null;
  readonly configurations: readonly UsbConfiguration[];
  open(): Promise<void>;
  close(): Promise<void>;
  selectConfiguration(value: number): Promise<void>;
  claimInterface(interfaceNumber: number): Promise<void>;
  releaseInterface(interfaceNumber: number): Promise<void>;
  selectAlternateInterface(interfaceNumber: number, alternateSetting: number): Promise<void>;
  clearHalt(direction: 'in' | 'out', endpointNumber: number): Promise<void>;
  transferOut(endpointNumber: number, data: Uint8Array): Promise<{ status: string }>;
};
type Usb = {
  requestDevice(options: { filters: { classCode?: number }[] }): Promise<UsbDevice>;
  getDevices(): Promise<UsbDevice[]>;
};

/** USB class 7: printers. Many Chinese receipt printers say "vendor specific" (255) instead. */
const PRINTER_CLASS = 7;
const VENDOR_CLASS = 255;

function classRank(interfaceClass: number): number {
  if (interfaceClass === PRINTER_CLASS) return 0;
  return interfaceClass === VENDOR_CLASS ? 1 : 2;
}

function usb(): Usb | undefined {
  return (navigator as Navigator & { usb?: Usb }).usb;
}

/** Whether this browser can drive a USB printer (Chromium over HTTPS or localhost). */
export function hasWebUsb(): boolean {
  return usb() !== undefined;
}

/**
 * The interface and bulk OUT endpoint that take print data: a printer-class interface first, else
 * a vendor-specific one, else any interface with a bulk OUT endpoint. Null when there is none.
 */
export function printerEndpoint(
  configuration: UsbConfiguration,
): { interfaceNumber: number; alternateSetting: number; endpointNumber: number } | null {
  const candidates = configuration.interfaces.flatMap((iface) =>
    iface.alternates.flatMap((alternate) =>
      alternate.endpoints
        .filter((endpoint) => endpoint.direction === 'out' && endpoint.type === 'bulk')
        .map((endpoint) => ({
          interfaceNumber: iface.interfaceNumber,
          alternateSetting: alternate.alternateSetting,
          endpointNumber: endpoint.endpointNumber,
          rank: classRank(alternate.interfaceClass),
        })),
    ),
  );
  const best = candidates.sort((a, b) => a.rank - b.rank)[0];
  if (!best) return null;
  return {
    interfaceNumber: best.interfaceNumber,
    alternateSetting: best.alternateSetting,
    endpointNumber: best.endpointNumber,
  };
}

/** Asks the cashier to pick the printer (the browser's own chooser; needs a click). */
export async function pairUsbPrinter(paper: Paper): Promise<LocalPrinter> {
  const api = usb();
  if (!api) throw new Error('WebUSB is not available in this browser');
  const device = await api.requestDevice({ filters: [] });
  return {
    kind: 'usb',
    paper,
    vendorId: device.vendorId,
    productId: device.productId,
    name: device.productName ?? usbIds(device.vendorId, device.productId),
  };
}

/** `1a86:7523`: how USB devices are told apart when they have no name. */
export function usbIds(vendorId: number, productId: number): string {
  const hex = (n: number) => n.toString(16).padStart(4, '0');
  return `${hex(vendorId)}:${hex(productId)}`;
}

/**
 * Sends raw ESC/POS bytes to the paired USB printer: opens it, picks the configuration, the
 * interface's alternate setting and its bulk OUT endpoint, writes, and lets go of the device again
 * (a stalled endpoint is cleared first, so one failed print does not block the next). Throws when
 * the printer is not plugged in or refuses.
 */
export async function writeUsbPrinter(
  printer: Extract<LocalPrinter, { kind: 'usb' }>,
  bytes: Uint8Array,
): Promise<void> {
  const api = usb();
  if (!api) throw new Error('WebUSB is not available in this browser');
  const device = (await api.getDevices()).find(
    (d) => d.vendorId === printer.vendorId && d.productId === printer.productId,
  );
  if (!device) throw new Error('the USB printer is not connected');
  if (!device.opened) await device.open();
  const configuration = device.configuration ?? device.configurations[0];
  if (!configuration) throw new Error('the USB printer has no configuration');
  if (device.configuration === null) await device.selectConfiguration(configuration.configurationValue);
  const endpoint = printerEndpoint(configuration);
  if (!endpoint) throw new Error('the USB device takes no print data');
  await device.claimInterface(endpoint.interfaceNumber);
  try {
    await device.selectAlternateInterface(endpoint.interfaceNumber, endpoint.alternateSetting);
    const result = await device.transferOut(endpoint.endpointNumber, bytes);
    if (result.status === 'stall') await device.clearHalt('out', endpoint.endpointNumber);
    if (result.status !== 'ok') throw new Error(`the USB printer answered ${result.status}`);
  } finally {
    await device.releaseInterface(endpoint.interfaceNumber).catch(() => undefined);
    await device.close().catch(() => undefined);
  }
}
