import { ApiError, type Register } from '@kassa/api';
import { OPEN_DRAWER } from '@kassa/core';
import { type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api';
import { useToast } from '../../shared/components/use-toast';
import { errorMessage } from '../../shared/errors/error-message';
import { browserStorage } from '../../shared/storage';
import { type LocalPrinter, loadLocalPrinter, saveLocalPrinter } from './local-printer';
import { writeLocalPrinter } from './write-local-printer';

/** A shift's X or close report, or a Z report, to print. */
export type PrintableReport = { readonly kind: 'shift' | 'z'; readonly id: string };

/** Where this register prints: its printer on the server, one on this device, or the print dialog. */
export type PrintTarget = 'server' | 'local' | 'dialog';

function receiptPrinted(copy: boolean): string {
  return copy ? 'register.receipt.printedCopy' : 'register.receipt.printed';
}

/**
 * Printing at this register. A printer paired on this device (WebUSB, Web Serial) comes first: it
 * is the one in front of the cashier. Else the register's printer on the server prints (network or
 * USB on the server), else the browser's print dialog prints the page. Every outcome shows a toast.
 */
export function usePrinting(registerId: string, serverPrinter: Register['printer']) {
  const { t } = useTranslation();
  const toast = useToast();
  const [local, setLocal] = useState(() => loadLocalPrinter(browserStorage));
  const target: PrintTarget = local ? 'local' : serverPrinter ? 'server' : 'dialog';

  const pairLocal = useCallback((printer: LocalPrinter | null) => {
    saveLocalPrinter(browserStorage, printer);
    setLocal(printer);
  }, []);

  // One print at a time: a second press of Print while one runs is ignored, not a second original.
  const busy = useRef(false);
  // The bytes of a receipt this device's printer failed on: the server counted it already, so the
  // next try sends the same original (with its drawer kick) instead of asking for a copy.
  const failed = useRef<{
    readonly saleId: string;
    readonly bytes: Uint8Array;
    readonly copy: boolean;
  } | null>(null);

  const report = useCallback(
    // The task answers what to tell the cashier once printed (nothing for the print dialog).
    async (task: () => Promise<string | undefined>) => {
      if (busy.current) return;
      busy.current = true;
      try {
        const done = await task();
        if (done) toast(t(done), 'success');
      } catch (error) {
        // The server's refusals have codes; the device's (unplugged, no paper) are the browser's own.
        toast(
          error instanceof ApiError ? errorMessage(t, error) : t('register.printer.localFailed'),
          'error',
        );
      } finally {
        busy.current = false;
      }
    },
    [t, toast],
  );

  const printSale = useCallback(
    (saleId: string, frame: RefObject<HTMLIFrameElement | null>) =>
      report(async () => {
        if (local) {
          let job = failed.current?.saleId === saleId ? failed.current : null;
          if (!job) {
            const answer = await api.call('printJob', {
              params: { id: saleId },
              body: { registerId, width: local.paper },
            });
            const copy = answer.headers.get('kassa-receipt-copy') === 'true';
            job = { saleId, bytes: new Uint8Array(await answer.arrayBuffer()), copy };
          }
          failed.current = job;
          await writeLocalPrinter(local, job.bytes);
          failed.current = null;
          return receiptPrinted(job.copy);
        }
        if (serverPrinter) {
          const { copy } = await api.call('printReceipt', { params: { id: saleId }, body: { registerId } });
          return receiptPrinted(copy);
        }
        frame.current?.contentWindow?.print();
        return undefined;
      }),
    [report, local, serverPrinter, registerId],
  );

  const printReport = useCallback(
    (printable: PrintableReport) =>
      report(async () => {
        const params = { id: printable.id };
        if (local) {
          const answer = await api.call(printable.kind === 'z' ? 'zReportEscPos' : 'shiftReportEscPos', {
            params,
            query: { width: local.paper },
          });
          await writeLocalPrinter(local, new Uint8Array(await answer.arrayBuffer()));
          return 'register.printer.reportPrinted';
        }
        if (serverPrinter) {
          await api.call(printable.kind === 'z' ? 'printZReport' : 'printShiftReport', {
            params,
            body: { registerId },
          });
          return 'register.printer.reportPrinted';
        }
        window.print();
        return undefined;
      }),
    [report, local, serverPrinter, registerId],
  );

  /** After a no-sale: the server opens a drawer on its printer; one on this device is opened here. */
  const openLocalDrawer = useCallback(async () => {
    if (!local) return;
    await report(async () => {
      await writeLocalPrinter(local, Uint8Array.from(OPEN_DRAWER));
      return undefined;
    });
  }, [report, local]);

  return useMemo(
    () => ({ target, local, pairLocal, printSale, printReport, openLocalDrawer }),
    [target, local, pairLocal, printSale, printReport, openLocalDrawer],
  );
}

/** What {@link usePrinting} gives the register's screens. */
export type Printing = ReturnType<typeof usePrinting>;
