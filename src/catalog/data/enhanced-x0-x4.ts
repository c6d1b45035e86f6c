/**
 * Enhanced status code details for subjects 0 to 4 (X.0.0 to X.4.7), every entry the IANA "SMTP
 * Enhanced Status Codes" registry holds for them. Top-level wording is for the class the code is
 * most often seen with; `byClass` holds what changes for the other classes.
 *
 * `typicalReplies` copies the registry's "associated basic status code" column and stays empty where
 * the registry says "Not given" (or "Any", for X.0.0); what servers send in practice goes in `notes`.
 */
import type { EnhancedCodeInput } from '../schema.js';

export const enhancedCodesX0toX4: EnhancedCodeInput[] = [
  // ── X.0.X Other or undefined ──────────────────────────────────────────────────────────────────
  {
    code: 'X.0.0',
    title: 'Other undefined status',
    meaning:
      'The server only says which class this is (success, temporary or permanent) and nothing about the cause. Everything useful is in the free text after the code and in who sent it.',
    whenSeen: [
      'A 5.0.0 in a bounce: the remote server sent a plain 5xx reply without an enhanced code, and the reporting MTA (Postfix, Exim and others) filled in the bare class.',
      'A 4.0.0 in a delay notice for the same reason: a 4xx reply with no enhanced code of its own.',
      '"250 2.0.0 Ok" after DATA or QUIT: a plain success with nothing more to say.',
      'Custom filters, milters and provider rules that reject without choosing a more specific code.',
    ],
    fix: [
      'Read the text after the code and any Diagnostic-Code line in the bounce; it names the real reason (unknown user, blocked IP, spam, policy).',
      'Look at which host answered (Remote-MTA, or the "host ... said" part) and search for that provider\'s wording.',
      'If there is no text at all, retry by hand with swaks or openssl s_client against the receiving MX to see the full reply.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.1'],
    seeAlso: ['5.0.0', '4.0.0', '2.0.0', '550', '554'],
    keywords: ['undefined', 'unknown reason', 'generic', 'no detail', 'bare code'],
    notes: [
      'The registry lists "Any" as the associated reply code: X.0.0 can go with any reply in its class.',
      'RFC 3463 asks clients to report at least the class even when they cannot read the rest, which is why MTAs substitute 5.0.0 or 4.0.0 when the remote gave only a 3-digit reply.',
    ],
    usedWith: ['2', '4', '5'],
    typicalReplies: [],
    retry: {
      '2': { policy: 'not-needed', advice: 'Success: the server accepted the message or command.' },
      '4': {
        policy: 'automatic',
        advice: 'Left in the queue and retried by the sending MTA; look closer only if the same text repeats for hours.',
      },
      '5': {
        policy: 'after-fix',
        advice: 'Do not resend until the text tells you what was wrong and that is fixed; an unchanged resend fails again.',
      },
    },
    byClass: {
      '2': {
        meaning: 'Plain success with no further detail: the command or message was accepted.',
        whenSeen: ['"250 2.0.0 Ok: queued as ..." after the end of data, or "221 2.0.0 Bye" at QUIT.'],
        fix: ['Nothing to fix. If the message still did not arrive, follow it on the receiving side with the queue ID from the reply.'],
      },
      '4': {
        meaning:
          'A temporary failure with no stated cause. The message stays queued and is retried; the free text says what is holding it.',
        fix: [
          'Let the queue retry. Check the text for greylisting, rate limiting or "try again later".',
          'If the same 4.0.0 repeats for one destination for hours, connect to its MX by hand (swaks) and read the full reply.',
        ],
        whoActs: 'nobody',
      },
    },
  },

  // ── X.1.X Addressing ─────────────────────────────────────────────────────────────────────────
  {
    code: 'X.1.0',
    title: 'Other address status',
    meaning:
      'Something about an address in the envelope (sender or recipient) caused the failure, but the server does not say what. The text usually says which address and why.',
    whenSeen: [
      'A sender restriction rejecting MAIL FROM or the sender address at RCPT time, with no better code chosen (for example Postfix "Sender address rejected: ..." through an access map).',
      'Exchange answering 5.1.0 "Sender denied": sender filtering, a Blocked Senders entry, or stale recipient attributes in an old reply.',
      'A recipient address that the server cannot resolve for an unstated reason.',
    ],
    fix: [
      'Work out from the text whether the sender or the recipient address was refused.',
      'For a refused sender: check the MAIL FROM your system actually uses (bounces and apps often use a different envelope sender than the From header) and whether the receiving side blocks it.',
      'For a refused recipient: confirm the address with the recipient through another channel.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.2'],
    seeAlso: ['5.1.1', '5.1.7', '5.1.8', '5.7.1', '550'],
    keywords: ['sender denied', 'address rejected', 'bad address'],
    notes: ['Microsoft Exchange documents 5.1.0 as "Sender denied", a narrower use than the registry\'s generic wording.'],
    usedWith: ['4', '5'],
    typicalReplies: [],
    retry: {
      '4': { policy: 'automatic', advice: 'Queued and retried; usually a lookup that could not finish and clears by itself.' },
      '5': { policy: 'after-fix', advice: 'Resend only after correcting or getting the refused address accepted.' },
    },
    byClass: {
      '4': {
        meaning: 'An address check could not be completed right now, so the server deferred instead of deciding.',
        fix: ['Let the queue retry. If it persists, ask the receiving admin why their address check is failing.'],
        whoActs: 'nobody',
      },
    },
  },
  {
    code: 'X.1.1',
    title: 'Bad destination mailbox address',
    meaning:
      'The mailbox does not exist: the domain is right, the part before the @ is not known there. This is the classic "user unknown" hard bounce.',
    whenSeen: [
      'A typo in the local part, or an address of someone who has left the organisation and whose account was deleted.',
      'Replies at RCPT TO such as Postfix "User unknown in local recipient table" or "in virtual mailbox table", Gmail "The email account that you tried to reach does not exist", Exchange "RESOLVER.ADR.ExRecipNotFound".',
      'Old or purchased mailing lists full of dead addresses.',
    ],
    fix: [
      'Check the address for typos (swapped letters, wrong dot, old company name) and confirm it with the person by another channel.',
      'For bulk or transactional mail, suppress the address now; repeated sends to unknown users hurt your reputation.',
      'If you believe the mailbox does exist, the receiving admin has to check their directory or recipient table (for example after a migration or a recreated mailbox).',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.2'],
    seeAlso: ['5.1.10', '5.2.1', '5.1.2', '5.4.1', '550', '4.1.1'],
    keywords: ['user unknown', 'no such user', 'mailbox not found', 'recipient not found', 'does not exist', 'hard bounce', 'invalid recipient'],
    notes: [
      'RFC 3463 says X.1.1 is only meaningful as a permanent failure, yet the registry also lists reply 451 for it and 4.1.1 is common in practice (see the 4.1.1 wording).',
      'Microsoft 365 more often reports an unknown recipient as 5.1.10 (RESOLVER.ADR.RecipientNotFound) or, with directory-based edge blocking, as 5.4.1 "Recipient address rejected: Access denied"; all three mean the address is not there.',
      'Some servers accept everything at RCPT and bounce 5.1.1 later in a DSN; the meaning is the same.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: ['451', '550'],
    retry: {
      '4': {
        policy: 'automatic',
        advice: 'Retried from the queue; if the lookup keeps failing it turns into a bounce when the queue lifetime ends.',
      },
      '5': {
        policy: 'never',
        advice: 'Do not send to this address again unless someone confirms a corrected one; remove it from lists.',
      },
    },
    byClass: {
      '4': {
        meaning:
          'The server could not confirm the recipient right now and deferred instead of rejecting. It is not yet a statement that the user is unknown.',
        whenSeen: [
          'Postfix recipient address verification (reject_unverified_recipient): "450 4.1.1 ... Recipient address rejected: unverified address", while its probe to the back-end server is pending or failed temporarily.',
          'A server that temporarily soft-fails unknown users (Postfix unknown_local_recipient_reject_code = 450, or soft_bounce) during a migration or testing.',
          'A directory (LDAP, SQL) lookup for the recipient timing out.',
        ],
        fix: [
          'Let the queue retry; verification results usually appear within minutes.',
          'If it repeats for hours, tell the receiving admin: their address verification or directory lookup is failing, or unknown users are being soft-rejected on purpose.',
        ],
        whoActs: 'nobody',
      },
    },
  },
  {
    code: 'X.1.2',
    title: 'Bad destination system address',
    meaning:
      'The part after the @ is no good for mail: the domain does not exist, or it exists but cannot take mail for this address.',
    whenSeen: [
      'A typo in the domain (gmial.com, example.con) or a domain that has expired.',
      'Postfix reject_unknown_recipient_domain when the domain has no DNS records: "Recipient address rejected: Domain not found".',
    ],
    fix: [
      'Check the domain spelling and run `dig +short MX <domain>` and `dig +short A <domain>`; NXDOMAIN means the domain does not exist.',
      'If it is a typo, correct it with the recipient; if the domain is dead, suppress the address.',
      'If the domain is real and resolves fine from elsewhere, check which server your system actually handed the mail to (a smart host, static transport or routing rule can send it to a host that does not know the domain).',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.2'],
    seeAlso: ['5.4.4', '5.1.10', '5.1.1', '5.7.1', '550', '4.1.2'],
    keywords: ['domain not found', 'host unknown', 'no such domain', 'unrouteable domain', 'nxdomain', 'typo domain'],
    notes: [
      'RFC 3463 says X.1.2 is only meaningful as a permanent failure; 4.1.2 appears in practice when the DNS lookup for the domain failed temporarily.',
      'A sending MTA that cannot find the recipient domain in DNS often reports 5.4.4 (unable to route) instead, for example Postfix "Host or domain name not found" or Exchange "SMTPSEND.DNS.NonExistentDomain".',
    ],
    usedWith: ['4', '5'],
    typicalReplies: [],
    retry: {
      '4': { policy: 'automatic', advice: 'Retried; a DNS lookup that timed out often succeeds on the next attempt.' },
      '5': {
        policy: 'never',
        advice: 'Do not resend to this address as written; only a corrected domain, or a domain that is fixed in DNS, will work.',
      },
    },
    byClass: {
      '4': {
        meaning: 'The server could not resolve the recipient domain right now (DNS timeout or SERVFAIL) and deferred.',
        whenSeen: ['Postfix "450 4.1.2 ... Recipient address rejected: Domain not found" when the lookup failed temporarily, or with the default 450 reject code for unknown domains.'],
        fix: [
          'Let the queue retry.',
          'If it persists, run `dig MX <domain>` from the receiving side\'s perspective if you can, or from a public resolver: a SERVFAIL points at the domain\'s broken DNS.',
        ],
        whoActs: 'nobody',
      },
    },
  },
  {
    code: 'X.1.3',
    title: 'Bad destination mailbox address syntax',
    meaning:
      'The recipient address is not a valid address at all, as written: wrong characters, missing parts, or broken formatting.',
    whenSeen: [
      'Addresses with spaces, two @ signs, a trailing dot, commas or quotes copied from a spreadsheet or a web form.',
      'Software that builds RCPT TO with stray text, bad quoting or unbalanced brackets; Postfix answers "501 5.1.3 Bad recipient address syntax".',
      'Non-ASCII addresses sent to a server without SMTPUTF8 support, which may see them as bad syntax (SMTPUTF8-aware servers use 5.6.7 instead).',
      'Exchange "STOREDRV.Submit; invalid recipient address".',
    ],
    fix: [
      'Look at the exact RCPT TO your system sent (MTA log or a packet capture), not the address as displayed in the app.',
      'Fix the address in the source data; add validation to the form or import that let it in.',
      'If every address fails this way, the sending code is building the RCPT command wrongly; check the library version and how it quotes addresses.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.2'],
    seeAlso: ['5.1.1', '5.5.2', '5.5.4', '5.6.7', '501', '553'],
    keywords: ['invalid address', 'syntax', 'malformed', 'bad recipient address syntax'],
    notes: ['RFC 3463 says this code is only meaningful as a permanent failure.'],
    usedWith: ['5'],
    typicalReplies: ['501'],
    retry: {
      '5': {
        policy: 'never',
        advice: 'The address as written will never work; correct it in the source before sending to that person again.',
      },
    },
  },
  {
    code: 'X.1.4',
    title: 'Destination mailbox address ambiguous',
    meaning:
      'The address matched more than one mailbox on the receiving system, so it refused to guess. Typical for servers that map names loosely (fuzzy or "first.last" matching).',
    whenSeen: [
      'Addresses like j.smith@ on a system that matches partial names and has several J. Smiths.',
      'Exchange uses 5.1.4 for something else: recipient domains in top-level domains reserved by RFC 2606 (.test, .example, .invalid, .localhost), refused by a Receive connector.',
    ],
    fix: [
      'Ask the recipient for their exact, full address and use that.',
      'For the Exchange case: the recipient domain is a reserved test name; use a real domain, or adjust the Receive connector\'s reserved-domain setting if the test traffic is intended.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.2'],
    seeAlso: ['5.1.1', '5.1.3', '550'],
    keywords: ['ambiguous', 'multiple matches', 'reserved domain'],
    notes: ['Microsoft Exchange documents 5.1.4 as "Recipient address reserved by RFC 2606", which is not what the registry defines.'],
    usedWith: ['4', '5'],
    typicalReplies: [],
    retry: {
      '4': { policy: 'automatic', advice: 'Retried from the queue, but an ambiguous address usually needs a corrected address in the end.' },
      '5': { policy: 'after-fix', advice: 'Resend with the exact address the recipient gives you.' },
    },
  },
  {
    code: 'X.1.5',
    title: 'Destination address valid',
    meaning:
      'A positive report: the recipient address was checked and is fine. It is used in success replies and delivery reports, not in failures.',
    whenSeen: [
      'Sendmail and others answering RCPT TO with "250 2.1.5 ... Recipient ok".',
      'Successful delivery status notifications (Action: delivered or relayed).',
    ],
    fix: ['Nothing to fix: the recipient was accepted.'],
    whoActs: 'nobody',
    rfcs: ['RFC 3463 §3.2'],
    seeAlso: ['2.1.0', '2.0.0', '250'],
    keywords: ['recipient ok', 'address valid'],
    notes: [
      'Microsoft Exchange also sends 5.1.5, with its own meaning: the recipient domain is a second-level domain reserved by RFC 2606 (example.com, example.net, example.org) and a Receive connector refuses it.',
    ],
    usedWith: ['2', '5'],
    typicalReplies: ['250'],
    retry: {
      '2': { policy: 'not-needed', advice: 'Success: nothing to retry.' },
      '5': { policy: 'after-fix', advice: 'Use a real recipient domain instead of a reserved example domain, then send again.' },
    },
    byClass: {
      '5': {
        meaning:
          'Not a registered meaning: the registry defines X.1.5 only for success. Exchange uses 5.1.5 when the recipient domain is a reserved example domain (example.com/.net/.org).',
        whenSeen: ['Test or placeholder addresses like user@example.com sent through Exchange, whose Receive connector rejects reserved second-level domains.'],
        fix: [
          'Replace the placeholder address with a real one.',
          'If test traffic to example domains is intended, review the Exchange Receive connector setting that rejects reserved second-level domains.',
        ],
        whoActs: 'sender',
      },
    },
  },
  {
    code: 'X.1.6',
    title: 'Destination mailbox has moved, no forwarding address',
    meaning:
      'The address used to be valid but no longer takes mail, and the server has no new address to offer. Treat it as gone.',
    whenSeen: [
      'Employees who left, accounts closed after a provider change, or domains migrated with some addresses dropped.',
      'Exchange uses 5.1.6 for a different case: recipient addresses in single-label domains (user@contoso instead of user@contoso.com), refused by a Receive connector.',
    ],
    fix: [
      'Remove or update the address; get the person\'s new address from them directly.',
      'For the Exchange case: complete the recipient domain (add the top-level domain) and resend.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.2'],
    seeAlso: ['5.1.1', '5.2.1', '551', '550'],
    keywords: ['moved', 'no longer valid', 'no forwarding address', 'left the company', 'single label domain'],
    notes: [
      'RFC 3463 says X.1.6 is only meaningful as a permanent failure.',
      'Microsoft Exchange documents 5.1.6 as "Recipient addresses in single label domains not accepted", not the registry meaning.',
      'Reply 551 (user not local, try another address) is the SMTP-level way to say a mailbox moved and name the new address; X.1.6 is the case with no new address.',
    ],
    usedWith: ['5'],
    typicalReplies: [],
    retry: {
      '5': { policy: 'never', advice: 'The old address is finished; stop sending to it and use the new address if you get one.' },
    },
  },
  {
    code: 'X.1.7',
    title: "Bad sender's mailbox address syntax",
    meaning:
      'The envelope sender (MAIL FROM) is not a valid address as written. This is about your address, not the recipient\'s.',
    whenSeen: [
      'Applications that put a display name, spaces, unbalanced quotes or brackets, or two @ signs into MAIL FROM.',
      'An unqualified sender such as "www-data" with no domain is often refused as 5.5.2 "need fully-qualified address" (Postfix reject_non_fqdn_sender) rather than with X.1.7.',
      'Postfix "501 5.1.7 Bad sender address syntax".',
      'Postfix sender address verification (reject_unverified_sender) answers 450 4.1.7 "Sender address rejected: unverified address" while it cannot confirm your sender.',
      'Exchange "Invalid address" or "Unknown sender address".',
    ],
    fix: [
      'Find the envelope sender actually used: look at Return-Path in a delivered copy or at "from=<...>" in your MTA log.',
      'Set a proper, fully-qualified envelope sender in the application or MTA (for example Postfix myorigin, sendmail -f, or the library\'s envelope-from option).',
      'For the 4.1.7 verification case, make sure your sender address accepts mail: the receiving side probes it with RCPT TO.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.2'],
    seeAlso: ['5.1.8', '5.1.3', '5.5.2', '501', '553'],
    keywords: ['sender syntax', 'mail from', 'envelope sender', 'return-path', 'bad sender address'],
    notes: ['Unlike the recipient-side codes, RFC 3463 does not restrict X.1.7 to permanent failures.'],
    usedWith: ['4', '5'],
    typicalReplies: [],
    retry: {
      '4': { policy: 'automatic', advice: 'Retried from the queue; a pending sender verification usually clears within minutes.' },
      '5': { policy: 'after-fix', advice: 'Fix the envelope sender, then resend; every message with that sender fails until then.' },
    },
    byClass: {
      '4': {
        meaning:
          'The receiving server could not confirm your sender address right now (often a pending or failed callback probe) and deferred.',
        fix: [
          'Let the queue retry.',
          'Check that your envelope sender address exists and accepts RCPT TO from outside; receivers that verify senders will keep deferring if it does not.',
        ],
        whoActs: 'sender',
      },
    },
  },
  {
    code: 'X.1.8',
    title: "Bad sender's system address",
    meaning:
      'The domain of your envelope sender cannot receive mail (no such domain, or no way to deliver replies to it), so the receiver refuses mail that could never be answered or bounced.',
    whenSeen: [
      'Servers sending with an internal or made-up domain in MAIL FROM (server1.lan, localhost.localdomain, a .local name).',
      'Postfix reject_unknown_sender_domain: "Sender address rejected: Domain not found" (450 4.1.8 with default settings, 550 5.1.8 when configured as permanent); Sendmail "Domain of sender address ... does not exist".',
      'A sender domain whose DNS is broken or whose registration lapsed.',
      'Exchange Online uses 5.1.8 "Access denied, bad outbound sender" for an account blocked from sending (often compromised or over its sending limits), a different meaning.',
    ],
    fix: [
      'Check the domain part of the envelope sender: `dig MX <domain>` and `dig A <domain>` must return records from the public internet.',
      'Use a real, public domain in MAIL FROM (set myorigin or the app\'s envelope sender), or publish MX/A records for the one you use.',
      'For the Exchange Online "bad outbound sender" case: secure the account (password reset, check for forwarding rules and compromise), then have an admin remove it from the restricted users list.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.2'],
    seeAlso: ['5.1.7', '5.7.27', '5.1.2', '450', '553', '550'],
    keywords: ['sender domain', 'domain not found', 'sender domain must exist', 'bad outbound sender', 'unresolvable sender'],
    notes: [
      'Microsoft documents 5.1.8 in Exchange as "Access denied, bad outbound sender", used when a sending account is blocked; that is not the registry meaning.',
      'When the sender domain publishes a null MX (RFC 7505), receivers are meant to use 5.7.27 rather than 5.1.8.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: ['451', '501'],
    retry: {
      '4': {
        policy: 'automatic',
        advice: 'Retried, but if your sender domain really has no DNS it will keep failing until the queue gives up.',
      },
      '5': { policy: 'after-fix', advice: 'Fix the sender domain (real domain or published DNS), then resend.' },
    },
    byClass: {
      '4': {
        meaning:
          'The receiver could not resolve your sender domain right now, or treats unknown sender domains as a temporary refusal, and deferred.',
        fix: [
          'Check your sender domain from outside: `dig @8.8.8.8 MX <domain>`; fix SERVFAIL or missing records.',
          'If the domain is an internal name, change the envelope sender to a public domain; retries will not help.',
        ],
        whoActs: 'sender',
      },
    },
  },
  {
    code: 'X.1.9',
    title: 'Message relayed to non-compliant mailer',
    meaning:
      'The address was valid and the message was passed on, but to a system that does not support the tracking or reporting protocol in use, so no further status can be given.',
    whenSeen: [
      'Message tracking responses (RFC 3886) where the trail ends at a server that does not take part.',
      'Delivery reports from gateways handing mail to systems that do not return delivery status notifications.',
    ],
    fix: [
      'Nothing to fix on the sending side. To learn whether the message arrived, ask the recipient or the admin of the final system.',
    ],
    whoActs: 'nobody',
    rfcs: ['RFC 3886'],
    seeAlso: ['2.0.0', '2.1.5', '250'],
    keywords: ['relayed', 'non-compliant', 'tracking', 'no further information'],
    notes: [
      'The registry gives no associated reply code or class; success is the natural class since the address was valid and the message moved on.',
      'RFC 3886 added this code and updates RFC 3463.',
    ],
    usedWith: ['2'],
    typicalReplies: [],
    retry: {
      '2': { policy: 'not-needed', advice: 'The message was passed on; nothing to resend.' },
    },
  },
  {
    code: 'X.1.10',
    title: 'Recipient address has null MX',
    meaning:
      'The recipient\'s domain publishes a "null MX" (an MX record of preference 0 pointing at "."), its explicit statement that it accepts no mail at all. Nothing will ever be delivered to any address there.',
    whenSeen: [
      'Sending to parked, web-only or deliberately mail-less domains that publish `MX 0 .`.',
      'Typo domains whose owners publish a null MX to stop stray mail.',
      'Microsoft 365 also sends 550 5.1.10 "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup" for a recipient that does not exist in the tenant, which has nothing to do with null MX.',
    ],
    fix: [
      'Confirm with `dig +short MX <domain>`: a single answer of "0 ." is a null MX.',
      'Remove the address; the domain owner has said no mail is wanted. Get a working address from the person another way.',
      'For the Microsoft 365 "RecipientNotFound" case, treat it like 5.1.1: check the address for typos, then suppress it.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 7505', 'RFC 7504'],
    seeAlso: ['5.1.1', '5.1.2', '5.7.27', '5.4.4', '556', '550'],
    keywords: ['null mx', 'nullmx', 'domain does not accept mail', 'recipient not found', 'RecipientNotFound', 'MX 0 .'],
    notes: [
      'RFC 7505 defines null MX and this code; RFC 7504 adds reply 556 for this situation, which is why the registry pairs X.1.10 with 556.',
      'In real bounces, 5.1.10 is far more often Microsoft 365\'s unknown-recipient code than a null MX; read the text to tell them apart. Either way the address is undeliverable.',
      'The sender-side counterpart (your MAIL FROM domain publishes a null MX) is 5.7.27.',
    ],
    usedWith: ['5'],
    typicalReplies: ['556'],
    retry: {
      '5': {
        policy: 'never',
        advice: 'Do not resend: the domain refuses all mail (or, from Microsoft 365, the mailbox does not exist). Remove the address.',
      },
    },
  },

  // ── X.2.X Mailbox ────────────────────────────────────────────────────────────────────────────
  {
    code: 'X.2.0',
    title: 'Other or undefined mailbox status',
    meaning:
      'The mailbox exists, but something about it stopped this message; the server does not say what. The text usually explains.',
    whenSeen: [
      'Greylisting: postgrey and similar tools answer "450 4.2.0 ... Greylisted" on first contact and accept a later retry.',
      'Generic "mailbox unavailable" rejections where the server names no more specific mailbox problem.',
    ],
    fix: [
      'For a 4.2.0 greylisting reply, do nothing: the retry after a few minutes is accepted. Make sure retries come from the same IP or range.',
      'For 5.2.0, read the text; if it is unclear, contact the recipient by another channel and ask their admin.',
    ],
    whoActs: 'recipient',
    rfcs: ['RFC 3463 §3.3'],
    seeAlso: ['4.7.1', '4.2.1', '5.2.1', '450', '550'],
    keywords: ['greylisted', 'greylisting', 'mailbox unavailable', 'try again later'],
    notes: ['Greylisting has no code of its own; servers send it as 4.2.0, 4.7.1 or a bare 450/451.'],
    usedWith: ['4', '5'],
    typicalReplies: [],
    retry: {
      '4': {
        policy: 'automatic',
        advice: 'Retried; greylisting normally lets the message through on the first retry after its delay (often 1–15 minutes).',
      },
      '5': { policy: 'after-fix', advice: 'Resend only once the text says what was wrong with the mailbox and the recipient has dealt with it.' },
    },
    byClass: {
      '4': {
        meaning:
          'A temporary mailbox-level refusal, most often greylisting: the receiver rejects first contact from an unknown sender/IP/recipient combination and accepts a retry.',
        whoActs: 'nobody',
      },
    },
  },
  {
    code: 'X.2.1',
    title: 'Mailbox disabled, not accepting messages',
    meaning:
      'The mailbox exists but is switched off for incoming mail: suspended, locked, inactive or blocked by its owner or admin. Not the same as "does not exist" (X.1.1).',
    whenSeen: [
      'Accounts disabled for inactivity, non-payment, or abuse; Gmail "The email account that you tried to reach is disabled".',
      'Gmail and Yahoo also use 4.2.1/5.2.1 for a recipient receiving mail too fast ("receiving mail at a rate that prevents additional messages"), a per-recipient rate limit.',
      'Exchange documents 5.2.1 for a message quarantined by its Content Filter agent.',
    ],
    fix: [
      'Read the text: "disabled", "inactive" or "suspended" means the account is off; "rate" or "too quickly" means rate limiting.',
      'For a disabled account, stop sending (suppress the address in bulk systems) and reach the person another way.',
      'For the rate-limit case, slow down mail to that recipient (fewer messages per minute, no bursts of notifications) and let retries finish.',
    ],
    whoActs: 'recipient-admin',
    rfcs: ['RFC 3463 §3.3'],
    seeAlso: ['5.1.1', '5.2.2', '4.2.1', '5.7.1', '550', '450'],
    keywords: ['disabled', 'suspended', 'inactive', 'account locked', 'receiving mail too quickly', 'ReceivingRate'],
    notes: [
      'RFC 3463 allows X.2.1 as permanent (mailbox will never come back) or transient (temporarily disabled).',
      'Gmail\'s "ReceivingRatePerm" 5.2.1 is a permanent form of the per-recipient rate limit, not a disabled account.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: [],
    retry: {
      '4': { policy: 'automatic', advice: 'Retried; a temporarily disabled or rate-limited mailbox often accepts a later attempt.' },
      '5': {
        policy: 'after-fix',
        advice: 'Do not resend until the recipient confirms the mailbox is active again; bulk senders should suppress the address.',
      },
    },
    byClass: {
      '4': {
        meaning:
          'The mailbox is temporarily not taking mail: briefly disabled, or (at Gmail and Yahoo) receiving mail faster than the provider allows for one recipient.',
        fix: [
          'Let the queue retry; do not resend by hand, which makes a rate limit worse.',
          'If one recipient gets many automated messages, batch them or spread them over time.',
        ],
        whoActs: 'nobody',
      },
    },
  },
  {
    code: 'X.2.2',
    title: 'Mailbox full',
    meaning:
      'The recipient is over their storage quota (or the disk for that mailbox is full). They can free space by deleting mail; until then new messages are refused.',
    whenSeen: [
      'Abandoned mailboxes that nobody reads any more and that slowly filled up.',
      'Active users over quota after large attachments.',
      'Exchange/Microsoft 365 answer 5.2.2 "mailbox full" and bounce at once; other systems answer 452 4.2.2 and let the sender retry.',
    ],
    fix: [
      'Wait for retries if it is 4.2.2; tell the recipient by another channel that their mailbox is full.',
      'For 5.2.2, the recipient (or their admin) must delete mail or raise the quota; then resend.',
      'If the same address has been full for weeks, treat it as abandoned and suppress it in bulk mail.',
    ],
    whoActs: 'recipient',
    rfcs: ['RFC 3463 §3.3'],
    seeAlso: ['5.3.1', '5.2.3', '452', '552', '4.2.2'],
    keywords: ['mailbox full', 'over quota', 'quota exceeded', 'insufficient storage', 'storage limit'],
    notes: [
      'RFC 3463 says X.2.2 should be a persistent transient failure, because the recipient can make room; many large providers send it as permanent (5.2.2) anyway.',
      'The registry pairs X.2.2 with reply 552; in practice 452 (with 4.2.2) is just as common.',
      'Do not confuse it with 5.3.1/4.3.1, where the whole server is out of space, or 5.2.3, where one message is too big for the mailbox.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: ['552'],
    retry: {
      '4': {
        policy: 'automatic',
        advice: 'Retried until the queue lifetime ends (often days); delivered as soon as the recipient frees space.',
      },
      '5': { policy: 'after-fix', advice: 'Resend after the recipient has cleared space or had the quota raised.' },
    },
    byClass: {
      '4': {
        meaning:
          'The mailbox is over quota right now; the server expects space to be freed and asks the sender to keep trying.',
        fix: [
          'Nothing on the sending side: the queue retries. Tell the recipient another way if the message is urgent.',
          'If it keeps deferring for days, expect a final bounce when the queue lifetime ends.',
        ],
      },
      '5': {
        meaning:
          'The mailbox is over quota and this server reports it as a final failure instead of asking for retries; the message was bounced.',
      },
    },
  },
  {
    code: 'X.2.3',
    title: 'Message length exceeds administrative limit',
    meaning:
      'The message is bigger than this particular recipient is allowed to receive. The limit is a per-mailbox setting, lower than the server\'s overall size limit (that one is X.3.4).',
    whenSeen: [
      'Exchange "RESOLVER.RST.RecipSizeLimit; message too large for this recipient".',
      'Mailboxes with a reduced receive-size limit set by their admin (shared mailboxes, restricted accounts).',
    ],
    fix: [
      'Check the message size including encoding: base64 attachments grow by about a third.',
      'Send a link to the file (share, cloud storage) instead of the attachment, or split it.',
      'If large mail to that person is expected, ask their admin to raise that mailbox\'s receive limit.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.3'],
    seeAlso: ['5.3.4', '5.2.2', '552', '554'],
    keywords: ['message too large', 'size limit', 'attachment too big', 'RecipSizeLimit', 'message length'],
    notes: [
      'RFC 3463 says X.2.3 should be a permanent failure.',
      'X.2.3 is the per-mailbox limit; X.3.4 is the system-wide limit. Both come with 552 in the registry.',
    ],
    usedWith: ['5'],
    typicalReplies: ['552'],
    retry: {
      '5': { policy: 'after-fix', advice: 'Resend a smaller message (or a link instead of the attachment); the same size fails again.' },
    },
  },
  {
    code: 'X.2.4',
    title: 'Mailing list expansion problem',
    meaning:
      'The recipient is a mailing list or distribution group, and the server could not expand it into its members.',
    whenSeen: [
      'A list whose member source (directory, database, list manager) is unreachable or misconfigured.',
      'Distribution groups with broken or looping membership.',
    ],
    fix: [
      'If it is 4.2.4, let the queue retry; expansion may work once the list\'s back end is back.',
      'If it is 5.2.4 or persists, tell the list owner or the receiving admin; the sender cannot fix a list.',
      'Meanwhile, send to the individual members directly if the message is urgent.',
    ],
    whoActs: 'recipient-admin',
    rfcs: ['RFC 3463 §3.3'],
    seeAlso: ['5.7.2', '450', '452'],
    keywords: ['mailing list', 'distribution list', 'group expansion', 'list expansion'],
    notes: [
      'RFC 3463 allows X.2.4 as either permanent or persistent transient.',
      'If you were refused because you may not post to the list, that is 5.7.2, not X.2.4.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: ['450', '452'],
    retry: {
      '4': { policy: 'automatic', advice: 'Retried; clears when the list back end responds again.' },
      '5': { policy: 'after-fix', advice: 'Resend after the list owner or admin has repaired the list.' },
    },
    byClass: {
      '4': { whoActs: 'nobody' },
    },
  },

  // ── X.3.X Mail system ────────────────────────────────────────────────────────────────────────
  {
    code: 'X.3.0',
    title: 'Other or undefined mail system status',
    meaning:
      'The receiving system normally accepts mail, but something about the system itself (not the mailbox, not the address) caused this. The text carries the detail.',
    whenSeen: [
      'Postfix "451 4.3.0 Error: queue file write error" (disk, permissions or a content filter problem), or "451 4.3.0 <addr>: Temporary lookup failure" when an LDAP/SQL table lookup fails.',
      'Postfix status "deferred (mail transport unavailable)" with dsn 4.3.0: a transport in master.cf is broken.',
      'Exchange 5.3.0 "Too many related errors": the message was judged malformed and moved to the poison message queue.',
      'Some servers send 2.3.0 with a success reply or at QUIT.',
    ],
    fix: [
      'Retries handle 4.3.0; if it repeats, the receiving admin needs to look at their server logs (disk space, lookup tables, filters).',
      'If it is your own MTA logging 4.3.0, check `postqueue -p`, the mail log around the error, free disk space, and that every transport and lookup table in the config works.',
      'For 5.3.0, send the text to the receiving admin; resending will not help until they act.',
    ],
    whoActs: 'recipient-admin',
    rfcs: ['RFC 3463 §3.4'],
    seeAlso: ['4.3.5', '4.3.2', '451', '554', '421'],
    keywords: ['temporary lookup failure', 'queue file write error', 'mail transport unavailable', 'server error', 'local error'],
    notes: ['The registry lists reply codes 221, 250, 421, 451, 550 and 554 for X.3.0, so it appears in all three classes.'],
    usedWith: ['2', '4', '5'],
    typicalReplies: ['221', '250', '421', '451', '550', '554'],
    retry: {
      '2': { policy: 'not-needed', advice: 'Success: nothing to retry.' },
      '4': { policy: 'automatic', advice: 'Retried; most receiving-side system hiccups clear within minutes to hours.' },
      '5': { policy: 'after-fix', advice: 'Resend only after the receiving admin has fixed the system problem the text describes.' },
    },
    byClass: {
      '2': {
        meaning: 'Success, with the mail system as the subject of the remark; nothing went wrong.',
        fix: ['Nothing to fix.'],
      },
      '4': { whoActs: 'nobody' },
    },
  },
  {
    code: 'X.3.1',
    title: 'Mail system full',
    meaning:
      'The receiving server as a whole is out of storage (queue or message store), so it cannot take more mail for anyone right now. Unlike a full mailbox, the recipient cannot fix this by deleting mail.',
    whenSeen: [
      'Postfix "452 4.3.1 Insufficient system storage" when free queue space falls below its minimum (queue_minfree).',
      'Exchange back pressure: 4.3.1 "Insufficient system resources" when the queue database disk or memory is low.',
    ],
    fix: [
      'From the sending side, just let it retry.',
      'If the full server is yours: free disk space (`df -h`, clear old logs, move the queue), then flush the queue (`postqueue -f` for Postfix; in Exchange check back pressure events and the queue database disk).',
      'If it lasts for hours at a remote site, tell their postmaster.',
    ],
    whoActs: 'recipient-admin',
    rfcs: ['RFC 3463 §3.4'],
    seeAlso: ['4.2.2', '452', '4.3.2', '421'],
    keywords: ['insufficient system storage', 'disk full', 'back pressure', 'system resources', 'out of space'],
    notes: ['RFC 3463 says X.3.1 is only meaningful as a persistent transient failure.'],
    usedWith: ['4'],
    typicalReplies: ['452'],
    retry: {
      '4': { policy: 'automatic', advice: 'Retried; accepted again as soon as the server has space.' },
    },
  },
  {
    code: 'X.3.2',
    title: 'System not accepting network messages',
    meaning:
      'The server that hosts the mailbox is not accepting mail: shutting down, overloaded, in maintenance, or (as 5.3.2 with 521) a host that never accepts mail.',
    whenSeen: [
      'Servers under load or in maintenance answering 421 or 450/451 with 4.3.2 ("Service not available", "try again later").',
      'Exchange 4.3.2 "Service not available" or "Service not active": server components are in a maintenance (inactive) state, or a custom receive connector is listening on port 25 in the wrong transport service.',
      'Rate limits some servers express as 4.3.2 ("Connection rate limit exceeded").',
      'A 521 5.3.2 from a host that states it does not accept mail at all (RFC 7504).',
    ],
    fix: [
      'For 4.3.2, let the queue retry; if you send a lot to that domain, reduce connection count and rate.',
      'If it is your Exchange server: run `Get-ServerComponentState -Identity <server>` and bring inactive components back (for example ServerWideOffline) when maintenance is over.',
      'For 521 5.3.2, check you are using the right MX for the domain (`dig MX <domain>`); a host that never takes mail should not be an MX.',
    ],
    whoActs: 'recipient-admin',
    rfcs: ['RFC 3463 §3.4', 'RFC 7504'],
    seeAlso: ['421', '521', '4.4.5', '4.7.0', '554'],
    keywords: ['service not available', 'try again later', 'maintenance', 'server busy', 'does not accept mail', 'component state'],
    notes: [
      'RFC 3463 allows X.3.2 as either permanent or persistent transient.',
      'The registry pairs it with 453 and 521; RFC 7504 made 521 the reply for a host that does not accept mail at all.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: ['453', '521'],
    retry: {
      '4': { policy: 'automatic', advice: 'Retried; usually accepted again once load drops or maintenance ends.' },
      '5': {
        policy: 'after-fix',
        advice: 'That host will not take mail; resend only after the domain points its MX at a host that does.',
      },
    },
    byClass: {
      '4': {
        meaning: 'The receiving host is temporarily not accepting mail (load, shutdown, maintenance or a rate limit).',
        whoActs: 'nobody',
      },
    },
  },
  {
    code: 'X.3.3',
    title: 'System not capable of selected features',
    meaning:
      'The message asked for a feature (an SMTP extension or option) that the receiving system, or a gateway on the way, cannot support.',
    whenSeen: [
      'Gateways between mail systems that cannot map a feature of one system onto the other.',
      'Exchange 5.3.3 "Unrecognized command": internal receive connectors missing the Exchange Server authentication mechanism.',
    ],
    fix: [
      'Read the text to see which feature was refused; resend without it if you can (for example without a required DSN or delivery option).',
      'For the Exchange case: enable Exchange Server authentication on the receive connectors used between your servers.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.4'],
    seeAlso: ['5.5.1', '5.6.1', '5.7.4', '502', '504', '554'],
    keywords: ['feature not supported', 'extension not supported', 'unrecognized command'],
    notes: ['Microsoft Exchange documents 5.3.3 as "Unrecognized command" for a missing internal authentication mechanism.'],
    usedWith: ['4', '5'],
    typicalReplies: [],
    retry: {
      '4': { policy: 'automatic', advice: 'Retried, though a missing feature rarely appears by itself; check the text if it repeats.' },
      '5': { policy: 'after-fix', advice: 'Resend without the unsupported feature, or after the receiving side adds support.' },
    },
  },
  {
    code: 'X.3.4',
    title: 'Message too big for system',
    meaning:
      'The message is larger than the receiving server accepts for any message. The limit is system-wide (for one mailbox\'s own lower limit, see X.2.3).',
    whenSeen: [
      'Large attachments: Postfix "552 5.3.4 Message size exceeds fixed limit" (message_size_limit); Gmail "Your message exceeded Google\'s message size limits".',
      'Refusal already at MAIL FROM when the client announces SIZE= above the server\'s advertised SIZE limit.',
      'Exchange "Message size exceeds fixed maximum message size", raised by either your own organisation or the destination.',
    ],
    fix: [
      'Check the receiving server\'s limit: the SIZE value in its EHLO reply (`swaks --to <addr> --quit-after EHLO`).',
      'Remember encoding overhead: base64 attachments are about a third bigger than the file.',
      'Send a link instead of the file, compress it, or split it; if the limit is your own server\'s, raise it (Postfix message_size_limit; Exchange organisation, connector and mailbox limits).',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.4'],
    seeAlso: ['5.2.3', '552', '554', '5.2.2'],
    keywords: ['message too large', 'size limit', 'message_size_limit', 'attachment too big', 'exceeds fixed limit', 'SIZE'],
    notes: ['RFC 3463 says X.3.4 is only meaningful as a permanent failure.'],
    usedWith: ['5'],
    typicalReplies: ['552', '554'],
    retry: {
      '5': { policy: 'after-fix', advice: 'Resend a smaller message; the same size is refused every time.' },
    },
  },
  {
    code: 'X.3.5',
    title: 'System incorrectly configured',
    meaning:
      'The receiving system is set up in a way that does not let it accept this message. The fault is in the receiver\'s configuration, not in the message.',
    whenSeen: [
      'Postfix "451 4.3.5 Server configuration error" (or "configuration problem"): a restriction, policy service, milter or lookup table is misconfigured or not running.',
      'Exchange 5.3.5 "System incorrectly configured": a mail loop because a receive connector\'s FQDN matches another server in the mail flow.',
    ],
    fix: [
      'From the sending side: let 4.3.5 retry and tell the receiving postmaster if it persists.',
      'If it is your Postfix: grep the mail log for "warning" and "fatal" near the reject; check that every service named in smtpd_*_restrictions, milters and policy services is running (`postconf -n`, `postfix check`).',
      'If it is your Exchange: check receive connector FQDN values do not collide with other servers or devices in the mail flow.',
    ],
    whoActs: 'recipient-admin',
    rfcs: ['RFC 3463 §3.4'],
    seeAlso: ['4.3.0', '5.4.6', '451', '554'],
    keywords: ['server configuration error', 'misconfigured', 'configuration problem', 'policy service'],
    notes: [],
    usedWith: ['4', '5'],
    typicalReplies: [],
    retry: {
      '4': {
        policy: 'automatic',
        advice: 'Retried; accepted once the receiving admin fixes the configuration, which may take longer than the queue lifetime.',
      },
      '5': { policy: 'after-fix', advice: 'Resend after the receiving side has fixed its configuration.' },
    },
  },
  {
    code: 'X.3.6',
    title: 'Requested priority was changed',
    meaning:
      'The message was accepted, but not at the priority the sender asked for through the MT-PRIORITY extension; the text starts with the priority actually used.',
    whenSeen: [
      'Servers supporting MT-PRIORITY (RFC 6710) lowering or capping a requested priority by policy, for example for unauthenticated or non-privileged senders.',
    ],
    fix: [
      'Nothing to fix for delivery. If priority matters (for example in military or emergency messaging), ask the receiving admin which senders may use higher priorities.',
    ],
    whoActs: 'nobody',
    rfcs: ['RFC 6710'],
    seeAlso: ['2.0.0', '250', '251'],
    keywords: ['priority', 'mt-priority', 'priority changed'],
    notes: ['A success code: the registry pairs it with 250 or 251.'],
    usedWith: ['2'],
    typicalReplies: ['250', '251'],
    retry: {
      '2': { policy: 'not-needed', advice: 'The message was accepted; nothing to retry.' },
    },
  },

  // ── X.4.X Network and routing ────────────────────────────────────────────────────────────────
  {
    code: 'X.4.0',
    title: 'Other or undefined network or routing status',
    meaning:
      'Something went wrong getting the message to the next hop, but the reporter does not say exactly what. Usually a connection or routing problem reported by the sending side.',
    whenSeen: [
      'Exchange "451 4.4.0 Primary target IP address responded with: ..." when the remote answered in a way Exchange could not use, or "DNS query failed".',
      'Relays that lost the onward connection and report it generically.',
    ],
    fix: [
      'Read the whole text: Exchange often embeds the remote server\'s real reply inside the 4.4.0 message.',
      'Test the route yourself: `dig MX <domain>`, then `nc -vz <mx-host> 25` or `swaks --to <addr> --server <mx-host>` from the sending host.',
      'If only one destination fails, the problem is likely theirs; if many fail, check your outbound network, firewall and DNS.',
    ],
    whoActs: 'nobody',
    rfcs: ['RFC 3463 §3.5'],
    seeAlso: ['4.4.1', '4.4.2', '4.4.3', '451', '421'],
    keywords: ['network error', 'routing error', 'dns query failed', 'connection problem'],
    notes: [],
    usedWith: ['4', '5'],
    typicalReplies: [],
    retry: {
      '4': { policy: 'automatic', advice: 'Retried from the queue; transient network faults usually clear.' },
      '5': { policy: 'after-fix', advice: 'Resend once the route to the destination works again (DNS and connectivity checked).' },
    },
    byClass: {
      '5': {
        meaning: 'A network or routing failure that the reporter considers final; the text should say what could not be reached.',
        whoActs: 'recipient-admin',
      },
    },
  },
  {
    code: 'X.4.1',
    title: 'No answer from host',
    meaning:
      'The sending server could not open a connection to the receiving host: the connection timed out or was refused. Nothing was said over SMTP.',
    whenSeen: [
      'Postfix "connect to <host>[<ip>]:25: Connection timed out" or "Connection refused" (dsn=4.4.1); Exchange 4.4.1 "Connection timed out".',
      'Your own outbound port 25 being blocked by a firewall, a cloud provider (many block port 25 by default) or an ISP.',
      'The destination MX being down, or its DNS pointing at a wrong or old IP.',
      'Microsoft 365 uses 550 5.4.1 "Recipient address rejected: Access denied" for a different purpose: with directory-based edge blocking, the recipient is not in the tenant\'s directory.',
    ],
    fix: [
      'Test from the sending host itself: `nc -vz <mx-host> 25` (or `telnet <mx-host> 25`). A timeout from there but not from elsewhere means your outbound port 25 is blocked.',
      'Check `dig MX <domain>` and `dig A <mx-host>` return the right, current addresses.',
      'If every destination times out, ask your network or cloud provider to unblock outbound port 25, or relay through a smart host on 587.',
      'If only one destination fails, leave it in the queue; tell their postmaster if it lasts for hours.',
    ],
    whoActs: 'nobody',
    rfcs: ['RFC 3463 §3.5'],
    seeAlso: ['4.4.2', '4.4.7', '5.1.1', '421', '451'],
    keywords: ['connection timed out', 'connection refused', 'no route to host', 'port 25 blocked', 'host unreachable', 'Access denied', 'DBEB'],
    notes: [
      'RFC 3463 says X.4.1 is only meaningful as a persistent transient failure.',
      'Microsoft 365\'s 550 5.4.1 is its directory-based edge blocking reply, equivalent to an unknown recipient; see the 5.4.1 wording.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: ['451'],
    retry: {
      '4': {
        policy: 'automatic',
        advice: 'Retried; if the host stays unreachable, the message bounces when the queue lifetime ends (then 4.4.7 or a final 4.4.1).',
      },
      '5': {
        policy: 'after-fix',
        advice: 'From Microsoft 365 this means the recipient is not in their directory: correct the address or have their admin add it before resending.',
      },
    },
    byClass: {
      '5': {
        meaning:
          'Not the registry meaning (which is transient only). Almost always Microsoft 365 directory-based edge blocking: "Recipient address rejected: Access denied", because the recipient does not exist in the tenant.',
        whenSeen: [
          'Sending to a Microsoft 365 domain where the address has no mailbox, group or contact.',
          'A tenant whose accepted domain is set to authoritative while some recipients still live on another system (hybrid or migration setups).',
        ],
        fix: [
          'Check the address for typos and confirm it with the recipient.',
          'If the address is right, the recipient\'s admin must create the recipient or set the accepted domain to internal relay if mail should pass to another system.',
        ],
        whoActs: 'sender',
      },
    },
  },
  {
    code: 'X.4.2',
    title: 'Bad connection',
    meaning:
      'A connection to the receiving host was made but broke before the message was fully handed over: timeout, reset or poor link quality.',
    whenSeen: [
      'Postfix "lost connection with <host> while receiving the initial server greeting" or "... while sending message body", and "conversation with <host> timed out" (dsn=4.4.2).',
      'Exchange 4.4.2 "Connection dropped": transient network problems, remote size or rate limits, or an antispam proxy or firewall cutting the session.',
      'Firewalls doing SMTP inspection that break STARTTLS or large transfers.',
    ],
    fix: [
      'Let it retry; one-off drops are normal.',
      'If it repeats at the same stage: for "initial greeting" suspect the remote rejecting your IP silently or a firewall; during the body suspect size, MTU or a proxy.',
      'Test with `swaks --to <addr> --server <mx-host> --tls` from the sending host and watch where it stops.',
    ],
    whoActs: 'nobody',
    rfcs: ['RFC 3463 §3.5'],
    seeAlso: ['4.4.1', '421', '4.4.7', '451'],
    keywords: ['lost connection', 'connection dropped', 'connection reset', 'timed out', 'conversation timed out'],
    notes: ['RFC 3463 says X.4.2 is only meaningful as a persistent transient failure.'],
    usedWith: ['4'],
    typicalReplies: ['421'],
    retry: {
      '4': { policy: 'automatic', advice: 'Retried from the queue; a repeating drop at the same step needs investigation.' },
    },
  },
  {
    code: 'X.4.3',
    title: 'Directory server failure',
    meaning:
      'A directory service needed for routing, most often DNS, could not be reached or gave no usable answer (timeout or SERVFAIL). It does not mean the domain is missing.',
    whenSeen: [
      'Postfix "Host or domain name not found. Name service error for name=<domain> type=MX: Host not found, try again" (dsn=4.4.3).',
      'The recipient domain\'s authoritative DNS servers down, lame, or failing DNSSEC validation.',
      'Your own resolver (the one in /etc/resolv.conf on the MTA) down, overloaded or rate-limited.',
    ],
    fix: [
      'Query the failing name from the MTA host: `dig MX <domain>`. SERVFAIL or a timeout confirms the DNS problem.',
      'Compare with a public resolver (`dig @1.1.1.1 MX <domain>`); if that works, fix your local resolver.',
      'If it fails everywhere, the domain\'s DNS is broken (check `dig +trace <domain>` and DNSSEC); tell its owner.',
    ],
    whoActs: 'nobody',
    rfcs: ['RFC 3463 §3.5'],
    seeAlso: ['4.4.4', '5.4.4', '5.1.2', '451', '550'],
    keywords: ['dns failure', 'servfail', 'name service error', 'try again', 'resolver', 'lookup failed', 'dnssec'],
    notes: [
      'RFC 3463 describes X.4.3 as persistent transient only, yet the registry also lists reply 550 for it.',
      'RFC 3463\'s appendix calls it "Routing server failure"; the body and registry call it "Directory server failure".',
    ],
    usedWith: ['4', '5'],
    typicalReplies: ['451', '550'],
    retry: {
      '4': { policy: 'automatic', advice: 'Retried; DNS outages usually clear within minutes to hours.' },
      '5': { policy: 'after-fix', advice: 'Resend once the DNS for the destination (or your resolver) answers again.' },
    },
    byClass: {
      '5': {
        meaning: 'A directory (DNS) failure reported as final; the reporter gave up instead of retrying.',
        whoActs: 'recipient-admin',
      },
    },
  },
  {
    code: 'X.4.4',
    title: 'Unable to route',
    meaning:
      'The sender could not work out where to deliver: DNS answered, but with nothing usable (no MX and no address record, or the domain does not exist).',
    whenSeen: [
      'Postfix "Host or domain name not found. Name service error for name=<domain> type=A: Host not found" (dsn=5.4.4) for a domain that does not exist.',
      'Exchange "554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain", or "SMTPSEND.DNS.MxLoopback" when the MX points back at the sending server.',
      'A domain whose DNS answers with only an SOA (no MX, no A/AAAA), the example RFC 3463 itself gives.',
    ],
    fix: [
      'Check `dig MX <domain>`, `dig A <domain>` and `dig AAAA <domain>`. NXDOMAIN means the domain does not exist: correct the typo or drop the address.',
      'If the domain exists but has no MX and no address record, only its owner can fix it by publishing records.',
      'If only your server fails, compare your resolver with a public one; on Exchange check the transport service\'s internal/external DNS settings.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.5', 'RFC 5321 §5.1'],
    seeAlso: ['5.1.2', '5.1.10', '4.4.3', '550', '554'],
    keywords: ['unable to route', 'no mx', 'host not found', 'domain not found', 'nonexistent domain', 'unrouteable', 'nxdomain', 'MxLoopback'],
    notes: [
      'RFC 3463 allows X.4.4 as either permanent or persistent transient.',
      'For a missing domain, receiving servers tend to say 5.1.2 at RCPT, while sending MTAs report their own failed lookup as 5.4.4; both point at the domain part of the address.',
      'A domain with a null MX (`MX 0 .`) is not a routing failure: that is 5.1.10.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: [],
    retry: {
      '4': { policy: 'automatic', advice: 'Retried; a domain whose records are being fixed starts working without any action from you.' },
      '5': {
        policy: 'after-fix',
        advice: 'For a misspelled or dead domain, never resend to that address; for a real domain, resend once its DNS is fixed.',
      },
    },
    byClass: {
      '4': {
        meaning: 'No route to the domain could be found right now; the sender keeps trying in case records appear or DNS recovers.',
        whoActs: 'nobody',
      },
    },
  },
  {
    code: 'X.4.5',
    title: 'Mail system congestion',
    meaning:
      'The mail system was too busy to deliver or accept the message now. A load problem, expected to pass.',
    whenSeen: [
      'Receivers throttling busy senders or shedding load during spikes.',
      'Your own relay or queue overloaded during a large send.',
    ],
    fix: [
      'Let the queue retry.',
      'For big campaigns, lower concurrency and rate per destination domain (for example Postfix default_destination_concurrency_limit and destination rate delay settings).',
    ],
    whoActs: 'nobody',
    rfcs: ['RFC 3463 §3.5'],
    seeAlso: ['4.3.2', '4.7.0', '421', '451'],
    keywords: ['congestion', 'busy', 'overloaded', 'throttled', 'load'],
    notes: [
      'RFC 3463 says X.4.5 is only meaningful as a persistent transient failure.',
      'RFC 3463\'s appendix calls it "Network congestion"; the body and registry call it "Mail system congestion".',
    ],
    usedWith: ['4'],
    typicalReplies: ['451'],
    retry: {
      '4': { policy: 'automatic', advice: 'Retried; delivered once the load drops.' },
    },
  },
  {
    code: 'X.4.6',
    title: 'Routing loop detected',
    meaning:
      'The message went round in circles (too many hops, or a server found that the mail would be sent back to itself) and was stopped.',
    whenSeen: [
      'Postfix "mail for <domain> loops back to myself": the domain\'s MX points at this server, but this server is not configured to accept the domain as local or virtual.',
      'Exchange "Hop count exceeded - possible mail loop": by default Exchange stops a loop after 20 rounds.',
      'Forwarding loops between two mailboxes (A forwards to B, B forwards to A), or inbox rules that generate messages.',
    ],
    fix: [
      'Look at the Received: headers in the bounce to see which hosts repeat.',
      'For "loops back to myself": add the domain to the right setting on that server (Postfix mydestination, virtual_mailbox_domains or relay_domains) or correct the MX record.',
      'Check forwarding and inbox rules on the mailboxes involved, and on Exchange any targetAddress / external address on the recipient object.',
    ],
    whoActs: 'recipient-admin',
    rfcs: ['RFC 3463 §3.5', 'RFC 5321 §6.3'],
    seeAlso: ['5.3.5', '5.4.4', '554', '550'],
    keywords: ['mail loop', 'loops back to myself', 'too many hops', 'hop count exceeded', 'forwarding loop'],
    notes: [
      'RFC 3463 calls X.4.6 a persistent transient failure, but loops do not fix themselves and most MTAs report them as 5.4.6.',
      'If the looping domain is your own, the administrator who has to act is you.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: [],
    retry: {
      '4': { policy: 'automatic', advice: 'Retried, but a loop does not clear on its own; someone has to fix the routing or forwarding.' },
      '5': { policy: 'after-fix', advice: 'Resend after the routing, MX or forwarding loop is fixed.' },
    },
  },
  {
    code: 'X.4.7',
    title: 'Delivery time expired',
    meaning:
      'The message stayed in a queue longer than allowed and the server gave up. X.4.7 only says "we stopped trying"; the real cause is the earlier error that kept the message from being delivered.',
    whenSeen: [
      'Final bounces after days of deferrals: Exchange "550 4.4.7 QUEUE.Expired; message expired" (Exchange\'s default message expiration is 2 days).',
      'Delay warnings from Exchange ("Message delayed") that still carry 4.4.7.',
      'A destination that was unreachable, throttled, greylisting without ever accepting, or rejecting temporarily for the whole queue lifetime.',
    ],
    fix: [
      'Find the underlying error: the bounce or your MTA log shows the last temporary reply (for example 4.4.1 timeouts, 4.7.x policy deferrals, 421 throttling) for this recipient.',
      'Fix that cause (connectivity, reputation, rate, DNS), then send the message again; it will not be retried by itself.',
      'On your own queue: check `postqueue -p` / `mailq` (Postfix maximal_queue_lifetime, default 5 days) or Exchange queue viewer to see what else is stuck for that destination.',
    ],
    whoActs: 'sender',
    rfcs: ['RFC 3463 §3.5', 'RFC 5321 §4.5.4'],
    seeAlso: ['4.4.1', '4.4.2', '421', '451', '550'],
    keywords: ['expired', 'queue expired', 'message expired', 'QUEUE.Expired', 'retry timeout exceeded', 'gave up', 'delivery time expired'],
    notes: [
      'RFC 3463 asks servers to report the actual problem found during delivery instead of X.4.7 where they can; many still send only the expiry.',
      'The class digit is unreliable here: Exchange sends 4.4.7 inside a final 550 bounce. Judge by the reply (5xx) and by whether the report says delayed or failed, not by the first digit.',
      'RFC 5321 suggests a give-up time of at least 4 to 5 days; Postfix and Sendmail default to 5 days, Exchange to 2.',
    ],
    usedWith: ['4', '5'],
    typicalReplies: [],
    retry: {
      '4': {
        policy: 'after-fix',
        advice: 'In a delay warning the queue is still trying; in a final bounce (even one showing 4.4.7) nothing will retry it: fix the cause and resend.',
      },
      '5': { policy: 'after-fix', advice: 'The queue has given up; find and fix the underlying error, then resend the message.' },
    },
    byClass: {
      '4': {
        meaning:
          'Either a delay warning (the message is still queued and being retried) or, notably from Exchange, a final expiry bounce labelled with class 4. Check whether the report says "delayed" or "failed".',
        fix: [
          'If the report says the message is delayed, wait; check the quoted error to see what is holding it.',
          'If it is a final bounce ("could not be delivered", "QUEUE.Expired"), find the last real error, fix it, and resend the message.',
        ],
      },
    },
  },
];
