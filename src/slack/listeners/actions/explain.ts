/** "Explain more: 550 5.1.1" (and the App Home code buttons): the full answer for that code. */
import type { Ctx } from '../../context.js';
import { countLookup } from '../../answers.js';
import { actionValue, answerAction, type ActionArgs } from './reply.js';

export function explainAction(ctx: Ctx) {
  return async (args: ActionArgs): Promise<void> => {
    await args.ack();
    const code = actionValue(args.action).slice(0, 100);
    await answerAction(ctx, args, 'explain button', async (lang) => {
      const answer = await ctx.core.query(code, lang);
      await countLookup(ctx, answer, code);
      return { answer, share: { t: 'q', q: code, c: args.body.channel?.id ?? '' } };
    });
  };
}
