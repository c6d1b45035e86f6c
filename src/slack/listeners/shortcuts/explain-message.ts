/** Message shortcut "Explain SMTP codes": a full diagnosis of that message, for the person who asked. */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { renderPrivate } from '../../answers.js';
import type { Ctx } from '../../context.js';
import { questionWithFiles } from '../../files.js';
import { ReplyLang } from '../../lang.js';
import { postToResponseUrl, respondEphemeral, safely } from '../../send.js';

export const EXPLAIN_MESSAGE_CALLBACK = 'smtp_explain_message';

export function explainMessageShortcut(ctx: Ctx) {
  return async ({ ack, shortcut }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const url = shortcut.response_url;
    const channel = shortcut.channel.id;
    const lang = new ReplyLang(ctx, { user: shortcut.user.id, channel });
    const tell = (text: string) => postToResponseUrl(url, { response_type: 'ephemeral', text }, ctx.retry);
    await safely(ctx.logger, 'message shortcut', async () => {
      const answerLang = await lang.get();
      // A bounce shared as a file (.eml, log, snippet) is read along with the message's words.
      const pasted = await questionWithFiles(ctx, shortcut.message.text ?? '', (shortcut.message as { files?: unknown }).files, answerLang, tell);
      if (pasted === null) return;
      // The message is someone else's text: a "--lang" in it is theirs, not a request to us.
      const query = `diagnose ${pasted}`;
      const answer = await ctx.core.query(query, answerLang);
      await respondEphemeral(ctx, url, renderPrivate(ctx, answer, answerLang, { t: 'q', q: query, c: channel }));
    }, { lang, send: tell });
  };
}
