import { type Catalog, type CreateSaleBody, createApiClient, type Product } from '@kassa/api';
import { priceTicket, Ticket, uuidV7 } from '@kassa/core';
import { jsonPost, RawHttpConnection } from './raw-http-connection';
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

/** Sale requests serialized ahead of the timed window, so the load generator spends its CPU on I/O only. */
function prepareRequests(till: Till, url: URL, count: number): Buffer[] {
  let counter = 0;
  return Array.from({ length: count }, () =>
    jsonPost(url, till.token, JSON.stringify(fiveLineSale(till, () => counter++ * 7919))),
  );
}

/**
 * `clients` registers post sales back to back for `seconds` (closed loop, no think time), each over
 * its own keep-alive connection; every request's latency is kept. Requests are prepared before the
 * clock starts (up to `maxRate` sales/s).
 */
export async function runSaleLoad(
  till: Till,
  clients: number,
  seconds: number,
  maxRate = 2500,
): Promise<LoadResult> {
  const url = new URL('/api/v1/sales', till.url);
  const requests = prepareRequests(till, url, Math.ceil(seconds * maxRate));
  const connections = await Promise.all(
    Array.from({ length: clients }, () => RawHttpConnection.open(Number(url.port), url.hostname)),
  );
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  try {
    await Promise.all(
      connections.map(async (connection) => {
        while (performance.now() < until && next < requests.length) {
          const request = requests[next++] as Buffer;
          const t0 = performance.now();
          const status = await connection.send(request);
          latencies.push(performance.now() - t0);
          if (status !== 201) failures++;
        }
      }),
    );
  } finally {
    for (const connection of connections) connection.close();
  }
  const elapsed = (performance.now() - started) / 1000;
  return {
    sales: latencies.length - failures,
    seconds: elapsed,
    perSecond: (latencies.length - failures) / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    failures,
  };
}
