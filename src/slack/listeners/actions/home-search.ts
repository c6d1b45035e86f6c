/** App Home's "Search codes" button: open the search modal, in the clicker's language. */
import type { Ctx } from '../../context.js';
import { searchModal } from '../../home.js';
import { ReplyLang } from '../../lang.js';
import { safely } from '../../send.js';
import type { ActionArgs } from './reply.js';

export function homeSearchAction(ctx: Ctx) {
  return async ({ ack, body, client }: ActionArgs): Promise<void> => {
    await ack();
    const lang = new ReplyLang(ctx, { user: body.user.id });
    await safely(ctx.logger, 'open search', async () => {
      await client.views.open({ trigger_id: body.trigger_id, view: searchModal(await lang.messages()) });
    });
  };
}
