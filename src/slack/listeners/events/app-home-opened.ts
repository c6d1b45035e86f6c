/** Opening the app's Home tab: publish the how-to, the most looked-up codes and the search button. */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Ctx } from '../../context.js';
import { homeView } from '../../home.js';
import { ReplyLang } from '../../lang.js';
import { safely } from '../../send.js';

export function appHomeOpened(ctx: Ctx) {
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    if (!ctx.guards.dedupe.claim(`ev:${body.event_id}`)) return;
    // The Home tab belongs to the person; a language set with /smtp lang in their DM with the bot counts too.
    const lang = new ReplyLang(ctx, { user: event.user, channel: event.channel });
    await safely(ctx.logger, 'app_home_opened', async () => {
      const [top, m] = await Promise.all([ctx.store.topLookups(8), lang.messages()]);
      await client.views.publish({ user_id: event.user, view: homeView(top, m) });
    });
  };
}
