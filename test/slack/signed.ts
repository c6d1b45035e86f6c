/** Requests as Slack sends them: form-encoded or JSON bodies, signed with v0 HMAC-SHA256 and a timestamp. */
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  timestamp?: number;
  secret?: string;
  headers?: Record<string, string>;
  /** Overrides the computed signature (forgery tests). */
  signature?: string;
}

export async function sendSigned(url: string, body: string, contentType: string, opts: SendOptions = {}): Promise<Response> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': opts.signature ?? signature(opts.secret ?? SIGNING_SECRET, ts, body),
      ...opts.headers,
    },
    body,
  });
}

/** The content types Slack sends: slash commands and interactions as a form, events as JSON. */
export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

export const TEAM = 'T0001';
export const USER = 'U0HUMAN1';

export function slashCommandBody(text: string, responseUrl: string, channel = 'C0CHAN01', user = USER): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: TEAM,
    team_domain: 'example',
    channel_id: channel,
    channel_name: 'oncall',
    user_id: user,
    user_name: 'oncall-engineer',
    command: '/smtp',
    text,
    api_app_id: 'A0APP001',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1234.5678.abcd',
  }).toString();
}

let eventSeq = 0;
export function eventBody(event: Record<string, unknown>, eventId = `Ev${String(++eventSeq).padStart(8, '0')}`): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: TEAM,
    api_app_id: 'A0APP001',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: TEAM, user_id: 'UBOTSMTP1', is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

let tsSeq = 1_700_000_000;
export const nextTs = () => `${++tsSeq}.${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;

export async function waitFor<T>(probe: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

export const settle = (ms = 250) => new Promise((r) => setTimeout(r, ms));

/** The App Home search modal submitted with `query`, as Slack sends the view_submission. */
export function searchSubmission(user: string, query: string, privateMetadata = ''): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: TEAM, domain: 'example' },
    user: { id: user, name: 'oncall' },
    api_app_id: 'A0APP001',
    token: 'legacy',
    trigger_id: '1234.5678.abcd',
    view: { id: 'V0MODAL1', type: 'modal', callback_id: 'smtp_search', private_metadata: privateMetadata, hash: 'h', state: { values: { q: { q: { type: 'plain_text_input', value: query } } } } },
  };
}
