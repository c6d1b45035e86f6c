import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Ctx } from '../../context.js';
import { isFromHuman } from '../../guard/index.js';
import { onDirect } from './direct.js';
import { onPaste } from './paste.js';
import type { UserMessage } from './types.js';

export function registerMessages(app: App, ctx: Ctx): void {
  app.message(async ({ message, body, context, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    const m = message as unknown as UserMessage;
    if (!isFromHuman(m, { botUserId: context.botUserId, botId: context.botId })) return;
    // Slack redelivers an event it thinks we missed, with the same event_id.
    if (!ctx.guards.dedupe.claim(`ev:${body.event_id}`)) return;
    if (m.channel_type === 'im') await onDirect(ctx, m, client, context.botUserId);
    else await onPaste(ctx, m, client, context.botUserId);
  });
}
