/** Small steps several listeners share: rendering for one person, counting lookups. */
import type { Answer } from '../present/answer.js';
import { renderAnswer, type RenderedMessage } from '../present/blocks/index.js';
import { messages } from '../present/i18n/index.js';
import type { Ctx } from './context.js';
import { codesInQuery } from './guard/index.js';
import { encodeShare, type ShareRequest } from './share.js';

/**
 * Renders an answer for the person who asked, in `lang` (the language the answer was built in),
 * with a working "Share in channel" button when it has one. The share carries the language along,
 * so the shared post reads like what they saw.
 */
export function renderPrivate(ctx: Ctx, answer: Answer, lang: string, share: Omit<ShareRequest, 'l'> | undefined): RenderedMessage {
  const wantsShare = share !== undefined && answer.actions.some((a) => a.type === 'share');
  const truncatedNote = messages(lang).slack.truncated;
  return renderAnswer(answer, wantsShare ? { truncatedNote, shareValue: encodeShare(ctx, { ...share, l: lang }) } : { truncatedNote });
}

const publicRenders = new WeakMap<Answer, RenderedMessage>();

/**
 * Renders an answer for a public post (no share button). Cached per answer object, which the core
 * reuses for repeated queries in one language; the result is read-only: callers that add blocks
 * render their own.
 */
export function renderPublic(answer: Answer, lang: string): RenderedMessage {
  let rendered = publicRenders.get(answer);
  if (!rendered) {
    rendered = renderAnswer(answer, { truncatedNote: messages(lang).slack.truncated });
    publicRenders.set(answer, rendered);
  }
  return rendered;
}

/** Counts the codes of a successful lookup for App Home's "looked up most often". */
export async function countLookup(ctx: Ctx, answer: Answer, query: string): Promise<void> {
  if (answer.kind !== 'explain' && answer.kind !== 'compare') return;
  try {
    await ctx.store.recordLookups(codesInQuery(query));
  } catch (error) {
    ctx.logger.warn(`could not count a lookup: ${String(error)}`);
  }
}
