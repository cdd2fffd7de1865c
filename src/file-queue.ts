import type { InOrder } from './in-order.js';

/**
 * The files of a run, taken in input order as the in-order window has room for them. `served`
 * looks a file up in the result cache when it comes up (true: its result is already handed on),
 * so a file is read for its key only once the window reaches it: a run with `--cache` holds the
 * texts and cached results of at most the window's files, however many files it has.
 */
export class FileQueue {
  private cursor = 0;
  private taken = 0;

  /** `expected`: how many files are expected to need linting (batch sizes shrink towards the end). */
  constructor(
    private readonly total: number,
    private readonly expected: number,
    private readonly window: Pick<InOrder<unknown>, 'room' | 'hasRoom'>,
    private readonly served: (index: number) => boolean = () => false,
  ) {}

  /** Files still expected to need linting. */
  remaining(): number {
    return Math.max(0, this.expected - this.taken);
  }

  /** The next file to lint, once the window has room for it; undefined when none is left. */
  async next(): Promise<number | undefined> {
    while (this.cursor < this.total) {
      const i = this.cursor++;
      const wait = this.window.room(i);
      if (wait) await wait;
      if (!this.served(i)) {
        this.taken++;
        return i;
      }
    }
    return undefined;
  }

  /**
   * Up to `size` files to lint: the first once the window has room, the others only while it has
   * room without waiting (a batch never waits for a result that only it could deliver).
   */
  async nextBatch(size: number): Promise<number[]> {
    const first = await this.next();
    if (first === undefined) return [];
    const batch = [first];
    while (batch.length < size && this.cursor < this.total && this.window.hasRoom(this.cursor)) {
      const i = this.cursor++;
      if (!this.served(i)) {
        this.taken++;
        batch.push(i);
      }
    }
    return batch;
  }
}
