import { describe, expect, it } from 'vitest';
import { positional, type RetailMonth, readOnlineRetail } from './online-retail';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID';

/** A few lines with every quirk of the real file (see /work/shared/data/README.md). */
const FILE = [
  HEADER,
  // A float artefact: 2.55, not 2.54.
  '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26,2.5499999999999998,17850',
  // The same article in lower case, at another price, with a trailing space in its name.
  '536366,85123a,WHITE HANGING HEART T-LIGHT HOLDER ,2,2010-12-01 08:28,2.95,17850',
  // Quoted, with a comma and a doubled quote; a zero price; no customer; the invoice spans 2 minutes.
  '536367,22041,"RECORD FRAME 7"" SINGLE SIZE, ",48,2010-12-01 08:35,2.1,',
  '536367,22632,HAND WARMER RED POLKA DOT,1,2010-12-01 08:34,0,',
  '536368,BANK CHARGES,Bank Charges,1,2010-12-01 09:00,15,15823',
  // A cancellation, with a discount line.
  'C536379,D,Discount,-1,2010-12-01 09:41,27.5,14527',
  'C536379,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-2,2010-12-01 09:41,2.95,14527',
  // A stock adjustment: negative, price 0, a note instead of a name, no customer.
  '536370,22632,damages,-9360,2010-12-01 10:00,0,',
  '536371,gift_0001_40,Dotcomgiftshop Gift Voucher £40.00,1,2010-12-01 10:05,34.04,',
  '536372,21134,,2,2010-12-01 10:06,1.25,',
].join('\r\n');

const month = (): RetailMonth => {
  const read = readOnlineRetail(FILE);
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return read.value;
};

describe('readOnlineRetail', () => {
  it('reads each sale as an invoice at its earliest line, prices in pence from the decimal text', () => {
    expect(month().sales).toEqual([
      {
        invoiceNo: '536365',
        at: '2010-12-01 08:26',
        customerId: '17850',
        lines: [{ sku: '85123A', pieces: 6, unitPrice: 255 }],
      },
      {
        invoiceNo: '536366',
        at: '2010-12-01 08:28',
        customerId: '17850',
        lines: [{ sku: '85123A', pieces: 2, unitPrice: 295 }],
      },
      {
        invoiceNo: '536367',
        at: '2010-12-01 08:34',
        customerId: null,
        lines: [
          { sku: '22041', pieces: 48, unitPrice: 210 },
          { sku: '22632', pieces: 1, unitPrice: 0 },
        ],
      },
      {
        invoiceNo: '536368',
        at: '2010-12-01 09:00',
        customerId: '15823',
        lines: [{ sku: 'BANK-CHARGES', pieces: 1, unitPrice: 1500 }],
      },
      {
        invoiceNo: '536371',
        at: '2010-12-01 10:05',
        customerId: null,
        lines: [{ sku: 'GIFT_0001_40', pieces: 1, unitPrice: 3404 }],
      },
      {
        invoiceNo: '536372',
        at: '2010-12-01 10:06',
        customerId: null,
        lines: [{ sku: '21134', pieces: 2, unitPrice: 125 }],
      },
    ]);
  });

  it('reads a C… invoice as a cancellation, its pieces given back counted positive', () => {
    expect(month().cancellations).toEqual([
      {
        invoiceNo: 'C536379',
        at: '2010-12-01 09:41',
        customerId: '14527',
        lines: [
          { sku: 'D', pieces: 1, unitPrice: 2750 },
          { sku: '85123A', pieces: 2, unitPrice: 295 },
        ],
      },
    ]);
  });

  it('takes a negative line outside a cancellation as a stock adjustment with its note, not a sale', () => {
    expect(month().adjustments).toEqual([
      { invoiceNo: '536370', at: '2010-12-01 10:00', sku: '22632', pieces: -9360, note: 'damages' },
    ]);
  });

  it('names and prices each product by what its lines show most often, and tells goods from money codes', () => {
    expect(month().products).toEqual([
      // No line gives it a name: its SKU is one.
      { sku: '21134', name: '21134', price: 125, kind: 'goods' },
      { sku: '22041', name: 'RECORD FRAME 7" SINGLE SIZE,', price: 210, kind: 'goods' },
      // Named by its sale line, never by the adjustment's note; only ever given away: price 0.
      { sku: '22632', name: 'HAND WARMER RED POLKA DOT', price: 0, kind: 'goods' },
      // 2.55 once, 2.95 once on a sale (the latest wins the tie); the cancellation's price is not counted.
      { sku: '85123A', name: 'WHITE HANGING HEART T-LIGHT HOLDER', price: 295, kind: 'goods' },
      { sku: 'BANK-CHARGES', name: 'Bank Charges', price: 1500, kind: 'fee' },
      { sku: 'D', name: 'Discount', price: 2750, kind: 'discount' },
      { sku: 'GIFT_0001_40', name: 'Dotcomgiftshop Gift Voucher £40.00', price: 3404, kind: 'voucher' },
    ]);
  });

  it('writes exponent notation out positionally, as the spreadsheet wrote one price', () => {
    expect(positional('7.0000000000000007E-2')).toBe('0.070000000000000007');
    expect(positional('1.5e3')).toBe('1500');
    expect(positional('12.345E1')).toBe('123.45');
    expect(positional('2.55')).toBe('2.55');
    const read = readOnlineRetail(
      `${HEADER}\n537618,17038,INCENSE HOLDER,100,2010-12-07 13:50,7.0000000000000007E-2,15061`,
    );
    expect(read.ok && read.value.sales[0]?.lines).toEqual([{ sku: '17038', pieces: 100, unitPrice: 7 }]);
  });

  it('refuses a file it cannot read faithfully, naming the line and the value', () => {
    const withLine = (line: string) => readOnlineRetail(`${HEADER}\n${line}`);
    expect(withLine('536365,85123A,X,6,01/12/2010 08:26,2.55,')).toMatchObject({
      ok: false,
      error: { code: 'bad_value', line: 2, column: 'InvoiceDate', text: '01/12/2010 08:26' },
    });
    expect(withLine('536365,85123A,X,6,2010-12-01 08:26,"2,55",')).toMatchObject({
      error: { code: 'bad_value', column: 'UnitPrice' },
    });
    expect(withLine('536365,85123A,X,6,2010-12-01 08:26,-1.5,')).toMatchObject({
      error: { code: 'bad_value', column: 'UnitPrice' },
    });
    expect(withLine('C536365,85123A,X,6,2010-12-01 08:26,2.55,')).toMatchObject({
      error: { code: 'unclassifiable_line', reason: 'cancellation_not_negative' },
    });
    expect(withLine('536365,85123A,X,-6,2010-12-01 08:26,2.55,')).toMatchObject({
      error: { code: 'unclassifiable_line', reason: 'negative_sale_line' },
    });
    expect(withLine('536365,85123A,X,0,2010-12-01 08:26,2.55,')).toMatchObject({
      error: { code: 'unclassifiable_line', reason: 'zero_quantity' },
    });
    expect(withLine('536365,85123A,X,6,2010-12-01 08:26,2.55,,')).toMatchObject({
      error: { code: 'wrong_field_count', line: 2, count: 8 },
    });
    expect(readOnlineRetail('Invoice,StockCode\n1,2')).toMatchObject({
      error: { code: 'unexpected_columns' },
    });
    expect(withLine('536365,"85123A,X,6')).toMatchObject({ error: { code: 'unreadable_csv', line: 2 } });
  });
});
