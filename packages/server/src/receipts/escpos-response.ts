/** Printer bytes as an HTTP answer: never cached (a receipt or report is printed once, as it is now). */
export function escPosResponse(
  bytes: Uint8Array,
  filename: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(bytes, {
    headers: {
      'content-type': 'application/octet-stream',
      'content-disposition': `inline; filename="${filename}.bin"`,
      'cache-control': 'no-store',
      ...headers,
    },
  });
}
