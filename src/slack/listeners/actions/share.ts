/**
 * "Share in channel": posts the same answer publicly, once, then removes the private copy. Shared
 * into a conversation other than the one the paste came from, addresses and IPs are blanked.
 */
import { renderAnswer } from '../../../present/blocks/index.js';
import { langFor, type Ctx } from '../../context.js';
import { redactAnswer } from '../../guard/index.js';
import { isNotInChannel, messageBody, postToResponseUrl, safely } from '../../send.js';
import { buildShared, decodeShare } from '../../share.js';
import { slackStrings } from '../../strings.js';
import { sharerName } from '../../users.js';
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
    await safely(ctx.logger, 'share', async () => {
      const req = decodeShare(ctx, value);
      if (!req) return void (await say(slackStrings.shareExpired));
      const answer = await buildShared(ctx, req, await langFor(ctx, channel));
      const name = await sharerName(client, body.user.id);
      const footer = name ? { footer: slackStrings.sharedBy(name) } : {};
      const rendered = renderAnswer(req.c === channel ? answer : redactAnswer(answer), footer);
      try {
        await client.chat.postMessage({ channel, ...messageBody(rendered) });
      } catch (error) {
        // Not a member there: response_url can still post publicly in the conversation.
        if (!isNotInChannel(error)) throw error;
        await postToResponseUrl(url, { response_type: 'in_channel', replace_original: false, ...messageBody(rendered) }, ctx.retry);
      }
      await postToResponseUrl(url, { delete_original: true }, ctx.retry).catch(() => undefined);
    }, say);
  };
}

