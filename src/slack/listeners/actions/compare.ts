/** "Compare with…": the chosen option's value is the comparison query itself ("550 vs 421"). */
import type { Ctx } from '../../context.js';
import { actionValue, answerAction, type ActionArgs } from './reply.js';

export function compareAction(ctx: Ctx) {
  return async (args: ActionArgs): Promise<void> => {
    await args.ack();
    const query = actionValue(args.action).slice(0, 150);
    if (!query) return;
    await answerAction(ctx, args, 'compare select', async (lang) => ({
      answer: await ctx.core.query(query, lang),
      share: { t: 'q', q: query, c: args.body.channel?.id ?? '' },
    }));
  };
}
