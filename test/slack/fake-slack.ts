/**
 * A Slack-compatible Web API on 127.0.0.1 for tests and the bench: it answers the methods the bot
 * calls the way Slack does (HTTP 200 with {ok}, 429 with Retry-After), records every call, and also
 * serves response_url endpoints. Failures can be queued per method to exercise retries.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Call {
  method: string;
  body: Record<string, unknown>;
  at: number;
}

export type Failure = { status: 500 | 502 | 503 } | { status: 429; retryAfter: number } | { error: string };

export const BOT_USER_ID = 'UBOTSMTP1';
export const BOT_ID = 'BBOTSMTP1';

function parseBody(req: IncomingMessage, raw: string): Record<string, unknown> {
  const type = req.headers['content-type'] ?? '';
  if (type.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // The Web API client sends blocks and views as JSON strings inside the form.
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v === 'true' ? true : v === 'false' ? false : v;
  }
  return out;
}

/** A file as Slack serves it at url_private_download, and as a message event describes it. */
export interface FakeFile { body: Buffer; contentType: string }

export class FakeSlack {
  readonly calls: Call[] = [];
  /** Files served under /files-pri/, by path; their event objects by id (for files.info). */
  private readonly files = new Map<string, FakeFile>();
  private readonly fileObjects = new Map<string, Record<string, unknown>>();
  /** The token a file download must carry; without it Slack answers with its sign-in page. */
  fileToken = 'xoxb-test-token';
  private readonly failures = new Map<string, Failure[]>();
  private server?: Server;
  private ts = 1_700_000_000;
  url = '';
  /** What apps.connections.open hands out (Socket Mode tests). */
  socketUrl = '';
  /** Keep no calls at all (the bench sends tens of thousands); `onCall` still sees each one. */
  record = true;
  onCall?: (method: string, body: Record<string, unknown>) => void;
  /** Slack locales by user id, returned by users.info only when asked with include_locale (as Slack does). */
  readonly locales = new Map<string, string>();

  failNext(method: string, ...failures: Failure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  /**
   * Stores a file and returns the `files` entry a file_share message event carries for it.
   * `meta` overrides fields (size, mimetype, filetype, mode, or the URLs themselves).
   */
  addFile(name: string, body: Buffer | string, meta: Record<string, unknown> = {}): Record<string, unknown> {
    const id = `F${++this.ts}`;
    const path = `/files-pri/T0001-${id}/download/${encodeURIComponent(name)}`;
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    this.files.set(path, { body: bytes, contentType: String(meta.mimetype ?? 'text/plain') });
    const file = {
      id, name, title: name, mimetype: 'text/plain', filetype: 'text', pretty_type: 'Plain Text', size: bytes.length, mode: 'hosted',
      is_external: false, url_private: `${this.url}${path.replace('/download', '')}`, url_private_download: `${this.url}${path}`, ...meta,
    };
    this.fileObjects.set(id, file);
    return file;
  }

  /** A file shared over Slack Connect: the event only names it; files.info has the rest. */
  addConnectFile(name: string, body: Buffer | string, meta: Record<string, unknown> = {}): Record<string, unknown> {
    const { id } = this.addFile(name, body, meta);
    return { id, mode: 'file_access', file_access: 'check_file_info', created: 0, timestamp: 0, user: '' };
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  of(method: string): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  reset(): void {
    this.calls.length = 0;
    this.failures.clear();
    this.fileToken = 'xoxb-test-token';
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const path = (req.url ?? '').split('?')[0] ?? '';
        const method = path.startsWith('/api/') ? path.slice(5) : path.startsWith('/response/') ? `response:${path.slice(10)}` : path;
        if (path.startsWith('/files-pri/')) return this.serveFile(req, res, path);
        const body = parseBody(req, raw);
        if (this.record) this.calls.push({ method, body, at: Date.now() });
        this.onCall?.(method, body);
        const failure = this.failures.get(method)?.shift();
        if (failure && 'status' in failure) {
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (failure.status === 429) headers['retry-after'] = String(failure.retryAfter);
          res.writeHead(failure.status, headers);
          res.end(JSON.stringify({ ok: false, error: failure.status === 429 ? 'ratelimited' : 'internal_error' }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        if (failure) return void res.end(JSON.stringify({ ok: false, error: failure.error }));
        res.end(JSON.stringify(this.answer(method, body)));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** A file download, recorded as `file:<path>` with the Authorization header it came with. */
  private serveFile(req: IncomingMessage, res: ServerResponse, path: string): void {
    const authorization = req.headers.authorization ?? '';
    if (this.record) this.calls.push({ method: `file:${path}`, body: { authorization }, at: Date.now() });
    const file = this.files.get(path);
    if (!file) return void res.writeHead(404).end();
    if (authorization !== `Bearer ${this.fileToken}`) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return void res.end('<!DOCTYPE html><html><title>Sign in | Slack</title></html>');
    }
    res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.body.length) });
    res.end(file.body);
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://example.slack.com/', team: 'Example', user: 'smtp-bot', team_id: 'T0001', user_id: BOT_USER_ID, bot_id: BOT_ID };
      case 'apps.connections.open':
        return { ok: true, url: this.socketUrl };
      case 'chat.postMessage':
        return { ok: true, channel: body.channel, ts: `${++this.ts}.000100`, message: { text: body.text } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${++this.ts}.000200` };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts };
      case 'users.info': {
        const locale = body.include_locale === true ? { locale: this.locales.get(String(body.user)) ?? 'en-US' } : {};
        return { ok: true, user: { id: body.user, name: 'jdoe', real_name: 'Jane Doe', is_bot: false, ...locale, profile: { display_name: 'jane <!here>', real_name: 'Jane Doe' } } };
      }
      case 'files.info': {
        const file = this.fileObjects.get(String(body.file));
        return file ? { ok: true, file } : { ok: false, error: 'file_not_found' };
      }
      case 'views.publish':
      case 'views.open':
      case 'views.push':
        return { ok: true, view: { id: `V${++this.ts}` } };
      default:
        return method.startsWith('response:') ? { ok: true } : { ok: false, error: 'unknown_method' };
    }
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
