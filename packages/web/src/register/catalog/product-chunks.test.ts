import { describe, expect, it } from 'vitest';
import {
  CHUNK_SIZE,
  clearChunks,
  emptyProductChunks,
  loadChunk,
  placeProduct,
  removeProduct,
} from './product-chunks';

describe('products kept a thousand to a record', () => {
  it('fills the last chunk, then opens the next', () => {
    const chunks = emptyProductChunks();
    const keys = Array.from({ length: CHUNK_SIZE + 1 }, (_, i) => placeProduct(chunks, `p${i}`));
    expect(keys.slice(0, CHUNK_SIZE).every((key) => key === 0)).toBe(true);
    expect(keys[CHUNK_SIZE]).toBe(1);
  });

  it('keeps a known product where it is, and forgets one taken away', () => {
    const chunks = emptyProductChunks();
    loadChunk(chunks, 4, ['a', 'b']);
    expect(placeProduct(chunks, 'a')).toBe(4);
    expect(removeProduct(chunks, 'b')).toBe(4);
    expect(removeProduct(chunks, 'b')).toBeUndefined();
    expect([...(chunks.members.get(4) ?? [])]).toEqual(['a']);
    // New products go to the last chunk while it has room.
    expect(placeProduct(chunks, 'c')).toBe(4);
  });

  it('starts from chunk 0 again after a reset', () => {
    const chunks = emptyProductChunks();
    loadChunk(chunks, 7, ['a']);
    clearChunks(chunks);
    expect(placeProduct(chunks, 'a')).toBe(0);
  });
});
