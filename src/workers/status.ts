/**
 * What a worker thread is doing, in memory it shares with the pool: the task it is linting and the
 * plugin rule it is running. The pool reads it when the worker dies (which file failed) or takes too
 * long (which file, and which rule, to name): a thread stuck in a loop answers no message, but its
 * last writes here are visible.
 */

/** Room for a rule's description (`rule acme/x from plugin 'acme' (…)`); a longer one is cut. */
const RULE_BYTES = 1024;
/** Int32 slots before the rule's bytes: the task id (or IDLE, STARTING) and the rule's length in bytes (0: none running). */
const TASK = 0;
const RULE_LENGTH = 1;
const HEADER_BYTES = 8;

/** The task of a worker between two files. */
export const IDLE = -1;
/** The task of a worker still loading its modules (not ready for files yet). */
export const STARTING = -2;

export class WorkerStatus {
  private readonly slots: Int32Array;
  private readonly bytes: Uint8Array;
  /** Each rule's description encoded once (a run calls the same few rules on every document). */
  private readonly encoded = new Map<string, Uint8Array>();

  /** A status for a new worker: starting, no rule. */
  static create(): WorkerStatus {
    const status = new WorkerStatus(new SharedArrayBuffer(HEADER_BYTES + RULE_BYTES));
    status.setTask(STARTING);
    return status;
  }

  constructor(readonly buffer: SharedArrayBuffer) {
    this.slots = new Int32Array(buffer, 0, HEADER_BYTES / 4);
    this.bytes = new Uint8Array(buffer, HEADER_BYTES);
  }

  setTask(id: number): void {
    Atomics.store(this.slots, TASK, id);
  }

  /** The id of the task being linted; IDLE between tasks, STARTING before the first. */
  task(): number {
    return Atomics.load(this.slots, TASK);
  }

  /** The plugin rule now running (its description), or undefined when it returned. */
  setRule(description: string | undefined): void {
    if (description === undefined) {
      Atomics.store(this.slots, RULE_LENGTH, 0);
      return;
    }
    let bytes = this.encoded.get(description);
    if (!bytes) {
      bytes = new TextEncoder().encode(description).subarray(0, RULE_BYTES);
      this.encoded.set(description, bytes);
    }
    // Length 0 while the bytes change: a reader never takes half of one description for another.
    Atomics.store(this.slots, RULE_LENGTH, 0);
    this.bytes.set(bytes);
    Atomics.store(this.slots, RULE_LENGTH, bytes.length);
  }

  /** The plugin rule running, when one is (as given to setRule). */
  rule(): string | undefined {
    const length = Atomics.load(this.slots, RULE_LENGTH);
    // slice() copies out of the shared memory: TextDecoder does not read shared buffers.
    return length === 0 ? undefined : new TextDecoder().decode(this.bytes.slice(0, length));
  }
}
