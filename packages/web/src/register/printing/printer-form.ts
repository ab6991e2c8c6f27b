import { PrinterBody, type Register } from '@kassa/api';
import type { LocalPrinter, Paper } from './local-printer';
import { DEFAULT_BAUD_RATE } from './serial-printer';

/** How a register prints, as the printer settings offer it. */
export type PrinterChoice = 'dialog' | 'network' | 'device' | 'usb' | 'serial';

/** The printer settings form, every field as typed. */
export type PrinterForm = {
  readonly choice: PrinterChoice;
  readonly paper: Paper;
  readonly host: string;
  readonly port: string;
  readonly path: string;
  readonly baudRate: string;
};

/** Serial speeds receipt printers use. */
export const BAUD_RATES = [9600, 19200, 38400, 57600, 115200] as const;

/** The form for what prints now: this device's printer first, then the server's, else the print dialog. */
export function printerForm(local: LocalPrinter | null, server: Register['printer']): PrinterForm {
  const base = {
    paper: '80' as Paper,
    host: '',
    port: '9100',
    path: '/dev/usb/lp0',
    baudRate: String(DEFAULT_BAUD_RATE),
  };
  if (local) {
    return {
      ...base,
      choice: local.kind,
      paper: local.paper,
      ...(local.kind === 'serial' ? { baudRate: String(local.baudRate) } : {}),
    };
  }
  if (server?.kind === 'network') {
    return { ...base, choice: 'network', paper: server.paper, host: server.host, port: String(server.port) };
  }
  if (server?.kind === 'device') return { ...base, choice: 'device', paper: server.paper, path: server.path };
  return { ...base, choice: 'dialog' };
}

/** The field a person must fix first, by its form name. */
export type PrinterFormError = { readonly field: 'host' | 'port' | 'path' };

/**
 * The server printer the form sets (null: none), or the field to fix: checked by the API's own
 * schema, so the form refuses exactly what the server would (a device that is not a printer, a
 * link-local host).
 */
export function serverPrinterOf(
  form: PrinterForm,
): { ok: true; printer: Register['printer'] } | { ok: false; error: PrinterFormError } {
  const draft =
    form.choice === 'network'
      ? { kind: 'network', host: form.host.trim(), port: Number(form.port), paper: form.paper }
      : form.choice === 'device'
        ? { kind: 'device', path: form.path.trim(), paper: form.paper }
        : null;
  const parsed = PrinterBody.safeParse({ printer: draft });
  if (parsed.success) return { ok: true, printer: parsed.data.printer };
  const field = parsed.error.issues[0]?.path[1];
  return {
    ok: false,
    error: {
      field: field === 'port' || field === 'path' ? field : form.choice === 'device' ? 'path' : 'host',
    },
  };
}
