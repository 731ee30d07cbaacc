import type { Fault } from './apiFaults.ts';
import type { ApiArgs } from './apiRequestBody.ts';

export interface RecordedCall {
  /** Web API method ('chat.postMessage'), or 'response_url' for posts to a response_url. */
  method: string;
  path: string;
  /** As Slack would read them: JSON-encoded fields (blocks, metadata, view…) decoded, scalars as sent. */
  args: ApiArgs;
  /** Request headers, lower-cased, without Authorization. */
  headers: Record<string, string>;
  /** Date.now() when the request arrived (before any injected delay). */
  at: number;
  /** The injected fault that answered this call, if one did. */
  fault?: Fault;
  /**
   * The token the call carried (Authorization header or `token` argument). Non-enumerable, so
   * assertion diffs, console.log and JSON.stringify never print it.
   */
  readonly token?: string;
}

export interface WaitOptions {
  /** Default 3000: above Slack's 3 s ack budget, so slow-but-valid app paths still pass. */
  timeoutMs?: number;
  /** Resolve with the count-th matching call (1-based); default 1. */
  count?: number;
  where?: (call: RecordedCall) => boolean;
}

interface Waiter {
  matches: (call: RecordedCall) => boolean;
  count: number;
  resolve: (call: RecordedCall) => void;
  reject: (error: Error) => void;
}

/** Every call the fake received, in arrival order, and promises that settle when one arrives. */
export class ApiCallLog {
  private readonly recorded: RecordedCall[] = [];
  private readonly waiters = new Set<Waiter>();

  get calls(): RecordedCall[] {
    return [...this.recorded];
  }

  callsTo(method: string): RecordedCall[] {
    return this.recorded.filter((call) => call.method === method);
  }

  record(call: RecordedCall): void {
    this.recorded.push(call);
    for (const waiter of this.waiters) {
      const matching = this.recorded.filter(waiter.matches);
      const found = matching[waiter.count - 1];
      if (found !== undefined) {
        this.waiters.delete(waiter);
        waiter.resolve(found);
      }
    }
  }

  waitFor(method: string, { timeoutMs = 3000, count = 1, where }: WaitOptions = {}): Promise<RecordedCall> {
    const matches = (call: RecordedCall) => call.method === method && (where === undefined || where(call));
    const already = this.recorded.filter(matches)[count - 1];
    if (already !== undefined) return Promise.resolve(already);
    return new Promise<RecordedCall>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(
          new Error(`fake Slack: no call #${count} to ${method} within ${timeoutMs} ms; ${this.summary()}`),
        );
      }, timeoutMs);
      const waiter: Waiter = {
        matches,
        count,
        resolve: (call) => {
          clearTimeout(timer);
          resolve(call);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      this.waiters.add(waiter);
    });
  }

  clear(): void {
    this.recorded.length = 0;
    for (const waiter of this.waiters) waiter.reject(new Error('fake Slack was reset while waiting'));
    this.waiters.clear();
  }

  // Method names only: args can be large and headers are nobody's business in a failure message.
  private summary(): string {
    const methods = this.recorded.map((call) => call.method);
    return methods.length === 0 ? 'no calls received' : `calls received: ${methods.join(', ')}`;
  }
}
