import type { Schema } from '@kassa/db';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { rowCounts } from './row-counts';

/** A request the API must refuse, and how: the status, the public error code, the field it blames. */
export type RefusalCase = {
  name: string;
  send: () => Response | Promise<Response>;
  status: number;
  code: string;
  path?: string;
};

type ErrorAnswer = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

/**
 * Sends the request and checks what a caller observes: the status and code, a message a person can
 * read (and readable field issues, naming `path` when given), and no row changed anywhere.
 */
export async function expectRefused(
  db: Kysely<Schema>,
  { send, status, code, path }: RefusalCase,
): Promise<void> {
  const before = await rowCounts(db);
  const response = await send();
  const answer = (await response.json()) as ErrorAnswer;
  expect([response.status, answer.error.code]).toEqual([status, code]);
  expect(answer.error.message).toMatch(/\w+ \w+/);
  if (path !== undefined) expect(answer.error.issues?.map((issue) => issue.path)).toContain(path);
  for (const issue of answer.error.issues ?? []) expect(issue.message.length).toBeGreaterThan(3);
  expect(await rowCounts(db)).toEqual(before);
}
