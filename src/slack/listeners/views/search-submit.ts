/** The search modal's submit: replace the modal with the answer (codes or words both work). */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { Ctx } from '../../context.js';
import { answerModal, SEARCH_BLOCK, SEARCH_INPUT } from '../../home.js';
import { slackStrings } from '../../strings.js';

export function searchSubmit(ctx: Ctx) {
  return async ({ ack, view }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const query = (view.state.values[SEARCH_BLOCK]?.[SEARCH_INPUT]?.value ?? '').slice(0, 500);
    try {
      // A view submission must be answered in the ack itself; lookups and searches are fast enough.
      const answer = await ctx.core.query(query, ctx.lang);
      await ack({ response_action: 'update', view: answerModal(answer) });
    } catch (error) {
      ctx.logger.error(`search modal failed: ${String(error)}`);
      await ack({ response_action: 'errors', errors: { [SEARCH_BLOCK]: slackStrings.apology } });
    }
  };
}
