/** `/smtp …`: settings are handled here; everything else is a question for the core. */
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { countLookup, renderPrivate } from '../../answers.js';
import type { Ctx } from '../../context.js';
import { ReplyLang, takeLangFlag } from '../../lang.js';
import { postToResponseUrl, respondEphemeral, safely } from '../../send.js';
import { applySettings, parseSettings } from './settings.js';

export function smtpCommand(ctx: Ctx) {
  return async ({ command, ack }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    // Ack at once with nothing: the answer follows through response_url, so a slow diagnosis never
    // runs into Slack's 3-second limit.
    await ack();
    const { text, lang: explicit } = takeLangFlag(command.text ?? '');
    const url = command.response_url;
    const lang = new ReplyLang(ctx, { user: command.user_id, channel: command.channel_id, explicit });
    const send = (t: string) => postToResponseUrl(url, { response_type: 'ephemeral', text: t }, ctx.retry);
    await safely(ctx.logger, '/smtp', async () => {
      const settings = parseSettings(text);
      if (settings) {
        await send(await applySettings(ctx, settings, command.channel_id, lang));
        return;
      }
      const answerLang = await lang.get();
      const answer = await ctx.core.query(text, answerLang);
      await respondEphemeral(ctx, url, renderPrivate(ctx, answer, answerLang, { t: 'q', q: text, c: command.channel_id }));
      await countLookup(ctx, answer, text);
    }, { lang, send });
  };
}
