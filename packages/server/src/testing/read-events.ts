/** One server-sent event as a test reads it: its type, id (the seq) and parsed data. */
export type ReceivedEvent = {
  readonly event: string;
  readonly id: string;
  readonly data: { seq?: number; refId?: string | null; payload?: Record<string, unknown> };
};

/** Reads server-sent events off a streaming response until `until` holds (or 5 s pass), then cancels it. */
export async function readEvents(
  response: Response,
  until: (events: ReceivedEvent[]) => boolean,
): Promise<ReceivedEvent[]> {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const events: ReceivedEvent[] = [];
  let buffer = '';
  const deadline = Date.now() + 5000;
  try {
    while (!until(events) && Date.now() < deadline) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<null>((done) => setTimeout(() => done(null), deadline - Date.now())),
      ]);
      if (chunk === null || chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) =>
          block
            .split('\n')
            .find((line) => line.startsWith(`${name}: `))
            ?.slice(name.length + 2);
        const data = field('data');
        if (data !== undefined)
          events.push({ event: field('event') ?? 'message', id: field('id') ?? '', data: JSON.parse(data) });
        end = buffer.indexOf('\n\n');
      }
    }
  } finally {
    await reader.cancel();
  }
  return events;
}
