/**
 * Getting answers out. The Web API client already honours 429 Retry-After and retries 5xx a bounded
 * number of times (see app.ts); response_url posts go through `postToResponseUrl`, which does the
 * same. When everything fails the user gets a short apology rather than silence, and nothing throws
 * past a listener.
 */
import type { Logger, webApi } from '@slack/bolt';
import type { RenderedMessage } from '../present/blocks/index.js';
import { messages } from '../present/i18n/index.js';
import type { Ctx, RetryPolicy } from './context.js';
import type { ReplyLang } from './lang.js';

/** Fields every message we send carries: links in answers must not unfold into previews. */
export function messageBody(rendered: RenderedMessage) {
  return { text: rendered.text, blocks: rendered.blocks, unfurl_links: false, unfurl_media: false };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class ResponseUrlError extends Error {
  constructor(readonly status: number) {
    super(`response_url answered HTTP ${status}`);
  }
}

/** POSTs to a response_url: 429 waits for Retry-After, 5xx and network errors back off and retry. */
export async function postToResponseUrl(url: string, payload: object, policy: RetryPolicy): Promise<void> {
  const body = JSON.stringify(payload);
  for (let attempt = 0; ; attempt++) {
    let status = 0;
    let wait = policy.baseDelayMs * 2 ** attempt;
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await res.arrayBuffer().catch(() => undefined);
      if (res.ok) return;
      status = res.status;
      if (status === 429) wait = Math.max(wait, Number(res.headers.get('retry-after') ?? 1) * 1000);
      else if (status < 500) throw new ResponseUrlError(status); // expired or invalid: retrying cannot help
    } catch (e) {
      if (e instanceof ResponseUrlError || attempt >= policy.retries) throw e;
    }
    if (attempt >= policy.retries || wait > policy.maxWaitMs) throw new ResponseUrlError(status);
    await sleep(wait);
  }
}

/** An ephemeral reply through response_url (visible only to the person who asked). */
export function respondEphemeral(ctx: Ctx, url: string, rendered: RenderedMessage, replaceOriginal = false): Promise<void> {
  return postToResponseUrl(
    url,
    { response_type: 'ephemeral', replace_original: replaceOriginal, ...messageBody(rendered) },
    ctx.retry,
  );
}

/** Where a short apology goes when a reply fails, and in which language. */
export interface Apology {
  lang: ReplyLang;
  send: (text: string) => Promise<unknown>;
}

/**
 * Runs a listener's slow part. Any failure is logged (without payloads: they can hold personal
 * data) and, where there is someone waiting, turned into a short apology in their language.
 */
export async function safely(logger: Logger, what: string, work: () => Promise<void>, apology?: Apology): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.error(`${what} failed: ${describe(error)}`);
    if (!apology) return;
    try {
      await apology.send(messages(apology.lang.known).slack.apology);
    } catch (again) {
      logger.error(`${what}: the apology failed too: ${describe(again)}`);
    }
  }
}

function describe(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { code?: string; message?: string; data?: { error?: string } };
    return [e.code, e.data?.error, e.message].filter(Boolean).join(': ');
  }
  return String(error);
}

/** Whether a Web API error means the bot cannot post in that conversation. */
export function isNotInChannel(error: unknown): boolean {
  const code = (error as { data?: { error?: string } })?.data?.error;
  return code === 'not_in_channel' || code === 'channel_not_found' || code === 'is_archived';
}

/** Apology as an ephemeral message, for events (mentions) that have no response_url. */
export function ephemeralApology(client: webApi.WebClient, channel: string, user: string, threadTs?: string) {
  return (text: string) =>
    client.chat.postEphemeral({ channel, user, text, ...(threadTs ? { thread_ts: threadTs } : {}) });
}
