/**
 * Checks the base protocol's framing (`Content-Length: N\r\n\r\n` then N bytes) of the input stream
 * before vscode-jsonrpc reads it, and passes well-framed messages on byte for byte. The library's own
 * reader stays silent and stuck on bad framing: a header block without Content-Length (or with a
 * value that is not a number) leaves the body in its buffer, where it spoils the next header, and
 * every later message, for good; it buffers any announced length (1 TB) in memory, and header bytes
 * that never end (no blank line), scanning them all again on every chunk. Here each such fault is
 * one log line, memory stays bounded, and reading resumes at the next `Content-Length` header.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { sliceWhole } from '../quote-long.js';

/** Header blocks are a line or two; anything longer is not one. */
export const MAX_HEADER_BYTES = 8192;
/** Messages up to this size always pass: a 10 MiB document (the default maxFileSize) even fully escaped. */
export const MIN_MESSAGE_LIMIT = 64 * 1024 * 1024;

/** The largest message for documents up to `maxFileSize` bytes: JSON escapes a byte in at most 6. */
export function messageLimitFor(maxFileSize: number): number {
  return Math.max(MIN_MESSAGE_LIMIT, maxFileSize * 6 + 1024 * 1024);
}

const TERMINATOR = Buffer.from('\r\n\r\n', 'latin1');
const RESYNC = Buffer.from('content-length:', 'latin1');

/** Where `Content-Length:` (any case) starts in `buf` from `from`, or -1. */
function findContentLength(buf: Buffer, from: number): number {
  const lower = Buffer.from(buf.toString('latin1').toLowerCase(), 'latin1');
  return lower.indexOf(RESYNC, from);
}

/** The body length a header block announces, or why it announces none. */
function parseHeaders(block: string): number | string {
  let length: number | undefined;
  for (const line of block.split('\r\n')) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon < 0) return `a header line without ':' (${JSON.stringify(sliceWhole(line, 0, 60))})`;
    if (line.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = line.slice(colon + 1).trim();
    if (!/^\d{1,16}$/.test(value)) return `Content-Length is not a number of bytes (${JSON.stringify(sliceWhole(value, 0, 40))})`;
    length = Number(value);
  }
  return length ?? 'a header block without Content-Length';
}

export class FrameGuard extends Transform {
  /** Largest body passed on; larger ones are skipped as they arrive. */
  maxMessageBytes = MIN_MESSAGE_LIMIT;
  private mode: 'header' | 'body' | 'skip' | 'resync' = 'header';
  /** Header bytes so far (mode header), or the unmatched tail kept while resynchronising. */
  private pending: Buffer = Buffer.alloc(0);
  /** Body bytes still to pass on or skip. */
  private remaining = 0;

  constructor(private readonly report: (problem: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let data = chunk;
    while (data.length > 0) data = this.consume(data);
    done();
  }

  /** Takes what it can of `data` in the current mode; returns the rest. */
  private consume(data: Buffer): Buffer {
    if (this.mode === 'body' || this.mode === 'skip') {
      const n = Math.min(this.remaining, data.length);
      if (this.mode === 'body') this.push(data.subarray(0, n));
      this.remaining -= n;
      if (this.remaining === 0) this.mode = 'header';
      return data.subarray(n);
    }
    const buf = this.pending.length > 0 ? Buffer.concat([this.pending, data]) : data;
    this.pending = Buffer.alloc(0);
    if (this.mode === 'resync') {
      const at = findContentLength(buf, 0);
      if (at < 0) {
        // Keep only what may be the start of a header split across chunks.
        this.pending = Buffer.from(buf.subarray(Math.max(0, buf.length - RESYNC.length + 1)));
        return Buffer.alloc(0);
      }
      this.mode = 'header';
      return buf.subarray(at);
    }
    const end = buf.indexOf(TERMINATOR, Math.max(0, buf.length - data.length - TERMINATOR.length + 1));
    if (end < 0) {
      if (buf.length <= MAX_HEADER_BYTES) {
        this.pending = Buffer.from(buf);
        return Buffer.alloc(0);
      }
      return this.resync(buf, `${buf.length} bytes without the blank line that ends a header block`);
    }
    const blockEnd = end + TERMINATOR.length;
    if (blockEnd > MAX_HEADER_BYTES) return this.resync(buf, `a header block of ${blockEnd} bytes`);
    const length = parseHeaders(buf.toString('latin1', 0, end));
    if (typeof length === 'string') return this.resync(buf, length);
    if (length > this.maxMessageBytes) {
      this.report(`virtlint: a message of ${length} bytes skipped: over the ${this.maxMessageBytes}-byte limit for one message (raise maxFileSize for larger documents)`);
      this.mode = 'skip';
    } else {
      this.push(buf.subarray(0, blockEnd));
      this.mode = 'body';
    }
    this.remaining = length;
    if (length === 0) this.mode = 'header';
    return buf.subarray(blockEnd);
  }

  /** Bad framing: say so once, then read on from the next Content-Length header after its start. */
  private resync(buf: Buffer, problem: string): Buffer {
    this.report(`virtlint: input skipped up to the next Content-Length header: ${problem}`);
    this.mode = 'resync';
    return buf.subarray(1);
  }
}
