import { Agent, request as httpRequest } from 'node:http';
import { type Catalog, type CreateSaleBody, createApiClient, type Product } from '@kassa/api';
import { priceTicket, Ticket, uuidV7 } from '@kassa/core';
import { percentile } from './stats';

export type LoadResult = {
  sales: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
};

/** A register's view of the store: signed in, with the catalogue it sells from. */
export type Till = {
  url: string;
  token: string;
  registerId: string;
  shiftId: string;
  catalog: Catalog;
  products: Product[];
};

export async function openTill(url: string, password: string): Promise<Till> {
  const client = createApiClient({ baseUrl: url });
  const { token } = await client.call('login', { body: { username: 'owner', password } });
  const authed = createApiClient({ baseUrl: url, token: () => token });
  const [store] = (await authed.call('listStores')).items;
  if (!store) throw new Error('no store');
  const [register] = (await authed.call('listRegisters', { params: { storeId: store.id } })).items;
  if (!register) throw new Error('no register');
  const catalog = await authed.call('catalog', { params: { storeId: store.id } });
  const products = catalog.products.filter((p) => p.unit === 'piece' && p.active);
  const current = await authed.call('currentShift', { params: { registerId: register.id } });
  const shift =
    current.shift ??
    (await authed.call('openShift', {
      body: {
        id: uuidV7(Date.now(), random(10)),
        registerId: register.id,
        openedAt: Date.now(),
        openingCount: [{ denomination: 10000, count: 5 }],
      },
    }));
  return { url, token, registerId: register.id, shiftId: shift.id, catalog, products };
}

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** A 5-line cash sale priced with the same core code the register uses. */
export function fiveLineSale(till: Till, pick: () => number): CreateSaleBody {
  const taxRate = new Map(till.catalog.taxClasses.map((t) => [t.id, t.ratePpm]));
  const { store } = till.catalog;
  let ticket = Ticket.empty(store.currency);
  const chosen = new Set<number>();
  while (chosen.size < 5) chosen.add(pick() % till.products.length);
  const lines = [...chosen].map((index, n) => {
    const product = till.products[index] as Product;
    return {
      id: uuidV7(Date.now(), random(10)),
      productId: product.id,
      quantity: 1000 * (1 + (n % 3)),
      unitPrice: product.price,
      product,
    };
  });
  for (const line of lines) {
    ticket = Ticket.addLine(ticket, {
      id: line.id,
      productId: line.productId,
      name: line.product.name,
      sku: line.product.sku,
      unit: 'piece',
      unitPrice: line.unitPrice,
      quantity: line.quantity,
      ratePpm: taxRate.get(line.product.taxClassId) ?? 0,
    });
  }
  const priced = priceTicket(ticket, {
    tax: { mode: store.taxMode, rounding: store.taxRounding, inclusiveTarget: store.taxInclusiveTarget },
    roundingMode: store.roundingMode,
  });
  return {
    id: uuidV7(Date.now(), random(10)),
    registerId: till.registerId,
    shiftId: till.shiftId,
    createdAt: Date.now(),
    lines: lines.map(({ id, productId, quantity, unitPrice }) => ({ id, productId, quantity, unitPrice })),
    tenders: [{ kind: 'cash', amount: priced.total }],
    expectedTotal: priced.total,
  };
}

/** Sales bodies made ahead of the timed window, so the load generator spends its CPU on HTTP only. */
function prepareBodies(till: Till, count: number): string[] {
  let counter = 0;
  return Array.from({ length: count }, () => JSON.stringify(fiveLineSale(till, () => counter++ * 7919)));
}

/** POST over a keep-alive connection; resolves with the status once the whole answer is read. */
function post(agent: Agent, url: URL, token: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * `clients` registers post sales back to back for `seconds` (closed loop, no think time); every
 * request's latency is kept. Bodies are prepared before the clock starts (up to `maxRate` sales/s).
 */
export async function runSaleLoad(
  till: Till,
  clients: number,
  seconds: number,
  maxRate = 2500,
): Promise<LoadResult> {
  const bodies = prepareBodies(till, Math.ceil(seconds * maxRate));
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const url = new URL('/api/v1/sales', till.url);
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until && next < bodies.length) {
        const body = bodies[next++] as string;
        const t0 = performance.now();
        const status = await post(agent, url, till.token, body);
        latencies.push(performance.now() - t0);
        if (status !== 201) failures++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return {
    sales: latencies.length - failures,
    seconds: elapsed,
    perSecond: (latencies.length - failures) / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures,
  };
}
