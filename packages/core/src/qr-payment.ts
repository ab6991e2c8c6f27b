/**
 * Where a QR payment (扫码付) stands with the gateway:
 * - `paying`: the pay request is about to be sent, or was sent and its answer was lost;
 * - `user_paying`: the customer must confirm on their phone; the gateway is queried until the deadline;
 * - `succeeded`: paid (final, unless the cashier cancels before the sale completes);
 * - `failed`: declined or closed, nothing was charged (final);
 * - `reversing`: being cancelled at the gateway (timeout or cashier), refunding it if it was paid;
 * - `reversed`: cancelled; whatever was charged goes back (final).
 */
export type QrPaymentStatus = 'paying' | 'user_paying' | 'succeeded' | 'failed' | 'reversing' | 'reversed';

/** A QR payment's state as the server keeps it. Changed only by the functions below. */
export type QrPayment = {
  readonly status: QrPaymentStatus;
  /**
   * Whether the pay request may have reached the gateway. It is stored before the request goes out;
   * from then on only queries and a reverse are safe, never a second pay (no double charge).
   */
  readonly paySent: boolean;
  /** When waiting for the customer ends and the payment is reversed. */
  readonly deadline: number;
  /** When the next gateway call is due. */
  readonly nextAt: number;
  /** Gateway calls in a row whose outcome was unknown; the retry delay doubles with each. */
  readonly unknownCount: number;
  readonly transactionId: string | null;
  readonly failureCode: string | null;
  readonly failureMessage: string | null;
};

/** What a gateway answered to a pay, query or reverse. `unknown`: no usable answer (network, timeout). */
export type QrGatewayAnswer =
  | { readonly kind: 'success'; readonly transactionId: string }
  | { readonly kind: 'user_paying' }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'reversed' }
  | { readonly kind: 'unknown'; readonly reason: string };

/** The gateway call a payment needs next. */
export type QrStep = 'pay' | 'query' | 'reverse';

/** How long to wait between polls, for the customer, and before retrying an unknown outcome. */
export type QrTiming = {
  readonly pollMs: number;
  readonly timeoutMs: number;
  readonly retryMs: number;
  readonly maxRetryMs: number;
};

/** Poll every 2 s, give the customer 60 s, retry unknown outcomes after 1, 2, 4… up to 30 s. */
export const DEFAULT_QR_TIMING: QrTiming = {
  pollMs: 2000,
  timeoutMs: 60_000,
  retryMs: 1000,
  maxRetryMs: 30_000,
};

const FINAL: ReadonlySet<QrPaymentStatus> = new Set(['succeeded', 'failed', 'reversed']);

/** Whether the gateway has nothing more to do for this payment. */
export function isQrPaymentSettled(payment: QrPayment): boolean {
  return FINAL.has(payment.status);
}

/** A payment about to be sent at `now`. */
export function startQrPayment(now: number, timing: QrTiming): QrPayment {
  return {
    status: 'paying',
    paySent: false,
    deadline: now + timing.timeoutMs,
    nextAt: now,
    unknownCount: 0,
    transactionId: null,
    failureCode: null,
    failureMessage: null,
  };
}

/** The gateway call this payment needs (when `nextAt` comes), or null when it is settled. */
export function qrDueStep(payment: QrPayment): QrStep | null {
  switch (payment.status) {
    case 'paying':
      return payment.paySent ? 'query' : 'pay';
    case 'user_paying':
      return 'query';
    case 'reversing':
      return 'reverse';
    default:
      return null;
  }
}

/** The state to store before sending `step`: a pay is marked sent first, so it is never sent twice. */
export function qrBeforeSending(payment: QrPayment, step: QrStep): QrPayment {
  return step === 'pay' ? { ...payment, paySent: true } : payment;
}

/**
 * The state after the gateway answered `step` at `now`. An unknown outcome is never taken for a
 * failure: the same question is asked again later (a lost pay answer becomes a query), and once
 * the deadline has passed an unfinished payment is reversed, which also closes the order so a late
 * pay cannot charge the customer.
 */
export function qrAfterAnswer(
  payment: QrPayment,
  step: QrStep,
  answer: QrGatewayAnswer,
  now: number,
  timing: QrTiming,
): QrPayment {
  const settled = { ...payment, unknownCount: 0, nextAt: now };
  const retry = (): QrPayment => {
    const next = { ...payment, unknownCount: payment.unknownCount + 1 };
    if (step !== 'reverse' && now >= payment.deadline) return reversing(next, now);
    const delay = Math.min(timing.maxRetryMs, timing.retryMs * 2 ** payment.unknownCount);
    return { ...next, nextAt: now + delay };
  };
  if (step === 'reverse') {
    return answer.kind === 'reversed' ? { ...settled, status: 'reversed' } : retry();
  }
  switch (answer.kind) {
    case 'success':
      return { ...settled, status: 'succeeded', transactionId: answer.transactionId };
    case 'failed':
      return { ...settled, status: 'failed', failureCode: answer.code, failureMessage: answer.message };
    case 'user_paying':
      return now >= payment.deadline
        ? reversing(settled, now)
        : { ...settled, status: 'user_paying', nextAt: now + timing.pollMs };
    case 'not_found':
      // The pay never arrived (or has not yet): close the order so a late one cannot charge.
      return step === 'query' ? reversing(settled, now) : retry();
    case 'reversed':
      return { ...settled, status: 'reversed' };
    case 'unknown':
      return retry();
  }
}

/**
 * The cashier cancels (撤销) a payment that is not finished or that succeeded but was not used by a
 * sale (the caller checks that): it is reversed at the gateway, refunding the customer if charged.
 * A payment never sent is simply reversed; a failed or reversed one stays as it is.
 */
export function qrRequestCancel(payment: QrPayment, now: number): QrPayment {
  if (payment.status === 'failed' || payment.status === 'reversed' || payment.status === 'reversing')
    return payment;
  if (payment.status === 'paying' && !payment.paySent) return { ...payment, status: 'reversed', nextAt: now };
  return reversing(payment, now);
}

function reversing(payment: QrPayment, now: number): QrPayment {
  return { ...payment, status: 'reversing', nextAt: now, unknownCount: 0 };
}
