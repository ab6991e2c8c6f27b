import { err, ok, type Result } from '@kassa/core';
import iconv from 'iconv-lite';

/** The encodings an import file is read in. */
export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Why a file's bytes cannot be read as text. */
export type ImportTextError =
  /** NUL bytes outside UTF-16: a spreadsheet or another binary file, not CSV text. */
  | { readonly code: 'not_text' }
  /** Neither UTF-8 nor GBK/GB18030 (the encodings Chinese spreadsheets save CSV in). */
  | { readonly code: 'unknown_encoding' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of an import file as merchants' tools save it: UTF-8 with or without a byte-order mark,
 * UTF-16 with one (Excel's "Unicode text"), or else GBK/GB18030 (Excel and WPS on Chinese Windows;
 * GB18030 contains GBK). Bytes that are valid UTF-8 are read as UTF-8: a GBK file of Chinese text
 * is almost never valid UTF-8 by chance. The byte-order mark is not part of the text.
 */
export function decodeImportText(
  bytes: Uint8Array,
): Result<{ text: string; encoding: ImportEncoding }, ImportTextError> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return asUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  if (bytes.includes(0)) return err({ code: 'not_text' });
  const read = asUtf8(bytes);
  if (read.ok) return read;
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
  // iconv stands U+FFFD for what GB18030 cannot decode; a real U+FFFD is only ever saved as UTF-8.
  if (text.includes('\uFFFD')) return err({ code: 'unknown_encoding' });
  return ok({ text, encoding: 'gb18030' });
}

function asUtf8(bytes: Uint8Array): Result<{ text: string; encoding: ImportEncoding }, ImportTextError> {
  try {
    return ok({ text: utf8.decode(bytes), encoding: 'utf-8' });
  } catch {
    return err({ code: 'unknown_encoding' });
  }
}

function utf16(
  bytes: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
): Result<{ text: string; encoding: ImportEncoding }, ImportTextError> {
  if (bytes.length % 2 !== 0) return err({ code: 'unknown_encoding' });
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return ok({ text, encoding });
}
