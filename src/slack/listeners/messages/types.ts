import type { MessageLike } from '../../guard/index.js';

/** The fields of a plain user message the listeners read (Bolt's type is a union of every subtype). */
export interface UserMessage extends MessageLike {
  channel: string;
  ts: string;
  text: string;
  user: string;
  thread_ts?: string;
  channel_type?: string;
  client_msg_id?: string;
  files?: unknown[];
}
