/**
 * A message in a channel nobody addressed to the bot. It answers only when the diagnosis says the
 * text really holds an SMTP failure, once per message, at most once per thread per window unless
 * new codes appear, and a burst in one channel is folded into a summary. The reply is in the
 * channel's language, else the poster's.
 */
import type { webApi } from '@slack/bolt';
import { renderPublic } from '../../answers.js';
import type { Ctx } from '../../context.js';
import { textWithFiles } from '../../files.js';
import { codesOf, mentions, messageKeys } from '../../guard/index.js';
import { knownLang, userLang } from '../../lang.js';
import { messageBody, safely } from '../../send.js';
import type { UserMessage } from './types.js';

export async function onPaste(ctx: Ctx, m: UserMessage, client: webApi.WebClient, botUserId?: string): Promise<void> {
  // A mention arrives twice (app_mention and message); the mention listener answers it.
  if (mentions(m.text, botUserId)) return;
  await safely(ctx.logger, 'auto-reply', async () => {
    const settings = await ctx.store.getChannel(m.channel);
    if (!settings.autoReply) return;
    const ran = await ctx.guards.pastes.run(() => reply(ctx, m, client, knownLang(settings.lang ?? undefined)));
    if (!ran) ctx.logger.warn('auto-reply skipped: too many pastes waiting');
  });
  // No apology here: nobody asked, so a failed unasked reply stays silent (and is logged).
}

/** The message's words and its shared text files (a .eml, a log, a snippet): what was pasted. */
async function pastedText(ctx: Ctx, m: UserMessage): Promise<string> {
  if (!m.files) return m.text ?? '';
  const { text, unread } = await textWithFiles(ctx.files, ctx.core.fileText, m.text ?? '', m.files);
  // Nobody asked, so nobody is told; the log says why a file went unread (never with the token).
  for (const e of unread) ctx.logger.warn(`auto-reply: a shared file was not read: ${e.problem}`);
  return text;
}

async function reply(ctx: Ctx, m: UserMessage, client: webApi.WebClient, channelLang: string | undefined): Promise<void> {
  // Diagnose first: most channel messages are chatter, and chatter must not cost a users.info call.
  let lang = channelLang ?? ctx.lang;
  const text = await pastedText(ctx, m);
  if (!text.trim()) return;
  const first = await ctx.core.paste(text, lang);
  if (!first.autoReply) return;
  let answer = first.answer;
  if (!channelLang) {
    const posterLang = await userLang(ctx, m.user);
    if (posterLang !== lang) {
      lang = posterLang;
      ({ answer } = await ctx.core.paste(text, lang));
    }
  }
  const threadTs = m.thread_ts ?? m.ts;
  const codes = codesOf(answer);
  if (!ctx.guards.dedupe.claim(...messageKeys(m.channel, m.ts, m.client_msg_id))) return;
  if (!ctx.guards.threads.allow(`${m.channel}:${threadTs}`, codes)) return;
  if (!ctx.guards.burst.admit(m.channel, codes)) return;
  await client.chat.postMessage({ channel: m.channel, thread_ts: threadTs, ...messageBody(renderPublic(answer, lang)) });
}
