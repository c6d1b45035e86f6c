/** App Home's "Search codes" button: open the search modal. */
import type { Ctx } from '../../context.js';
import { searchModal } from '../../home.js';
import { safely } from '../../send.js';
import type { ActionArgs } from './reply.js';

export function homeSearchAction(ctx: Ctx) {
  return async ({ ack, body, client }: ActionArgs): Promise<void> => {
    await ack();
    await safely(ctx.logger, 'open search', async () => {
      await client.views.open({ trigger_id: body.trigger_id, view: searchModal() });
    });
  };
}
