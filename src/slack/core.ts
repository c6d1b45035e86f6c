/**
 * What the Slack adapter asks of the core. Listeners get this interface rather than importing the
 * core themselves, so the bench can compare the real thing against a bare Bolt app on equal terms.
 */
import { lookup } from '../catalog/index.js';
import type { Answer } from '../present/answer.js';
import { fixStepsAnswer } from '../present/explain.js';
import { messages } from '../present/i18n/index.js';
import { answerPaste, answerQuery } from '../present/respond.js';

export interface Core {
  /** Everything after `/smtp`, or a mention without the mention. */
  query(input: string, lang: string): Promise<Answer>;
  /** A message nobody addressed to the bot. */
  paste(text: string, lang: string): Promise<{ autoReply: boolean; answer: Answer }>;
  /** Only the fix steps of one code, for the "Fix steps" button. */
  fixSteps(code: string, lang: string): Promise<Answer>;
}

export const COMMAND_PREFIX = '/smtp ';

export const realCore: Core = {
  query: (input, lang) => answerQuery(input, { lang, commandPrefix: COMMAND_PREFIX }),
  paste: async (text, lang) => {
    const { autoReply, answer } = await answerPaste(text, { lang, max: 5 });
    return { autoReply, answer };
  },
  fixSteps: async (code, lang) => {
    const entry = lookup(code);
    // A code the catalog lacks gets the ordinary "unknown code" answer instead of an empty one.
    return entry ? fixStepsAnswer(entry, messages(lang)) : answerQuery(code, { lang, commandPrefix: COMMAND_PREFIX });
  },
};
