/**
 * Settings the app keeps between restarts. Async on purpose: the embedded SQLite store answers at
 * once, but a shared store (Postgres, Redis) for several instances can implement the same interface
 * without any listener changing.
 */
export interface ChannelSettings {
  /** Answer pasted bounces unasked. Default on. */
  autoReply: boolean;
  /** Language of answers in this channel; null means the app's default. */
  lang: string | null;
}

export interface LookupCount {
  code: string;
  count: number;
}

export interface SettingsStore {
  getChannel(channelId: string): Promise<ChannelSettings>;
  setAutoReply(channelId: string, on: boolean): Promise<void>;
  setLang(channelId: string, lang: string | null): Promise<void>;
  /** Counts codes people asked about, for "most looked up" on App Home. */
  recordLookups(codes: readonly string[]): Promise<void>;
  topLookups(limit: number): Promise<LookupCount[]>;
  close(): void;
}

export const DEFAULT_CHANNEL_SETTINGS: ChannelSettings = Object.freeze({ autoReply: true, lang: null });
