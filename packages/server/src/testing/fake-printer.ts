import { createServer, type Server } from 'node:net';

/** A network receipt printer for tests: accepts raw TCP connections and keeps every job's bytes. */
export type FakePrinter = {
  readonly port: number;
  /** Each connection's bytes, in arrival order. */
  readonly jobs: Buffer[];
  /** Resolves when `count` jobs have arrived. */
  waitForJobs(count: number): Promise<void>;
  close(): Promise<void>;
};

/** Starts a {@link FakePrinter} on a free localhost port. */
export async function startFakePrinter(): Promise<FakePrinter> {
  const jobs: Buffer[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const server: Server = createServer((socket) => {
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => {
      jobs.push(Buffer.concat(chunks));
      for (const waiter of waiters.filter((w) => jobs.length >= w.count)) waiter.resolve();
      socket.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the fake printer has no port');
  return {
    port: address.port,
    jobs,
    waitForJobs: (count) =>
      jobs.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
