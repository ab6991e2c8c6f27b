import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { connect } from 'node:net';
import { OPEN_DRAWER } from '@kassa/core';
import type { Printer } from '@kassa/db';
import { HttpError } from '../http/http-error';

/** How long a printer may take to accept a receipt before Kassa gives up on it. */
const TIMEOUT_MS = 5000;

/**
 * Sends raw ESC/POS bytes to a receipt printer: over TCP (the printers' raw port, usually 9100) or
 * by writing to a device file (a USB printer, e.g. /dev/usb/lp0). Resolves once the printer has
 * taken all the bytes.
 * @throws HttpError `printer_unreachable` when it refuses, is absent or is too slow.
 */
export async function sendToPrinter(printer: Printer, bytes: Uint8Array): Promise<void> {
  try {
    if (printer.kind === 'device') await writeDevice(printer.path, bytes);
    else await writeSocket(printer.host, printer.port, bytes);
  } catch {
    // The reason stays out of the answer: it would tell a caller which hosts and ports answer.
    throw new HttpError('printer_unreachable');
  }
}

/** ESC @ then the drawer pulse: opens the cash drawer connected to the printer. */
export async function kickDrawer(printer: Printer): Promise<void> {
  await sendToPrinter(printer, Uint8Array.from(OPEN_DRAWER));
}

async function writeDevice(path: string, bytes: Uint8Array): Promise<void> {
  // Write to what is there, never create a file: a printer is a device that exists already.
  const handle = await open(path, constants.O_WRONLY | constants.O_APPEND);
  try {
    await handle.write(bytes);
  } finally {
    await handle.close();
  }
}

function writeSocket(host: string, port: number, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    const fail = (error: Error) => {
      socket.destroy();
      reject(error);
    };
    socket.setTimeout(TIMEOUT_MS, () =>
      fail(new Error(`no answer from ${host}:${port} in ${TIMEOUT_MS} ms`)),
    );
    socket.once('error', fail);
    socket.once('connect', () => socket.end(bytes));
    socket.once('close', (hadError) => {
      if (!hadError) resolve();
    });
  });
}
