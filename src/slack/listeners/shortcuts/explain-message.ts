/** Message shortcut "Explain SMTP codes": a full diagnosis of that message, for the person who asked. */
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { renderPrivate } from '../../answers.js';
import { langFor, type Ctx } from '../../context.js';
import { postToResponseUrl, respondEphemeral, safely } from '../../send.js';

export const EXPLAIN_MESSAGE_CALLBACK = 'smtp_explain_message';

export function explainMessageShortcut(ctx: Ctx) {
  return async ({ ack, shortcut }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const url = shortcut.response_url;
    const channel = shortcut.channel.id;
    const query = `diagnose ${shortcut.message.text ?? ''}`;
    await safely(ctx.logger, 'message shortcut', async () => {
      const answer = await ctx.core.query(query, await langFor(ctx, channel));
      await respondEphemeral(ctx, url, renderPrivate(ctx, answer, { t: 'q', q: query, c: channel }));
    }, (text) => postToResponseUrl(url, { response_type: 'ephemeral', text }, ctx.retry));
  };
}
