import { describe, expect, it } from 'vitest';
import * as core from './index';

describe('@kassa/core public API', () => {
  // Other packages are written against these names; renaming one is a breaking change.
  it.each([
    'CURRENCY_EXPONENTS',
    'currencyExponent',
    'isCurrencyCode',
    'divideRounded',
    'roundDiv',
    'Money',
    'allocate',
    'formatMoney',
    'formatDecimal',
    'parseMoney',
    'Quantity',
    'lineAmount',
    'computeTax',
    'Ticket',
    'priceTicket',
    'validateTicketLine',
    'roundCash',
    'settle',
    'gtinCheckDigit',
    'validateGtin',
    'expandUpcE',
    'parseScaleBarcode',
    'encodeScaleBarcode',
    'DEFAULT_SCALE_TEMPLATES',
    'classifyScan',
    'buildReceipt',
    'textWidth',
    'layoutReceiptText',
    'canonicalJson',
    'sha256Hex',
    'GENESIS_HASH',
    'journalHash',
    'verifyJournal',
    'uuidV7',
    'isUuid',
    'uuidV7Time',
    'businessDate',
  ])('exports %s', (name) => {
    expect(core).toHaveProperty(name);
  });
});
