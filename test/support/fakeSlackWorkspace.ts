import { FAKE_APP_ID, FAKE_BOT_ID, FAKE_BOT_USER_ID, FAKE_TEAM_ID } from './fakeIds.ts';

export interface FakeMessage {
  type: 'message';
  ts: string;
  text?: string;
  blocks?: unknown;
  metadata?: unknown;
  thread_ts?: string;
  user?: string;
  bot_id?: string;
  [field: string]: unknown;
}

export type TriggerExchange = 'ok' | 'missing' | 'exchanged';

const FIRST_TS_MICROS = 1_700_000_000_000_100;
const TS_STEP_MICROS = 100;

/** What the fake Slack remembers between calls: messages per channel, views, used trigger_ids. */
export class FakeSlackWorkspace {
  private readonly messagesByChannel = new Map<string, FakeMessage[]>();
  private readonly views = new Map<string, Record<string, unknown>>();
  private readonly exchangedTriggers = new Set<string>();
  private readonly notJoined = new Set<string>();
  private tsCounter = 0;
  private viewCounter = 0;

  /** Slack's ts is seconds.microseconds; ordered and unique, as threads and tests rely on. */
  nextTs(): string {
    const micros = FIRST_TS_MICROS + this.tsCounter * TS_STEP_MICROS;
    this.tsCounter += 1;
    const seconds = Math.floor(micros / 1_000_000);
    const fraction = String(micros % 1_000_000).padStart(6, '0');
    return `${seconds}.${fraction}`;
  }

  /** Stores a message as the bot posted it; a missing ts is assigned. */
  addMessage(channel: string, message: Partial<FakeMessage>): FakeMessage {
    const stored: FakeMessage = {
      user: FAKE_BOT_USER_ID,
      bot_id: FAKE_BOT_ID,
      team: FAKE_TEAM_ID,
      ...message,
      type: 'message',
      ts: message.ts ?? this.nextTs(),
    };
    const channelMessages = this.messagesByChannel.get(channel) ?? [];
    channelMessages.push(stored);
    this.messagesByChannel.set(channel, channelMessages);
    return stored;
  }

  messagesIn(channel: string): FakeMessage[] {
    return [...(this.messagesByChannel.get(channel) ?? [])];
  }

  findMessage(channel: string, ts: string): FakeMessage | undefined {
    return this.messagesByChannel.get(channel)?.find((message) => message.ts === ts);
  }

  /** The parent first, then its replies oldest first, as conversations.replies lists them. */
  thread(channel: string, threadTs: string): FakeMessage[] {
    const all = this.messagesByChannel.get(channel) ?? [];
    const parent = all.find((message) => message.ts === threadTs);
    if (parent === undefined) return [];
    const replies = all
      .filter((message) => message.thread_ts === threadTs && message.ts !== threadTs)
      .sort((a, b) => compareTs(a.ts, b.ts));
    if (replies.length === 0) return [parent];
    return [{ ...parent, thread_ts: threadTs, reply_count: replies.length }, ...replies];
  }

  /** A public channel the app posts to without joining it (chat:write.public): it may not read there. */
  markNotJoined(channel: string): void {
    this.notJoined.add(channel);
  }

  canRead(channel: string): boolean {
    return !this.notJoined.has(channel);
  }

  /** A trigger_id opens one view, once: Slack answers exchanged_trigger_id after that. */
  exchangeTrigger(triggerId: string | undefined): TriggerExchange {
    if (triggerId === undefined || triggerId === '') return 'missing';
    if (this.exchangedTriggers.has(triggerId)) return 'exchanged';
    this.exchangedTriggers.add(triggerId);
    return 'ok';
  }

  saveView(view: Record<string, unknown>, existingId?: string): Record<string, unknown> {
    const id = existingId ?? this.nextViewId();
    const previous = this.views.get(id);
    const saved = {
      id,
      team_id: FAKE_TEAM_ID,
      app_id: FAKE_APP_ID,
      bot_id: FAKE_BOT_ID,
      state: { values: {} },
      hash: `${this.nextTs()}.fakehash`,
      private_metadata: '',
      callback_id: '',
      external_id: '',
      clear_on_close: false,
      notify_on_close: false,
      root_view_id: previous?.root_view_id ?? id,
      previous_view_id: null,
      ...view,
    };
    this.views.set(id, saved);
    return saved;
  }

  hasView(id: string): boolean {
    return this.views.has(id);
  }

  reset(): void {
    this.messagesByChannel.clear();
    this.views.clear();
    this.exchangedTriggers.clear();
    this.notJoined.clear();
    this.tsCounter = 0;
    this.viewCounter = 0;
  }

  private nextViewId(): string {
    this.viewCounter += 1;
    return `V${String(this.viewCounter).padStart(8, '0')}`;
  }
}

// Compared as integers: as floats, microsecond digits of a ts sit at the edge of double precision.
export function compareTs(a: string, b: string): number {
  const [aSeconds = '0', aMicros = '0'] = a.split('.');
  const [bSeconds = '0', bMicros = '0'] = b.split('.');
  return Number(aSeconds) - Number(bSeconds) || Number(aMicros) - Number(bMicros);
}
