/** Small steps several listeners share: rendering for one person, counting lookups. */
import type { Answer } from '../present/answer.js';
import { renderAnswer, type RenderedMessage } from '../present/blocks/index.js';
import type { Ctx } from './context.js';
import { codesInQuery } from './guard/index.js';
import { encodeShare, type ShareRequest } from './share.js';

/** Renders an answer for the person who asked, with a working "Share in channel" button when it has one. */
export function renderPrivate(ctx: Ctx, answer: Answer, share: ShareRequest | undefined): RenderedMessage {
  const wantsShare = share !== undefined && answer.actions.some((a) => a.type === 'share');
  return renderAnswer(answer, wantsShare ? { shareValue: encodeShare(ctx, share) } : {});
}

const publicRenders = new WeakMap<Answer, RenderedMessage>();

/**
 * Renders an answer for a public post (no share button). Cached per answer object, which the core
 * reuses for repeated queries; the result is read-only: callers that add blocks render their own.
 */
export function renderPublic(answer: Answer): RenderedMessage {
  let rendered = publicRenders.get(answer);
  if (!rendered) {
    rendered = renderAnswer(answer);
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
