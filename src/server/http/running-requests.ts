/** The part of a Node HTTP server this needs: its `request` event, whose response emits `close` once done. */
interface RequestSource {
  on(event: 'request', listener: (request: unknown, response: { once(event: 'close', listener: () => void): unknown }) => void): unknown;
}

/**
 * What a shutdown waits for: each request until its response is sent (or its client is gone) and its handler
 * has returned, whichever comes last: a client that hangs up does not stop its handler's database work.
 */
export class RunningRequests {
  #count = 0;
  #idle: (() => void)[] = [];

  #begin(): () => void {
    this.#count++;
    return () => {
      if (--this.#count === 0) for (const resolve of this.#idle.splice(0)) resolve();
    };
  }

  /** Counts a request until its handler has returned. */
  async during(handle: () => Response | Promise<Response>): Promise<Response> {
    const end = this.#begin();
    try {
      return await handle();
    } finally {
      end();
    }
  }

  /** Counts each request of `server` until its response is sent or dropped. */
  watch(server: RequestSource): void {
    server.on('request', (_request, response) => {
      response.once('close', this.#begin());
    });
  }

  /** Resolves when nothing is running, or after `timeoutMs`. */
  settled(timeoutMs: number): Promise<void> {
    if (this.#count === 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.#idle.push(resolve);
      setTimeout(resolve, timeoutMs).unref();
    });
  }
}
