import { uuidV7 } from '@kassa/core';

/**
 * A new UUIDv7 for a fact born here (a sale, a sale line). `crypto.getRandomValues` works on plain
 * http too (a register talking to a shop server by LAN address), unlike `crypto.randomUUID`.
 */
export function newId(now: number = Date.now()): string {
  return uuidV7(now, crypto.getRandomValues(new Uint8Array(10)));
}
