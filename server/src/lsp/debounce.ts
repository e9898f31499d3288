/**
 * A per-server debounce: edits restart the timer, and requests that need fresh results wait
 * until it has fired (latest version wins, as in cspell's server).
 */
export class Debouncer {
  private timer: NodeJS.Timeout | undefined;
  private waiters: Array<() => void> = [];

  constructor(private readonly run: () => void) {}

  /** (Re)starts the timer. */
  schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fire(), delayMs);
  }

  /** Runs now if a run is pending. */
  flush(): void {
    if (this.timer) this.fire();
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Resolves when no run is pending. */
  settled(): Promise<void> {
    if (!this.timer) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.release();
  }

  private fire(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    try {
      this.run();
    } finally {
      this.release();
    }
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
