import type { ApiArgs } from './apiRequestBody.ts';

/**
 * How the next matching call goes wrong. Parts combine: `delayMs` waits first, then the call is
 * answered by `hangUp`, else `status`, else `okFalse`, else normally.
 */
export interface Fault {
  /** HTTP 200 with { ok: false, error }: how Slack reports not_in_channel, channel_not_found… */
  okFalse?: string;
  /** HTTP status to answer with; 429 also sends Retry-After. */
  status?: number;
  /** Retry-After for a 429, in whole seconds (the client parseInt()s it); default 1. */
  retryAfterSeconds?: number;
  /** Hold the answer this long: ack budgets, client time-outs. */
  delayMs?: number;
  /** Destroy the connection without answering: a network failure as the client sees it. */
  hangUp?: boolean;
  /** Only a call whose args satisfy this consumes the fault (e.g. one channel). */
  match?: (args: ApiArgs) => boolean;
}

/** Injected faults per method, first in first out; each one is used up by a single call. */
export class ApiFaults {
  private readonly queues = new Map<string, Fault[]>();

  add(method: string, fault: Fault): void {
    const queue = this.queues.get(method) ?? [];
    queue.push(fault);
    this.queues.set(method, queue);
  }

  take(method: string, args: ApiArgs): Fault | undefined {
    const queue = this.queues.get(method);
    if (queue === undefined) return undefined;
    const index = queue.findIndex((fault) => fault.match === undefined || fault.match(args));
    if (index === -1) return undefined;
    const [fault] = queue.splice(index, 1);
    return fault;
  }

  pending(method: string): number {
    return this.queues.get(method)?.length ?? 0;
  }

  clear(): void {
    this.queues.clear();
  }
}
