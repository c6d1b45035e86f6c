/** The search modal's submit: replace the modal with the answer (codes or words both work). */
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { messages } from '../../../present/i18n/index.js';
import type { Ctx } from '../../context.js';
import { answerModal, SEARCH_BLOCK, SEARCH_INPUT } from '../../home.js';
import { knownLang, userLang } from '../../lang.js';

/** The submit must be answered in its ack, within Slack's 3 seconds: a locale look-up gets little of that. */
const LOCALE_WAIT_MS = 500;

export function searchSubmit(ctx: Ctx) {
  return async ({ ack, view, body }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const query = (view.state.values[SEARCH_BLOCK]?.[SEARCH_INPUT]?.value ?? '').slice(0, 500);
    // The modal was opened in the searcher's language and carries it; older modals fall back to a look-up.
    const lang = knownLang(view.private_metadata) ?? (await userLang(ctx, body.user.id, LOCALE_WAIT_MS));
    const m = messages(lang);
    try {
      // A view submission must be answered in the ack itself; lookups and searches are fast enough.
      const answer = await ctx.core.query(query, lang);
      await ack({ response_action: 'update', view: answerModal(answer, m) });
    } catch (error) {
      ctx.logger.error(`search modal failed: ${String(error)}`);
      await ack({ response_action: 'errors', errors: { [SEARCH_BLOCK]: m.slack.apology } });
    }
  };
}
