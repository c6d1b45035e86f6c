/**
 * Which provider answered: from the hosts in the bounce (Remote-MTA, "host … said", Reporting-MTA)
 * and from the provider's own wording or code (TSS04, S3150 …) in the reply. The catalog's
 * provider files are the data; this module only indexes them once.
 */
import type { ProviderData, Reason, WhoActs } from '../catalog/schema.js';
import { FragmentScanner, escapeRegExp as escape } from './fragment-scan.js';

export interface ProviderMatch {
  provider: string;
  providerCode: string | null;
  responseId: string | null;
  reason: Reason | null;
  whoActs: WhoActs | null;
  reply: string | null;
  enhanced: string | null;
  /** How the response's wording weighs (see the catalog schema): a 'wrapper' only frames the real cause. */
  kind: ProviderData['responses'][number]['matchKind'] | null;
}


export class ProviderIndex {
  private readonly responses: FragmentScanner | null;
  /** The response behind each alternative of `responses`, in the order of its capture groups. */
  private readonly alternatives: Hit[][] = [];
  private readonly hosts: { fragment: string; provider: string }[] = [];
  private readonly hostMap = new Map<string, string>();
  private readonly signatures: RegExp | null;
  private readonly bySignature = new Map<string, string>();

  constructor(list: ProviderData[]) {
    // Each fragment once; responses that share one (the 450 and 550 forms of a reply) share its alternative.
    const keys: { key: string; hits: Hit[] }[] = [];
    const seen = new Map<string, (typeof keys)[number]>();
    const signatures: string[] = [];
    for (const p of list) {
      for (const h of p.hosts) this.hosts.push({ fragment: h.toLowerCase(), provider: p.id });
      for (const s of p.signatures) {
        const k = s.toLowerCase();
        if (!this.bySignature.has(k)) {
          this.bySignature.set(k, p.id);
          signatures.push(k);
        }
      }
      for (const r of p.responses) {
        for (const m of r.match) {
          const k = m.toLowerCase();
          const known = seen.get(k);
          if (known) known.hits.push({ provider: p, response: r });
          else {
            const entry = { key: k, hits: [{ provider: p, response: r }] };
            seen.set(k, entry);
            keys.push(entry);
          }
        }
      }
    }
    // Longest first, so a specific wording wins over a fragment of it.
    keys.sort((a, b) => b.key.length - a.key.length);
    for (const k of keys) this.alternatives.push(k.hits);
    this.responses = keys.length ? new FragmentScanner(keys.map((k) => k.key)) : null;
    this.signatures = signatures.length ? new RegExp(signatures.map(escape).join('|'), 'i') : null;
    // Longer fragments first, so the more specific one claims a suffix two providers share.
    this.hosts.sort((a, b) => b.fragment.length - a.fragment.length);
    for (const { fragment, provider } of this.hosts) if (!this.hostMap.has(fragment)) this.hostMap.set(fragment, provider);
  }

  /**
   * The provider whose host fragment names one of these hosts. A fragment matches whole labels
   * at the end of the name ("mx.google.com" is Google, "google.com.example" is not), looked up
   * label by label, so the cost does not grow with the number of providers.
   */
  byHost(hosts: (string | null | undefined)[]): string | null {
    for (const raw of hosts) {
      if (!raw) continue;
      let h = raw.toLowerCase();
      const semi = h.lastIndexOf(';');
      if (semi >= 0) h = h.slice(semi + 1);
      h = h.trim().replace(/\.$/, '');
      let at = 0;
      for (;;) {
        const p = this.hostMap.get(at === 0 ? h : h.slice(at));
        if (p) return p;
        const next = h.indexOf('.', at);
        if (next < 0) break;
        at = next + 1;
      }
    }
    return null;
  }

  /**
   * The provider response whose wording appears in the reply text; failing that, the provider
   * the text says answered or reported (see `reporterIn`), with no response named.
   */
  byText(text: string, reply: string | null, enhanced: string | null, answeredBy: string | null = null): ProviderMatch | null {
    if (!text) return null;
    const response = this.responseIn(text, reply, enhanced, answeredBy);
    if (response) return response;
    const provider = this.reporterIn(text);
    return provider
      ? { provider, providerCode: null, responseId: null, reason: null, whoActs: null, reply: null, enhanced: null, kind: null }
      : null;
  }

  /**
   * The provider whose server the bounce text says answered (Remote-MTA, "host … said", "… gave
   * this error") or, failing that, whose notice it is (a provider signature) or which reported it
   * (Reporting-MTA, Exchange's "Generating server", the first Received hop). Hosts merely
   * mentioned, such as a recipient's domain or a link, are never read.
   */
  reporterIn(text: string): string | null {
    const head = text.length > 20000 ? text.slice(0, 20000) : text;
    const answered = this.byHost(hostsAfter(head, ANSWERED));
    if (answered) return answered;
    const signature = this.signatures?.exec(head);
    if (signature) return this.bySignature.get(signature[0].toLowerCase()) ?? null;
    return this.byHost(hostsAfter(head, REPORTED));
  }

  /**
   * `answeredBy`: the provider the bounce's hosts already name (Remote-MTA, "host … said",
   * Reporting-MTA), which `text` alone may not show; it lets wording other servers share
   * ('needs-host') count as that provider's response.
   */
  private responseIn(text: string, reply: string | null, enhanced: string | null, answeredBy: string | null): ProviderMatch | null {
    if (!this.responses) return null;
    let best: Hit | null = null;
    let bestScore = -Infinity;
    let verdict: Hit | null = null;
    let reporter: string | null | undefined;
    // A multi-line reply repeats "550-5.7.1 " on every line, which can fall inside a fragment:
    // read the text as written and with those prefixes taken out.
    // (A text with nothing to take out is read once: the same text twice finds the same hits.)
    const joined = joinedReply(text, enhanced);
    for (const form of joined === text ? [text] : [text, joined]) {
      for (const m of this.responses.matches(form)) {
        for (const hit of this.alternatives[m.fragment] ?? []) {
          if (hit.response.matchKind === 'needs-host' && hit.provider.id !== answeredBy && (reporter ??= this.reporterIn(text)) !== hit.provider.id) continue;
          // A temporary failure's entry never explains a permanent reply, nor the reverse: Gmail's
          // 4.7.32 deferral and 5.7.32 rejection share their sentence.
          if (classDiffers(hit.response.enhanced, enhanced) || classDiffers(hit.response.reply, reply)) continue;
          if (hit.response.matchKind === 'verdict') verdict ??= hit;
          const score = scoreOf(hit.response, m.length, form, reply, enhanced);
          if (score > bestScore) {
            bestScore = score;
            best = hit;
          }
        }
      }
    }
    // A give-up verdict outranks the error line of its own MTA that it wraps, whatever its codes;
    // another provider's reply inside it keeps its place.
    if (verdict && best && verdict.provider.id === best.provider.id) best = verdict;
    if (!best) return null;
    const r = best.response;
    return {
      provider: best.provider.id, providerCode: sentCode(r, text), responseId: r.id, reason: r.reason,
      whoActs: r.whoActs, reply: r.reply ?? null, enhanced: r.enhanced ?? null, kind: r.matchKind,
    };
  }
}

/** Whether a catalogued code and the sent one are of different classes (2/4/5). */
function classDiffers(catalogued: string | undefined, sent: string | null): boolean {
  return !!catalogued && !!sent && catalogued[0] !== sent[0];
}

interface Hit {
  provider: ProviderData;
  response: ProviderData['responses'][number];
}

/**
 * How well a matched response fits: the longer fragment, then codes that agree with the reply,
 * then the response's own code standing in the text (S3140 and S3150 share their sentence);
 * a wrapper banner loses to any other match of similar standing.
 */
function scoreOf(r: Hit['response'], length: number, text: string, reply: string | null, enhanced: string | null): number {
  let score = length;
  if (r.enhanced && enhanced) score += r.enhanced === enhanced ? 1000 : -500;
  if (r.reply && reply && r.reply === reply) score += 100;
  if (ownCodeIn(r, text)) score += 2000;
  // Worth more than any fragment's length, less than agreeing codes.
  if (r.matchKind === 'wrapper') score -= 300;
  return score;
}

/**
 * The reply with its line markers taken out: the "NNN-X.Y.Z " that starts each line of a
 * multi-line reply, wherever a reader has joined the lines, and the enhanced code repeated alone.
 */
function joinedReply(text: string, enhanced: string | null): string {
  // A bounce's findings ask again for the same texts (its notice, a shared reply): the last few are kept.
  for (let i = 0; i < JOINED_RECENT; i++) {
    if (joinedText[i] === text && joinedCode[i] === enhanced) return joinedOut[i]!;
  }
  const out = joinReply(text, enhanced);
  joinedText[joinedNext] = text;
  joinedCode[joinedNext] = enhanced;
  joinedOut[joinedNext] = out;
  joinedNext = (joinedNext + 1) % JOINED_RECENT;
  return out;
}
const JOINED_RECENT = 4;
const joinedText: (string | undefined)[] = new Array<string | undefined>(JOINED_RECENT).fill(undefined);
const joinedCode: (string | null)[] = new Array<string | null>(JOINED_RECENT).fill(null);
const joinedOut: string[] = new Array<string>(JOINED_RECENT).fill('');
let joinedNext = 0;

function joinReply(text: string, enhanced: string | null): string {
  let t = text.replace(/(^|\n)[ \t]*\d{3}[- ](?:[245]\.\d{1,3}\.\d{1,3} )?/g, '$1');
  t = t.replace(/(^|\s)\d{3}-(?:[245]\.\d{1,3}\.\d{1,3}\s)?/g, '$1');
  if (enhanced) t = t.replace(repeatedCode(enhanced), '');
  return t.replace(/\s+/g, ' ');
}

/** The enhanced code standing alone between spaces, compiled once per code (this runs per finding). */
function repeatedCode(enhanced: string): RegExp {
  let re = repeatedCodes.get(enhanced);
  if (!re) {
    re = new RegExp(`(?<=\\s)${escape(enhanced)}\\s`, 'g');
    // Codes come from the text; a hostile paste full of distinct ones must not grow this without bound.
    if (repeatedCodes.size < 512) repeatedCodes.set(enhanced, re);
  }
  return re;
}
const repeatedCodes = new Map<string, RegExp>();

/** Whether one of the response's own codes (providerCode, aliases) stands in the text as a word. */
function ownCodeIn(r: ProviderData['responses'][number], text: string): boolean {
  if (text !== ownCodeText) {
    ownCodeText = text;
    ownCodeSeen.clear();
  }
  let seen = ownCodeSeen.get(r);
  if (seen === undefined) ownCodeSeen.set(r, (seen = ownCodeScan(r, text)));
  return seen;
}

/** One text's answers so far: a short fragment can match many times in it, for the same responses. */
let ownCodeText = '';
const ownCodeSeen = new Map<ProviderData['responses'][number], boolean>();

function ownCodeScan(r: ProviderData['responses'][number], text: string): boolean {
  return ownCodeRegExps(r).some((re) => re.test(text));
}

function ownCodeRegExps(r: ProviderData['responses'][number]): RegExp[] {
  let patterns = ownCodePatterns.get(r);
  if (!patterns) {
    patterns = ownCodes(r).map((c) => new RegExp(`(?<![\\w.-])${escape(c)}(?![\\w-])`, 'i'));
    ownCodePatterns.set(r, patterns);
  }
  return patterns;
}

function ownCodes(r: ProviderData['responses'][number]): string[] {
  return r.providerCode ? [r.providerCode, ...r.aliases] : r.aliases;
}

/**
 * The provider's code the server sent: the response's own code or the alias that stands in the
 * text ("[TSS05]" is reported as TSS05, not as the entry's TSS04); the entry's code otherwise.
 */
function sentCode(r: ProviderData['responses'][number], text: string): string | null {
  const i = ownCodeRegExps(r).findIndex((re) => re.test(text));
  return i >= 0 ? ownCodes(r)[i]! : r.providerCode ?? null;
}

/** Each response's own-code patterns, compiled once: scoring runs for every fragment match. */
const ownCodePatterns = new WeakMap<ProviderData['responses'][number], RegExp[]>();

const HOST = /\b[a-z0-9](?:[a-z0-9-]{0,62}\.){1,8}[a-z]{2,24}\b/gi;

/**
 * Host names in a piece of text, at most `limit`. The domain of an e-mail address is skipped: a
 * gmail.com recipient says nothing about which server answered.
 */
export function hostsIn(text: string, limit = 12): string[] {
  const out: string[] = [];
  // A link's host comes after the others: a reply that points to a blocklist's lookup page
  // (https://www.spamhaus.org/query/ip/…) was still sent by the server named in it.
  const linked: string[] = [];
  HOST.lastIndex = 0;
  for (let m = HOST.exec(text); m !== null && out.length + linked.length < limit; m = HOST.exec(text)) {
    if (m.index > 0 && text[m.index - 1] === '@') continue;
    (m.index >= 3 && text.startsWith('://', m.index - 3) ? linked : out).push(m[0]);
  }
  return linked.length ? out.concat(linked) : out;
}

const NAME = '([a-z0-9](?:[a-z0-9-]{0,62}\\.){1,8}[a-z]{2,24})';

/** Where a bounce names the server that gave the reply: DSN Remote-MTA, Postfix, Exim, Exchange. */
const ANSWERED = [
  new RegExp(`^[ \\t]*Remote-MTA:[ \\t]*(?:dns;[ \\t]*)?${NAME}`, 'gim'),
  new RegExp(`\\bhost[ \\t]+${NAME}\\[[^\\]\\s]*\\][ \\t]*said:`, 'gi'),
  new RegExp(`\\bhost[ \\t]+${NAME}[ \\t]+\\[[0-9a-f.:]+\\]:`, 'gi'),
  new RegExp(`^[ \\t]*${NAME}[ \\t]+gave this error:`, 'gim'),
];

/** Where it names the system that wrote the report: DSN Reporting-MTA, Exchange, its own Received hop. */
const REPORTED = [
  new RegExp(`^[ \\t]*Reporting-MTA:[ \\t]*(?:dns;[ \\t]*)?${NAME}`, 'gim'),
  new RegExp(`^[ \\t]*Generating server:[ \\t]*${NAME}`, 'gim'),
];
const FIRST_RECEIVED_BY = new RegExp(`^Received:[^\\n]*?\\bby[ \\t]+${NAME}`, 'im');

/** The hosts these patterns name in the text, in the patterns' order; for REPORTED, the first Received hop last. */
function hostsAfter(text: string, patterns: RegExp[]): string[] {
  const out: string[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null && out.length < 8; m = re.exec(text)) out.push(m[1]!);
  }
  if (patterns === REPORTED) {
    const received = FIRST_RECEIVED_BY.exec(text);
    if (received) out.push(received[1]!);
  }
  return out;
}

const SUBJECT = /^subject:[ \t]*([^\n]{1,300})/im;
// "**  THIS IS A WARNING MESSAGE ONLY  **": a line framed by asterisks, as notices set their banner.
const BANNER = /^[ \t]*\*{2,}[ \t]+[^*\n]{4,100}?[ \t]+\*{2,}[ \t]*$/;
const MAX_BANNER_SCAN = 80;

/**
 * The lines in which a notice names itself: its Subject and the framed banner lines near the top.
 * Provider matching reads them; they never make a finding of their own.
 */
export function noticeLines(lines: string[], end: number, text: string): string {
  const subject = SUBJECT.exec(text.length > 8192 ? text.slice(0, 8192) : text)?.[1] ?? '';
  let out = subject;
  for (let i = 0; i < Math.min(end, MAX_BANNER_SCAN); i++) {
    const l = lines[i]!;
    if (l.length < 200 && l.includes('**') && BANNER.test(l)) out += `\n${l}`;
  }
  return out;
}
