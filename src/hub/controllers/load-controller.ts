import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LoadStatus = 'pending' | 'complete' | 'error';

/**
 * Runs an async load whenever its arguments change (compared by identity), aborting the previous run:
 * the latest arguments always win. A smaller cousin of `@lit/task`, sized for the hub's byte budget.
 */
export class LoadController<Args extends readonly unknown[], Value> implements ReactiveController {
  status: LoadStatus = 'pending';
  value: Value | undefined;
  error: unknown;
  #args: Args | undefined;
  #abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly args: () => Args,
    private readonly load: (args: Args, signal: AbortSignal) => Promise<Value> | Value,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const next = this.args();
    if (this.#args && next.every((value, index) => value === this.#args?.[index])) return;
    this.#args = next;
    void this.run();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#args = undefined;
  }

  /** Runs again with the current arguments (the "Try again" button). */
  async run(): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.status = 'pending';
    this.host.requestUpdate();
    try {
      const value = await this.load(this.#args ?? this.args(), abort.signal);
      if (abort !== this.#abort) return;
      this.value = value;
      this.status = 'complete';
    } catch (error) {
      if (abort !== this.#abort) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
