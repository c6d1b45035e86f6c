/**
 * Making text safe for Slack. Everything in an `Answer` is plain text, and some of it came from a
 * user's paste, so every string is escaped before it reaches mrkdwn: that turns `<!here>`,
 * `<!subteam^…>`, `<@U…>` and `<http://…|…>` into inert literal text. Bare `@here`-style words
 * get an invisible joiner so no client or API setting can ever turn them into a broadcast.
 */

const WORD_JOINER = '\u2060';

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeMrkdwn(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/[&<>]/g, (c) => ENTITIES[c] ?? c) : text;
}

/** Breaks broadcast keywords (`@here`, `@channel`, `@everyone`) so they can never notify anyone. */
export function defuseBroadcasts(text: string): string {
  // Most strings have no "@" at all; skipping the regex keeps rendering cheap on hot paths.
  if (!text.includes('@')) return text;
  return text.replace(/@(here|channel|everyone)\b/gi, `@${WORD_JOINER}$1`);
}

/**
 * Turns Slack's special sequences into readable words without brackets, for plain_text fields
 * (headers, button labels) where escaping would show literally.
 */
export function neutraliseSpecials(text: string): string {
  if (!text.includes('<')) return defuseBroadcasts(text);
  return defuseBroadcasts(
    text
      .replace(/<!subteam\^[^>|]*(?:\|([^>]*))?>/gi, (_m, label?: string) => (label ? label : '@group'))
      .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/gi, '@$1')
      .replace(/<[@#]([UWCGB][A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, label?: string) => `@${label ?? id}`)
      .replace(/<!([^>]*)>/g, '$1'),
  );
}

/** Plain text safe for any mrkdwn field. */
export function safeMrkdwn(text: string): string {
  return defuseBroadcasts(escapeMrkdwn(text));
}

/**
 * Plain text safe for a plain_text object. Slack does not parse plain_text, but angle brackets are
 * swapped for look-alikes anyway so no client, log or later mrkdwn reuse can read them as markup.
 */
export function safePlain(text: string): string {
  const out = neutraliseSpecials(text);
  return /[<>\r\n\t]/.test(out) ? out.replace(/</g, '‹').replace(/>/g, '›').replace(/[\r\n\t]+/g, ' ') : out;
}

/**
 * Cuts `text` to at most `max` characters, ending in "…". Never splits a surrogate pair or an
 * escaped entity such as `&amp;`, which Slack would show as garbage.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let cut = text.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  cut = cut.replace(/&[a-z]{0,4}$/, '');
  return `${cut}…`;
}

/** A fenced code block for raw text (a paste, a server's reply), escaped and kept inside `max`. */
export function codeBlock(raw: string, max: number): string {
  // A triple backtick inside the paste would end the fence early and let the rest render as mrkdwn.
  const body = safeMrkdwn(raw.replace(/```/g, '`\u200b`\u200b`')).trimEnd();
  const fence = '```';
  return `${fence}${truncate(body, max - fence.length * 2)}${fence}`;
}

/** A link in mrkdwn, or just the escaped title when the URL is not plain http(s). */
export function mrkdwnLink(url: string, title: string): string {
  const label = safeMrkdwn(title).replace(/\|/g, '¦');
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return label;
  const href = url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return `<${href}|${label}>`;
}
