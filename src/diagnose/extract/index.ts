/**
 * The structure of a bounce: DSN per-recipient blocks, code sites in human-readable lines, which
 * recipient each applies to, and the hosts that answered. One pass over the logical lines.
 */
import { addressesIn } from './addresses.js';
import { EXIM_MESSAGE_ID, refusedByServerItself } from '../log-verdict.js';
import { findCodes, type CodeSite } from './codes.js';
import { QueueListingReader, queueLine, queueListingKind, type QueueListingKind } from './queue-listing.js';
import { apiComplaint } from '../reasons/feedback.js';
import { NOT_RECIPIENT_LINE, RECIPIENT_LEAD, recipientHit, siteRecipients, TO_BEFORE } from './recipients.js';

export interface Site extends CodeSite {
  line: number;
  recipient: string | null;
  /** "status" for a DSN Status field, "diagnostic" for a DSN Diagnostic-Code, null for prose. */
  field: 'status' | 'diagnostic' | null;
}

export interface DsnBlock {
  recipient: string | null;
  action: string | null;
  status: string | null;
  diagnostic: string | null;
  diagnosticLine: number;
  remoteMta: string | null;
}

export interface Flags {
  /** The text is a bounce or a mail log or transcript: bare codes at line start count. */
  smtp: boolean;
  /** A mail system's report (DSN, NDR): wording alone may make a finding. */
  bounce: boolean;
  feedback: boolean;
  autoReplied: boolean;
  ftp: boolean;
  /** A delay warning ("Delivery Status Notification (Delay)"): the MTA is still retrying. */
  delayNotice: boolean;
  /** A queue listing (mailq): every message in it is still queued, to be retried. */
  queueListing: QueueListingKind | null;
}

export interface Extracted {
  lines: string[];
  sites: Site[];
  blocks: DsnBlock[];
  reportingMta: string | null;
  /** Recipients in order of first appearance. */
  recipients: string[];
  /** Lines that speak about each recipient (its block, its NDR paragraph). */
  recipientLines: Map<string, number[]>;
  /** Index of the first line of the returned original message, or lines.length. */
  boundary: number;
  flags: Flags;
}

/** Bounds the work on hostile input; real reports hold a few dozen codes at most. */
const MAX_SITES = 2000;
const MAX_BLOCKS = 200;

const DSN_FIELD = /^\s*(final-recipient|original-recipient|x-actual-recipient|action|status|diagnostic-code|remote-mta|reporting-mta|x-failed-recipients)\s*:\s*(.*)$/i;

const BOUNDARY = /^\s*(?:[-=_*]{2,}.{0,20}?(?:original message|returned message|undelivered message|message (?:header|follow|text)|copy of (?:the|your)|headers? of|rfc ?822|forwarded message|the message, including|below this line)|(?:original message (?:follows|headers)|below this line is a copy|this is a copy of|a copy of (?:the|your) (?:original )?message))/i;

const SMTP_CONTEXT = /smtp|mail|spam|relay|reputation|blocked|too many connections|service not available|mailer-daemon|postmaster|deliver|rcpt|mail from|ehlo|helo|mailbox|recipient|postfix|exim|sendmail|qmail|\bmx\b|bounce|relay|said:|diagnostic-code|status:|dsn=|<~|<<<|\b(?:nodemailer|phpmailer|smtplib|javamail|smtpclient|net::smtp)\b|mail server|e-?mail|message/i;
const BOUNCE_CONTEXT = /mailer-daemon|postmaster|delivery (?:status|failure|has failed|to the following|notification|failed|report|incomplete|is delayed|has been delayed)|undeliver|could not\s{1,3}be\s{1,3}delivered|unzustellbar|nicht zugestellt|konnte nicht an folgende empfänger|adresse nicht gefunden|adresse introuvable|dirección no encontrada|falha na entrega|endereço não encontrado|recapito non riuscito|indirizzo non trovato|dostarczenie do tych adresatów|не удалось доставить|配信に失敗しました|アドレスが見つかりません|无法传递|找不到地址|배달하지 못했습니다|주소를 찾을 수 없음|non distribuable|échec de (?:la )?remise|no se pudo entregar|non recapitat|onbestelbaar|配信(?:エラー|できません|に失敗)|投递失败|退信|전달하지 못|전달 실패|не доставлено|couldn't\s{1,3}be\s{1,3}delivered|this is the mail system at host|returned mail|non-delivery|failure notice|mail delivery (?:failed|system|subsystem)|final-recipient|diagnostic-code|not\s{1,3}be\s{1,3}delivered|delivery problem|permanent error|permanent fatal|unable to deliver|was not delivered|wasn't delivered|the response (?:from the remote server )?was:|delivery to the following|error-for|message not delivered|rejected your message|bounce|sent by the mail system|returned to sender|feedback-type|following recipients failed|smtpfailedrecipients?exception/i;
const FTP_CONTEXT = /\b(?:STOR|RETR|PASV|EPSV|NLST|CWD|MKD|RNFR|RNTO)\b|\b(?:[Ss]?[Ff][Tt][Pp]|vsftpd|proftpd|pure-ftpd|[Ff]ile[Zz]illa|lftp)\b|[Cc]onnecting to [^\s:]{1,100}:21\b/;
const MAIL_SESSION = /\b(?:rcpt to|mail from|ehlo|helo|starttls|smtp|postfix|exim|sendmail|qmail|mailer-daemon)\b/i;

/**
 * Exim's main log marks a delivery that failed for good with "**" after the message id
 * ("2026-11-29 10:46:09 1xXcQ5-0003qs-1q ** bob@example.org: Unrouteable address"): a report
 * of its own, code or not.
 */
const EXIM_FAILED_LINE = new RegExp(`^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,6})? (?:[+-]\\d{4} )?(?:\\[\\d{1,10}\\] )?${EXIM_MESSAGE_ID} \\*\\* `, 'm');

/** Words on a line that make the address it names the recipient ("to=<a@b>", "RCPT TO:<a@b>"). */
const NAMES_RECIPIENT = /rcpt to|\brcpt <|\bto=|recipient/i;
/**
 * A server's verdict line for one recipient: Exim's "id ** a@b: retry timeout exceeded" (or its
 * deferral, "id == a@b"), Sendmail's "qid: <a@b>... User unknown", OpenSMTPD's "Expire for …,
 * to=<a@b>, … stat=Envelope expired".
 */
// Exim's main log ("** a@b", "== a@b") and message log ("10:01:07 a@b R=dnslookup T=…"), Sendmail's
// "<a@b>... User unknown" and its expiry.
const RECIPIENT_VERDICT_LINE = /\s(?:\*\*|==) [^\s@]{1,64}@|\d\d:\d\d:\d\d [^\s@]{1,64}@[^\s@]{1,255} R=\S|: <[^<>\s]{1,254}>\.\.\. \S|\bstat=envelope expired/i;

const HTTP_EXCHANGE = /^[<>]?[ \t]*HTTP\/[123](?:\.[01])? [1-5]\d\d\b|\bcurl: \(\d{1,3}\)/m;
// Narrower than codes.ts's SMTP_WORD on purpose: an e-mail API's JSON error body names a
// "recipient" and an "mx" host without being a mail server's reply.
const MAIL_WORD = /smtp|rcpt to|mail from|\b(?:rcpt|mail) failed:|ehlo|helo|mailbox|postfix|exim|sendmail|qmail|mailer-daemon|bounce|undeliver/i;

/** A delay warning names itself in its Subject… */
const DELAY_SUBJECT = /^subject:.{0,80}(?:\bdelay(?:ed)?\b|could not send (?:mail|message) for (?:the )?past)/im;
/**
 * …or, in a report pasted without headers, in its body: Gmail's "Delivery incomplete … temporary problem … will
 * retry for 46 more hours", Postfix's "THIS IS A WARNING MESSAGE ONLY", Exchange's "Delivery is
 * delayed to these recipients", each in its opening lines.
 */
const DELAY_BODY = ['temporary problem delivering your message', 'this is a warning message only', 'you do not need to resend your message',
  'delayed to these recipients', 'has not yet been delivered'];
const GMAIL_RETRY = /will retry for \d{1,3} more hours/;
/** Whether the report's opening 4 KB holds such wording: plain text compared in lower case, cheaper than one pattern. */
function delayBody(head: string): boolean {
  const low = (head.length > 4096 ? head.slice(0, 4096) : head).toLowerCase();
  return DELAY_BODY.some((p) => low.includes(p)) || (low.includes('will retry for') && GMAIL_RETRY.test(low));
}


/** Cheap filter before the DSN field expression: a colon early on, and a field's first letter. */
function mayBeField(line: string): boolean {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > 40) return false;
  let i = 0;
  while (i < colon && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  const c = line.charCodeAt(i) | 32;
  return c === 102 || c === 111 || c === 120 || c === 97 || c === 115 || c === 100 || c === 114; // f o x a s d r
}

/** Cheap filter before the boundary expression: dashes or the words such markers use. */
function mayBeBoundary(line: string): boolean {
  if (line.length < 12) return false;
  const c = line.charCodeAt(0);
  if (c === 45 || c === 61 || c === 95 || c === 42) return true;
  const t = line.length > 120 ? line.slice(0, 120) : line;
  return /opy|riginal|eturned|ndelivered|elow/.test(t) || /[-=_*]{2}/.test(t.slice(0, 8));
}

function dsnValue(value: string): string {
  const semi = value.indexOf(';');
  return (semi >= 0 ? value.slice(semi + 1) : value).trim();
}

/**
 * A site, built field by field in one order: every site then has the same shape, which keeps the
 * code reading them fast (spreading a CodeSite into a new object made shapes vary and cost more
 * than the rest of the extraction loop).
 */
function site(reply: string | null, enhanced: string | null, index: number, strong: boolean, line: number, recipient: string | null, field: Site['field']): Site {
  return { reply, enhanced, index, strong, line, recipient, field };
}

const QUOTED_LINE = /^[ \t]*>/;
/** swaks's notes on its own connection ("=== Connected to …", "=== Connection closed with remote host."): never the server's words. */
export function isSwaksNote(line: string): boolean {
  return line.startsWith('=== ');
}

/** nullmailer's log names both on one line, sender first: "From: <a@b> to: <c@d>". */
const FROM_THEN_TO = /^from: <[^<>\s]{0,254}> to: </i;
/** `queueListing`: what queueListingKind said of the text, where the caller has asked it already. */
export function extract(lines: string[], head: string, breaks?: Map<number, number[]>, queueListing = queueListingKind(head)): Extracted {
  if (head.length > 16384) head = head.slice(0, 16384);
  const smtp = SMTP_CONTEXT.test(head);
  const ftp = !MAIL_SESSION.test(head) && FTP_CONTEXT.test(head);
  // A queue listing is no report, though it lists the bounces waiting to go out (sender MAILER-DAEMON).
  const bounce = !queueListing && (BOUNCE_CONTEXT.test(head) || EXIM_FAILED_LINE.test(head) || refusedByServerItself(head));
  const flags: Flags = {
    smtp: smtp && !ftp,
    bounce,
    feedback: /^feedback-type\s*:|complaint about message from|^subject:.{0,20}(?:abuse|complaint|spam) report/im.test(head) || apiComplaint(head),
    autoReplied: /auto-submitted\s*:\s*auto-replied|x-autoreply|out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply/i.test(head),
    ftp,
    delayNotice: DELAY_SUBJECT.test(head) || (bounce && delayBody(head)),
    queueListing,
  };
  const sites: Site[] = [];
  const blocks: DsnBlock[] = [];
  const recipients: string[] = [];
  const seen = new Set<string>();
  const recipientLines = new Map<string, number[]>();
  let reportingMta: string | null = null;
  let block: DsnBlock | null = null;
  let context: string | null = null;
  let boundary = lines.length;
  const listing = flags.queueListing ? new QueueListingReader(flags.queueListing, {
    sites,
    recipient: (address) => {
      addRecipient(address);
      return recipientLines.get(address);
    },
  }, MAX_SITES) : null;

  const addRecipient = (r: string) => {
    if (!seen.has(r) && recipients.length < MAX_BLOCKS) {
      seen.add(r);
      recipients.push(r);
      recipientLines.set(r, []);
    }
  };
  const newBlock = (): DsnBlock => {
    const b: DsnBlock = { recipient: null, action: null, status: null, diagnostic: null, diagnosticLine: -1, remoteMta: null };
    if (blocks.length < MAX_BLOCKS) blocks.push(b);
    return b;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const inOriginal = i >= boundary;
    const f = mayBeField(line) ? DSN_FIELD.exec(line) : null;
    if (f) {
      // Past the caps, DSN fields are skipped: the verdicts already found stand.
      if (blocks.length >= MAX_BLOCKS || sites.length >= MAX_SITES) continue;
      const name = f[1]!.toLowerCase();
      const value = f[2]!;
      if (name === 'reporting-mta') {
        if (!inOriginal && !reportingMta) reportingMta = dsnValue(value);
        continue;
      }
      if (inOriginal && name !== 'final-recipient' && name !== 'original-recipient' && !block) continue;
      if (name === 'x-failed-recipients') {
        for (const h of addressesIn(value)) addRecipient(h.address);
        continue;
      }
      if (name === 'final-recipient' || name === 'original-recipient' || name === 'x-actual-recipient') {
        const addr = addressesIn(value, 1)[0]?.address ?? null;
        if (!block || block.action !== null || block.status !== null || block.diagnostic !== null ||
            (name === 'final-recipient' && block.recipient !== null && block.recipient !== addr && blockHasFinal.has(block))) {
          block = newBlock();
        }
        if (addr && (name === 'final-recipient' || block.recipient === null)) block.recipient = addr;
        if (name === 'final-recipient') blockHasFinal.add(block);
        if (addr && name === 'final-recipient') finalRecipients.add(addr);
        else if (addr) originalOf.push([addr, block]);
        if (addr) addRecipient(addr);
        continue;
      }
      block ??= newBlock();
      if (name === 'action') block.action = value.trim().toLowerCase();
      else if (name === 'remote-mta') block.remoteMta = dsnValue(value);
      else if (name === 'status') {
        block.status = value.trim();
        const s = findCodes(`Status: ${value}`, true).find((c) => c.enhanced !== null);
        if (s) {
          sites.push(site(null, s.enhanced, s.index, true, i, null, 'status'));
          blockOf.set(sites.length - 1, block);
        }
      } else if (name === 'diagnostic-code') {
        block.diagnostic = dsnValue(value) || value.trim();
        block.diagnosticLine = i;
        for (const s of findCodes(line, true, breaks?.get(i))) {
          sites.push(site(s.reply, s.enhanced, s.index, s.strong, i, null, 'diagnostic'));
          blockOf.set(sites.length - 1, block);
        }
      }
      continue;
    }
    if (!inOriginal && mayBeBoundary(line) && BOUNDARY.test(line.length < 300 ? line : line.slice(0, 300))) {
      boundary = i;
      context = null;
      continue;
    }
    if (inOriginal) continue;
    if (line.length < 3) continue;
    // swaks's notes on its own connection belong to no recipient.
    if (isSwaksNote(line)) continue;
    // An auto-reply that quotes an old bounce ("> <a@b>: … said: 550 5.1.1") reports nothing itself.
    if (flags.autoReplied && QUOTED_LINE.test(line)) continue;
    const queued = listing ? queueLine(line) : null;
    if (queued?.kind === 'boundary') {
      // A message's own line names its sender; its recipients follow.
      listing!.boundary();
      context = null;
      continue;
    }
    if (queued?.kind === 'recipient') {
      context = queued.address;
      listing!.recipientAt(queued.address, i, queued.reason);
      // postqueue -j: the recipient's own delay reason is on its line, codes and all.
      if (!queued.reason) continue;
    }
    // A queue listing's reason is for the recipients the listing says (see QueueListingReader),
    // whatever address it quotes.
    if (queued?.kind === 'reason') context = null;
    // A line that leads with an address names the recipient for what follows it.
    const hit = line.includes('@') && (!queued || queued.kind === 'other') && (!NOT_RECIPIENT_LINE.test(line) || FROM_THEN_TO.test(line)) ? recipientHit(line) : null;
    if (hit) {
      const r = hit.address;
      // An e-mail API's event names its recipient by key ("Email", "emailAddress") even on a line
      // with no code: a complaint event, or the line before its recipient's "diagnosticCode".
      if (r && (hit.byKey || RECIPIENT_LEAD.test(line.length < 300 ? line : line.slice(0, 300)))) {
        context = r;
        addRecipient(r);
      } else if (TO_BEFORE.test(line.slice(Math.max(0, hit.start - 80), hit.start))) {
        context = r;
        addRecipient(r);
      } else {
        const verdict = RECIPIENT_VERDICT_LINE.test(line);
        if (verdict || NAMES_RECIPIENT.test(line)) addRecipient(r);
        // A verdict line speaks of its recipient even with no code on it: it is one of its lines,
        // kept a few past the usual cap, since the verdict comes last, after a run of deferrals.
        const own = verdict ? recipientLines.get(r) : undefined;
        if (own && own.length < 64 + 16 && own[own.length - 1] !== i) own.push(i);
      }
    }
    if (sites.length >= MAX_SITES) continue;
    const codes = findCodes(line, flags.smtp, breaks?.get(i));
    let lineRecipient: string | null = null;
    if (codes.length && hit) {
      // An address in the reply text ("<root@…>... Access denied") may be the sender's; the
      // recipient named before it wins unless this line marks its address as the recipient.
      if (!context || hit.strong) {
        lineRecipient = hit.address;
        addRecipient(lineRecipient);
      }
    }
    const who = lineRecipient ?? context;
    const each = codes.length > 1 && hit ? siteRecipients(line, codes) : null;
    for (const r of each ?? [who]) {
      if (!r) continue;
      addRecipient(r);
      const own = recipientLines.get(r);
      if (own && own.length < 64 && own[own.length - 1] !== i) own.push(i);
    }
    const firstSite = sites.length;
    for (let k = 0; k < codes.length; k++) {
      const s = codes[k]!;
      sites.push(site(s.reply, s.enhanced, s.index, s.strong, i, each?.[k] ?? who, null));
    }
    if (queued?.kind === 'reason') {
      const reasonSites = sites.slice(firstSite);
      const r = listing!.reasonAt(i, reasonSites);
      if (r) for (const s of reasonSites) s.recipient = r;
    }
  }
  listing?.end();
  // A pasted HTTP exchange (a status line, curl's own error) with no word of mail: its bare
  // numbers are HTTP statuses, wherever they stand (a JSON body's "code":421 too).
  if (sites.length && (head.includes('HTTP/') || head.includes('curl: (')) && HTTP_EXCHANGE.test(head) && !MAIL_WORD.test(head)) {
    for (let k = sites.length - 1; k >= 0; k--) if (!sites[k]!.enhanced) sites.splice(k, 1);
  }
  for (const [idx, b] of blockOf) {
    const s = sites[idx];
    if (s) s.recipient = b.recipient;
  }
  dropAliases(recipients, recipientLines, sites);
  blockOf.clear();
  blockHasFinal.clear();
  finalRecipients.clear();
  originalOf.length = 0;
  return { lines, sites, blocks, reportingMta, recipients, recipientLines, boundary, flags };
}

// Scratch state for one extract() call; extract is synchronous, so module scope is safe.
const blockOf = new Map<number, DsnBlock>();
const blockHasFinal = new Set<DsnBlock>();
const finalRecipients = new Set<string>();
/** Addresses given as a block's Original-Recipient (or X-Actual-Recipient), with their block. */
const originalOf: [string, DsnBlock][] = [];

/**
 * The address a message was sent to, where the report's Final-Recipient is what it expanded to
 * (Postfix: "<full@x> (expanded from <alias@x>)"), is the same recipient under another name: it
 * gets no finding of its own unless something else in the report speaks of it.
 */
function dropAliases(recipients: string[], recipientLines: Map<string, number[]>, sites: Site[]): void {
  for (const [alias, b] of originalOf) {
    if (!b.recipient || b.recipient === alias || finalRecipients.has(alias)) continue;
    if ((recipientLines.get(alias)?.length ?? 0) > 0 || sites.some((s) => s.recipient === alias)) continue;
    const at = recipients.indexOf(alias);
    if (at >= 0) recipients.splice(at, 1);
    recipientLines.delete(alias);
  }
}
