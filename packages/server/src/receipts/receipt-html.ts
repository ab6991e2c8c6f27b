import { formatTaxRate, type ReceiptDocument, receiptTenderLabel } from '@kassa/core';
import { escapeHtml as e } from './escape-html';
import { qrSvg } from './qr-svg';
import { receiptFormat } from './receipt-format';
import { RECEIPT_LABELS, type ReceiptLanguage } from './receipt-labels';

/** Paper width of the HTML receipt, in millimetres. */
export type ReceiptPaper = '58' | '80';

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f3f3f3;font:13px/1.45 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif;color:#111}
.receipt{width:var(--paper);margin:16px auto;padding:4mm;background:#fff;box-shadow:0 1px 4px rgba(0,0,0,.15)}
h1{font-size:16px;text-align:center;margin:0 0 2px}
.center{text-align:center}.muted{color:#444;font-size:12px}
table{width:100%;border-collapse:collapse}
td,th{padding:1px 0;vertical-align:top;text-align:left;font-weight:normal}
.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.rule{border-top:1px dashed #000;margin:4px 0}
.sub td{font-size:12px;color:#333;padding-left:8px}
.total td{font-weight:bold;font-size:15px}
.e-receipt svg{width:30mm;height:30mm;display:block;margin:4px auto 0}
.no{font-family:ui-monospace,Menlo,Consolas,monospace;letter-spacing:1px}
button{display:block;margin:12px auto;padding:6px 24px;font-size:14px}
@media print{body{background:#fff}.receipt{margin:0;box-shadow:none;padding:0 2mm}button{display:none}@page{size:var(--paper) auto;margin:0}}
`;

function row(label: string, value: string, className = ''): string {
  return `<tr${className ? ` class="${className}"` : ''}><td>${e(label)}</td><td class="num">${e(value)}</td></tr>`;
}

/**
 * A standalone printable receipt page: receipt-width layout (58 or 80 mm), `@media print` rules
 * that drop everything but the receipt, money formatted for the language and currency, dates on
 * the store's wall clock and card numbers masked to their last four digits.
 */
export function renderReceiptHtml(doc: ReceiptDocument, paper: ReceiptPaper, lang: ReceiptLanguage): string {
  const labels = RECEIPT_LABELS[lang];
  const f = receiptFormat(doc.currency, doc.timeZone, lang, true);
  const lines = doc.lines
    .map((line) => {
      const quantity = f.quantity(line.quantity, line.unit);
      const detail = line.fixedAmount ? quantity : `${quantity} × ${f.money(line.unitPrice)}`;
      const discount = line.discount === 0 ? '' : row(labels.discount, f.money(-line.discount), 'sub');
      return `${row(line.name, f.money(line.gross))}${row(detail, '', 'sub')}${discount}`;
    })
    .join('');
  const totals = [
    row(labels.subtotal, f.money(doc.subtotal)),
    doc.discountTotal === 0 ? '' : row(labels.discount, f.money(-doc.discountTotal)),
    ...(doc.taxMode === 'exclusive'
      ? doc.taxByRate.map((r) => row(`${labels.tax} ${formatTaxRate(r.ratePpm)}`, f.money(r.tax)))
      : []),
    row(labels.total, f.money(doc.total), 'total'),
    doc.cashRounding === 0 ? '' : row(labels.cashRounding, f.money(doc.cashRounding)),
    doc.cashRounding === 0 ? '' : row(labels.dueAfterRounding, f.money(doc.dueAfterRounding)),
  ].join('');
  const tenders = doc.tenders.map((t) => row(receiptTenderLabel(t, labels), f.money(t.tendered))).join('');
  const change = doc.tenders.some((t) => t.kind === 'cash') ? row(labels.change, f.money(doc.change)) : '';
  const taxIncluded =
    doc.taxMode === 'inclusive'
      ? doc.taxByRate
          .filter((r) => r.tax !== 0)
          .map((r) => row(`${labels.taxIncluded} ${formatTaxRate(r.ratePpm)}`, f.money(r.tax), 'sub'))
          .join('')
      : '';
  const store = doc.store;
  return `<!doctype html>
<html lang="${e(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(labels.title)} ${e(doc.receiptNo)}</title>
<style>:root{--paper:${paper}mm}${STYLE}</style></head>
<body><main class="receipt">
<h1>${e(store.name)}</h1>
${store.address ? `<div class="center muted">${e(store.address)}</div>` : ''}
${store.phone ? `<div class="center muted">${e(store.phone)}</div>` : ''}
${doc.training ? `<div class="center training" data-testid="receipt-training">*** ${e(labels.training)} ***</div>` : ''}
<div class="rule"></div>
<table>${row(labels.receiptNo, doc.receiptNo)}${row(labels.register, doc.registerName)}${row(labels.cashier, doc.cashierName)}${row(labels.date, f.date(doc.at))}</table>
<div class="rule"></div>
<table>${lines}</table>
<div class="rule"></div>
<table>${totals}</table>
<div class="rule"></div>
<table>${tenders}${change}${taxIncluded}</table>
<div class="rule"></div>
<div class="center">${e(doc.footer || labels.thanks)}</div>
<div class="center no">${e(doc.barcode)}</div>
${doc.link ? `<div class="center e-receipt" data-testid="e-receipt"><a href="${e(doc.link)}">${qrSvg(doc.link)}</a><div class="muted">${e(labels.eReceipt)}</div></div>` : ''}
</main>
<button type="button" onclick="window.print()">${e(labels.print)}</button>
</body></html>`;
}
