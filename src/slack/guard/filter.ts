/**
 * Which message events the bot may answer at all. Anything a bot wrote (this one included: two
 * bots answering each other never stop), edits, deletions, joins and other subtypes are skipped.
 */

export interface MessageLike {
  type?: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  bot_profile?: unknown;
  app_id?: string;
  text?: string;
  hidden?: boolean;
  /** Files shared with the message (subtype file_share): a bounce may be one of them. */
  files?: unknown;
}

/** Subtypes that still carry a person's own words. */
const HUMAN_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

export function isFromHuman(message: MessageLike, self: { botUserId?: string; botId?: string }): boolean {
  if (message.subtype !== undefined && !HUMAN_SUBTYPES.has(message.subtype)) return false;
  if (message.hidden) return false;
  if (message.bot_id || message.bot_profile || message.app_id) return false;
  if (!message.user) return false;
  if (self.botUserId && message.user === self.botUserId) return false;
  if (self.botId && message.bot_id === self.botId) return false;
  // A file shared without a word still carries what the person pasted.
  if (message.subtype === 'file_share' && Array.isArray(message.files) && message.files.length > 0) return true;
  return typeof message.text === 'string' && message.text.trim().length > 0;
}

/** Whether the text mentions the given user id (`<@U123>` or `<@U123|name>`). */
export function mentions(text: string | undefined, userId: string | undefined): boolean {
  if (!text || !userId) return false;
  return text.includes(`<@${userId}>`) || text.includes(`<@${userId}|`);
}

/** The text with mentions of the bot removed: what the user actually asked. */
export function withoutMention(text: string, userId: string | undefined): string {
  const pattern = userId ? new RegExp(`<@${userId}(?:\\|[^>]*)?>`, 'g') : /^\s*<@[UW][A-Z0-9]+(?:\|[^>]*)?>/;
  return text.replace(pattern, ' ').replace(/^[\s:,]+/, '').trim();
}
