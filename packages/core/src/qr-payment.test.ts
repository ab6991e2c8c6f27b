import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isQrPaymentSettled,
  type QrGatewayAnswer,
  type QrPayment,
  qrAfterAnswer,
  qrBeforeSending,
  qrDueStep,
  qrRequestCancel,
  startQrPayment,
} from './qr-payment';

const timing = { pollMs: 2000, timeoutMs: 60_000, retryMs: 1000, maxRetryMs: 30_000 };
const T0 = 1_000_000;

/** Runs the step the payment is due for, answered with `answer`, at `now`. */
function step(payment: QrPayment, answer: QrGatewayAnswer, now: number): QrPayment {
  const due = qrDueStep(payment);
  if (!due) throw new Error(`nothing due in ${payment.status}`);
  return qrAfterAnswer(qrBeforeSending(payment, due), due, answer, now, timing);
}

const success = { kind: 'success', transactionId: '4200001' } as const;
const unknown = { kind: 'unknown', reason: 'timeout' } as const;

describe('a QR payment', () => {
  it('succeeds at once: pay, then nothing more to do', () => {
    const start = startQrPayment(T0, timing);
    expect(qrDueStep(start)).toBe('pay');
    const paid = step(start, success, T0 + 300);
    expect(paid).toMatchObject({ status: 'succeeded', transactionId: '4200001' });
    expect(qrDueStep(paid)).toBeNull();
    expect(isQrPaymentSettled(paid)).toBe(true);
  });

  it('waits for the customer: user paying is polled every pollMs until it succeeds', () => {
    let p = step(startQrPayment(T0, timing), { kind: 'user_paying' }, T0 + 100);
    expect(p).toMatchObject({ status: 'user_paying', nextAt: T0 + 2100 });
    expect(qrDueStep(p)).toBe('query');
    p = step(p, { kind: 'user_paying' }, T0 + 2100);
    expect(p.nextAt).toBe(T0 + 4100);
    p = step(p, success, T0 + 4100);
    expect(p.status).toBe('succeeded');
  });

  it('reverses when the customer has not confirmed by the deadline', () => {
    let p = step(startQrPayment(T0, timing), { kind: 'user_paying' }, T0);
    p = step(p, { kind: 'user_paying' }, T0 + 60_000);
    expect(p).toMatchObject({ status: 'reversing', nextAt: T0 + 60_000 });
    expect(qrDueStep(p)).toBe('reverse');
    p = step(p, unknown, T0 + 60_100);
    expect(p).toMatchObject({ status: 'reversing', nextAt: T0 + 61_100 });
    p = step(p, { kind: 'reversed' }, T0 + 61_100);
    expect(p.status).toBe('reversed');
    expect(isQrPaymentSettled(p)).toBe(true);
  });

  it('is declined: failed with the gateway reason, final', () => {
    const p = step(
      startQrPayment(T0, timing),
      { kind: 'failed', code: 'NOT_ENOUGH', message: '余额不足' },
      T0,
    );
    expect(p).toMatchObject({ status: 'failed', failureCode: 'NOT_ENOUGH', failureMessage: '余额不足' });
    expect(qrDueStep(p)).toBeNull();
  });

  it('resolves a lost pay answer by querying, never by paying again', () => {
    let p = step(startQrPayment(T0, timing), unknown, T0 + 5000);
    expect(p).toMatchObject({ status: 'paying', paySent: true, nextAt: T0 + 6000 });
    expect(qrDueStep(p)).toBe('query');
    p = step(p, unknown, T0 + 6000);
    expect(p.nextAt).toBe(T0 + 8000);
    p = step(p, success, T0 + 8000);
    expect(p.status).toBe('succeeded');
  });

  it('closes an order the gateway never saw, so a late pay cannot charge', () => {
    let p = step(startQrPayment(T0, timing), unknown, T0);
    p = step(p, { kind: 'not_found' }, T0 + 1000);
    expect(p.status).toBe('reversing');
  });

  it('is cancelled by the cashier: reversed at the gateway, or at once when never sent', () => {
    expect(qrRequestCancel(startQrPayment(T0, timing), T0).status).toBe('reversed');
    const paid = step(startQrPayment(T0, timing), success, T0);
    expect(qrRequestCancel(paid, T0 + 10)).toMatchObject({ status: 'reversing', nextAt: T0 + 10 });
    const failed = step(startQrPayment(T0, timing), { kind: 'failed', code: 'X', message: 'x' }, T0);
    expect(qrRequestCancel(failed, T0 + 10)).toBe(failed);
  });

  const answerArb: fc.Arbitrary<QrGatewayAnswer> = fc.oneof(
    fc.constant(success),
    fc.constant({ kind: 'user_paying' } as const),
    fc.constant({ kind: 'failed', code: 'X', message: 'x' } as const),
    fc.constant({ kind: 'not_found' } as const),
    fc.constant({ kind: 'reversed' } as const),
    fc.constant(unknown),
  );

  it('whatever the gateway answers: one pay at most, and nothing left pending past the deadline', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(answerArb, fc.integer({ min: 0, max: 40_000 }), fc.boolean()), { maxLength: 30 }),
        (script) => {
          let p = startQrPayment(T0, timing);
          let now = T0;
          let pays = 0;
          for (const [answer, wait, cancel] of script) {
            if (cancel && p.status !== 'succeeded') p = qrRequestCancel(p, now);
            const due = qrDueStep(p);
            if (!due) break;
            now = Math.max(now, p.nextAt) + wait;
            if (due === 'pay') pays++;
            p = qrAfterAnswer(qrBeforeSending(p, due), due, answer, now, timing);
            // Past the deadline, an unsettled payment is only ever reversed.
            if (now >= p.deadline && !isQrPaymentSettled(p)) expect(qrDueStep(p)).toBe('reverse');
            expect(p.nextAt).toBeGreaterThanOrEqual(now);
          }
          expect(pays).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('once reversing, only a reversed answer ends it', () => {
    fc.assert(
      fc.property(fc.array(answerArb, { maxLength: 20 }), (answers) => {
        let p = qrRequestCancel(step(startQrPayment(T0, timing), success, T0), T0);
        for (const answer of answers) {
          p = step(p, answer, T0 + 1);
          expect(p.status).toBe(answer.kind === 'reversed' ? 'reversed' : 'reversing');
          if (answer.kind === 'reversed') break;
        }
      }),
    );
  });
});
