/** Opening the app's Home tab: publish the how-to, the most looked-up codes and the search button. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Ctx } from '../../context.js';
import { homeView } from '../../home.js';
import { safely } from '../../send.js';

export function appHomeOpened(ctx: Ctx) {
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    if (!ctx.guards.dedupe.claim(`ev:${body.event_id}`)) return;
    await safely(ctx.logger, 'app_home_opened', async () => {
      await client.views.publish({ user_id: event.user, view: homeView(await ctx.store.topLookups(8)) });
    });
  };
}
