/**
 * "Share in channel": posts the same answer publicly, once, then removes the private copy. Shared
 * into a conversation other than the one the paste came from, addresses and IPs are blanked. The
 * post is in the language the sharer saw it in.
 */
import { renderAnswer } from '../../../present/blocks/index.js';
import { messages } from '../../../present/i18n/index.js';
import type { Ctx } from '../../context.js';
import { redactAnswer } from '../../guard/index.js';
import { knownLang, ReplyLang } from '../../lang.js';
import { isNotInChannel, messageBody, postToResponseUrl, safely } from '../../send.js';
import { buildShared, decodeShare } from '../../share.js';
import { actionValue, type ActionArgs } from './reply.js';

export function shareAction(ctx: Ctx) {
  return async ({ ack, body, action, client }: ActionArgs): Promise<void> => {
    await ack();
    const url = (body as { response_url?: string }).response_url;
    const channel = body.channel?.id;
    if (!url || !channel) return;
    const say = (text: string) => postToResponseUrl(url, { response_type: 'ephemeral', replace_original: false, text }, ctx.retry);
    const value = actionValue(action);
    if (!ctx.guards.dedupe.claim(`share:${channel}:${body.container?.message_ts ?? ''}:${value}`)) return;
    const clickerLang = new ReplyLang(ctx, { user: body.user.id, channel });
    await safely(ctx.logger, 'share', async () => {
      const req = decodeShare(ctx, value);
      if (!req) return void (await say((await clickerLang.messages()).slack.shareExpired));
      // Buttons from before answers carried a language are shared in the clicker's.
      const lang = knownLang(req.l) ?? (await clickerLang.get());
      const answer = await buildShared(ctx, req, lang);
      const name = await ctx.users.name(body.user.id);
      const m = messages(lang);
      const rendered = renderAnswer(req.c === channel ? answer : redactAnswer(answer), {
        truncatedNote: m.slack.truncated,
        ...(name ? { footer: m.slack.sharedBy(name) } : {}),
      });
      try {
        await client.chat.postMessage({ channel, ...messageBody(rendered) });
      } catch (error) {
        // Not a member there: response_url can still post publicly in the conversation.
        if (!isNotInChannel(error)) throw error;
        await postToResponseUrl(url, { response_type: 'in_channel', replace_original: false, ...messageBody(rendered) }, ctx.retry);
      }
      await postToResponseUrl(url, { delete_original: true }, ctx.retry).catch(() => undefined);
    }, { lang: clickerLang, send: say });
  };
}
