/** `/smtp autoreply on|off|status` and `/smtp lang <code>|default`: per-channel settings. */
import { languages } from '../../../present/i18n/index.js';
import type { Ctx } from '../../context.js';
import { slackStrings } from '../../strings.js';

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
    return { type: 'lang', value: !arg || arg === 'status' ? 'status' : arg === 'default' ? null : arg };
  }
  return undefined;
}

/** Applies a settings command and returns the sentence to show (mrkdwn, ours, no user text unescaped). */
export async function applySettings(ctx: Ctx, cmd: SettingsCommand, channelId: string): Promise<string> {
  const s = slackStrings;
  if (cmd.type === 'autoreply') {
    if (cmd.value === 'usage') return s.autoReply.usage;
    if (cmd.value !== 'status') await ctx.store.setAutoReply(channelId, cmd.value === 'on');
    return (await ctx.store.getChannel(channelId)).autoReply ? s.autoReply.on : s.autoReply.off;
  }
  if (cmd.value === 'status') return s.lang.status((await ctx.store.getChannel(channelId)).lang ?? ctx.lang);
  if (cmd.value === null) {
    await ctx.store.setLang(channelId, null);
    return s.lang.reset;
  }
  if (!languages.includes(cmd.value)) return s.lang.unknown(cmd.value.replace(/[^a-z-]/g, '').slice(0, 10), languages.join(', '));
  await ctx.store.setLang(channelId, cmd.value);
  return s.lang.set(cmd.value);
}
