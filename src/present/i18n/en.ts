/**
 * Every user-facing string of the product, in English. Other languages are files of the same shape
 * (`Messages`), so the compiler and a test catch a missing key.
 */
import type { Reason, SmtpPhase } from '../../catalog/schema.js';

export const en = {
  /** The language code the catalog is asked in. */
  lang: 'en',
  class: {
    success: 'Success (2xx)',
    intermediate: 'Intermediate (3xx)',
    transient: 'Temporary failure (4xx)',
    permanent: 'Permanent failure (5xx)',
  },
  enhancedClass: {
    success: 'Success (2.X.X)',
    intermediate: 'Intermediate',
    transient: 'Persistent transient failure (4.X.X)',
    permanent: 'Permanent failure (5.X.X)',
  },
  whoActs: {
    sender: 'Our side (the sender)',
    'recipient-admin': "The recipient's mail admin",
    recipient: 'The recipient',
    nobody: 'Nobody: wait',
  },
  whoActsInbound: {
    sender: 'The sending client (not us: this is our server refusing it)',
    'recipient-admin': 'Our side (our server\'s own rules)',
    recipient: 'The recipient (one of our users)',
    nobody: 'Nobody: wait',
  },
  retryPolicy: {
    'not-needed': 'No retry needed',
    automatic: 'Retried automatically',
    'after-fix': 'Retry after fixing the cause',
    never: 'Do not retry',
  },
  /** SMTP phases: commands stay as they are in every language; only the words around them change. */
  phase: {
    connect: 'connect',
    'HELO/EHLO': 'HELO/EHLO',
    STARTTLS: 'STARTTLS',
    AUTH: 'AUTH',
    'MAIL FROM': 'MAIL FROM',
    'RCPT TO': 'RCPT TO',
    DATA: 'DATA',
    'end of data': 'end of data',
    BDAT: 'BDAT',
    'VRFY/EXPN': 'VRFY/EXPN',
    ETRN: 'ETRN',
    'NOOP/RSET/HELP': 'NOOP/RSET/HELP',
    QUIT: 'QUIT',
    any: 'any',
  } satisfies Record<SmtpPhase, string>,
  heading: {
    class: 'Class',
    whoActs: 'Who acts',
    retry: 'Retry',
    meaning: 'Meaning',
    whenSeen: 'When you see it',
    phases: 'SMTP phase',
    fix: 'How to fix',
    variants: 'Depends on the command',
    notes: 'Good to know',
    seeAlso: 'Often confused with',
    rfcs: 'Defined in',
    together: 'Read together',
    keyDifference: 'Key difference',
    whenToUseWhich: 'When you will see which',
    results: 'Matching codes',
    warnings: 'Careful',
  },
  provider: {
    reason: 'Reason',
    differs: 'Differs from the standard meaning',
    family: 'Same family',
    lastSeen: (date: string) => `Wording last seen ${date}.`,
    standard: 'The standard meaning',
    usedBy: 'What providers mean by it',
    noneFor: (provider: string, code: string) => `No ${provider}-specific entry for ${code}; the standard meaning follows.`,
  },
  explain: {
    unregistered: (code: string) => `${code} is not a registered code: only its class and subject are standard.`,
  },
  compare: {
    title: (a: string, b: string) => `${a} vs ${b}`,
    derivedNote: 'No hand-written comparison for this pair yet: this one is derived from the two entries.',
  },
  search: {
    title: (q: string) => `Codes matching “${q}”`,
    none: (q: string) => `No code matches “${q}”. Try other words, or type a code like 550 or 5.1.1.`,
  },
  reason: {
    userunknown: 'The address does not exist',
    hostunknown: 'The recipient domain does not exist or has no mail server',
    hasmoved: 'The recipient has moved to another address',
    mailboxfull: 'The mailbox is full',
    suspend: 'The mailbox is disabled or suspended',
    notaccept: 'The domain does not accept mail',
    filtered: "Refused by a filter on the recipient's side",
    rejected: "The sender's address was refused",
    blocked: 'The sending IP or host is blocked',
    norelaying: 'The server refused to relay',
    policyviolation: "Refused by the receiver's policy",
    securityerror: 'A security requirement was not met',
    spamdetected: 'The message was judged to be spam',
    virusdetected: 'Blocked as a security risk: a virus or a forbidden attachment type',
    contenterror: 'The message content was refused',
    mesgtoobig: 'The message is too large',
    exceedlimit: "The message exceeds the recipient's limit",
    systemfull: "The receiving server's storage is full",
    systemerror: 'An error on the receiving server',
    mailererror: 'The delivery program failed',
    networkerror: 'A network or DNS problem on the way',
    expired: 'Delivery gave up after retrying',
    toomanyconn: 'Too many connections, messages or recipients at once',
    syntaxerror: 'An SMTP command was malformed',
    onhold: 'Delivery is on hold',
    undefined: 'No specific reason given',
    delivered: 'Accepted: no failure',
    feedback: 'A complaint (feedback loop) report',
    vacation: 'An out-of-office auto-reply',
    authfailure: 'SPF, DKIM or DMARC authentication failed',
    badreputation: 'Poor sender reputation',
    notcompliantrfc: 'The message breaks the e-mail standards',
    requireptr: 'The sending IP has no valid reverse DNS',
    speeding: 'Rate limited: sending too fast',
    failedstarttls: 'TLS could not be set up',
    suppressed: 'The address is on a suppression list',
  },
  diagnose: {
    title: (n: number) => (n === 1 ? 'Diagnosis: 1 finding' : `Diagnosis: ${n} findings`),
    nothing: 'I found no SMTP reply or status code in that text.',
    nothingHint: 'Paste the bounce message, the log line or the SMTP transcript itself, or type a code like 550 or 5.7.26.',
    eximQueueHint: 'This is Exim\'s queue listing (`exim -bp`), which shows no delivery errors. For a message\'s errors, run `exim -Mvl <message-id>` (its delivery log) or `exigrep <message-id> /var/log/exim4/mainlog`, and paste that.',
    permanent: 'permanent',
    transient: 'temporary',
    hardBounce: 'hard bounce: remove or correct the address',
    notHard: 'not a hard bounce: keep the address',
    appRetries: 'Not retried by itself: a mail library has no queue, so your application must retry (or hand mail to a local MTA that queues)',
    appRetryFix: 'Retry from your application with a growing delay (minutes, not seconds), or send through a local MTA or an e-mail API that queues; if it keeps failing for hours, read the reply text for the cause.',
    inboundNote: 'This is our own server refusing an incoming message: the sender is the connecting client the line names (after “from” in Postfix, “H=” in Exim). Nothing to fix on our side unless that client or message should have been accepted.',
    notHardOnly: 'not a hard bounce',
    unknownUnproven: '“User unknown”, but not said in answer to the address itself (a filter may say this too): check the address before dropping it',
    recipient: 'Recipient',
    /** Several recipients with the same verdict, under one explanation. */
    recipients: (n: number) => `Recipients (${n})`,
    recipientsMore: (listed: string, more: number) => `${listed} and ${more} more`,
    unknownRecipient: 'recipient not stated',
    provider: 'Answered by',
    reason: 'Reason',
    retryAfter: (seconds: number) => `the server asks to wait ${seconds >= 120 ? `${Math.round(seconds / 60)} min` : `${seconds} s`}`,
    more: (n: number) => `…and ${n} more finding${n === 1 ? '' : 's'}. Run \`/smtp diagnose\` on the paste for all of them.`,
    evidence: 'From',
    /** Findings with no code for a connection, lookup or TLS set-up that failed: no server ever answered. */
    stillRetrying: 'Delivery is delayed: the sending server is still retrying',
    noReply: {
      networkerror: 'No SMTP reply: the connection to the mail server failed',
      hostunknown: 'No SMTP reply: the mail server’s host name does not resolve',
      failedstarttls: 'No SMTP reply: TLS with the mail server could not be set up',
      securityerror: 'Logging in to the mail server failed (no reply code given)',
      dns: 'No SMTP reply: the DNS lookup for the mail server failed',
      tlsNotOffered: 'TLS is required, but the mail server does not offer STARTTLS',
    },
    /** Fixes for reasons that make the code's own advice beside the point. */
    reasonFix: {
      suppressed:
        'The sending service did not try to deliver: the address is on its suppression list after an earlier hard bounce, spam complaint or unsubscribe. Look up in the service why it was added; remove it from the list only if the address is valid and the person still wants the mail, otherwise drop it from your list.',
      feedback:
        'The recipient marked the message as spam. Stop sending to this address (treat it as an unsubscribe) and check that everyone on the list asked for the mail: a complaint rate above about 0.3% gets mail blocked at Gmail and Yahoo.',
    } as Partial<Record<Reason, string>>,
    noReplyFix: {
      networkerror:
        'Check the host and port (25 between mail servers; 587 or 465 to a submission relay), that outbound traffic to that port is allowed (many cloud providers block port 25), and that the server is up; then retry.',
      hostunknown:
        'Check the spelling of the host or domain in the configuration or address, and that DNS has an MX or A record for it (`dig MX example.com`).',
      failedstarttls:
        'Check that the port matches the TLS mode (465 starts with TLS; 587 and 25 use STARTTLS), that the certificate names the host you connect to and has not expired, and that both sides share a TLS version.',
      securityerror:
        'Check the user name and password (many providers want an app password or OAuth2 instead of the account password), that the port uses TLS before the login (587 with STARTTLS, 465 with TLS), and that the server offers AUTH on that port at all.',
      dns:
        'The domain\'s DNS servers did not answer the lookup (SERVFAIL or a timeout), so no server was contacted. Usually the domain\'s side: compare `dig MX example.com` from your server and from a public resolver; if only your server fails, fix your resolver.',
      tlsNotOffered:
        'The client gave up because the server\'s EHLO reply lists no STARTTLS. If the server is ours, enable STARTTLS on it; if it is the recipient\'s, ask their admin, or allow plain delivery to that destination only (Postfix: smtp_tls_policy_maps with "may"; Exim: leave it out of hosts_require_tls).',
    },
  },
  errors: {
    unknownCode: (code: string) => `${code} is not an SMTP reply code or enhanced status code I know.`,
    didYouMean: (codes: string) => `Did you mean ${codes}?`,
    tooManyCodes: 'Give at most three codes at once, or paste the whole message to diagnose it.',
    emptyDiagnose: 'Paste the bounce, log line or transcript after “diagnose”.',
    internal: 'Something went wrong on my side while answering. Please try again in a moment.',
  },
  actions: {
    share: 'Share in channel',
    compare: 'Compare with…',
    fixSteps: 'Fix steps',
    explainMore: 'Explain more',
  },
  help: {
    title: 'smtp-bot: what SMTP codes and bounces mean, and what to do',
    usage: [
      '`421` or `5.7.26`: explain a code',
      '`550 5.1.1`: explain a reply with its enhanced status code',
      '`251 vs 421` (or `compare 251 421`): the difference between two codes',
      '`TSS04` or `gmail 5.7.26`: what a provider means by its own code',
      '`search mailbox full`: find codes by words',
      '`diagnose <pasted bounce, log line or transcript>`: what went wrong, who must act, when to retry',
      '`421 --lang ko`: any answer in Korean (`--lang en`: in English)',
    ],
    footer: 'Codes are explained from RFC 5321, RFC 3463 and the IANA registries.',
  },
  text: {
    warning: 'WARNING',
    links: 'Links',
    didYouMean: (codes: string) => `Did you mean: ${codes}?`,
  },
  cli: {
    usage: `usage: smtp <code> [<code>]          explain codes (smtp 421, smtp 550 5.1.1)
       smtp <a> vs <b>                compare two codes (also: smtp compare <a> <b>)
       smtp <provider> <code>         a provider's own meaning (smtp gmail 5.7.26, smtp TSS04)
       smtp search <words>            find codes by words
       smtp diagnose [FILE]           diagnose a bounce, log line or transcript (stdin without FILE)
       smtp console                   the bot's local console
options: --json (machine-readable output), --lang en|ko
`,
    unknownOption: (flags: string) => `unknown option ${flags}`,
  },
  /** Words only the Slack adapter says: settings replies, apologies, App Home, modals. */
  slack: {
    /** This language's own name, shown when a channel switches to it. */
    languageName: 'English',
    apology: 'Sorry, I could not answer that just now (Slack or I had a hiccup). Please try again in a minute.',
    shareExpired: 'That answer is too old to share now. Run the command again and share the new one.',
    sharedBy: (name: string) => `Shared by ${name}`,
    truncated: '… shortened to fit in Slack. Ask about one code at a time for the full answer.',
    /** A file shared with a question that the bot could not read. */
    fileUnread: (name: string, problem: 'tooBig' | 'notSlack' | 'download' | 'scope' | 'notText') =>
      `I could not read the file “${name}”: ${{
        tooBig: 'it is larger than 1 MB. Paste the bounce’s report part (its first few screens) instead.',
        notSlack: 'it is not stored in Slack (files from other services are not read).',
        download: 'Slack did not send it just now. Please try again in a minute.',
        scope: 'this app is not allowed to read files. Ask a workspace admin to reinstall it with the files:read permission.',
        notText: 'I read text only: a bounce saved as .eml, a log or a text file, or the bounce pasted as a message.',
      }[problem]}`,
    autoReply: {
      on: 'Auto-reply is *on* here: I answer pasted bounces, log lines and transcripts in their thread.',
      off: 'Auto-reply is *off* here. Use the message shortcut “Explain SMTP codes” or mention me to ask.',
      usage: 'Use `/smtp autoreply on`, `/smtp autoreply off` or `/smtp autoreply status`.',
    },
    lang: {
      set: (name: string) => `Answers in this channel are now in ${name}.`,
      reset: 'This channel no longer has a language of its own: everyone gets answers in the language of their Slack settings.',
      status: (name: string) => `Answers in this channel are in ${name}. \`/smtp lang auto\` lets everyone get their own Slack language again.`,
      auto: (yours: string, known: string) =>
        `No language is set for this channel: everyone gets answers in the language of their Slack settings (${yours} for you). \`/smtp lang <code>\` sets one for everybody here (${known}).`,
      unknown: (lang: string, known: string) => `I have no answers in “${lang}” yet. Available: ${known}.`,
    },
    burst: (count: number, codes: string) =>
      `${count} more pasted failure${count === 1 ? '' : 's'} in the last minute${codes ? ` (${codes})` : ''}. ` +
      'I answered the first few in their threads; mention me in a thread for any other.',
    home: {
      title: 'SMTP codes and bounces, explained',
      intro:
        'I explain SMTP reply codes (421, 550), enhanced status codes (5.7.26) and bounce messages: what happened, who has to act and whether a retry will help.',
      howTo: [
        '`/smtp 421` or `/smtp 550 5.1.1` explains a code',
        '`/smtp 251 vs 421` compares two codes',
        '`/smtp search mailbox full` finds codes by words',
        '`/smtp diagnose` followed by a paste reads a bounce, log line or transcript',
        'Mention me with a question or a paste and I answer in the thread',
        'Paste a bounce in a channel I am in and I answer it in the thread (`/smtp autoreply off` stops that)',
        'On any message: the shortcut “Explain SMTP codes”',
        'I answer in the language of your Slack settings; `/smtp 421 --lang ko` answers once in another language, `/smtp lang ko|en|auto` sets one for a channel',
      ],
      topHeading: 'Looked up most often',
      topEmpty: 'Nothing looked up yet: try `/smtp 550`.',
      search: 'Search codes',
      searchTitle: 'Search SMTP codes',
      searchLabel: 'Words or a code',
      searchPlaceholder: 'mailbox full, greylisting, 5.7.26 …',
      searchSubmit: 'Search',
      close: 'Close',
      modalTitle: 'smtp-bot',
    },
  },
  console: {
    welcome: 'smtp-bot console: type /smtp 421, @smtp 550 5.1.1, or paste a bounce. Ctrl-D to quit.',
    silent: '(no SMTP failure in that message: in a channel the bot stays silent)',
    failed: 'Something went wrong while answering that; please try again.',
    lang: {
      set: (name: string) => `Answers in this session are now in ${name}.`,
      reset: (name: string) => `This session has no language of its own any more: answers are in ${name}, from --lang or LANG.`,
      status: (name: string, known: string) => `Answers in this session are in ${name}. \`/smtp lang <code>\` changes it (${known}); \`/smtp lang auto\` goes back to --lang or LANG.`,
      unknown: (lang: string, known: string) => `I have no answers in “${lang}” yet. Available: ${known}.`,
    },
  },
};

export type Messages = typeof en;
