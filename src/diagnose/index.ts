/**
 * Diagnose pasted text: a raw bounce, a rendered NDR, log lines, a transcript or a library error.
 * read (MIME → text, line endings, continuations) → extract (codes, DSN fields, recipients) →
 * classify (reason, provider, permanence, who acts, retry) → decide (autoReply).
 */
import { providers } from '../catalog/providers/index.js';
import { serverLogAction } from './log-verdict.js';
import { reasonsInText } from './reasons/index.js';
import { extract, isSwaksNote, type DsnBlock, type Extracted, type Site } from './extract/index.js';
import { QUEUE_STANDALONE, queueListingKind, recipientsApart } from './extract/queue-listing.js';
import { recipientHit } from './extract/recipients.js';
import { transportFailure, type TransportFailure } from './extract/transport.js';
import { serverWords } from './extract/wrappers.js';
import { MAX_REASON_TEXT, trimEvidence } from './evidence.js';
import { buildFinding, type FindingContext, type Group } from './finding.js';
import { isFailure } from './sites.js';
import { hostsIn, noticeLines, ProviderIndex } from './provider.js';
import { looksLikeRawMessage, plainReport, decodedReport } from './read/index.js';
import { logical } from './read/normalize.js';
import type { Diagnosis, Finding } from './types.js';

export type { Diagnosis, Finding } from './types.js';

let providerIndex: ProviderIndex | undefined;

function getProviders(): ProviderIndex {
  providerIndex ??= new ProviderIndex(providers());
  return providerIndex;
}

/** Use another provider list (tests, or a catalog that is not the built-in one). */
export function setProviders(index: ProviderIndex | undefined): void {
  providerIndex = index;
}

export async function diagnose(text: string): Promise<Diagnosis> {
  if (!looksLikeRawMessage(text)) return diagnoseText(text);
  return diagnoseText(plainReport(text) ?? await decodedReport(text));
}

const MAX_FINDINGS = 100;
/**
 * Where a report quotes what the remote server answered, or an MTA's own report gives its verdict
 * in words (Exim's "The following address(es) failed", qmail's "I'm not going to try again",
 * Sendmail's "could not be delivered for 5 days", Domino's "not listed in Domino Directory").
 */
const SERVER_QUOTED = /the (?:server )?response (?:from the remote server )?was:|remote server returned|\bsaid:|gave this error:|diagnostic-code:|- gsmtp\b|the following address\(es\) failed|i'm not going to try again|this is a permanent error|could not be delivered for \d|not listed in (?:the )?domino directory/i;
/** A non-delivery report that says it gave up, whatever its last code. */
const GAVE_UP_REPORT = /delivery has failed to these recipients|could not be delivered to one or more|this is a permanent error|i've given up|message not delivered|wasn't delivered to|couldn't be delivered/i;
// "550 bounced, 421 complaints": counts in a chat message, which says "bounced" but reports nothing.
const CHAT_COUNTS = /\b\d{1,7} (?:bounced|bounces|complaints|delivered|opens|clicks|sent|deferred)\b/i;

function humanText(ex: Extracted): string {
  let out = '';
  const end = Math.min(ex.boundary, ex.lines.length);
  for (let i = 0; i < end && out.length < 6000; i++) if (!isSwaksNote(ex.lines[i]!)) out += `${serverWords(ex.lines[i]!)}\n`;
  return out;
}

/**
 * A code-less finding for a failed connection, lookup or TLS set-up, with the reason its words
 * give (general reason phrases would misread "execution expired" or a certificate error). The
 * message was never handed over, so nothing about the recipient's address is proven (no hard
 * bounce), and it is the sending side's to look at: its host, port, firewall, DNS or TLS settings.
 * A network or TLS failure may clear on a later attempt; a name that does not resolve or a login
 * that is refused will not, until the settings are fixed.
 */
function asTransportFailure(f: Finding, t: TransportFailure): Finding {
  const permanent = t.reason === 'hostunknown' || t.reason === 'securityerror';
  return { ...f, reason: t.reason, permanent, hardBounce: false, whoActs: 'sender', evidence: trimEvidence(t.evidence) || f.evidence };
}

/**
 * Whether the client's failure comes after the session's last successful reply (its closing 221
 * aside): the session ended there. A relay that timed out on one host and then delivered to the
 * next ("status=sent") ended in success.
 */
function brokeOffAfterReplies(ex: Extracted, t: TransportFailure): boolean {
  let last = -1;
  for (const s of ex.sites) if (s.reply !== '221' && s.line > last) last = s.line;
  const at = t.evidence ? ex.lines.findIndex((l) => l.includes(t.evidence)) : -1;
  return at > last;
}

/** The last reply of a session that is an outcome: not the goodbye (221), a Status field or a go-ahead (3xx). */
function lastStep(sites: Site[]): Site | undefined {
  for (let k = sites.length - 1; k >= 0; k--) {
    const s = sites[k]!;
    if (s.field !== 'status' && s.reply !== '221' && s.reply?.[0] !== '3' && (s.reply || s.enhanced)) return s;
  }
  return undefined;
}

/** Failures first, then transient ones, then any other verdict. */
function rank(f: Finding): number {
  const c = f.enhanced?.[0] ?? f.reply?.[0];
  if (c === '5') return 0;
  if (c === '4') return 1;
  if (c === '2' || c === '3') return 3;
  if (f.reason !== 'delivered' && f.reason !== 'undefined') return 2;
  return 3;
}

/**
 * Whether a recipient's own lines say what failed though they hold no code: Exim's "== a@b …
 * defer (111): Connection refused", Courier's and Haraka's connection failures followed by the
 * queue giving up, a queue listing's "(connect to …: Connection timed out)". A listing's recipient
 * with no reason (not yet tried) has nothing to say; nor has an address a message merely names.
 */
function saysWhatFailed(ex: Extracted, recipient: string): boolean {
  const own = ex.recipientLines.get(recipient) ?? [];
  if (own.length === 0) return false;
  if (ex.flags.queueListing) return true;
  let text = '';
  for (const i of own) {
    if (text.length > MAX_REASON_TEXT) break;
    text += `${ex.lines[i] ?? ''}\n`;
  }
  text = text.slice(0, MAX_REASON_TEXT);
  return serverLogAction(text) !== null || reasonsInText(text).size > 0;
}

/** Diagnose text that is already decoded (not a raw MIME message). */
export function diagnoseText(text: string): Diagnosis {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  const queue = queueListingKind(head);
  const { lines, breaks } = logical(queue ? recipientsApart(text) : text, queue ? QUEUE_STANDALONE : undefined);
  const ex = extract(lines, head, breaks, queue);
  if (ex.flags.ftp) return { autoReply: false, findings: [] };
  let humanCache: string | undefined;
  const human = () => (humanCache ??= humanText(ex));
  const fromLine = /^from:\s*(.*)$/im.exec(text.length > 8192 ? text.slice(0, 8192) : text);
  const fromHeaderHosts = fromLine ? hostsIn(fromLine[1]!.replace(/^[^@]*@/, ''), 2) : [];
  let noticeCache: string | undefined;
  const notice = () => (noticeCache ??= noticeLines(ex.lines, Math.min(ex.boundary, ex.lines.length), text));
  let gaveUpCache: boolean | undefined;
  // A report says so in its opening lines.
  const gaveUp = () => (gaveUpCache ??= GAVE_UP_REPORT.test(human().slice(0, 3000)));
  const ctx: FindingContext = { providers: getProviders(), human, notice, fromHeaderHosts, gaveUp };

  // Group the code sites by recipient; a lone recipient takes the sites that name nobody.
  const groups = new Map<string | null, Group>();
  const blockOf = new Map<string, DsnBlock>();
  for (const b of ex.blocks) if (b.recipient && !blockOf.has(b.recipient)) blockOf.set(b.recipient, b);
  const group = (r: string | null): Group => {
    let g = groups.get(r);
    if (!g) {
      g = { recipient: r, sites: [], block: r ? blockOf.get(r) : undefined };
      groups.set(r, g);
    }
    return g;
  };
  const only = ex.recipients.length === 1 ? ex.recipients[0]! : null;
  for (const r of ex.recipients) group(r);
  for (const s of ex.sites) group(s.recipient ?? only).sites.push(s);

  const findings: Finding[] = [];
  const covered = new Set<string>();
  for (const g of groups.values()) {
    if (g.recipient === null) continue;
    // A pasted log with thousands of recipients: the first ones make the point.
    if (findings.length >= MAX_FINDINGS) break;
    if (g.sites.length === 0 && !g.block && !ex.flags.bounce && !ex.flags.feedback && !ex.flags.autoReplied && !saysWhatFailed(ex, g.recipient)) continue;
    // A session that only succeeded: its outcome is the last reply before the goodbye (the 250
    // after DATA that queued the message); the greeting, EHLO and MAIL FROM replies were steps.
    const outcome = g.sites.length > 1 && !g.block && ex.blocks.length === 0 && !g.sites.some(isFailure) ? lastStep(g.sites) : undefined;
    const f = buildFinding(ex, outcome ? { recipient: g.recipient, sites: [outcome], block: undefined } : g, ctx);
    findings.push(f);
    covered.add(`${f.reply}|${f.enhanced}`);
    if (outcome) for (const s of g.sites) covered.add(`${s.reply}|${s.enhanced}`);
  }
  // Sites that name no recipient: one finding per distinct answer not already given above.
  const loose = groups.get(null);
  if (loose && loose.sites.length) {
    const byCode = new Map<string, Site[]>();
    for (const s of loose.sites) {
      const key = `${s.reply}|${s.enhanced}`;
      if (!byCode.has(key)) byCode.set(key, []);
      byCode.get(key)!.push(s);
    }
    const anyFailure = loose.sites.some(isFailure) || findings.length > 0;
    // A session that only succeeded, naming no recipient: its outcome, as above.
    const outcome = !anyFailure && loose.sites.length > 1 && ex.blocks.length === 0 && ex.flags.smtp ? lastStep(loose.sites) : undefined;
    if (outcome) findings.push(buildFinding(ex, { recipient: null, sites: [outcome], block: undefined }, ctx));
    else for (const [key, sites] of byCode) {
      if (covered.has(key)) continue;
      // In a transcript, the successes around a failure are not findings of their own.
      if (anyFailure && !sites.some(isFailure)) continue;
      if (findings.length && sites.every((s) => !s.reply) && findings.some((f) => f.enhanced === sites[0]!.enhanced)) continue;
      // "got code \"530\", with message \"530 5.7.1 …\"": the bare 530 is the same answer as the paired one.
      const bare = sites[0]!;
      if (bare.reply && !bare.enhanced && [...byCode.keys()].some((k) => k !== key && k.startsWith(`${bare.reply}|`) && !k.endsWith('|null'))) continue;
      // Likewise a Status field's code beside the reply that carries it ("Status: 5.1.1", "550 5.1.1 …").
      if (!bare.reply && bare.enhanced && [...byCode.keys()].some((k) => k !== key && k.endsWith(`|${bare.enhanced}`) && !k.startsWith('null|'))) continue;
      findings.push(buildFinding(ex, { recipient: null, sites, block: undefined }, ctx));
    }
  }
  // A report with no code still gets its verdict, but only a report: chat that merely says
  // "bounced" names no recipient and holds no delivery-status block.
  const reportShaped = ex.blocks.length > 0 || ex.recipients.length > 0;
  const report = (ex.flags.bounce && (reportShaped || !CHAT_COUNTS.test(text))) || ex.flags.feedback || ex.flags.autoReplied;
  // A failure below SMTP (no server reached, or no TLS with it) has no code to find. In a session
  // whose replies all succeeded, one the client broke off after them ("*** Host did not advertise
  // STARTTLS") is the outcome, and the greeting and EHLO before it were only steps.
  let transport: TransportFailure | null = null;
  if (!report && findings.length === 0 && ex.sites.length === 0) transport = transportFailure(text);
  else if (!report && ex.sites.length > 0 && !ex.sites.some(isFailure)) {
    const t = transportFailure(text);
    if (t && brokeOffAfterReplies(ex, t)) {
      transport = t;
      findings.length = 0;
    }
  }
  if (findings.length === 0 && (report || transport)) {
    // Of several addresses in a log, the one its failure line names (Courier's "addr=<a@b>: No such
    // domain."; a later line's addr= is the bounce going back to our sender).
    const named = transport && !only ? recipientHit(transport.evidence) : null;
    const f = buildFinding(ex, { recipient: only ?? (named?.strong ? named.address : null), sites: [], block: ex.blocks[0] }, ctx);
    findings.push(transport ? asTransportFailure(f, transport) : f);
  }
  findings.sort((a, b) => rank(a) - rank(b));
  const strong = ex.sites.some((s) => s.strong);
  // Only a failure, or a whole session, is worth answering unasked: a lone "250 … queued" is news
  // that all went well.
  const failed = ex.sites.some(isFailure);
  // A transcript or log, not a delivery report: a success DSN's Status and reply are no session.
  const session = ex.flags.smtp && ex.sites.length >= 2 && ex.blocks.length === 0;
  // A provider's catalogued reply wording ("Rejected by Mimecast") is as sure a sign of a mail
  // server's answer as SMTP vocabulary around it.
  const providerReply = findings.some((f) => f.providerResponse !== null && f.reply !== null);
  const coded = findings.some((f) => f.reply !== null || f.enhanced !== null) && (strong || ex.flags.smtp || ex.flags.bounce || providerReply) &&
    (failed || session);
  // A report that quotes the server's words without a code (Gmail's rendered "Address not found …
  // The response was: The email account that you tried to reach does not exist") is one too; chat
  // that only says an e-mail bounced quotes no such response.
  const quoted = !coded && ex.flags.bounce && SERVER_QUOTED.test(text.length > 65536 ? text.slice(0, 65536) : text) &&
    findings.some((f) => f.recipient !== null && f.permanent !== null && f.reason !== 'undefined');
  // A failed connection quotes no server reply: it is answered when asked, never unasked.
  const autoReply = coded || quoted;
  return { autoReply, findings };
}
