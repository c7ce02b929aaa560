/**
 * A rank's mailbox in shared memory: a ring buffer in a SharedArrayBuffer into which every other
 * rank writes messages and from which the owner reads them synchronously, so `req.test()` and
 * `comm.iprobe()` see a message that has arrived without the rank yielding to its event loop.
 * It is the counterpart of the shared-memory transport Open MPI (the `vader`/`sm` BTL) and MPICH
 * (`ch4:shm`) use between processes of one node: per-receiver queues in memory mapped by all.
 *
 * Layout (Int32 words, then the data region):
 * - word 0: a lock taken by writers (several ranks may write to one mailbox);
 * - words 1 and 2: head (bytes read by the owner) and tail (bytes written), free-running counters
 *   modulo 2^32 over a data region whose size is a power of two;
 * - words 3 to 3 + MAX_RANKS: per sender, the messages it sent to this rank through the
 *   MessagePort instead (too large, `transfer: true` or a payload the codec does not cover), so
 *   the owner knows when a message is on a path it cannot read without yielding.
 *
 * A record is a 32-bit length and the encoded message (shm-codec.ts), padded to 4 bytes; a
 * record that does not fit before the end of the region is preceded by a wrap marker and starts
 * at offset 0. A message that does not fit at all is not written: the sender then uses the port.
 *
 * Runs in rank threads (workers, or the Node test process); the buffers are created on the page.
 */
import { MAX_RANKS } from '../params/limits.ts';
import { decodePayload, encodePayload } from './shm-codec.ts';

const LOCK = 0;
const HEAD = 1;
const TAIL = 2;
const PORT_SENT = 3;
const HEADER_WORDS = PORT_SENT + MAX_RANKS;
const HEADER_BYTES = HEADER_WORDS * 4;
const WRAP = 0xffffffff;

/** Bytes of a mailbox's data region (1 MiB: 16 ranks take 16 MiB). */
export const MAILBOX_BYTES = 1 << 20;

/** Largest encoded message written to a mailbox, bytes; larger ones travel through the MessagePort. */
export const MAILBOX_MESSAGE_LIMIT = MAILBOX_BYTES / 4;

const pad4 = (n: number) => (n + 3) & ~3;

/**
 * Allocates the mailboxes of a run, one per rank (page or Node).
 *
 * @returns `size` SharedArrayBuffers, or `undefined` when SharedArrayBuffer is not available
 *   (a page that is not cross-origin isolated)
 */
export function createMailboxes(size: number, dataBytes = MAILBOX_BYTES): SharedArrayBuffer[] | undefined {
  if (typeof SharedArrayBuffer !== 'function') return undefined;
  if ((globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === false) return undefined;
  return Array.from({ length: size }, () => new SharedArrayBuffer(HEADER_BYTES + dataBytes));
}

/** One rank's view of one mailbox (its own, to read, or a peer's, to write). */
export class Mailbox {
  private readonly words: Int32Array;
  private readonly data: DataView;
  private readonly bytes: Uint8Array;
  private readonly capacity: number;

  /** @throws RangeError when the buffer's data region is not a power of two of at least 64 bytes */
  constructor(buffer: SharedArrayBuffer) {
    this.capacity = buffer.byteLength - HEADER_BYTES;
    if (this.capacity < 64 || (this.capacity & (this.capacity - 1)) !== 0) throw new RangeError(`mailbox data region must be a power of two, got ${this.capacity} bytes`);
    this.words = new Int32Array(buffer, 0, HEADER_WORDS);
    this.data = new DataView(buffer, HEADER_BYTES);
    this.bytes = new Uint8Array(buffer, HEADER_BYTES);
  }

  private lock(): void {
    for (let spins = 0; Atomics.compareExchange(this.words, LOCK, 0, 1) !== 0; spins++) {
      if (spins > 64) {
        try {
          Atomics.wait(this.words, LOCK, 1, 1);
        } catch {
          // Atomics.wait is not allowed on this thread (a page's main thread): keep spinning.
        }
      }
    }
  }

  private unlock(): void {
    Atomics.store(this.words, LOCK, 0);
    Atomics.notify(this.words, LOCK, 1);
  }

  /**
   * Writes one message (a writer, i.e. another rank). Never waits for the reader.
   *
   * @returns false when the message cannot go this way: the codec does not cover it, it is over
   *   MAILBOX_MESSAGE_LIMIT, or the mailbox is too full; the caller then sends it by port
   */
  tryWrite(message: unknown): boolean {
    const body = encodePayload(message);
    if (!body || body.length + 4 > Math.min(MAILBOX_MESSAGE_LIMIT, this.capacity / 2)) return false;
    const need = pad4(4 + body.length);
    this.lock();
    try {
      const head = Atomics.load(this.words, HEAD) >>> 0;
      const tail = Atomics.load(this.words, TAIL) >>> 0;
      const used = (tail - head) >>> 0;
      let pos = tail & (this.capacity - 1);
      const toEnd = this.capacity - pos;
      const skip = toEnd < need ? toEnd : 0;
      if (used + skip + need > this.capacity) return false;
      if (skip > 0) {
        this.data.setUint32(pos, WRAP, true);
        pos = 0;
      }
      this.data.setUint32(pos, body.length, true);
      this.bytes.set(body, pos + 4);
      Atomics.store(this.words, TAIL, (tail + skip + need) | 0);
      return true;
    } finally {
      this.unlock();
    }
  }

  /** Counts a message a writer sent to this mailbox's owner through the port instead (writer side). */
  notePortSend(source: number): void {
    Atomics.add(this.words, PORT_SENT + source, 1);
  }

  /** Messages `source` has sent to the owner through the port so far (owner side). */
  portSent(source: number): number {
    return Atomics.load(this.words, PORT_SENT + source);
  }

  /**
   * Takes every message written so far (the owner; one reader only), in the order written.
   *
   * @returns the decoded messages, possibly none
   */
  drain(): unknown[] {
    let head = Atomics.load(this.words, HEAD) >>> 0;
    const tail = Atomics.load(this.words, TAIL) >>> 0;
    if (head === tail) return [];
    const out: unknown[] = [];
    while (head !== tail) {
      const pos = head & (this.capacity - 1);
      const length = this.data.getUint32(pos, true);
      if (length === WRAP) {
        head = (head + this.capacity - pos) >>> 0;
        continue;
      }
      out.push(decodePayload(this.bytes.subarray(pos + 4, pos + 4 + length)));
      head = (head + pad4(4 + length)) >>> 0;
    }
    Atomics.store(this.words, HEAD, head | 0);
    return out;
  }
}
