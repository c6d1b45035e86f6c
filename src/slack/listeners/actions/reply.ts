/**
 * Where an answer to a button goes: to the clicker only, through the message's response_url; or,
 * for buttons on App Home and in modals (which have no response_url), into a modal. The answer is in
 * the channel's language, else the clicker's.
 */
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Answer } from '../../../present/answer.js';
import { messages } from '../../../present/i18n/index.js';
import { renderPrivate } from '../../answers.js';
import type { Ctx } from '../../context.js';
import { answerModal } from '../../home.js';
import { ReplyLang } from '../../lang.js';
import { postToResponseUrl, respondEphemeral, safely } from '../../send.js';
import type { ShareRequest } from '../../share.js';

export type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export async function answerAction(
  ctx: Ctx,
  { body, client }: ActionArgs,
  what: string,
  produce: (lang: string) => Promise<{ answer: Answer; share?: Omit<ShareRequest, 'l'> }>,
): Promise<void> {
  const responseUrl = (body as { response_url?: string }).response_url;
  const lang = new ReplyLang(ctx, { user: body.user.id, channel: body.channel?.id });
  const apology = responseUrl
    ? { lang, send: (text: string) => postToResponseUrl(responseUrl, { response_type: 'ephemeral', replace_original: false, text }, ctx.retry) }
    : undefined;
  await safely(ctx.logger, what, async () => {
    const answerLang = await lang.get();
    const { answer, share } = await produce(answerLang);
    if (responseUrl) {
      await respondEphemeral(ctx, responseUrl, renderPrivate(ctx, answer, answerLang, share));
    } else if (body.view?.type === 'modal') {
      await client.views.push({ trigger_id: body.trigger_id, view: answerModal(answer, messages(answerLang)) });
    } else {
      await client.views.open({ trigger_id: body.trigger_id, view: answerModal(answer, messages(answerLang)) });
    }
  }, apology);
}

/** The value of the clicked button, or of the chosen option of a select. */
export function actionValue(action: BlockAction['actions'][number]): string {
  if (action.type === 'button') return action.value ?? '';
  if (action.type === 'static_select') return action.selected_option?.value ?? '';
  return '';
}
