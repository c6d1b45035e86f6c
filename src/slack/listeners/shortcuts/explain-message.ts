/** Message shortcut "Explain SMTP codes": a full diagnosis of that message, for the person who asked. */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { renderPrivate } from '../../answers.js';
import type { Ctx } from '../../context.js';
import { ReplyLang } from '../../lang.js';
import { postToResponseUrl, respondEphemeral, safely } from '../../send.js';

export const EXPLAIN_MESSAGE_CALLBACK = 'smtp_explain_message';

export function explainMessageShortcut(ctx: Ctx) {
  return async ({ ack, shortcut }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const url = shortcut.response_url;
    const channel = shortcut.channel.id;
    // The message is someone else's text: a "--lang" in it is theirs, not a request to us.
    const query = `diagnose ${shortcut.message.text ?? ''}`;
    const lang = new ReplyLang(ctx, { user: shortcut.user.id, channel });
    await safely(ctx.logger, 'message shortcut', async () => {
      const answerLang = await lang.get();
      const answer = await ctx.core.query(query, answerLang);
      await respondEphemeral(ctx, url, renderPrivate(ctx, answer, answerLang, { t: 'q', q: query, c: channel }));
    }, { lang, send: (text) => postToResponseUrl(url, { response_type: 'ephemeral', text }, ctx.retry) });
  };
}
