import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CreateSaleBody, SyncPushAnswer } from '@kassa/api';
import { withKassaProcess } from '../packages/cli/src/testing/kassa-process';
import type { Figures } from './results';
import { fiveLineSale, openTill, type Till } from './sale-load';
import { round } from './stats';

const PASSWORD = 'bench-owner-password';
const QUEUED = Number(process.env.KASSA_BENCH_REPLAY ?? 10_000);
/** Entries per push, as the register sends them (see PUSH_BATCH in the web outbox). */
const BATCH = 50;

/** `count` queued 5-line sales, numbered by the register from `firstSeq`, made over the last two hours. */
function queuedSales(till: Till, count: number, firstSeq: number): CreateSaleBody[] {
  let counter = 0;
  const start = Date.now() - 2 * 60 * 60 * 1000;
  return Array.from({ length: count }, (_, i) => ({
    ...fiveLineSale(till, () => counter++ * 7919),
    createdAt: start + i * 500,
    receiptSeq: firstSeq + i,
  }));
}

async function post(till: Till, path: string, body: unknown): Promise<Response> {
  return fetch(new URL(path, till.url), {
    method: 'POST',
    headers: { authorization: `Bearer ${till.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Pushes the sales in order, a batch at a time, as a register coming back online does; seconds taken. */
async function replay(till: Till, sales: readonly CreateSaleBody[]): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < sales.length; i += BATCH) {
    const entries = sales.slice(i, i + BATCH).map((payload) => ({ id: payload.id, type: 'sale', payload }));
    const response = await post(till, '/api/v1/sync/push', { registerId: till.registerId, entries });
    if (response.status !== 200) throw new Error(`push answered ${response.status}`);
    const { results } = (await response.json()) as SyncPushAnswer;
    const refused = results.filter((r) => r.status === 'rejected');
    if (refused.length > 0)
      throw new Error(`push rejected ${refused.length} sales: ${JSON.stringify(refused[0])}`);
  }
  return (performance.now() - started) / 1000;
}

/** The same sales posted one request each (`POST /sales`), one after another: the baseline. */
async function postOneByOne(till: Till, sales: readonly CreateSaleBody[]): Promise<number> {
  const started = performance.now();
  for (const sale of sales) {
    const response = await post(till, '/api/v1/sales', sale);
    if (response.status !== 201) throw new Error(`a sale post answered ${response.status}`);
    await response.arrayBuffer();
  }
  return (performance.now() - started) / 1000;
}

/**
 * Issue 4: a register back online replays 10,000 queued sales through `POST /sync/push` (target
 * ≤ 10 s), against the same number posted one by one through `POST /sales` in the same run.
 */
export async function benchOutboxReplay(): Promise<Figures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kassa-replay-'));
  const { pushS, oneByOneS } = await withKassaProcess(
    { port: 18196, ownerPassword: PASSWORD, demo: true, dataDir },
    async (url) => {
      const till = await openTill(url, PASSWORD);
      const sales = queuedSales(till, QUEUED * 2, 1_000_000);
      return {
        pushS: await replay(till, sales.slice(0, QUEUED)),
        oneByOneS: await postOneByOne(till, sales.slice(QUEUED)),
      };
    },
  );
  console.log(
    [
      `outbox replay, ${QUEUED} queued 5-line sales, one register`,
      `  push (${BATCH} per request): ${pushS.toFixed(1)} s (${(QUEUED / pushS).toFixed(0)} sales/s), target ≤ 10 s`,
      `  one POST /sales each   : ${oneByOneS.toFixed(1)} s (${(QUEUED / oneByOneS).toFixed(0)} sales/s)`,
      `  ratio                  : ${(oneByOneS / pushS).toFixed(2)}× faster`,
    ].join('\n'),
  );
  return {
    'outbox-replay.push': { value: round(pushS, 2), unit: 's', baseline: round(oneByOneS, 2) },
  };
}
