import type { Me, Product, Shift } from '@kassa/api';
import { priceTicket, Ticket, type TicketLine, ticketDiscountShare } from '@kassa/core';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { beep } from '../shared/audio/beep';
import { useToast } from '../shared/components/use-toast';
import { errorMessage } from '../shared/errors/error-message';
import { newId } from '../shared/new-id';
import { browserStorage } from '../shared/storage';
import { ApprovalDialog, type ApprovalRequest } from './approval/approval-dialog';
import { editedLineShare, missingApproval } from './approval/missing-approval';
import { CartPanel } from './cart/cart-panel';
import { TICKET_APPROVAL } from './cart/cart-state';
import { LineDialog } from './cart/line-dialog';
import { OpenPriceDialog } from './cart/open-price-dialog';
import { TicketDiscountDialog } from './cart/ticket-discount-dialog';
import { lineForProduct, lineForScan } from './cart/ticket-line';
import { VoidTicketDialog } from './cart/void-ticket-dialog';
import type { CatalogIndex } from './catalog/catalog-index';
import { cashRoundingRule, pricingSettings } from './catalog/pricing-settings';
import { resolveScan } from './catalog/resolve-scan';
import { SyncPanel } from './outbox/sync-panel';
import { useOnline } from './outbox/use-online';
import type { RegisterOutbox } from './outbox/use-outbox';
import { ParkDialog } from './park/park-dialog';
import { ParkedListDialog } from './park/parked-list-dialog';
import { PayDialog } from './pay/pay-dialog';
import { hasSavedPayment } from './pay/payment-storage';
import { PrinterDialog } from './printing/printer-dialog';
import { usePrinting } from './printing/use-printing';
import { ProductPicker } from './products/product-picker';
import { useQuickKeys } from './quick-keys/use-quick-keys';
import { ReceiptPanel } from './receipt/receipt-panel';
import { loadExchangeCredit, saveExchangeCredit } from './refund/exchange-credit';
import { ExchangeCreditBanner } from './refund/exchange-credit-banner';
import { RefundDialog } from './refund/refund-dialog';
import { RegisterHeader } from './register-header';
import { ScanField } from './scan/scan-field';
import { useScanner } from './scan/use-scanner';
import { ShiftDialogs } from './shift/shift-dialogs';
import { ShortcutHints } from './shortcut-hints';
import { useCustomerDisplay } from './use-customer-display';
import type { RegisterInfo } from './use-register-info';
import { useRegisterShortcuts } from './use-register-shortcuts';
import { useSale } from './use-sale';

type OpenDialog =
  | {
      readonly kind:
        | 'pay'
        | 'discount'
        | 'clear'
        | 'shift'
        | 'park'
        | 'parked'
        | 'refund'
        | 'printer'
        | 'sync';
    }
  | { readonly kind: 'line'; readonly lineId: string }
  /** An open-price product waits for the price the cashier types. */
  | { readonly kind: 'openPrice'; readonly line: TicketLine };

export type SaleScreenProps = {
  readonly index: CatalogIndex;
  readonly registerId: string;
  readonly registerName: string | null;
  /** This register as the server has it (training mode, printer, handover times, numbers). */
  readonly registerInfo: RegisterInfo;
  readonly outbox: RegisterOutbox;
  readonly me: Me;
  readonly shift: Shift;
  readonly onShiftClosed: () => void;
  readonly onReload: () => void;
  readonly onSignOut: () => void;
};

/** The register screen: scan or pick products, edit the cart, pay, receipt. */
export function SaleScreen({
  index,
  registerId,
  registerName,
  registerInfo: training,
  outbox,
  me,
  shift,
  onShiftClosed,
  onReload,
  onSignOut,
}: SaleScreenProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const quickKeys = useQuickKeys(registerId, index);
  const sale = useSale(index, training.register, outbox, registerId, shift.id, onReload, {
    on: training.training,
    reload: training.reload,
  });
  const { cart, completed } = sale;
  const online = useOnline(outbox.lastError);
  useCustomerDisplay(index.store.name, cart.priced, completed);
  // A payment a reload interrupted (a QR payment under way, tenders taken) opens again where it was.
  const [dialog, setDialog] = useState<OpenDialog | null>(() =>
    sale.cart.state.saleId && hasSavedPayment(browserStorage, sale.cart.state.saleId)
      ? { kind: 'pay' }
      : null,
  );
  const [exchangeCredit, setExchangeCredit] = useState(() => loadExchangeCredit(browserStorage));
  const keepCredit = (amount: number) => {
    saveExchangeCredit(browserStorage, amount);
    setExchangeCredit(amount);
  };
  const searchRef = useRef<HTMLInputElement>(null);
  const frameRef = useRef<HTMLIFrameElement>(null);
  const currency = index.store.currency;
  const hasLines = cart.state.ticket.lines.length > 0;
  const selected = cart.state.selectedLineId;

  // An open-price product is added once the cashier has typed its price (with the permission to).
  const addOrAskPrice = (line: TicketLine) => {
    if (!index.byId.get(line.productId)?.openPrice) {
      sale.add(line);
      return;
    }
    if (!me.permissions.includes('sale.open_price')) {
      beep();
      toast(t('errors.open_price_forbidden'), 'error');
      return;
    }
    // After the current key is done, so its Enter cannot submit the dialog.
    setTimeout(() => setDialog({ kind: 'openPrice', line }), 0);
  };
  const askPriceRef = useRef(addOrAskPrice);
  askPriceRef.current = addOrAskPrice;

  const scanner = useScanner({
    enabled: dialog === null,
    onScan(code) {
      const outcome = resolveScan(code, index);
      if (!outcome.ok) {
        beep();
        scanner.fail(t(`register.scan.errors.${outcome.code}`, { code }));
        return;
      }
      scanner.clearError();
      // A typed PLU (PLU 码) adds its product as a tap does: weighed goods ask for the weight.
      if (outcome.kind === 'plu') pick(outcome.product);
      else addOrAskPrice(lineForScan(outcome, index, newId()));
    },
    onEmpty: () => completed && sale.newSale(),
  });

  const { add } = sale;
  const { clearError, focus } = scanner;
  // Stable, so the product grid (memoized) does not re-render on every scan.
  const pick = useCallback(
    (product: Product) => {
      const line = lineForProduct(product, index, newId());
      clearError();
      if (index.byId.get(line.productId)?.openPrice) {
        askPriceRef.current(line);
        return;
      }
      add(line);
      // Goods sold by weight without a scale label: the cashier types the weight straight away. The
      // dialog opens after the current key or click is done, so its Enter cannot submit the dialog.
      if (product.unit === 'kg') setTimeout(() => setDialog({ kind: 'line', lineId: line.id }), 0);
      else focus();
    },
    [index, add, clearError, focus],
  );

  const printing = usePrinting(registerId, training.printer);
  const print = () => completed && void printing.printSale(completed.saleId, frameRef);
  const openPay = () => {
    if (!hasLines) return;
    const missing = missingApproval(cart.state, cart.priced, me.discountLimitBp, index.store.roundingMode);
    if (!(missing && askApproval(missing.key, missing.basisPoints, true))) setDialog({ kind: 'pay' });
  };

  useRegisterShortcuts(
    {
      onPay: openPay,
      onSearch: () => searchRef.current?.focus(),
      onDiscount: () => hasLines && setDialog({ kind: 'discount' }),
      onEditLine: () => selected && setDialog({ kind: 'line', lineId: selected }),
      onPrint: () => completed?.status === 'recorded' && print(),
      onStep: (delta) => selected && cart.dispatch({ type: 'step', lineId: selected, delta }),
      onRemoveLine: () => selected && cart.dispatch({ type: 'remove', lineId: selected, at: Date.now() }),
      onPark: () => setDialog({ kind: hasLines ? 'park' : 'parked' }),
      onQuickKey: (n) => {
        const shown = quickKeys.keys[n];
        if (shown) pick(shown.product);
        else beep();
      },
    },
    scanner.inputRef,
    scanner.isEmpty,
  );

  const close = () => setDialog(null);
  // A discount beyond the cashier's limit waits here for a manager's PIN; `thenPay` resumes paying.
  const [approval, setApproval] = useState<{
    readonly key: string;
    readonly request: ApprovalRequest;
    readonly thenPay: boolean;
  } | null>(null);
  const askApproval = (key: string, basisPoints: number, thenPay = false) => {
    const ticketId = cart.state.saleId;
    if (basisPoints <= me.discountLimitBp || ticketId === null) return false;
    setApproval({
      key,
      request: { basisPoints, limitBp: me.discountLimitBp, ticketId, target: key },
      thenPay,
    });
    return true;
  };

  const editing =
    dialog?.kind === 'line' ? cart.state.ticket.lines.find((l) => l.id === dialog.lineId) : undefined;

  return (
    <div className="register" data-testid="register">
      <RegisterHeader
        storeName={index.store.name}
        registerName={registerName}
        cashier={me.displayName}
        pending={outbox.known ? outbox.status.pending : null}
        offline={online.offline}
        onSync={() => setDialog({ kind: 'sync' })}
        onShift={() => setDialog({ kind: 'shift' })}
        onPrinter={
          me.permissions.includes('register.manage') ? () => setDialog({ kind: 'printer' }) : undefined
        }
        onRefund={me.permissions.includes('refund.create') ? () => setDialog({ kind: 'refund' }) : undefined}
        training={training.training}
        onTraining={
          me.permissions.includes('register.training') && !hasLines && outbox.status.pending === 0
            ? () =>
                void training
                  .setTraining(!training.training)
                  .catch((error: unknown) => toast(errorMessage(t, error), 'error'))
            : undefined
        }
        onReload={onReload}
        onSignOut={onSignOut}
      />
      <div className="register__left">
        <ScanField scanner={scanner} />
        <ProductPicker
          index={index}
          onPick={pick}
          searchRef={searchRef}
          quickKeys={quickKeys}
          mayEditQuickKeys={me.permissions.includes('register.manage')}
        />
      </div>
      <div className="register__right">
        <ExchangeCreditBanner amount={exchangeCredit} currency={currency} onDrop={() => keepCredit(0)} />
        {completed && !hasLines ? (
          <ReceiptPanel sale={completed} frameRef={frameRef} onPrint={print} onNewSale={sale.newSale} />
        ) : (
          <CartPanel
            cart={cart}
            onEditLine={(lineId) => setDialog({ kind: 'line', lineId })}
            onTicketDiscount={() => setDialog({ kind: 'discount' })}
            onClear={() => setDialog({ kind: 'clear' })}
            onPark={() => setDialog({ kind: 'park' })}
            onResume={() => setDialog({ kind: 'parked' })}
            onPay={openPay}
          />
        )}
      </div>
      <ShortcutHints />
      <RefundDialog
        open={dialog?.kind === 'refund'}
        index={index}
        registerId={registerId}
        registerCode={training.register?.code ?? null}
        outbox={outbox}
        shiftId={shift.id}
        mayApprove={me.permissions.includes('return.unreceipted')}
        onExchange={(cash) => {
          keepCredit(exchangeCredit + cash);
          close();
        }}
        onClose={close}
      />
      <OpenPriceDialog
        line={dialog?.kind === 'openPrice' ? dialog.line : null}
        currency={currency}
        onClose={close}
        onPrice={(line, unitPrice) => {
          sale.add({ ...line, unitPrice });
          close();
        }}
      />
      <ParkDialog
        open={dialog?.kind === 'park'}
        onClose={close}
        onPark={async (note) => {
          const failure = await sale.park(note);
          if (!failure) {
            close();
            toast(t('register.park.parked'), 'success');
          }
          return failure;
        }}
      />
      <ParkedListDialog
        open={dialog?.kind === 'parked'}
        storeId={index.store.id}
        currency={currency}
        timeZone={index.store.timeZone}
        onClose={close}
        onResume={async (ticket) => {
          const failure = await sale.resume(ticket);
          if (!failure) close();
          return failure;
        }}
      />
      <ShiftDialogs
        open={dialog?.kind === 'shift'}
        onOpen={() => setDialog({ kind: 'shift' })}
        onClose={close}
        // At the register's handover time, once no ticket is being rung up.
        idle={dialog === null && approval === null && !hasLines}
        receiptShowing={completed !== null && !hasLines}
        shift={shift}
        me={me}
        currency={currency}
        timeZone={index.store.timeZone}
        outbox={outbox}
        printing={printing}
        handoverTimes={training.handoverTimes}
        onHandoverSaved={training.reload}
        onShiftClosed={onShiftClosed}
        onSignOut={onSignOut}
      />
      <SyncPanel
        open={dialog?.kind === 'sync'}
        onClose={close}
        status={outbox.status}
        lastError={outbox.lastError}
        timeZone={index.store.timeZone}
        onSendNow={outbox.sendNow}
        onChanged={() => void outbox.refresh()}
      />
      <PrinterDialog
        open={dialog?.kind === 'printer'}
        registerId={registerId}
        serverPrinter={training.printer}
        printing={printing}
        onSaved={training.reload}
        onClose={close}
      />
      <LineDialog
        line={editing ?? null}
        currency={currency}
        onClose={close}
        onApply={(lineId, quantity, discount, unitPrice) => {
          const line = cart.state.ticket.lines.find((l) => l.id === lineId);
          cart.dispatch({ type: 'setQuantity', lineId, quantity });
          cart.dispatch({ type: 'overridePrice', lineId, unitPrice });
          cart.dispatch({ type: 'setLineDiscount', lineId, discount });
          close();
          if (!line) return;
          const edit = { quantity, unitPrice, discount };
          askApproval(lineId, editedLineShare(line, edit, currency, pricingSettings(index.store)));
        }}
        onRemove={(lineId) => {
          cart.dispatch({ type: 'remove', lineId, at: Date.now() });
          close();
        }}
      />
      <TicketDiscountDialog
        open={dialog?.kind === 'discount'}
        current={cart.state.ticket.discount}
        currency={currency}
        onClose={close}
        onApply={(discount) => {
          cart.dispatch({ type: 'setTicketDiscount', discount });
          close();
          // As the server counts it: with the lines' own reductions, discounts stack.
          const settings = pricingSettings(index.store);
          const after = priceTicket(Ticket.setTicketDiscount(cart.state.ticket, discount), settings);
          askApproval(TICKET_APPROVAL, ticketDiscountShare(after, discount, settings.roundingMode));
        }}
      />
      <ApprovalDialog
        request={approval?.request ?? null}
        registerId={registerId}
        onClose={() => setApproval(null)}
        onApproved={(id, approverName) => {
          if (!approval) return;
          const { key, request, thenPay } = approval;
          cart.dispatch({ type: 'approve', key, approval: { id, basisPoints: request.basisPoints } });
          setApproval(null);
          toast(t('register.approval.approved', { name: approverName }), 'success');
          if (thenPay) setDialog({ kind: 'pay' });
        }}
      />
      <PayDialog
        open={dialog?.kind === 'pay'}
        saleId={cart.state.saleId ?? ''}
        registerId={registerId}
        shiftId={shift.id}
        due={cart.priced.total}
        currency={currency}
        rule={cashRoundingRule(index.store)}
        credit={exchangeCredit}
        onClose={close}
        onComplete={async (tenders, settlement) => {
          const failure = await sale.complete(tenders, settlement);
          if (!failure) {
            keepCredit(0);
            close();
          }
          return failure;
        }}
      />
      <VoidTicketDialog open={dialog?.kind === 'clear'} onClose={close} onVoid={sale.voidTicket} />
    </div>
  );
}
