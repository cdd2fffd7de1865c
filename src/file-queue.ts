import type { InOrder } from './in-order.js';

/**
 * The files of a run, taken in input order as the in-order window has room for them. `served`
 * looks a file up in the result cache when it comes up (true: its result is already handed on),
 * so a file is read for its key only once the window reaches it: a run with `--cache` holds the
 * texts and cached results of at most the window's files, however many files it has.
 */
/** Files looked up ahead of the one handed out (their texts are kept until they are linted). */
const LOOK_AHEAD = 64;

export class FileQueue {
  private cursor = 0;
  private taken = 0;
  /** Files looked up and not served by the cache, in input order, not yet handed out. */
  private readonly ahead: number[] = [];

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
    if (this.ahead.length === 0) await this.lookAhead();
    const i = this.ahead.shift();
    if (i !== undefined) this.taken++;
    return i;
  }

  /**
   * Up to `size` files to lint: the first once the window has room, the others only while it has
   * room without waiting (a batch never waits for a result that only it could deliver).
   */
  async nextBatch(size: number): Promise<number[]> {
    const first = await this.next();
    if (first === undefined) return [];
    const batch = [first];
    while (batch.length < size) {
      if (this.ahead.length === 0 && !this.takeOne()) break;
      batch.push(this.ahead.shift() as number);
      this.taken++;
    }
    return batch;
  }

  /**
   * Looks up files until one needs linting (waiting for room), then a few more while the window has
   * room: reading files for their keys in short runs rather than one between two lints costs less
   * CPU (measured: ~10% of a run with an empty cache), and holds at most LOOK_AHEAD texts.
   */
  private async lookAhead(): Promise<void> {
    while (this.ahead.length === 0 && this.cursor < this.total) {
      const i = this.cursor++;
      const wait = this.window.room(i);
      if (wait) await wait;
      if (!this.served(i)) this.ahead.push(i);
    }
    while (this.ahead.length < LOOK_AHEAD && this.takeOne());
  }

  /** Looks up the next file if the window has room for it without waiting; false if it has not (or none is left). */
  private takeOne(): boolean {
    if (this.cursor >= this.total || !this.window.hasRoom(this.cursor)) return false;
    const i = this.cursor++;
    if (!this.served(i)) this.ahead.push(i);
    return true;
  }
}
