/**
 * A stand-in for a Web Worker in Node tests: a MessageChannel whose far end is exposed with
 * Comlink in the same process. The pool's protocol, ordering, cancellation and error paths run
 * for real; only the thread is missing (e2e tests cover real Web Workers). Node only.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { expose } from 'comlink';

/** A Worker look-alike for WorkerPool in Node tests; `terminate()` closes the channel. Node only. */
export class FakeWorker extends EventTarget {
  /** How many fake workers were ever created (for lazy-start assertions). */
  static created = 0;
  private readonly port: MessagePort;
  private readonly far: MessagePort;

  /** @param api the object a real worker would `expose` */
  constructor(api: object) {
    super();
    FakeWorker.created++;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.far = port2;
    expose(api, port2 as unknown as Parameters<typeof expose>[1]);
  }

  postMessage(message: unknown, transfer?: Transferable[]): void {
    this.port.postMessage(message, transfer as never);
  }

  override addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: AddEventListenerOptions | boolean): void {
    if (type === 'message') {
      (this.port as unknown as EventTarget).addEventListener(type, listener, options);
      this.port.start();
    } else super.addEventListener(type, listener, options);
  }

  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null): void {
    if (type === 'message') (this.port as unknown as EventTarget).removeEventListener(type, listener);
    else super.removeEventListener(type, listener);
  }

  /** Closes both ends, as terminate() ends a real worker: calls in flight never settle. */
  terminate(): void {
    this.port.close();
    this.far.close();
  }
}

/** A worker factory for WorkerPool that makes fake workers exposing `api`. */
export function fakeWorkerFactory(api: object): () => Worker {
  return () => new FakeWorker(api) as unknown as Worker;
}
