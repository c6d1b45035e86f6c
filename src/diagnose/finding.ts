/**
 * One finding: for one recipient's code sites (or a report's loose answers), which codes the
 * server sent, the reason from the nearest wording, the provider that answered and the verdict
 * (permanent, hard bounce, who acts, when to retry). diagnose/index.ts groups the sites and calls
 * this once per group.
 */
import type { Reason } from '../catalog/schema.js';
import { decideReason, isHardBounce, isPermanent, retryAfterSeconds, unknownUserOutsideRcpt, whoActsFor } from './classify/index.js';
import type { DsnBlock, Extracted, Site } from './extract/index.js';
import { serverWords } from './extract/wrappers.js';
import { envelopeExpired, LOG_TIMESTAMP, logGaveUp, queueGaveUp, serverLogAction } from './log-verdict.js';
import { hostsIn, type ProviderIndex } from './provider.js';
import { evidenceAt, MAX_REASON_TEXT, ownWordingLine, textShows, trimEvidence, wordingLine } from './evidence.js';
import { reasonFromCode, reasonsInText, textHasReason } from './reasons/index.js';
import { GREYLISTING } from './reasons/policyviolation.js';
import { commandBefore, reasonForStage } from './stage.js';
import { isFailure, klass, ownPart, primarySite } from './sites.js';
import type { Finding } from './types.js';


function cap(t: string): string {
  return t.length > MAX_REASON_TEXT ? t.slice(0, MAX_REASON_TEXT) : t;
}

const DATA_PHASE = /after end of data|after data\b|in reply to end of data|in reply to data|>>> data\b|-> data\b|after pipelined data/i;
const DISABLED_ACCOUNT = /\baccount (?:has been |is )(?:disabled|suspended|deactivated)\b/i;
// Postfix's "Host or domain name not found. … Host not found, try again" is the resolver's TRY_AGAIN:
// the lookup failed, not the name (its NXDOMAIN wording has no "try again").
const DNS_NOT_ANSWERED = /(?:dns|lookup) (?:query )?(?:failed|timed? ?out)|message expired|servfail|host not found, try again/i;
const GREYLISTED = new RegExp(`(?<![a-z])${GREYLISTING}`, 'i');
// Postfix "status=deferred", Sendmail "stat=Deferred", Exim "defer (-44)": still queued, to be retried.
const STILL_QUEUED = /\bstatus=deferred\b|\bstat=deferred\b|\bdefer \(-?\d{1,4}\)/i;
const DOMAIN_GONE = /\bnxdomain\b|domain name not found|no such domain|recipient address rejected: domain not found/i;
// The queue's own verdict that it stopped trying ("Message expired: unable to deliver in 840
// minutes"): final, whatever transient code the last attempt got.
const QUEUE_EXPIRED = /\bmessage (?:has )?expired\b|unable to deliver in \d|retry timeout exceeded|\bgave up\b|not going to try again/i;
const LOG_LINE_HEAD = 2000;
/** A reply's own words for a temporary failure, where no code says so. */
const TRANSIENT_WORDS = /closing transmission channel|try again later|please try again|temporar(?:y|ily) (?:failure|error|problem|unavailable|deferred|rejected)/i;
/** A next hop that refused, dropped or never answered the connection (not "retry timeout exceeded"). */
const NEXT_HOP_UNREACHABLE = /connection (?:refused|timed out|reset|dropped|lost)|connect to [^\n]{1,80}(?:timed out|refused)|no route to host|network is unreachable|host (?:is )?unreachable|lost connection with/i;
const CONNECT_STAGE = /after initial connection|in reply to (?:ehlo|helo|the greeting)|after (?:ehlo|helo)\b|<<< 554 .{0,80}(?:greeting|esmtp)/i;

/** "5.1.1" → "1": the subject part of an enhanced code (RFC 3463: addressing, mailbox, …). */
function codeSubject(enhanced: string): string {
  return enhanced.split('.')[1] ?? '';
}

/**
 * Whether a catalogued response's enhanced code stands for the failure the server sent. One under
 * another subject is only similar wording ("550 5.7.1 … blacklisted by recipient" is no 5.1.1),
 * and none outranks a specific code of the server's own that names its reason (551 5.1.6).
 */
function sameFailure(catalogued: string | null, sent: string | null): boolean {
  return !catalogued || !sent || catalogued === sent ||
    (codeSubject(catalogued) === codeSubject(sent) && reasonFromCode(sent) === null);
}

/** Causes that stay the verdict when the MTA's report adds that it stopped retrying. */
const CAUSE_OVER_EXPIRY: ReadonlySet<Reason> = new Set(['mailboxfull', 'userunknown', 'hostunknown', 'notaccept', 'suspend', 'syntaxerror', 'contenterror']);

function afterData(text: string): boolean {
  return DATA_PHASE.test(text);
}

export interface Group {
  recipient: string | null;
  sites: Site[];
  block: DsnBlock | undefined;
}

/** What every finding of one text shares: its provider index, and its texts, each built once on first use. */
export interface FindingContext {
  providers: ProviderIndex;
  /** The report's human-readable part (before the returned message), for wording no reply holds. */
  human: () => string;
  /** The notice's Subject and banner lines, where it names itself. */
  notice: () => string;
  /** Hosts in the From: header (the reporting system's domain). */
  fromHeaderHosts: string[];
  /** Whether the report says it gave up ("Delivery has failed to these recipients", "I've given up"). */
  gaveUp: () => boolean;
}

/** The finding for one recipient's code sites (or for a report's loose answers): codes, reason, provider, verdict. */
export function buildFinding(ex: Extracted, g: Group, ctx: FindingContext): Finding {
  const { human, notice, fromHeaderHosts } = ctx;
  const primary = primarySite(g.sites);
  /** The primary site's whole line ('' without one). */
  const primaryLine = primary ? ex.lines[primary.line] ?? '' : '';
  // Every line about this recipient, the last included: a log's verdict ("** a@b: retry timeout
  // exceeded", "Expire for …") follows its deferrals, past what the reason text keeps.
  // Each line once and its head only: a log line states its verdict within its first few hundred
  // characters, and a hostile paste's one 500 KB line must not be read again per code on it.
  let ownCache: string | undefined;
  const ownLogLines = () => (ownCache ??= [...new Set([
    ...(primary ? [primary.line] : []),
    ...(g.recipient ? ex.recipientLines.get(g.recipient) ?? [] : g.sites.map((x) => x.line)),
  ])].map((i) => (ex.lines[i] ?? '').slice(0, LOG_LINE_HEAD)).join('\n'));
  let queueExpiredCache: boolean | undefined;
  const queueExpired = () => (queueExpiredCache ??= primary !== undefined && queueGaveUp(ex.lines, primary.line));
  const status = g.sites.find((s) => s.field === 'status')?.enhanced ?? null;
  const cls = primary ? klass(primary) : status?.[0];
  let reply = primary?.reply ?? g.sites.find((s) => s.reply && s.reply[0] === cls)?.reply ?? null;
  const diagEnh = primary?.enhanced ?? g.sites.find((s) => s.field !== 'status' && s.enhanced && s.enhanced[0] === (reply?.[0] ?? cls))?.enhanced ?? null;
  let enhanced: string | null;
  // The code the remote server sent with its reply beats the reporting MTA's Status field, which
  // is often a generic or summarising one; a pair whose classes disagree is no reliable pair.
  const pairOk = !!(primary?.reply && primary.enhanced && primary.reply[0] === primary.enhanced[0]);
  // A paired X.0.0 says nothing the reporting MTA's more specific Status of the same class doesn't.
  if (pairOk && status && primary!.enhanced!.endsWith('.0.0') && !status.endsWith('.0.0') && status[0] === primary!.enhanced![0]) enhanced = status;
  else if (pairOk) enhanced = primary!.enhanced;
  else if (status && diagEnh && status.endsWith('.0.0') && !diagEnh.endsWith('.0.0') && status[0] === diagEnh[0]) enhanced = diagEnh;
  else enhanced = status ?? diagEnh;
  if (reply && enhanced && reply[0] !== enhanced[0] && status === enhanced && diagEnh && diagEnh[0] === reply[0]) enhanced = diagEnh;
  if (!pairOk && reply && status && reply[0] !== status[0] && primary?.enhanced && primary.enhanced[0] !== reply[0]) reply = null;

  // The wording, nearest first: the reply itself, then the recipient's paragraph, then the whole report.
  const tier1: string[] = [];
  if (g.block?.diagnostic) tier1.push(g.block.diagnostic);
  if (primary) tier1.push(serverWords(ownPart(ex, primary)));
  // With no reply and no Diagnostic-Code, a Status field's own comment is the nearest wording
  // (Haraka: "Status: 5.1.2 (550 Tried all MXs refused.test)").
  else if (!g.block?.diagnostic) {
    const statusSite = g.sites.find((s) => s.field === 'status');
    if (statusSite) tier1.push(serverWords(ex.lines[statusSite.line] ?? ''));
  }
  const tier2: string[] = [];
  let size = 0;
  if (g.recipient) {
    for (const i of ex.recipientLines.get(g.recipient) ?? []) {
      if (size > MAX_REASON_TEXT) break;
      if (i === primary?.line) continue;
      const l = serverWords(ex.lines[i] ?? '');
      tier2.push(l);
      size += l.length;
    }
  } else {
    for (const s of g.sites) {
      if (size > MAX_REASON_TEXT) break;
      if (s.line === primary?.line) continue;
      const l = serverWords(ex.lines[s.line] ?? '');
      tier2.push(l);
      size += l.length;
    }
  }
  const tiers = [cap(tier1.join('\n')), cap(tier2.join('\n'))];
  let reasonText = tiers[0]!;
  let found = reasonsInText(reasonText);
  // A specific code in the reply outranks wording from elsewhere in the paragraph.
  const specificCode = enhanced !== null && !/\.0\.0$/.test(enhanced) && reasonFromCode(enhanced) !== null;
  if (found.size === 0 && tiers[1] && !specificCode) found = reasonsInText((reasonText = tiers[1]));
  // The whole report speaks for one recipient only; with several, it would mix their reasons.
  // Not for a log line: the rest of a log is other sessions' and plugins' notes (Haraka's "fail:invalid
  // domain" about a client's HELO name), which say nothing about this reply.
  if (found.size === 0 && ex.recipients.length <= 1 && !specificCode && !LOG_TIMESTAMP.test(primaryLine)) {
    found = reasonsInText((reasonText = human()));
  }
  const allText = `${tiers[0]}\n${tiers[1]}`;

  let reason: Reason;
  let unprovenUnknown = false;
  const action = envelopeExpired(ownLogLines()) ? 'failed' : g.block?.action ?? null;
  if (ex.flags.feedback) reason = 'feedback';
  else if (action === 'delivered' || action === 'relayed' || action === 'expanded' || (cls === '2' && !g.sites.some(isFailure))) reason = 'delivered';
  // An auto-reply with no failure in it (no DSN, no failure code, no failure wording) is a vacation notice.
  else if (ex.flags.autoReplied && !g.sites.some(isFailure) && ex.blocks.length === 0 && [...found.keys()].every((r) => r === 'vacation')) reason = 'vacation';
  else {
    reason = decideReason(found, reply, enhanced);
    // An unknown-user wording in answer to DATA is a filter's refusal (the address passed RCPT TO),
    // as Sisimai counts it; so is a terse "user unknown" with nothing to show it answered RCPT TO.
    // An explicit X.1.x address code keeps the hard verdict. A provider's own response, matched
    // below, still wins: it knows what its wording means whatever the stage.
    // Sendmail, pipelining, may read the RCPT answer after DATA: its own "5.1.1 … User unknown"
    // line for the recipient shows it was the address that was refused.
    if (reason === 'userunknown' && !/^[45]\.1\./.test(enhanced ?? '') && afterData(allText) && !/(?<![\d.])5\.1\.1(?![\d.])/.test(allText)) reason = 'filtered';
    // The stage is looked for in the text the wording came from too (the whole report, when the
    // recipient's own lines said nothing).
    const stageText = tiers.includes(reasonText) ? allText : `${allText}\n${reasonText}`;
    if (reason === 'userunknown' && unknownUserOutsideRcpt(tiers[0] || reasonText, enhanced, stageText)) {
      reason = 'filtered';
      // Not proven missing, but the likeliest cause is still a bad address: the sender checks it.
      unprovenUnknown = true;
    }
    // A DNS failure the server will retry is a network problem, not proof the domain is gone.
    // NXDOMAIN is the domain's authoritative absence, whatever advice to "try again" follows it;
    // but a server that sent a 4xx for it still counted it transient, and its code stands.
    if (reason === 'hostunknown' && ((enhanced ?? reply)?.startsWith('4') || (!DOMAIN_GONE.test(reasonText) && /try again|temporar/i.test(reasonText)))) reason = 'networkerror';
    // A transient failure the sending MTA stopped retrying (or is still retrying, in a delay
    // notice): the verdict is about the queue, not the last connection's error, as Sisimai counts it.
    if ((enhanced ?? reply ?? (action === 'delayed' ? '4' : ''))?.startsWith('4') && (action === 'failed' || action === 'delayed') &&
        reason === 'undefined') reason = 'expired';
    // A mail log line that says the queue still holds the message has not expired: the MTA is
    // retrying, and the X.4.1 it logged ("no answer from host") is the network problem it names.
    if (reason === 'expired' && STILL_QUEUED.test(tiers[0] || allText) && !textHasReason(tiers[0] || allText, 'expired') && !queueExpired()) reason = 'networkerror';
    // A delay warning whose last error was only a generic transient one: Sisimai files the message
    // as expired (its queue time is running out); a specific cause (a block, a PTR check) stays.
    if (ex.flags.delayNotice && !(enhanced ?? reply)?.startsWith('5') &&
        (reason === 'networkerror' || reason === 'systemerror' || reason === 'undefined')) reason = 'expired';
  }

  const evidenceLine = primary ? primaryLine : g.block?.diagnostic ?? '';
  const hosts: (string | null)[] = [g.block?.remoteMta ?? null, ...hostsIn(evidenceLine.length > 2000 ? evidenceLine.slice(0, 2000) : evidenceLine), ex.reportingMta, ...fromHeaderHosts];
  const pidx = ctx.providers;
  const byHost = pidx.byHost(hosts);
  // The reply's own wording; where the text has no code and no delivery-status block at all (a
  // library's "The following recipients failed: …"), the wording the reason came from.
  const replyText = allText.trim() || g.sites.length > 0 || g.block ? allText : reasonText;
  const bodyMatch = pidx.byText(replyText.length > 2000 ? replyText.slice(0, 2000) : replyText, reply, enhanced, byHost);
  // A notice that names itself only in its Subject or banner (Sendmail's delay warning) is that
  // provider's response, framing the error line of its own MTA; it never gives the reason.
  const noticeText = notice();
  const noticeMatch = noticeText && (!bodyMatch?.responseId || bodyMatch.kind !== 'verdict')
    ? pidx.byText(noticeText, reply, enhanced, byHost) : null;
  const fromNotice = !!noticeMatch?.responseId && (!bodyMatch?.responseId || noticeMatch.provider === bodyMatch.provider);
  const match = fromNotice ? noticeMatch : bodyMatch;
  let provider = byHost;
  let providerCode: string | null = null;
  let providerResponse: string | null = null;
  let causeBeforeExpiry = false;
  if (match && (!byHost || match.provider === byHost)) {
    provider = match.provider;
    // The provider's own code only where the text shows it: an entry matched by its wording alone
    // ("550 5.4.1 Recipient address rejected: Access denied") must not seem to quote a tag it lacks.
    providerCode = match.providerCode && textShows(match.providerCode, replyText, noticeText, human) ? match.providerCode : null;
    providerResponse = match.responseId;
    // The reason comes from the reply's own wording: a notice's Subject or banner never gives one.
    const reasonFrom = fromNotice ? bodyMatch : match;
    // A banner that only frames the session's refusal ("Nemesis ESMTP Service not available")
    // yields to what the reply's own wording says; only a reply with no reason of its own takes it.
    const framesOnly = reasonFrom?.kind === 'wrapper' && found.size > 0 && reason !== 'undefined';
    // A give-up line ("retry timeout exceeded") names no cause of its own: a cause the error before it
    // names ("mailbox is full: retry timeout exceeded") is the verdict, as Sisimai reads Exim's reports.
    causeBeforeExpiry = reasonFrom?.reason === 'expired' && CAUSE_OVER_EXPIRY.has(reason);
    if (reasonFrom?.reason && sameFailure(reasonFrom.enhanced, enhanced) && !framesOnly && !causeBeforeExpiry && reason !== 'feedback' && reason !== 'delivered') {
      reason = reasonFrom.reason;
    }
  }
  // A delay warning whose last error was only a generic transient one stays 'expired' (see above),
  // whichever provider response named that error.
  if (ex.flags.delayNotice && !(enhanced ?? reply)?.startsWith('5') && (reason === 'networkerror' || reason === 'systemerror')) reason = 'expired';
  // A report that explains the "user unknown" as a disabled account knows more than the reply or
  // a catalogue entry for it. (Only the notice's own words: RFC 3463's "mailbox disabled" after a
  // Status code is no such note.)
  if (reason === 'userunknown' && ex.recipients.length <= 1 && DISABLED_ACCOUNT.test(human())) reason = 'suspend';
  // A DNS lookup that failed or timed out until the message expired never proved the domain is
  // gone: that is a network problem, whoever catalogued the code.
  if (reason === 'hostunknown' && DNS_NOT_ANSWERED.test(reasonText)) reason = 'networkerror';
  // Refused at the greeting or at EHLO/HELO, before any address was given: the client was blocked.
  if ((reason === 'rejected' || reason === 'undefined') && CONNECT_STAGE.test(allText)) reason = 'blocked';
  // Refused in answer to MAIL FROM: our sender, not the recipient's address (see stage.ts).
  reason = reasonForStage(reason, allText, primary ? commandBefore(ex.lines, primary.line) : null, primaryLine, g.recipient);
  // A log line gives its own verdict where no delivery-status block does: Postfix's "status=expired,
  // returned to sender" gave up on a 4xx as surely as a DSN's "Action: failed".
  // A delay warning with no delivery-status block is still retrying, as "Action: delayed" says; a
  // non-delivery report that says it gave up ("Delivery has failed", "I've given up") has failed
  // for good, even on a 4xx such as Exchange's 4.4.7 queue expiry.
  // A library that dropped the code (PHPMailer's "The following recipients failed: a@b: <a@b>:
  // Recipient address rejected: Greylisted …") still quotes wording the catalog knows with its
  // code: that code's class says whether the failure was temporary. Only for this verdict; the
  // finding shows no code the text does not.
  // Without a catalog entry, a reply's own words can still say it was temporary (RFC 5321's 421
  // text "Service not available, closing transmission channel", "try again later").
  const codeless = !reply && !enhanced && !status;
  const cataloguedClass = codeless && match?.responseId ? match.enhanced ?? match.reply : null;
  const impliedClass = cataloguedClass ?? (codeless && TRANSIENT_WORDS.test(tiers[0] || reasonText) ? '4' : null);
  const permanent = isPermanent(reply ?? impliedClass, enhanced, reason, action ??
    (logGaveUp(tiers[0]!) || queueExpired() ? 'failed' : ex.flags.delayNotice || ex.flags.queueListing ? 'delayed'
      : serverLogAction(ownLogLines() || reasonText) ??
      ((reason === 'expired' && (QUEUE_EXPIRED.test(allText) || QUEUE_EXPIRED.test(reasonText))) || (ex.flags.bounce && ctx.gaveUp()) ? 'failed' : null)));
  // A greylisting deferral clears on the sending MTA's next retry: nobody has anything to do. One
  // the queue gave up on was never a verdict on the message: the queue expired before a retry got
  // through (its retry schedule, or a greylist that never lets it pass), and somebody has to look.
  const greylisting = GREYLISTED.test(tiers[0] || allText);
  const greylisted = permanent === false && greylisting;
  const expiredWhileGreylisted = permanent === true && greylisting && (enhanced ?? reply)?.[0] === '4';
  if (expiredWhileGreylisted) reason = 'expired';
  return {
    reply,
    enhanced,
    recipient: g.recipient,
    provider,
    providerCode,
    providerResponse,
    reason,
    permanent,
    hardBounce: isHardBounce(reason, permanent, (enhanced ?? reply)?.[0]),
    whoActs: greylisted ? 'nobody'
      // A queue that expired while the next hop refused or dropped its connections: the receiving
      // side's server was not there to take the message, whatever a give-up line's entry says.
      : reason === 'expired' && permanent && !expiredWhileGreylisted && NEXT_HOP_UNREACHABLE.test(allText.trim() ? allText : reasonText) ? 'recipient-admin'
      : match?.whoActs && provider === match.provider && !causeBeforeExpiry && !expiredWhileGreylisted ? match.whoActs
      : unprovenUnknown && reason === 'filtered' ? 'sender'
      : whoActsFor(reason, permanent),
    retryAfterSeconds: retryAfterSeconds(evidenceLine || reasonText),
    evidence: primary && evidenceLine ? evidenceAt(evidenceLine, primary.index) : trimEvidence(evidenceLine || ownWordingLine(ex, g.recipient, [reason, ...found.keys()]) || wordingLine(ex, reason) || (g.recipient ?? '')),
  };
}
