/** `/smtp autoreply on|off|status` and `/smtp lang <code>|auto`: per-channel settings. */
import { languages, messages } from '../../../present/i18n/index.js';
import type { Ctx } from '../../context.js';
import { knownLang, languageName, type ReplyLang } from '../../lang.js';

export type SettingsCommand =
  | { type: 'autoreply'; value: 'on' | 'off' | 'status' | 'usage' }
  | { type: 'lang'; value: string | null | 'status' };

/** Recognises a settings subcommand; anything else is a question for the core. */
export function parseSettings(text: string): SettingsCommand | undefined {
  const [word = '', arg = '', ...rest] = text.trim().toLowerCase().split(/\s+/);
  if (rest.length > 0) return undefined;
  if (word === 'autoreply' || word === 'auto-reply') {
    return { type: 'autoreply', value: arg === 'on' || arg === 'off' || arg === 'status' ? arg : arg ? 'usage' : 'status' };
  }
  if (word === 'lang' || word === 'language') {
    // "auto" hands the choice back to each person's Slack locale; "default" is its older name.
    return { type: 'lang', value: !arg || arg === 'status' ? 'status' : arg === 'auto' || arg === 'default' ? null : arg };
  }
  return undefined;
}

/**
 * Applies a settings command and returns the sentence to show (mrkdwn, ours, no user text unescaped),
 * in the language of the reader; a new channel language answers in that language at once.
 */
export async function applySettings(ctx: Ctx, cmd: SettingsCommand, channelId: string, lang: ReplyLang): Promise<string> {
  if (cmd.type === 'autoreply') {
    const s = (await lang.messages()).slack.autoReply;
    if (cmd.value === 'usage') return s.usage;
    if (cmd.value !== 'status') await ctx.store.setAutoReply(channelId, cmd.value === 'on');
    return (await ctx.store.getChannel(channelId)).autoReply ? s.on : s.off;
  }
  if (cmd.value === 'status') {
    const own = knownLang((await ctx.store.getChannel(channelId)).lang ?? undefined);
    const s = (await lang.messages()).slack.lang;
    return own ? s.status(languageName(own)) : s.auto(languageName(await lang.get()), languages.join(', '));
  }
  if (cmd.value === null) {
    // Cleared before the reader's language is worked out, so the reply already follows their locale.
    await ctx.store.setLang(channelId, null);
    return (await lang.messages()).slack.lang.reset;
  }
  const chosen = knownLang(cmd.value);
  if (!chosen) {
    return (await lang.messages()).slack.lang.unknown(cmd.value.replace(/[^a-z-]/g, '').slice(0, 10), languages.join(', '));
  }
  await ctx.store.setLang(channelId, chosen);
  return messages(chosen).slack.lang.set(languageName(chosen));
}
