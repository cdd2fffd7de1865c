/**
 * Hands items on in index order while they complete in any order (worker threads answer out of
 * order). Items that wait for an earlier one are held here; a producer asks for `room` before it
 * starts an item, so at most `window` items past the last one handed on are ever started. A slow
 * consumer (a report written to a slow pipe: `deliver` returns a promise) thus holds the producers
 * back instead of filling memory.
 */
export class InOrder<T> {
  private readonly waiting = new Map<number, T>();
  private next = 0;
  private active = false;
  private idle: Promise<void> = Promise.resolve();
  private failure: { readonly error: unknown } | undefined;
  private readonly roomWaiters: { readonly index: number; readonly resolve: () => void; readonly reject: (e: unknown) => void }[] = [];

  constructor(
    private readonly deliver: (item: T, index: number) => void | Promise<void>,
    private readonly window: number,
  ) {}

  /** Item `index` is complete: handed on now if every earlier one has been, else when they have. */
  put(index: number, item: T): void {
    if (this.failure) return; // the run is ending with the consumer's error: nothing more is kept
    this.waiting.set(index, item);
    this.pump();
  }

  /**
   * Undefined when item `index` may be started now (no promise to wait for, the common case), else a
   * promise that resolves when it may, or rejects with the consumer's error.
   */
  room(index: number): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure.error);
    if (index < this.next + this.window) return undefined;
    return new Promise((resolve, reject) => this.roomWaiters.push({ index, resolve, reject }));
  }

  /** Whether item `index` may be started now without waiting (false once the consumer has failed). */
  hasRoom(index: number): boolean {
    return !this.failure && index < this.next + this.window;
  }

  /** Waits until everything put so far has been handed on; rethrows the consumer's error. */
  async drained(): Promise<void> {
    await this.idle;
    if (this.failure) throw this.failure.error;
  }

  private pump(): void {
    if (this.active) return; // the running loop takes the new item when it reaches its index
    this.active = true;
    this.idle = this.run();
  }

  private async run(): Promise<void> {
    try {
      for (let item = this.waiting.get(this.next); item !== undefined; item = this.waiting.get(this.next)) {
        this.waiting.delete(this.next);
        const pending = this.deliver(item, this.next++);
        if (pending) await pending;
        this.wake();
      }
    } catch (e) {
      this.failure = { error: e };
      this.waiting.clear();
      for (const w of this.roomWaiters.splice(0)) w.reject(e);
    } finally {
      // Synchronous with the loop's last look at `waiting`: a later put starts a new loop.
      this.active = false;
    }
  }

  private wake(): void {
    const limit = this.next + this.window;
    for (let k = this.roomWaiters.length - 1; k >= 0; k--) {
      const w = this.roomWaiters[k] as (typeof this.roomWaiters)[number];
      if (w.index < limit) {
        this.roomWaiters.splice(k, 1);
        w.resolve();
      }
    }
  }
}
