/** A direct message to the bot is a question, like a mention: answer everything, in place. */
import type { webApi } from '@slack/bolt';
import { countLookup, renderPublic } from '../../answers.js';
import type { Ctx } from '../../context.js';
import { questionWithFiles } from '../../files.js';
import { messageKeys, withoutMention } from '../../guard/index.js';
import { ReplyLang, takeLangFlag } from '../../lang.js';
import { messageBody, safely } from '../../send.js';
import type { UserMessage } from './types.js';

export async function onDirect(ctx: Ctx, m: UserMessage, client: webApi.WebClient, botUserId?: string): Promise<void> {
  if (!ctx.guards.dedupe.claim(...messageKeys(m.channel, m.ts, m.client_msg_id))) return;
  const { text: words, lang: explicit } = takeLangFlag(withoutMention(m.text ?? '', botUserId));
  const lang = new ReplyLang(ctx, { user: m.user, channel: m.channel, explicit });
  const thread = m.thread_ts ? { thread_ts: m.thread_ts } : {};
  await safely(
    ctx.logger,
    'direct message',
    async () => {
      const answerLang = await lang.get();
      // A file shared in the conversation (a .eml, a log) is part of the question.
      const question = await questionWithFiles(ctx, words, m.files, answerLang, (text) => client.chat.postMessage({ channel: m.channel, ...thread, text }));
      if (question === null) return;
      const answer = await ctx.core.query(question, answerLang);
      await client.chat.postMessage({ channel: m.channel, ...thread, ...messageBody(renderPublic(answer, answerLang)) });
      await countLookup(ctx, answer, question);
    },
    { lang, send: (text) => client.chat.postMessage({ channel: m.channel, ...thread, text }) },
  );
}
