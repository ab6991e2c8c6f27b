import { roundDiv } from './rounding';

/**
 * The unit cost after a receipt, by moving average (移动加权平均): what was on hand at the old cost
 * and what came in at its cost, per unit, rounded half-up to a minor unit. Quantities are in
 * thousandths, costs in minor units per unit.
 * - Nothing (or less than nothing: sales ran ahead of the books) on hand, or no cost known before:
 *   the receipt's cost. A shortfall has no value to average with.
 * - A receipt of nothing or less (a return to the supplier): the cost does not change.
 */
export function movingAverageCost(
  onHand: number,
  cost: number | null,
  received: number,
  receivedCost: number,
): number {
  if (received <= 0) return cost ?? receivedCost;
  if (onHand <= 0 || cost === null) return receivedCost;
  const value = BigInt(onHand) * BigInt(cost) + BigInt(received) * BigInt(receivedCost);
  return roundDiv(value, BigInt(onHand) + BigInt(received), 'half-up');
}
