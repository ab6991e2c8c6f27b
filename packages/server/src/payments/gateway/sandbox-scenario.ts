/**
 * How the sandbox gateway treats a payment, chosen by the payment code's last digit so a tester
 * (or a test) picks the gateway's behaviour by the code they scan:
 * - `1` user_paying: the customer confirms with a password; paid `confirmAfterMs` later;
 * - `2` declined: failed `NOT_ENOUGH`, nothing charged;
 * - `3` never_confirms: user paying until reversed;
 * - `4` lost_answer: paid, but the connection is dropped without an answer;
 * - `5` slow: paid at once, the answer is held for `slowMs`;
 * - anything else: instant success.
 */
export type SandboxScenario =
  | 'instant'
  | 'user_paying'
  | 'declined'
  | 'never_confirms'
  | 'lost_answer'
  | 'slow';

const BY_LAST_DIGIT: Readonly<Record<string, SandboxScenario>> = {
  '1': 'user_paying',
  '2': 'declined',
  '3': 'never_confirms',
  '4': 'lost_answer',
  '5': 'slow',
};

/** The scenario a payment code asks for. */
export function sandboxScenarioOf(authCode: string): SandboxScenario {
  return BY_LAST_DIGIT[authCode.slice(-1)] ?? 'instant';
}
