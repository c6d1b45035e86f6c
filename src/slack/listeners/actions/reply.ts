/**
 * Where an answer to a button goes: to the clicker only, through the message's response_url; or,
 * for buttons on App Home and in modals (which have no response_url), into a modal.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Answer } from '../../../present/answer.js';
import { renderPrivate } from '../../answers.js';
import { langFor, type Ctx } from '../../context.js';
import { answerModal } from '../../home.js';
import { postToResponseUrl, respondEphemeral, safely } from '../../send.js';
import type { ShareRequest } from '../../share.js';

export type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export async function answerAction(
  ctx: Ctx,
  { body, client }: ActionArgs,
  what: string,
  produce: (lang: string) => Promise<{ answer: Answer; share?: ShareRequest }>,
): Promise<void> {
  const responseUrl = (body as { response_url?: string }).response_url;
  const apologize = responseUrl
    ? (text: string) => postToResponseUrl(responseUrl, { response_type: 'ephemeral', replace_original: false, text }, ctx.retry)
    : undefined;
  await safely(ctx.logger, what, async () => {
    const { answer, share } = await produce(await langFor(ctx, body.channel?.id));
    if (responseUrl) {
      await respondEphemeral(ctx, responseUrl, renderPrivate(ctx, answer, share));
    } else if (body.view?.type === 'modal') {
      await client.views.push({ trigger_id: body.trigger_id, view: answerModal(answer) });
    } else {
      await client.views.open({ trigger_id: body.trigger_id, view: answerModal(answer) });
    }
  }, apologize);
}

/** The value of the clicked button, or of the chosen option of a select. */
export function actionValue(action: BlockAction['actions'][number]): string {
  if (action.type === 'button') return action.value ?? '';
  if (action.type === 'static_select') return action.selected_option?.value ?? '';
  return '';
}
