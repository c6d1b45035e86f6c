/** A direct message to the bot is a question, like a mention: answer everything, in place. */
import type { webApi } from '@slack/bolt';
import { countLookup, renderPublic } from '../../answers.js';
import { langFor, type Ctx } from '../../context.js';
import { messageKeys, withoutMention } from '../../guard/index.js';
import { messageBody, safely } from '../../send.js';
import type { UserMessage } from './types.js';

export async function onDirect(ctx: Ctx, m: UserMessage, client: webApi.WebClient, botUserId?: string): Promise<void> {
  if (!ctx.guards.dedupe.claim(...messageKeys(m.channel, m.ts, m.client_msg_id))) return;
  const question = withoutMention(m.text, botUserId);
  const thread = m.thread_ts ? { thread_ts: m.thread_ts } : {};
  await safely(
    ctx.logger,
    'direct message',
    async () => {
      const answer = await ctx.core.query(question, await langFor(ctx, m.channel));
      await client.chat.postMessage({ channel: m.channel, ...thread, ...messageBody(renderPublic(answer)) });
      await countLookup(ctx, answer, question);
    },
    (text) => client.chat.postMessage({ channel: m.channel, ...thread, text }),
  );
}
