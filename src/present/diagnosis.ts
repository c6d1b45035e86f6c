/** The answer to a pasted bounce, log line or transcript: one compact part per finding. */
import { localMatch, localProvider, lookup, providerByName, providerResponseById, type ProviderMatch } from '../catalog/index.js';
import type { Diagnosis, Finding } from '../diagnose/types.js';
import { isEximQueueListing } from '../diagnose/extract/queue-listing.js';
import { tlsNotOffered } from '../diagnose/extract/transport.js';
import { eximOrPostfixRefusedClient } from '../diagnose/log-verdict.js';
import { reasonFromCode } from '../diagnose/reasons/index.js';
import type { Answer, AnswerAction, LinkRef, Section } from './answer.js';
import { fallbackText } from './fallback.js';
import type { Messages } from './i18n/index.js';

/** The most specific catalog entry for a finding: the enhanced code says more than the reply code. */
function entryFor(f: Finding, lang: string) {
  return (f.enhanced ? lookup(f.enhanced, lang) : undefined) ?? (f.reply ? lookup(f.reply, lang) : undefined);
}

/** The provider catalog entry the finding matched, in the reader's language: it says more than any code. */
function providerEntryFor(f: Finding, lang: string): ProviderMatch | undefined {
  const match = f.providerResponse ? providerResponseById(f.providerResponse) : undefined;
  return match && localMatch(match, lang);
}

export function findingCodes(f: Finding): string {
  return [f.reply, f.enhanced].filter(Boolean).join(' ');
}

/**
 * The reason of a finding with no code because no server ever answered (a connection, lookup or
 * TLS set-up that failed), or null.
 */
export function noReplyReason(f: Finding): 'networkerror' | 'dns' | 'hostunknown' | 'failedstarttls' | 'tlsNotOffered' | 'securityerror' | null {
  if (f.reply || f.enhanced) return null;
  // A name lookup that failed before any connection never proves an address bad: a code-less hard
  // bounce was a server's verdict it logged without its code (Exim's "rejected RCPT <a@b>:
  // Unrouteable address").
  if (f.hardBounce) return null;
  if (f.reason === 'securityerror') return /authenticat|login|\bauth\b/i.test(f.evidence) ? f.reason : null;
  // A lookup that failed for now (SERVFAIL, a resolver timeout) never got as far as a connection.
  if (f.reason === 'networkerror' && DNS_WORDS.test(f.evidence)) return 'dns';
  // The server answered, but without STARTTLS, and the client would not go on in the clear.
  if (f.reason === 'failedstarttls' && tlsNotOffered(f.evidence)) return 'tlsNotOffered';
  return f.reason === 'networkerror' || f.reason === 'hostunknown' || f.reason === 'failedstarttls' ? f.reason : null;
}

const DNS_WORDS = /\bdns\b|servfail|name resolution|name service|\blookup\b|resolv/i;

/**
 * Failures that say nothing against the address: our IP, content, authentication, the network,
 * a limit. A disabled or long-full mailbox is not a hard bounce either, but "keep the address"
 * would contradict a provider that says to stop sending to it.
 */
const ADDRESS_NOT_AT_FAULT = new Set<Finding['reason']>([
  'blocked', 'spamdetected', 'policyviolation', 'badreputation', 'requireptr', 'authfailure', 'securityerror', 'networkerror',
  'toomanyconn', 'speeding', 'failedstarttls', 'contenterror', 'mesgtoobig', 'virusdetected', 'norelaying', 'systemerror',
  'systemfull', 'expired', 'mailererror', 'syntaxerror', 'notcompliantrfc', 'exceedlimit',
]);

const UNKNOWN_USER_WORDS = /user unknown|unknown user|no such user/i;

function keepsAddress(f: Finding): boolean {
  return f.permanent === false || ADDRESS_NOT_AT_FAULT.has(f.reason);
}

/**
 * A mail library's exception (smtplib, nodemailer, PHPMailer, JavaMail, .NET, MailKit, Ruby): the
 * library has no queue, so a temporary failure is retried only if the application retries it.
 */
const LIBRARY_ERROR = /\b(?:aio)?smtplib\.|nodemailer|smtpconnection|phpmailer|smtp error:|javax\.mail|jakarta\.mail|system\.net\.mail|smtpexception|net::smtp|mailkit|smtpcommandexception/i;

/**
 * Our own server refusing an incoming message (Postfix's smtpd "NOQUEUE: reject: RCPT from
 * client[ip]: …", Exim's "rejected RCPT"): the sender is the outside client, and "our side" is the
 * receiving end.
 */
const POSTFIX_NOQUEUE_REJECT = /postfix\/(?:smtpd|postscreen)\[\d+\]:[^\n]{0,80}\breject: (?:RCPT|MAIL|DATA|CONNECT|EHLO|HELO|END-OF-MESSAGE|VRFY) from/i;

export function refusedInbound(text: string): boolean {
  const head = text.length > 8192 ? text.slice(0, 8192) : text;
  return POSTFIX_NOQUEUE_REJECT.test(head) || eximOrPostfixRefusedClient(head);
}

export function fromMailLibrary(text: string): boolean {
  return LIBRARY_ERROR.test(text.length > 8192 ? text.slice(0, 8192) : text);
}

/** Recipients named in a grouped section before "and N more". */
const LISTED_RECIPIENTS = 3;

/** Findings with the same verdict for different recipients: one explanation, every recipient named. */
interface AlikeFindings { finding: Finding; recipients: string[]; evidence: string[] }

/** Different evidence lines shown for one explanation (other hosts, other wording), at most. */
const SHOWN_EVIDENCE = 3;

/** Evidence with what differs from one recipient to the next (addresses, digits) left out. */
function evidenceShape(evidence: string): string {
  return evidence.replace(/[^\s<>()[\]"',;]+@[^\s<>()[\]"',;]+/g, '@').replace(/\d+/g, '0');
}

/**
 * Groups findings whose verdict is the same in every part the answer shows (codes, reason,
 * permanence, who acts, provider, wait), in order of first appearance: a pasted queue or log with
 * fifty greylisted recipients is one explanation, not fifty. A finding naming no recipient stays alone.
 */
function groupAlike(findings: Finding[]): AlikeFindings[] {
  const groups: AlikeFindings[] = [];
  const byKey = new Map<string, AlikeFindings>();
  for (const f of findings) {
    if (f.recipient === null) {
      groups.push({ finding: f, recipients: [], evidence: [f.evidence] });
      continue;
    }
    const key = JSON.stringify([f.reply, f.enhanced, f.reason, f.permanent, f.hardBounce, f.whoActs, f.provider, f.providerCode, f.providerResponse, f.retryAfterSeconds]);
    const group = byKey.get(key);
    if (!group) {
      const g = { finding: f, recipients: [f.recipient], evidence: [f.evidence] };
      byKey.set(key, g);
      groups.push(g);
      continue;
    }
    group.recipients.push(f.recipient);
    // The same verdict from another host, or in other words, is worth seeing too.
    if (group.evidence.length < SHOWN_EVIDENCE && !group.evidence.some((e) => evidenceShape(e) === evidenceShape(f.evidence))) group.evidence.push(f.evidence);
  }
  return groups;
}

function recipientsField(recipients: string[], m: Messages): { label: string; value: string } {
  if (recipients.length === 0) return { label: m.diagnose.recipient, value: m.diagnose.unknownRecipient };
  if (recipients.length === 1) return { label: m.diagnose.recipient, value: recipients[0]! };
  const listed = recipients.slice(0, LISTED_RECIPIENTS).join(', ');
  const more = recipients.length - LISTED_RECIPIENTS;
  return { label: m.diagnose.recipients(recipients.length), value: more > 0 ? m.diagnose.recipientsMore(listed, more) : listed };
}

function findingSection({ finding: f, recipients, evidence }: AlikeFindings, m: Messages, library = false, inbound = false): Section {
  const entry = entryFor(f, m.lang);
  const cited = providerEntryFor(f, m.lang);
  const codes = findingCodes(f);
  const status = [
    f.permanent === null ? '' : f.permanent ? m.diagnose.permanent : m.diagnose.transient,
    f.hardBounce ? m.diagnose.hardBounce : f.permanent === null ? '' : keepsAddress(f) ? m.diagnose.notHard : m.diagnose.notHardOnly,
  ].filter(Boolean).join(' · ');
  // A library's temporary failure: no queue holds the message, so waiting does nothing; our
  // application has to retry it (the catalog's "let the queue retry" is an MTA's advice).
  const appMustRetry = library && f.permanent === false;
  // A code whose meaning the wording overrules: Haraka reports connections that failed to every MX
  // as "5.1.2 (… Tried all MXs)", and the 5.1.2 entry's "check the domain, do not retry" would send
  // the reader after the wrong problem.
  const codeReason = f.enhanced ? reasonFromCode(f.enhanced) : null;
  const networkOverrulesCode = !cited && f.reason === 'networkerror' && codeReason !== null && codeReason !== 'networkerror';
  const retry = appMustRetry ? m.diagnose.appRetries
    : networkOverrulesCode ? m.retryPolicy[f.permanent ? 'after-fix' : 'automatic']
    : f.retryAfterSeconds !== null ? m.diagnose.retryAfter(f.retryAfterSeconds)
    // The provider's own entry knows its reply better than the generic code's (Microsoft's 5.4.1
    // edge block is "never", where X.4.1 in general is retried after a fix).
    // A deferral's entry ("mailbox is full", "delivery temporarily suspended") says the queue retries
    // it; once the queue has given up (a permanent finding), the message has to be sent again.
    : cited ? m.retryPolicy[cited.response.retry.policy === 'automatic' && f.permanent ? 'after-fix' : cited.response.retry.policy]
    : entry ? m.retryPolicy[entry.retry.policy] : '';
  // No code because no server ever answered: say so, and what to check, rather than a reason's
  // usual words ("the recipient domain does not exist" for a relay host name that does not resolve).
  const noReply = noReplyReason(f);
  // 'expired' that is still queued is a delay notice: nothing has given up yet. A terse "user
  // unknown" the engine could not tie to the address stage is filed as 'filtered' (Sisimai's
  // convention), but a reader should hear what the server said.
  const reason = f.reason === 'expired' && f.permanent === false ? m.diagnose.stillRetrying
    : f.reason === 'filtered' && UNKNOWN_USER_WORDS.test(f.evidence) ? m.diagnose.unknownUnproven : m.reason[f.reason];
  const lines = [
    `*${codes || (noReply ? m.diagnose.noReply[noReply] : reason)}*${codes ? ` ${reason}` : ''}${status ? ` (${status})` : ''}`,
    `${m.heading.whoActs}: ${inbound ? m.whoActsInbound[f.whoActs] : m.whoActs[appMustRetry ? 'sender' : f.whoActs]}${retry ? ` · ${m.heading.retry}: ${retry}` : ''}`,
  ];
  if (cited) lines.push(`${cited.provider.name}: ${cited.response.title}`);
  // A suppression or a complaint is the sending service's or the reader's doing, whatever code
  // came with it: the code's entry ("read the text after 5.0.0") would send them after the server.
  const reasonFix = m.diagnose.reasonFix[f.reason];
  const fix = appMustRetry && !noReply ? m.diagnose.appRetryFix : networkOverrulesCode ? m.diagnose.noReplyFix.networkerror
    : reasonFix ?? cited?.response.fix[0] ?? entry?.fix[0] ?? (noReply ? m.diagnose.noReplyFix[noReply] : undefined);
  if (fix) lines.push(`${m.heading.fix}: ${fix}`);
  const fields = [recipientsField(recipients, m)];
  if (f.provider) {
    // The catalog's name for the provider ("Postfix", not the id "postfix"), cited or not.
    const known = providerByName(f.provider);
    const name = cited?.provider.name ?? (known ? localProvider(known, m.lang).name : f.provider);
    fields.push({ label: m.diagnose.provider, value: f.providerCode ? `${name} (${f.providerCode})` : name });
  }
  return { text: lines.join('\n'), fields, preformatted: evidence.join('\n') };
}

/**
 * `compact` is the unasked channel reply: at most `max` explanations, then a summary line. The
 * full form (the diagnose command) shows every finding. Findings with the same verdict share one
 * explanation that names all their recipients.
 */
export function diagnosisAnswer(d: Diagnosis, m: Messages, opts: { compact?: boolean; max?: number; query?: string; text?: string } = {}): Answer {
  const max = opts.compact ? (opts.max ?? 5) : Infinity;
  const groups = groupAlike(d.findings).slice(0, max);
  const shown = groups.map((g) => g.finding);
  const shownCount = groups.reduce((n, g) => n + Math.max(1, g.recipients.length), 0);
  const library = opts.text !== undefined && fromMailLibrary(opts.text);
  const inbound = opts.text !== undefined && refusedInbound(opts.text);
  const sections: Section[] = groups.map((g) => findingSection(g, m, library, inbound));
  if (inbound && shown.length) sections.unshift({ context: m.diagnose.inboundNote });
  if (d.findings.length > shownCount) sections.push({ context: m.diagnose.more(d.findings.length - shownCount) });
  // Exim's queue listing holds no errors to diagnose: say where they are instead.
  if (d.findings.length === 0) sections.push({ text: opts.text !== undefined && isEximQueueListing(opts.text) ? m.diagnose.eximQueueHint : m.diagnose.nothingHint });
  const explainable = [...new Set(shown.map(findingCodes).filter(Boolean))].slice(0, 5);
  // A provider's warnings stop the usual misdiagnoses (suppressing recipients for an IP block …),
  // so they are shown wherever its entry applies; its pages are the first place to read on.
  const cited = shown.map((f) => providerEntryFor(f, m.lang)).filter((x): x is ProviderMatch => x !== undefined);
  const warnings = [...new Set(cited.flatMap((x) => x.response.warnings))];
  const links: LinkRef[] = [...new Map(cited.flatMap((x) => [...x.response.links, ...x.provider.links]).map((l) => [l.url, l])).values()].slice(0, 6);
  const actions: AnswerAction[] = explainable.map((codes) => ({ type: 'explain', label: `${m.actions.explainMore}: ${codes}`, code: codes }));
  const answer: Answer = {
    kind: 'diagnose',
    title: d.findings.length ? m.diagnose.title(d.findings.length) : m.diagnose.nothing,
    sections,
    warnings,
    links,
    actions: d.findings.length ? [{ type: 'share', label: m.actions.share }, ...actions] : [],
    fallback: '',
    ...(opts.query !== undefined ? { query: opts.query } : {}),
  };
  answer.fallback = fallbackText(answer);
  return answer;
}
