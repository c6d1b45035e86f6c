/**
 * What the "Share in channel" button carries: how to rebuild the answer (the query, or "fix steps
 * of code X") and the channel the question came from. Rebuilding instead of copying keeps the
 * button value small; remembering the source channel lets a share elsewhere drop addresses and IPs.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Answer } from '../present/answer.js';
import { LIMITS } from '../present/blocks/index.js';
import type { Ctx } from './context.js';

const ShareRequest = z.object({
  /** q: run the query; f: the fix steps of the code in `q`. */
  t: z.enum(['q', 'f']),
  q: z.string(),
  /** The conversation the question came from ('' when none, e.g. App Home). */
  c: z.string(),
  /** The language the sharer saw it in; a share posts the same words. */
  l: z.string().max(8).optional(),
});
export type ShareRequest = z.infer<typeof ShareRequest>;

const Stored = z.object({ k: z.string() });

/** The button value: inline when it fits, else a key into a bounded, expiring cache. */
export function encodeShare(ctx: Ctx, req: ShareRequest): string {
  const inline = JSON.stringify(req);
  if (inline.length <= LIMITS.buttonValue) return inline;
  const key = randomUUID();
  ctx.guards.shares.set(key, inline);
  return JSON.stringify({ k: key });
}

export function decodeShare(ctx: Ctx, value: string | undefined): ShareRequest | undefined {
  try {
    const raw: unknown = JSON.parse(value ?? '');
    const stored = Stored.safeParse(raw);
    const data = stored.success ? JSON.parse(ctx.guards.shares.get(stored.data.k) ?? 'null') : raw;
    const parsed = ShareRequest.safeParse(data);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Rebuilds the shared answer; `lang` is the language the share request names, else the caller's choice. */
export function buildShared(ctx: Ctx, req: ShareRequest, lang: string): Promise<Answer> {
  return req.t === 'f' ? ctx.core.fixSteps(req.q, lang) : ctx.core.query(req.q, lang);
}
