import { describe, expect, it } from 'vitest';
import { printerForm, serverPrinterOf } from './printer-form';

describe('printer settings form', () => {
  it("shows this device's printer before the server's, and the print dialog when there is none", () => {
    const server = { kind: 'network' as const, host: '192.168.1.50', port: 9100, paper: '58' as const };
    const serial = { kind: 'serial' as const, paper: '80' as const, baudRate: 19200, name: 'Serial' };
    expect(printerForm(serial, server)).toMatchObject({ choice: 'serial', paper: '80', baudRate: '19200' });
    expect(printerForm(null, server)).toMatchObject({ choice: 'network', host: '192.168.1.50', paper: '58' });
    expect(printerForm(null, null).choice).toBe('dialog');
  });

  it('sends a network printer with a whole port, and names the field a person must fix', () => {
    const form = { ...printerForm(null, null), choice: 'network' as const, host: ' 10.0.0.9 ', port: '9101' };
    expect(serverPrinterOf(form)).toEqual({
      ok: true,
      printer: { kind: 'network', host: '10.0.0.9', port: 9101, paper: '80' },
    });
    expect(serverPrinterOf({ ...form, host: '  ' })).toEqual({ ok: false, error: { field: 'host' } });
    for (const port of ['0', '65536', '91.5', 'abc']) {
      expect(serverPrinterOf({ ...form, port })).toEqual({ ok: false, error: { field: 'port' } });
    }
    // What the server would refuse: a link-local host, a device that is not a printer.
    expect(serverPrinterOf({ ...form, host: '169.254.169.254' })).toEqual({
      ok: false,
      error: { field: 'host' },
    });
    for (const path of ['/dev/fd/3', '/dev/shm/kassa', '/dev/usb/lp0/../../sda']) {
      expect(serverPrinterOf({ ...form, choice: 'device', path })).toEqual({
        ok: false,
        error: { field: 'path' },
      });
    }
    expect(serverPrinterOf({ ...form, choice: 'device', path: '/dev/ttyUSB0' })).toMatchObject({ ok: true });
    expect(serverPrinterOf({ ...form, choice: 'device', path: 'lp0' })).toEqual({
      ok: false,
      error: { field: 'path' },
    });
  });

  it('clears the server printer when this device or the print dialog prints', () => {
    for (const choice of ['dialog', 'usb', 'serial'] as const) {
      expect(serverPrinterOf({ ...printerForm(null, null), choice })).toEqual({ ok: true, printer: null });
    }
  });
});
