import { connect, type Socket } from 'node:net';

const HEAD_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /\r\ncontent-length:\s*(\d+)/i;

/**
 * One keep-alive HTTP/1.1 connection for the load generator: it writes a request whose bytes were
 * built before the clock started and reads back only the status and `Content-Length` bytes of the
 * answer. Node's own client (Agent, IncomingMessage, streams) costs about a millisecond of CPU per
 * request, as much as the server spends on the sale, and the benchmark machine has two cores: a
 * heavy client would measure itself.
 */
export class RawHttpConnection {
  private received: Buffer = Buffer.alloc(0);
  private pending: { resolve: (status: number) => void; reject: (error: Error) => void } | null = null;

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.onData(chunk));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('connection closed by the server')));
  }

  static open(port: number, host: string): Promise<RawHttpConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host }, () => resolve(new RawHttpConnection(socket)));
      socket.once('error', reject);
    });
  }

  /** Sends one request (head and body, already serialized) and resolves with the answer's status. */
  send(request: Buffer): Promise<number> {
    if (this.pending) throw new Error('one request at a time per connection');
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.write(request);
    });
  }

  close(): void {
    this.pending = null;
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    this.received = this.received.length === 0 ? chunk : Buffer.concat([this.received, chunk]);
    const headEnd = this.received.indexOf(HEAD_END);
    if (headEnd < 0) return;
    const head = this.received.toString('latin1', 0, headEnd);
    const length = CONTENT_LENGTH.exec(head);
    if (!length) {
      this.fail(new Error(`answer without Content-Length: ${head.split('\r\n')[0]}`));
      return;
    }
    const end = headEnd + HEAD_END.length + Number(length[1]);
    if (this.received.length < end) return;
    this.received = this.received.subarray(end);
    const pending = this.pending;
    this.pending = null;
    pending?.resolve(Number(head.slice(9, 12)));
  }

  private fail(error: Error): void {
    const pending = this.pending;
    this.pending = null;
    pending?.reject(error);
  }
}

/** The bytes of a JSON POST with a bearer token, ready to write to a RawHttpConnection. */
export function jsonPost(url: URL, token: string, body: string): Buffer {
  const bytes = Buffer.from(body);
  const head =
    `POST ${url.pathname} HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/json\r\n` +
    `content-length: ${bytes.length}\r\nauthorization: Bearer ${token}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), bytes]);
}
