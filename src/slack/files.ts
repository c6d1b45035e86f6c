/**
 * Files shared with a message: a bounce saved as .eml, a mail log, or a long paste the Slack client
 * turned into a text snippet. Their text joins the message's, so they are diagnosed like a paste.
 *
 * Only text files are read (a .eml, .txt, .log, .json, a snippet), at most MAX_FILES per message
 * and MAX_FILE_BYTES each: a diagnosis reads a report's first part, and a bigger upload is a
 * mailbox export, not a bounce. The bot token goes only to Slack's file host (or, in tests and
 * behind a proxy, to the origin the Web API is reached at); a download is cut off past the limit
 * and after a timeout, and Slack's sign-in page (what a token without files:read gets) is no file.
 */
import { z } from 'zod';
import { safeMrkdwn, truncate } from '../present/blocks/index.js';
import { messages } from '../present/i18n/index.js';
import type { Ctx } from './context.js';

/** The fields of a shared file the bot reads (Slack sends many more). */
const SharedFileSchema = z.object({
  id: z.string().optional(),
  name: z.string().optional(),
  mimetype: z.string().optional(),
  filetype: z.string().optional(),
  size: z.number().optional(),
  mode: z.string().optional(),
  is_external: z.boolean().optional(),
  url_private: z.string().optional(),
  url_private_download: z.string().optional(),
  /** "check_file_info": a Slack Connect file, whose details come only from files.info. */
  file_access: z.string().optional(),
});
export type SharedFile = z.infer<typeof SharedFileSchema>;

export const MAX_FILES = 3;
export const MAX_FILE_BYTES = 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 10_000;

/** Slack's file host: where url_private points. */
const SLACK_FILES_ORIGIN = 'https://files.slack.com';
/** Slack's file types for text (snippets are "text"; .eml uploads are "email"). */
const TEXT_FILETYPES = new Set(['text', 'email', 'eml', 'log', 'json', 'csv', 'xml', 'diff', 'markdown', 'shell', 'yaml']);
const TEXT_MIMETYPE = /^(?:text\/|message\/(?:rfc822|delivery-status|global)|application\/(?:json|x-ndjson|xml))/i;
const TEXT_NAME = /\.(?:eml|txt|log|json|jsonl|csv|msg\.txt|mbox)$/i;

/** Why a shared file was not read: each has its own words for the person who shared it. */
export type FileProblem = 'tooBig' | 'notSlack' | 'download' | 'scope' | 'notText';

export class FileReadError extends Error {
  constructor(readonly file: string, readonly problem: FileProblem, detail = '') {
    super(`${file}: ${problem}${detail ? ` (${detail})` : ''}`);
  }
}

/** The files of a message event that can hold a bounce, as far as their metadata says. */
export function textFiles(files: unknown): SharedFile[] {
  if (!Array.isArray(files)) return [];
  const out: SharedFile[] = [];
  for (const raw of files) {
    const parsed = SharedFileSchema.safeParse(raw);
    if (!parsed.success) continue;
    const f = parsed.data;
    if (f.is_external || f.mode === 'external' || f.mode === 'tombstone') continue;
    const isText = (f.filetype !== undefined && TEXT_FILETYPES.has(f.filetype)) || TEXT_MIMETYPE.test(f.mimetype ?? '') || TEXT_NAME.test(f.name ?? '');
    if (!isText || !(f.url_private_download ?? f.url_private)) continue;
    out.push(f);
    if (out.length === MAX_FILES) break;
  }
  return out;
}

export interface FileReaderOptions {
  botToken: string;
  /** The Web API's URL: its origin may serve files too (a test server, a proxy). */
  apiUrl: string;
  timeoutMs?: number;
  /** files.info: the whole file object for one that an event only names (Slack Connect). */
  info?: (id: string) => Promise<unknown>;
}

/** Downloads shared files with the bot token, only from where Slack serves them. */
export class FileReader {
  private readonly origins: Set<string>;
  private readonly timeoutMs: number;

  constructor(private readonly opts: FileReaderOptions) {
    this.origins = new Set([SLACK_FILES_ORIGIN, new URL(opts.apiUrl).origin]);
    this.timeoutMs = opts.timeoutMs ?? DOWNLOAD_TIMEOUT_MS;
  }

  /** Whether the token may be sent to this URL: only to origins that already hold it. */
  trusted(url: string): boolean {
    try {
      return this.origins.has(new URL(url).origin);
    } catch {
      return false;
    }
  }

  /**
   * The event's files with the details Slack Connect leaves out fetched from files.info; a file
   * that cannot be looked up is dropped (and is no text file the bot could read anyway).
   */
  async complete(files: unknown[]): Promise<unknown[]> {
    const out: unknown[] = [];
    for (const raw of files.slice(0, MAX_FILES * 3)) {
      const f = SharedFileSchema.safeParse(raw);
      if (f.success && f.data.file_access === 'check_file_info' && f.data.id && this.opts.info) {
        try {
          out.push(await this.opts.info(f.data.id));
        } catch {
          // Unknown or not shared with the bot: nothing to read.
        }
      } else out.push(raw);
    }
    return out;
  }

  /** The file's bytes; throws FileReadError with a reason a person can act on. */
  async download(file: SharedFile): Promise<Uint8Array> {
    const name = file.name ?? file.id ?? 'file';
    if (file.size !== undefined && file.size > MAX_FILE_BYTES) throw new FileReadError(name, 'tooBig');
    const url = file.url_private_download ?? file.url_private ?? '';
    if (!this.trusted(url)) throw new FileReadError(name, 'notSlack');
    let res: Response;
    try {
      res = await fetch(url, { headers: { authorization: `Bearer ${this.opts.botToken}` }, signal: AbortSignal.timeout(this.timeoutMs) });
    } catch (e) {
      throw new FileReadError(name, 'download', e instanceof Error ? e.name : 'error');
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new FileReadError(name, 'download', `HTTP ${res.status}`);
    }
    // Without the files:read scope Slack answers 200 with its sign-in page instead of the file.
    if (/^text\/html/i.test(res.headers.get('content-type') ?? '') && !/html/i.test(file.filetype ?? file.mimetype ?? '')) {
      await res.body?.cancel();
      throw new FileReadError(name, 'scope');
    }
    return readCapped(res, MAX_FILE_BYTES, name);
  }
}

/** The body, refused once it passes `max` bytes whatever the metadata said. */
async function readCapped(res: Response, max: number, name: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      throw new FileReadError(name, 'tooBig');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The message's text followed by the text of its text files (each decoded by `decode`, which
 * knows about charsets and raw messages), and a note for each file that could not be read.
 */
export async function textWithFiles(
  reader: FileReader, decode: (bytes: Uint8Array) => Promise<string>, text: string, files: unknown,
): Promise<{ text: string; unread: FileReadError[] }> {
  const parts = text.trim() ? [text] : [];
  const unread: FileReadError[] = [];
  const complete = Array.isArray(files) ? await reader.complete(files) : [];
  for (const file of textFiles(complete)) {
    try {
      parts.push(await decode(await reader.download(file)));
    } catch (e) {
      unread.push(e instanceof FileReadError ? e : new FileReadError(file.name ?? 'file', 'download', String(e)));
    }
  }
  return { text: parts.join('\n\n'), unread };
}

/**
 * A question put to the bot (a mention, a direct message) with the files shared alongside it: the
 * words and the files' text together, after `tell` has said, in `lang`, why any file went unread.
 * Null when nothing is left to answer.
 */
export async function questionWithFiles(
  ctx: Ctx, words: string, files: unknown, lang: string, tell: (text: string) => Promise<unknown>,
): Promise<string | null> {
  if (!Array.isArray(files) || files.length === 0) return words;
  const { text, unread } = await textWithFiles(ctx.files, ctx.core.fileText, words, files);
  // Only a screenshot or a PDF, and no words: say what can be read rather than answer nothing.
  if (!text.trim() && unread.length === 0) {
    const first = SharedFileSchema.safeParse(files[0]);
    unread.push(new FileReadError((first.success && (first.data.name ?? first.data.id)) || 'file', 'notText'));
  }
  // The file's name is the sharer's text: escaped, so a name like "<!channel>" pings nobody.
  for (const e of unread) await tell(messages(lang).slack.fileUnread(safeMrkdwn(truncate(e.file, 80)), e.problem));
  return unread.length && !text.trim() ? null : text;
}
