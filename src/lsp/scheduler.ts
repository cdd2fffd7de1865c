/**
 * Per-document debouncing of lint runs. Typing produces a burst of changes; only the last one
 * within `delayMs` starts a run. A run that finishes after its document changed again is stale:
 * the caller checks `isCurrent` before publishing, so results never go backwards.
 */
export class LintScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly generations = new Map<string, number>();
  /** Shared by all documents, so a document closed and reopened never reuses a generation. */
  private counter = 0;

  constructor(
    private readonly delayMs: number,
    private readonly run: (uri: string, generation: number) => Promise<void>,
  ) {}

  /** Runs after the debounce delay (immediately with `now`), replacing any run not yet started. */
  schedule(uri: string, now = false): void {
    const generation = ++this.counter;
    this.generations.set(uri, generation);
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    if (now || this.delayMs <= 0) {
      void this.run(uri, generation);
      return;
    }
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.run(uri, generation);
      }, this.delayMs),
    );
  }

  /** Whether a run started for `generation` is still the latest one asked for. */
  isCurrent(uri: string, generation: number): boolean {
    return this.generations.get(uri) === generation;
  }

  /** Forgets a document (closed): a run in flight for it becomes stale. */
  forget(uri: string): void {
    const pending = this.timers.get(uri);
    if (pending) clearTimeout(pending);
    this.timers.delete(uri);
    this.generations.delete(uri);
  }

  /** Stops everything: no run is current any more (one in flight does not publish or retry). */
  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.generations.clear();
  }
}
