import { addDays, businessDate, dayNumber, isoWeekday, uuidV7, wallClock } from '@kassa/core';
import type { Database } from 'better-sqlite3';
import { createBasketPricing } from './basket-pricing';
import { writeNoSale, writeRefund, writeVoid } from './history-facts';
import { createHistoryJournal } from './history-journal';
import { prepareHistoryRows } from './history-rows';
import { type DayShifts, type HistoryCounts, type SaleRefund, type Selling, writeSale } from './history-sale';
import { productPicker } from './product-picker';
import type { Shop, ShopStore } from './report-shop';
import type { SeededRandom } from './seeded-random';

export type { HistoryCounts } from './history-sale';

/** Which business dates to fill and with how many sale lines in all. */
export type HistoryPlan = { readonly firstDate: string; readonly days: number; readonly lines: number };

const HOUR = 3_600_000;
const MINUTE = 60_000;
const OPENS = 8;
const CLOSES = 22;
/** Sales per opening hour, 08:00 to 21:59: a lunch and an evening peak. */
const HOUR_WEIGHTS = [3, 5, 7, 9, 12, 9, 7, 7, 8, 11, 13, 11, 7, 4];
/** Sales of 1…10 lines, small baskets more often; 5.05 lines on average. */
const LINE_WEIGHTS = [12, 12, 12, 11, 10, 10, 9, 8, 8, 8];
const WEEKDAY_TRAFFIC = [0, 0.92, 0.9, 0.9, 0.95, 1.08, 1.3, 1.22];
/** New Year's Eve of the lunar calendar: busy the days before, quiet the days after. */
const FESTIVAL_EVES = ['2025-01-28', '2026-02-16'];
/** Of the sales that can be refunded (see `writeSale`): about one sale in eighty in all. */
const REFUND_SHARE = 0.015;
const LINE_VOID_SHARE = 0.03;
const ABANDONED_SHARE = 0.003;

/**
 * Writes `plan.days` business days of trading in every store of `shop` on a raw connection, one
 * transaction a day: each register's shift, exactly `plan.lines` sale lines in sales of 1–10 lines
 * priced with core pricing and settled with core `settle` (line and ticket discounts, cash
 * rounding, cash, card, QR and split tenders), refunds up to a week later, voided lines, abandoned
 * tickets and no-sale drawer openings, each store's journal in time order. Seeded: the same plan
 * writes the same rows. Products do not track stock, so there are no stock movements.
 */
export function writeTradingHistory(
  db: Database,
  shop: Shop,
  plan: HistoryPlan,
  random: SeededRandom,
  progress: (done: number, counts: HistoryCounts) => void,
): HistoryCounts {
  const rows = prepareHistoryRows(db);
  const journal = createHistoryJournal(rows);
  const pick = productPicker(shop.products, random);
  const perStoreDay = salesPerStoreDay(shop, plan, random);
  const linesOfSale = linesPerSale(perStoreDay, plan.lines, random);
  const counts: HistoryCounts = { sales: 0, lines: 0, refunds: 0, voids: 0, noSales: 0, shifts: 0 };
  const receiptSeqs = new Map<string, number>();
  const refundsDue = new Map<string, SaleRefund[]>();
  const stores = shop.stores.map((store, index) => ({
    store,
    index,
    price: createBasketPricing('CNY', store.pricing),
  }));
  for (let day = 0; day < plan.days; day++) {
    const date = addDays(plan.firstDate, day);
    db.transaction(() => {
      for (const { store, index, price } of stores) {
        const dayStart = localMidnight(date, store.timeZone);
        const opens = dayStart + OPENS * HOUR;
        const closes = dayStart + CLOSES * HOUR - MINUTE;
        const shifts = openShifts(rows, store, date, day, dayStart, random);
        counts.shifts += shifts.length;
        const s: Selling = { rows, journal, store, date, shifts, random, pick, price, counts };
        const times = saleTimes((perStoreDay[index] as number[])[day] as number, dayStart, random);
        // Facts other than sales wait on the timeline for their time, so the journal runs in time order.
        const timeline = createTimeline();
        const anytime = () => opens + random.below(closes - opens);
        for (const register of store.registers.keys()) {
          for (let n = random.below(3); n > 0; n--)
            timeline.add(anytime(), (at) => writeNoSale(s, register, at));
        }
        for (let n = Math.round(times.length * ABANDONED_SHARE); n > 0; n--) {
          const register = pickRegister(store, random);
          timeline.add(anytime(), (at) =>
            writeVoid(s, register, 'ticket', uuidV7(at, random.bytes(10)), at, random.between(1, 4)),
          );
        }
        const refundLater = (refund: SaleRefund, from: number) => {
          const register = pickRegister(store, random);
          timeline.add(from + random.below(Math.min(2 * HOUR, closes - from)), (at) =>
            writeRefund(s, refund, register, at),
          );
        };
        for (const refund of refundsDue.get(`${index}|${date}`) ?? []) refundLater(refund, opens);
        refundsDue.delete(`${index}|${date}`);
        for (const at of times) {
          timeline.until(at);
          const register = pickRegister(store, random);
          const registerId = (store.registers[register] as ShopStore['registers'][number]).id;
          const seq = (receiptSeqs.get(registerId) ?? 0) + 1;
          receiptSeqs.set(registerId, seq);
          const lines = linesOfSale[counts.sales] as number;
          const { saleId, refund } = writeSale(s, register, seq, at, lines, random.chance(REFUND_SHARE));
          if (random.chance(LINE_VOID_SHARE)) writeVoid(s, register, 'line', saleId, at - 30_000, 1);
          if (!refund) continue;
          const later = random.chance(0.4) ? 0 : random.between(1, 7);
          // Sold just before closing: the customer comes back another day.
          if (later === 0 && at + 5 * MINUTE < closes) refundLater(refund, at + 5 * MINUTE);
          else {
            const key = `${index}|${addDays(date, Math.max(1, later))}`;
            refundsDue.set(key, [...(refundsDue.get(key) ?? []), refund]);
          }
        }
        timeline.until(Number.POSITIVE_INFINITY);
      }
    })();
    progress(day + 1, counts);
  }
  for (const [registerId, seq] of receiptSeqs) rows.receiptSeq.run(seq + 1, registerId);
  journal.finish();
  return counts;
}

/** Facts waiting for their time: `until(t)` writes, in time order, those before `t`. */
function createTimeline() {
  let waiting: { at: number; write: (at: number) => void }[] = [];
  return {
    add(at: number, write: (at: number) => void) {
      waiting.push({ at, write });
    },
    until(t: number) {
      if (waiting.length === 0) return;
      waiting.sort((a, b) => a.at - b.at);
      const due = waiting.filter((fact) => fact.at < t);
      waiting = waiting.filter((fact) => fact.at >= t);
      for (const fact of due) fact.write(fact.at);
    },
  };
}

/** The instant a business date starts on the store's wall clock (midnight, before the cut-over). */
function localMidnight(date: string, timeZone: string): number {
  const utcMidnight = (dayNumber(date) as number) * 24 * HOUR;
  const c = wallClock(utcMidnight, timeZone);
  const start = utcMidnight - (Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute) - utcMidnight);
  // Opening hours must fall on this business date (a cut-over after opening would move them).
  if (businessDate(start + OPENS * HOUR, timeZone, 0) !== date) throw new Error(`no midnight for ${date}`);
  return start;
}

/** How many sales each store makes each day: its traffic, the weekday, growth, festivals, noise. */
function salesPerStoreDay(shop: Shop, plan: HistoryPlan, random: SeededRandom): number[][] {
  const meanLines = LINE_WEIGHTS.reduce((total, w, i) => total + w * (i + 1), 0) / sum(LINE_WEIGHTS);
  const weights = shop.stores.map((store) =>
    Array.from({ length: plan.days }, (_, day) => {
      const date = addDays(plan.firstDate, day);
      const growth = 0.85 + (0.3 * day) / Math.max(1, plan.days - 1);
      const weekday = WEEKDAY_TRAFFIC[isoWeekday(date)] as number;
      return store.traffic * weekday * growth * festival(date) * (0.9 + 0.2 * random.next());
    }),
  );
  const total = sum(weights.flat());
  const sales = plan.lines / meanLines;
  return weights.map((days) => days.map((w) => Math.max(1, Math.round((sales * w) / total))));
}

function festival(date: string): number {
  for (const eve of FESTIVAL_EVES) {
    if (date >= addDays(eve, -10) && date < eve) return 1.35;
    if (date >= eve && date <= addDays(eve, 2)) return 0.45;
  }
  return 1;
}

/** Lines of every sale in order, drawn from {@link LINE_WEIGHTS} and nudged to exactly `lines` in all. */
function linesPerSale(perStoreDay: number[][], lines: number, random: SeededRandom): Uint8Array {
  const sales = sum(perStoreDay.flat());
  const out = new Uint8Array(sales);
  const total = sum(LINE_WEIGHTS);
  let drawn = 0;
  for (let i = 0; i < sales; i++) {
    let u = random.next() * total;
    let n = 0;
    while (u >= (LINE_WEIGHTS[n] as number)) u -= LINE_WEIGHTS[n++] as number;
    out[i] = n + 1;
    drawn += n + 1;
  }
  while (drawn !== lines) {
    const i = random.below(sales);
    const n = out[i] as number;
    if (drawn < lines && n < LINE_WEIGHTS.length) {
      out[i] = n + 1;
      drawn++;
    } else if (drawn > lines && n > 1) {
      out[i] = n - 1;
      drawn--;
    }
  }
  return out;
}

/** Each register's shift of the day, opened and closed by its cashier (by rotation). */
function openShifts(
  rows: Selling['rows'],
  store: ShopStore,
  date: string,
  day: number,
  dayStart: number,
  random: SeededRandom,
): DayShifts {
  return store.registers.map((register, index) => {
    const staffId = store.cashiers[(day + index) % store.cashiers.length] as string;
    const openedAt = dayStart + OPENS * HOUR - 10 * MINUTE;
    const id = uuidV7(openedAt, random.bytes(10));
    rows.shift.run(
      id,
      store.id,
      register.id,
      staffId,
      openedAt,
      date,
      staffId,
      dayStart + CLOSES * HOUR + 10 * MINUTE,
    );
    return { id, staffId };
  });
}

function saleTimes(count: number, dayStart: number, random: SeededRandom): Float64Array {
  const total = sum(HOUR_WEIGHTS);
  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    let u = random.next() * total;
    let hour = 0;
    while (u >= (HOUR_WEIGHTS[hour] as number)) u -= HOUR_WEIGHTS[hour++] as number;
    times[i] = dayStart + (OPENS + hour) * HOUR + random.below(HOUR);
  }
  return times.sort();
}

/** The first register is the busiest. */
function pickRegister(store: ShopStore, random: SeededRandom): number {
  const n = store.registers.length;
  let u = random.below((n * (n + 1)) / 2);
  for (let register = 0; register < n; register++) {
    u -= n - register;
    if (u < 0) return register;
  }
  return 0;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
