// A multiple of 3 bytes: each chunk encodes to whole base64 quads, so the pieces simply join.
const CHUNK = 3 * 0x4000;

/**
 * The bytes of an uploaded file as base64, as the import routes take them. Encoded a chunk at a
 * time: spreading a 10 MB file into one `String.fromCharCode` call overflows the call stack.
 */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const chunk = bytes.subarray(start, start + CHUNK);
    let binary = '';
    for (let i = 0; i < chunk.length; i += 0x1000) {
      binary += String.fromCharCode(...chunk.subarray(i, i + 0x1000));
    }
    parts.push(btoa(binary));
  }
  return parts.join('');
}

/** Reads a picked file (CSV, TXT or XLSX) and encodes it for the import routes. */
export async function readFileAsBase64(file: Blob): Promise<string> {
  return toBase64(new Uint8Array(await file.arrayBuffer()));
}
