/** @smtp-bot with a question or a paste: answered in the thread, in the asker's language, once. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { countLookup, renderPublic } from '../../answers.js';
import type { Ctx } from '../../context.js';
import { questionWithFiles } from '../../files.js';
import { isFromHuman, messageKeys, withoutMention } from '../../guard/index.js';
import { ReplyLang, takeLangFlag } from '../../lang.js';
import { ephemeralApology, messageBody, safely } from '../../send.js';

export function appMention(ctx: Ctx) {
  return async ({ event, body, context, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const self = { botUserId: context.botUserId, botId: context.botId };
    if (!isFromHuman(event, self) || 'edited' in event) return;
    const keys = messageKeys(event.channel, event.ts, event.client_msg_id);
    if (!ctx.guards.dedupe.claim(`ev:${body.event_id}`, ...keys)) return;
    const threadTs = event.thread_ts ?? event.ts;
    const { text: words, lang: explicit } = takeLangFlag(withoutMention(event.text ?? '', context.botUserId));
    const lang = new ReplyLang(ctx, { user: event.user, channel: event.channel, explicit });
    const apology = event.user ? { lang, send: ephemeralApology(client, event.channel, event.user, threadTs) } : undefined;
    await safely(ctx.logger, 'app_mention', async () => {
      const answerLang = await lang.get();
      // A file shared with the mention (a .eml, a log) is part of the question; why one went
      // unread is told to the asker alone.
      const question = await questionWithFiles(ctx, words, (event as { files?: unknown }).files, answerLang, (text) =>
        event.user ? client.chat.postEphemeral({ channel: event.channel, user: event.user, thread_ts: threadTs, text }) : Promise.resolve());
      if (question === null) return;
      const answer = await ctx.core.query(question, answerLang);
      await client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...messageBody(renderPublic(answer, answerLang)) });
      await countLookup(ctx, answer, question);
    }, apology);
  };
}
