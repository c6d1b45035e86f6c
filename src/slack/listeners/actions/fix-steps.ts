/** "Fix steps": only what to do about the code, for the person who clicked. */
import type { Ctx } from '../../context.js';
import { actionValue, answerAction, type ActionArgs } from './reply.js';

export function fixStepsAction(ctx: Ctx) {
  return async (args: ActionArgs): Promise<void> => {
    await args.ack();
    const code = actionValue(args.action).slice(0, 100);
    await answerAction(ctx, args, 'fix steps button', async (lang) => ({
      answer: await ctx.core.fixSteps(code, lang),
      share: { t: 'f', q: code, c: args.body.channel?.id ?? '' },
    }));
  };
}
