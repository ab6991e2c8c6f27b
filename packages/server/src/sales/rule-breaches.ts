import type { ErrorCode } from '@kassa/api';
import { HttpError } from '../http/http-error';

/** A business rule a sale broke, recorded with it as an alert. */
export type RuleBreach = { readonly code: ErrorCode; readonly details: Readonly<Record<string, unknown>> };

/**
 * What happens when a sale breaks a business rule (a price that changed, a discount nobody
 * approved, a shift closed meanwhile…). A sale being rung up is refused, so the cashier can put it
 * right while the customer is there; a sale that already happened offline is a fact: it is
 * recorded as it was, and each breach becomes an alert for the owner (DESIGN.md §5).
 */
export type RuleBreaches = {
  /** Refuses the sale with `code` (throws HttpError), or notes the breach and returns. */
  report(code: ErrorCode, details?: Readonly<Record<string, unknown>>): void;
  /** The breaches noted so far. */
  readonly noted: readonly RuleBreach[];
};

/** Breaches refuse the sale: the first one throws. */
export function refuseBreaches(): RuleBreaches {
  return {
    report(code, details) {
      throw new HttpError(code, details);
    },
    noted: [],
  };
}

/** Breaches are noted and the sale goes on (a fact from a register's outbox). */
export function noteBreaches(): RuleBreaches {
  const noted: RuleBreach[] = [];
  return {
    report(code, details = {}) {
      noted.push({ code, details });
    },
    noted,
  };
}
