/**
 * One example response per provider catalog response, keyed by response id, written in the shape
 * the provider really sends it: Gmail's multi-line replies with the `- gsmtp` trailer, Microsoft's
 * NDR text with the front-end host in brackets, Yahoo's bracketed codes, and for the MTAs the line
 * as it shows up in a bounce or a log. Addresses, IPs and queue ids are invented (RFC 2606 domains,
 * RFC 5737 / RFC 3849 addresses) so nothing here points at a real mailbox or server.
 *
 * The wording is ours, built around each response's match fragment and codes; it is a test input,
 * not a quotation of any provider's page.
 */

/** Gmail continues a reply with `NNN-X.Y.Z` and ends the last line with a queue id and `- gsmtp`. */
function gmail(reply: string, enhanced: string, lines: string[], qid = 'd2e1a72fcca58-7a3b1c2d4e5si1234567b3a.210'): string {
  const last = lines.length - 1;
  return lines
    .map((l, i) => (i < last ? `${reply}-${enhanced} ${l}` : `${reply} ${enhanced} ${l} ${qid} - gsmtp`))
    .join('\n');
}

/** How Postfix (and most bouncing MTAs) quote the remote server in a DSN. */
function said(host: string, ip: string, reply: string, command = 'RCPT TO'): string {
  return `host ${host}[${ip}] said: ${reply} (in reply to ${command} command)`;
}

/** Exchange Online names its front end in brackets at the end of a reply. */
const EOP = '[BN1NAM02FT011.eop-nam02.prod.protection.outlook.com]';
const EOP_EU = '[AM4PEPF00027A5F.eurprd04.prod.outlook.com 2026-11-20T09:14:03.512Z 08DE1A2B3C4D5E6F]';
const PFA = '[Name=Protocol Filter Agent][AGT=PFA][MxId=11BA6D1E31E2F9C4]';
const MSFT_NDR = (reply: string): string =>
  `Your message to bob@example.com couldn't be delivered.\nRemote server returned '${reply}'\nReporting-MTA: dns; SN6PR04MB4016.namprd04.prod.outlook.com`;

const GMX = 'mx.gmx.net';
const YAHOO_MX = 'mta7.am0.yahoodns.net';
const ICLOUD_MX = 'mx01.mail.icloud.com';

export const providerExamples: Record<string, string> = {
  // ---------------------------------------------------------------- Amazon SES (sending)
  // As the sending application reports them (nodemailer, PHPMailer …): SES answered its SMTP client.
  'amazonses-554-identity-not-verified':
    'Error: Message failed: 554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: alerts@example.com',
  'amazonses-account-paused': 'SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: Account is paused. SMTP code: 554',
  'amazonses-454-max-sending-rate': 'Error: Data command failed: 454 Throttling failure: Maximum sending rate exceeded.',
  'amazonses-454-daily-quota': 'smtplib.SMTPDataError: (454, b\'Throttling failure: Daily message quota exceeded.\')',
  // ---------------------------------------------------------------- Apple iCloud
  'apple-550-5.7.1-cs01-local-policy': said(ICLOUD_MX, '198.51.100.61',
    '550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137', 'end of DATA'),
  'apple-554-5.7.1-hm08-local-policy': said(ICLOUD_MX, '198.51.100.61',
    '554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137', 'end of DATA'),
  'apple-554-5.7.1-hme1-spf-dkim': said(ICLOUD_MX, '198.51.100.61',
    '554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks.', 'end of DATA'),
  'apple-554-5.7.1-dmarc-policy': said(ICLOUD_MX, '198.51.100.61',
    "554 5.7.1 Your message was rejected due to example.com's DMARC policy. See https://support.apple.com/en-us/HT204137", 'end of DATA'),
  'apple-550-5.7.1-spamhaus-dbl': said('mx02.mail.icloud.com', '198.51.100.62',
    '550 5.7.1 Your message was rejected due to domain present in the Spamhaus DBL', 'end of DATA'),
  'apple-550-5.7.1-spamhaus-ip': said('mx02.mail.icloud.com', '198.51.100.62',
    '550 5.7.1 Mail from IP 203.0.113.5 was rejected due to listing in Spamhaus SBL. For details please see http://www.spamhaus.org/query/bl?ip=203.0.113.5', 'MAIL FROM'),
  'apple-550-5.7.0-proofpoint-blocked': said('mx03.mail.icloud.com', '198.51.100.63',
    '550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=203.0.113.5', 'MAIL FROM'),
  'apple-554-not-accepting-connections':
    'Connected to mx04.mail.icloud.com (198.51.100.64)\n<<< 554 mx04.mail.icloud.com ESMTP not accepting connections',
  'apple-421-4.7.1-excessive-volume': said(ICLOUD_MX, '198.51.100.61',
    '421 4.7.1 Messages to bob@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137'),
  'apple-421-4.7.0-too-many-errors': said(ICLOUD_MX, '198.51.100.61',
    '421 4.7.0 mx01.mail.icloud.com Error: too many errors'),
  'apple-552-5.2.2-over-quota': said(ICLOUD_MX, '198.51.100.61',
    '552 5.2.2 <bob@icloud.com>: user is over quota'),
  'apple-550-5.1.1-inactive-address': said(ICLOUD_MX, '198.51.100.61',
    '550 5.1.1 <carol@me.com>: inactive email address'),
  'apple-550-5.1.1-user-does-not-exist': said(ICLOUD_MX, '198.51.100.61',
    '550 5.1.1 <dave@icloud.com>: user does not exist'),

  // ---------------------------------------------------------------- Barracuda
  'barracuda-554-barracuda-reputation': said('d123456a.ess.barracudanetworks.com', '198.51.100.80',
    '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=203.0.113.5', 'MAIL FROM'),
  'barracuda-brbl-zone-listed': said('mx.example.org', '192.0.2.40',
    '554 Service unavailable; Client host [203.0.113.5] blocked using b.barracudacentral.org', 'MAIL FROM'),
  'barracuda-ess-550-permanent-failure': said('d123456b.ess.barracudanetworks.com', '198.51.100.81',
    '550 permanent failure for one or more recipients (bob@example.org:blocked)', 'end of DATA'),

  // ---------------------------------------------------------------- Cisco Secure Email
  'cisco-554-poor-reputation': said('mx1.hc1234-56.iphmx.com', '198.51.100.90',
    "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.", 'MAIL FROM'),
  'cisco-452-too-many-recipients-hour': said('mx2.hc1234-56.iphmx.com', '198.51.100.91',
    '452 Too many recipients received this hour'),
  'cisco-550-5.1.0-address-rejected': said('mx1.hc1234-56.iphmx.com', '198.51.100.90',
    '550 #5.1.0 Address rejected bob@example.org'),

  // ---------------------------------------------------------------- Comcast
  'comcast-es000001-comcast-dynamic': said('mx1a.comcast.net', '198.51.100.100',
    '554 resimta-h1p-028590.sys.comcast.net resimta-h1p-028590.sys.comcast.net dynamic Comcast IP 203.0.113.44 not allowed to send direct. Please see https://postmaster.comcast.net/smtp-error-codes.php#ES000001', 'MAIL FROM'),
  'comcast-es000010-external-dynamic': said('mx1a.comcast.net', '198.51.100.100',
    '554 resimta-h1p-028590.sys.comcast.net resimta-h1p-028590.sys.comcast.net dynamic IP 203.0.113.45 rejected. Please see https://postmaster.comcast.net/smtp-error-codes.php#ES000010', 'MAIL FROM'),
  'comcast-bl000000-spam-patterns': said('mx2c1.comcast.net', '198.51.100.101',
    '554 resimta-po-27v.sys.comcast.net comcast 203.0.113.5 Comcast block for spam. Please see https://postmaster.comcast.net/smtp-error-codes.php#BL000000', 'MAIL FROM'),
  'comcast-bl000001-spamhaus-zen': said('mx2c1.comcast.net', '198.51.100.101',
    '554 resimta-po-27v.sys.comcast.net comcast 203.0.113.5 found on one or more DNSBLs, see https://postmaster.comcast.net/smtp-error-codes.php#BL000001', 'MAIL FROM'),
  'comcast-bl000010-cloudmark-csi': said('mx2c1.comcast.net', '198.51.100.101',
    '554 resimta-po-27v.sys.comcast.net comcast 203.0.113.5 found on one or more DNSBLs, see https://postmaster.comcast.net/smtp-error-codes.php#BL000010', 'MAIL FROM'),
  'comcast-bl000100-senderscore': said('mx2c1.comcast.net', '198.51.100.101',
    '554 resimta-po-27v.sys.comcast.net comcast 203.0.113.5 found on one or more DNSBLs, see https://postmaster.comcast.net/smtp-error-codes.php#BL000100', 'MAIL FROM'),
  'comcast-bl-combined-lists': said('mx2c1.comcast.net', '198.51.100.101',
    '554 resimta-po-27v.sys.comcast.net comcast 203.0.113.5 found on one or more DNSBLs, see https://postmaster.comcast.net/smtp-error-codes.php#BL000011', 'MAIL FROM'),
  'comcast-bl000111-all-lists': said('mx2c1.comcast.net', '198.51.100.101',
    '554 resimta-po-27v.sys.comcast.net comcast 203.0.113.5 found on one or more DNSBLs, see https://postmaster.comcast.net/smtp-error-codes.php#BL000111', 'MAIL FROM'),
  'comcast-421-too-many-sessions': said('mx1a.comcast.net', '198.51.100.100',
    '421 resimta-po-12v.sys.comcast.net comcast 203.0.113.5 Too many sessions opened', 'EHLO'),
  'comcast-421-reverse-dns-failure': said('mx1a.comcast.net', '198.51.100.100',
    '421 resimta-po-12v.sys.comcast.net comcast 203.0.113.5 Reverse DNS failure', 'EHLO'),
  'comcast-550-not-our-customer': said('mx2h1.comcast.net', '198.51.100.102',
    '550 5.1.1 <bob@comcast.net> Not our Customer'),

  // ---------------------------------------------------------------- Exim
  'exim-unrouteable-address-own-bounce':
    'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@no-such-domain.example\n    Unrouteable address',
  'exim-550-unrouteable-address':
    'SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n    host mx.example.net [192.0.2.25]: 550 Unrouteable address',
  'exim-retry-timeout-exceeded':
    'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.net\n    retry timeout exceeded',
  'exim-all-hosts-failing-long-time':
    'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.net\n    all hosts for \'example.net\' have been failing for a long time (and retry time not reached)\n\nReporting-MTA: dns; relay1.example.com\n\nAction: failed\nFinal-Recipient: rfc822;bob@example.net\nStatus: 5.0.0',
  'exim-550-relay-not-permitted':
    'SMTP error from remote mail server after RCPT TO:<carol@example.org>:\n    host mail.example.net [192.0.2.26]: 550 relay not permitted',
  'exim-550-sender-verify-failed':
    'SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n    host mail.example.net [192.0.2.26]: 550-Verification failed for <alice@example.com>\n    550-Called:   198.51.100.12\n    550-Sent:     RCPT TO:<alice@example.com>\n    550-Response: 550 No such user\n    550 Sender verify failed',
  'exim-451-could-not-complete-sender-verify':
    'SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n    host mail.example.net [192.0.2.26]: 451 Could not complete sender verify',
  'exim-mailbox-full-mta-quota':
    'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.net\n    mailbox is full (MTA-imposed quota exceeded while writing to file /var/mail/bob)\n\nReporting-MTA: dns; mail.example.net\n\nAction: failed\nFinal-Recipient: rfc822;bob@example.net\nStatus: 5.0.0',
  'exim-421-too-many-concurrent-connections':
    'SMTP error from remote mail server after initial connection:\n    host mail.example.net [192.0.2.26]: 421 mail.example.net Too many concurrent SMTP connections from this IP address; please try again later.',

  // ---------------------------------------------------------------- Gmail / Google Workspace
  'gmail-notice-recipient-server-unreachable':
    'Message not delivered\nThere was a problem delivering your message to bo@example.org. Gmail will retry for 46 more hours.\n\nThe response was:\nThe recipient server did not accept our requests to connect. For more information, go to https://support.google.com/mail/answer/7720 [mx.example.org. 198.51.100.7: timed out]',
  'gmail-450-4.2.1-receiving-too-fast': gmail('450', '4.2.1', [
    'The user you are trying to contact is receiving mail too quickly. Please',
    'resend your message at a later time. If the user is able to receive',
    'mail at that time, your message will be delivered. For more information,',
    'go to https://support.google.com/mail/?p=ReceivingRate',
  ]),
  'gmail-550-5.2.1-receiving-too-fast': gmail('550', '5.2.1', [
    'The email account that you tried to reach is receiving mail at a rate that',
    'prevents additional messages from being delivered. For more information,',
    'go to https://support.google.com/mail/?p=ReceivingRatePerm',
  ]),
  'gmail-550-5.2.1-account-disabled': gmail('550', '5.2.1', [
    'The email account that you tried to reach is inactive. For more',
    'information, go to https://support.google.com/mail/?p=DisabledUser',
  ]),
  'gmail-452-4.2.2-over-quota': gmail('452', '4.2.2', [
    "The recipient's inbox is out of storage space. Please direct the",
    'recipient to https://support.google.com/mail/?p=OverQuotaTemp',
  ]),
  'gmail-552-5.2.2-over-quota-inactive': gmail('552', '5.2.2', [
    "The recipient's inbox is out of storage space and inactive. Please direct",
    'the recipient to https://support.google.com/mail/?p=OverQuotaPerm',
  ]),
  'gmail-550-5.1.1-no-such-user': said('gmail-smtp-in.l.google.com', '192.0.2.27', gmail('550', '5.1.1', [
    "The email account that you tried to reach does not exist. Please try",
    "double-checking the recipient's email address for typos or",
    'unnecessary spaces. For more information, go to',
    'https://support.google.com/mail/?p=NoSuchUser',
  ]).replace(/\n/g, ' ')),
  'gmail-553-5.1.2-no-such-domain': gmail('553', '5.1.2', [
    "We weren't able to find the recipient domain. Please check for any",
    'spelling errors, and make sure you didn\'t enter any spaces, periods,',
    'or other punctuation after the recipient\'s email address. For more',
    'information, go to https://support.google.com/mail/?p=BadRcptDomain',
  ], 'c1a2b3d4e5f6-6b7a8c9d0e1si2345678plk.3'),
  'gmail-553-5.1.3-invalid-rcpt-syntax': gmail('553', '5.1.3', [
    'The recipient address <bob@@example.net> is not a valid RFC 5321 address.',
    'For more information, go to https://support.google.com/a/answer/3221692',
  ]),
  'gmail-552-5.3.4-message-too-big': gmail('552', '5.3.4', [
    "Your message exceeded Google's message size limits. For more information,",
    'go to https://support.google.com/mail/?p=MaxSizeError',
  ]),
  'gmail-552-5.3.4-too-many-attachments': gmail('552', '5.3.4', [
    "Your message exceeds Google's limit of 500 attachments per message. For",
    'more information, go to https://support.google.com/mail/?p=MaxSizeError',
  ]),
  'gmail-552-5.3.4-header-too-big': gmail('552', '5.3.4', [
    "Your message exceeded Google's message header size limits. For more",
    'information, go to https://support.google.com/mail/?p=MaxSizeError',
  ]),
  'gmail-452-4.5.3-too-many-recipients': gmail('452', '4.5.3', [
    'Your message has too many recipients. For more information regarding',
    "Google's sending limits, go to",
    'https://support.google.com/mail/?p=TooManyRecipientsError',
  ]),
  'gmail-452-4.5.3-domain-policy-size': gmail('452', '4.5.3', [
    'Domain policy size per transaction exceeded, please try this recipient',
    'in a separate transaction. For more information, go to',
    'https://support.google.com/mail/?p=TooManyRecipientsError',
  ]),
  'gmail-550-5.5.3-too-many-recipients-sender': gmail('550', '5.5.3', [
    'Too many recipients for this sender. Please reduce the number of',
    'recipients and try again.',
  ]),
  'gmail-450-4.2.1-relay-peak-limit': said('smtp-relay.gmail.com', '192.0.2.28', gmail('450', '4.2.1', [
    'Peak SMTP relay limit exceeded for customer. This is a temporary error.',
    'For more information on SMTP relay limits, go to',
    'https://support.google.com/a/answer/6140680',
  ]).replace(/\n/g, ' ')),
  'gmail-550-5.4.5-daily-user-limit': gmail('550', '5.4.5', [
    'Daily user sending limit exceeded. For more information on Gmail',
    'sending limits go to https://support.google.com/a/answer/166852',
  ]),
  'gmail-550-5.4.5-daily-relay-limit-user': said('smtp-relay.gmail.com', '192.0.2.28', gmail('550', '5.4.5', [
    'Daily SMTP relay limit exceeded for user. For more information on SMTP',
    'relay sending limits please contact your administrator or go to',
    'https://support.google.com/a/answer/166852',
  ]).replace(/\n/g, ' '), 'MAIL FROM'),
  'gmail-550-5.7.1-daily-relay-limit-customer': said('smtp-relay.gmail.com', '192.0.2.28', gmail('550', '5.7.1', [
    'Daily SMTP relay sending limit exceeded for customer. For more',
    'information on SMTP relay sending limits please contact your',
    'administrator or go to https://support.google.com/a/answer/6140680',
  ]).replace(/\n/g, ' '), 'MAIL FROM'),
  'gmail-550-5.7.1-rate-limited': gmail('550', '5.7.1', [
    'This mail has been rate limited. For more information, go to',
    'https://support.google.com/mail/answer/188131',
  ]),
  'gmail-421-4.7.0-ip-not-in-whitelist': gmail('421', '4.7.0', [
    'IP not in whitelist for RCPT domain, closing connection. For more',
    'information, go to https://support.google.com/a/answer/60751',
  ]),
  'gmail-421-4.7.0-try-again-later-closing': gmail('421', '4.7.0', [
    'Try again later, closing connection. (EHLO) For more information, go to',
    'https://support.google.com/a/answer/3221692',
  ]),
  'gmail-421-4.7.0-connection-expired': gmail('421', '4.7.0', ['Connection expired, try reconnecting.']),
  'gmail-451-4.4.2-timeout': gmail('451', '4.4.2', ['Timeout - closing connection.']),
  'gmail-421-4.4.5-server-busy': gmail('421', '4.4.5', ['Server busy, try again later.']),
  'gmail-421-4.3.0-temporary-system-problem': gmail('421', '4.3.0', [
    'Temporary System Problem. Try again later (10). For more information,',
    'go to https://support.google.com/a/answer/3221692',
  ]),
  'gmail-451-4.3.0-temporarily-rejected': gmail('451', '4.3.0', [
    'Mail server temporarily rejected message. For more information, go to',
    'https://support.google.com/a/answer/3221692',
  ]),
  'gmail-451-4.3.0-multiple-destination-domains': gmail('451', '4.3.0', [
    'Multiple destination domains per transaction is unsupported. Please try',
    'again.',
  ]),
  'gmail-451-4.5.0-protocol-violation': gmail('451', '4.5.0', [
    'SMTP protocol violation, see RFC 2821.',
  ]),
  'gmail-5xx-5.5.1-bad-sequence': gmail('503', '5.5.1', [
    'EHLO/HELO first. For more information, go to',
    'https://support.google.com/a/answer/3221692',
  ]),
  'gmail-501-5.5.4-bad-helo': gmail('501', '5.5.4', [
    'Empty HELO/EHLO argument not allowed, closing connection. For more',
    'information, go to https://support.google.com/mail/?p=helo',
  ]),
  'gmail-554-5.4.6-mail-loop': gmail('554', '5.4.6', [
    'Message exceeded 50 hops, this may indicate a mail loop. For more',
    'information, go to https://support.google.com/mail/?p=MailLoop',
  ]),
  'gmail-554-5.6.0-malformed': gmail('554', '5.6.0', [
    'Mail message is malformed. Not accepted. For more information, go to',
    'https://support.google.com/mail/answer/6596',
  ]),
  'gmail-550-5.7.1-from-header-invalid': gmail('550', '5.7.1', [
    "Messages missing a valid address in the From: header, or having no From:",
    'header, are not accepted. For more information, go to',
    'https://support.google.com/mail/?p=RfcMessageNonCompliant',
  ]),
  'gmail-550-5.7.1-message-id-missing': gmail('550', '5.7.1', [
    "Messages missing a valid Message-ID header are not accepted. For more",
    'information, go to https://support.google.com/mail/?p=RfcMessageNonCompliant',
  ]),
  'gmail-550-5.7.1-duplicate-headers': gmail('550', '5.7.1', [
    '[203.0.113.5] This message is not RFC 5322 compliant. There are multiple',
    'Subject headers. To reduce the amount of spam sent to Gmail, this',
    'message has been blocked. For more information, go to',
    'https://support.google.com/mail/?p=RfcMessageNonCompliant',
  ]),
  'gmail-550-5.7.1-header-encoding': gmail('550', '5.7.1', [
    'Encoded-word syntax is not permitted in message header Message-ID. For',
    'more information, go to https://support.google.com/mail/?p=RfcMessageNonCompliant',
  ]),
  'gmail-421-4.7.0-low-reputation-ip': gmail('421', '4.7.0', [
    '[203.0.113.5 15] Our system has detected that this message is',
    'suspicious due to the very low reputation of the sending IP address.',
    'To protect our users from spam, mail sent from your IP address has',
    'been temporarily rate limited. For more information, go to',
    'https://support.google.com/mail/answer/188131',
  ]),
  'gmail-421-4.7.0-low-reputation-domain': gmail('421', '4.7.0', [
    'Our system has detected that this message is suspicious due to the',
    'very low reputation of the sending domain. To best protect our users',
    'from spam, the message has been blocked. For more information, go to',
    'https://support.google.com/mail/answer/188131',
  ]),
  'gmail-550-5.7.1-low-reputation-ip': gmail('550', '5.7.1', [
    '[203.0.113.5] Our system has detected that this message is likely',
    'suspicious due to the very low reputation of the sending IP address. To',
    'best protect our users from spam, the message has been blocked. For',
    'more information, go to https://support.google.com/mail/answer/188131',
  ]),
  'gmail-550-5.7.1-low-reputation-domain': gmail('550', '5.7.1', [
    'Our system has detected that this message is likely suspicious due to',
    'the very low reputation of the sending domain. To best protect our',
    'users from spam, the message has been blocked. For more information,',
    'go to https://support.google.com/mail/answer/188131',
  ]),
  'gmail-421-4.7.0-suspicious-content': gmail('421', '4.7.0', [
    'This message is suspicious due to the nature of the content or the links',
    'within. To best protect our users from spam, the message has been',
    'blocked. For more information, go to',
    'https://support.google.com/mail/answer/188131',
  ]),
  'gmail-550-5.7.1-likely-unsolicited': gmail('550', '5.7.1', [
    '[203.0.113.5 12] Our system has detected that this message is likely',
    'unsolicited mail. To reduce the amount of spam sent to Gmail, this',
    'message has been blocked. For more information, go to',
    'https://support.google.com/mail/?p=UnsolicitedMessageError',
  ]),
  'gmail-421-4.7.0-unusual-rate-legacy': gmail('421', '4.7.0', [
    '[203.0.113.5 15] Our system has detected an unusual rate of',
    'unsolicited mail originating from your IP address. To protect our',
    'users from spam, mail sent from your IP address has been temporarily',
    'rate limited. For more information, go to',
    'https://support.google.com/mail/?p=UnsolicitedRateLimitError',
  ]),
  'gmail-421-4.7.28-unsolicited-rate-ip': gmail('421', '4.7.28', [
    '[203.0.113.5 15] Our system has detected an unusual rate of',
    'unsolicited mail originating from your IP address. To protect our',
    'users from spam, mail sent from your IP address has been temporarily',
    'rate limited. For more information, go to',
    'https://support.google.com/mail/?p=UnsolicitedRateLimitError',
  ]),
  'gmail-421-4.7.28-unusual-rate-ip': gmail('421', '4.7.28', [
    '[203.0.113.5 15] Gmail has detected an unusual rate of email',
    'originating from your IP Netblock. To protect our users from spam,',
    'mail sent from your IP Netblock has been temporarily rate limited.',
    'For more information, go to https://support.google.com/mail/answer/81126',
  ]),
  'gmail-421-4.7.28-unusual-rate-domain': gmail('421', '4.7.28', [
    'Gmail has detected an unusual rate of unsolicited mail originating',
    'from your DKIM domain [example.com]. To protect our users from spam,',
    'mail sent from your domain has been temporarily rate limited. For',
    'more information, go to https://support.google.com/mail/answer/81126',
  ]),
  'gmail-421-4.7.28-unusual-rate-url': gmail('421', '4.7.28', [
    'Gmail has detected an unusual rate of mail containing one of your URL',
    'domains. To protect our users from spam, mail containing your URL',
    'domain has been temporarily rate limited. For more information, go to',
    'https://support.google.com/mail/answer/81126',
  ]),
  'gmail-421-4.7.28-duplicate-message-id': gmail('421', '4.7.28', [
    'Gmail has detected an unusual rate of messages with the same Message-ID',
    'header. To protect our users, these messages have been temporarily',
    'rate limited. For more information, go to',
    'https://support.google.com/mail/answer/81126',
  ]),
  'gmail-550-5.7.28-unusual-rate-blocked': gmail('550', '5.7.28', [
    '[203.0.113.5] Gmail has detected an unusual rate of unsolicited email',
    'originating from your IP address. To protect our users from spam, mail',
    'sent from your IP address has been blocked. For more information, go to',
    'https://support.google.com/mail/answer/81126',
  ]),
  'gmail-550-5.7.1-ip-not-authorized-direct': gmail('550', '5.7.1', [
    '[203.0.113.5] The IP you\'re using to send mail is not authorized to',
    'send email directly to our servers. Please use the SMTP relay at your',
    'service provider instead. For more information, go to',
    'https://support.google.com/mail/?p=NotAuthorizedError',
  ]),
  'gmail-421-4.7.0-no-ptr': gmail('421', '4.7.0', [
    '[203.0.113.5] The IP address sending this message does not have a PTR',
    'record, or the corresponding forward DNS entry does not point to the',
    'sending IP. To protect our users from spam, mail sent from your IP',
    'address has been temporarily rate limited. For more information, go to',
    'https://support.google.com/mail/answer/81126#ip-practices',
  ]),
  'gmail-451-4.7.23-no-ptr': gmail('451', '4.7.23', [
    "The sending IP address for this message doesn't have a PTR record, or",
    "the PTR record's forward DNS entry doesn't match the sending IP address.",
    'To protect users from spam, your email has been temporarily rate limited.',
    'For more information, go to https://support.google.com/mail/answer/81126',
  ]),
  'gmail-550-5.7.25-no-ptr': gmail('550', '5.7.25', [
    '[203.0.113.5] The IP address sending this message does not have a PTR',
    'record setup, or the corresponding forward DNS entry does not match the',
    'IP address of the hostname. As a policy, Gmail does not accept messages',
    'from IPs with missing PTR records. For more information, go to',
    'https://support.google.com/mail/answer/81126#ip-practices',
  ]),
  'gmail-550-5.7.1-ipv6-ptr-auth': gmail('550', '5.7.1', [
    '[2001:db8::25] Our system has detected that this message does not meet',
    'IPv6 sending guidelines regarding PTR records and authentication. For',
    'more information, go to https://support.google.com/mail/?p=IPv6AuthError',
  ]),
  'gmail-550-5.7.26-unauthenticated': said('gmail-smtp-in.l.google.com', '192.0.2.27', gmail('550', '5.7.26', [
    'This mail has been blocked because the sender is unauthenticated. Gmail',
    'requires all senders to authenticate with either SPF or DKIM.',
    '',
    ' Authentication results:',
    ' DKIM = did not pass',
    ' SPF [example.com] with ip: [203.0.113.5] = did not pass',
    '',
    ' For instructions on setting up authentication, go to',
    'https://support.google.com/mail/answer/81126#authentication',
  ]), 'end of DATA'),
  'gmail-421-4.7.26-unauthenticated': gmail('421', '4.7.26', [
    'This mail has been rate limited because it is unauthenticated. Gmail',
    'requires all senders to authenticate with either SPF or DKIM.',
    '',
    ' Authentication results:',
    ' DKIM = did not pass',
    ' SPF [example.com] with ip: [203.0.113.5] = did not pass',
    '',
    ' For instructions on setting up authentication, go to',
    'https://support.google.com/mail/answer/81126#authentication',
  ]),
  'gmail-550-5.7.26-spf-hardfail': gmail('550', '5.7.26', [
    'The MAIL FROM domain [example.com] has an SPF record with a hard fail',
    'policy (-all) but it fails to pass SPF checks with the ip:',
    '[203.0.113.5]. To best protect our users from spam and phishing, the',
    'message has been blocked. For more information, go to',
    'https://support.google.com/mail/answer/81126#authentication',
  ]),
  'gmail-550-5.7.26-dmarc-reject': gmail('550', '5.7.26', [
    'Unauthenticated email from example.com is not accepted due to domain\'s',
    'DMARC policy. Please contact the administrator of example.com domain if',
    'this was a legitimate mail. To learn about the DMARC initiative, go to',
    'https://support.google.com/mail/?p=DmarcRejection',
  ]),
  'gmail-451-4.7.26-dmarc-dns-temp': gmail('451', '4.7.26', [
    'Unauthenticated email from example.com is not accepted due to domain\'s',
    'DMARC policy, but temporary DNS failures prevent authentication. Please',
    'contact the administrator of example.com domain if this was a legitimate',
    'mail. To learn about the DMARC initiative, go to',
    'https://support.google.com/mail/?p=DmarcRejection',
  ]),
  'gmail-4xx-5xx-7.24-spf-suspicious': gmail('550', '5.7.24', [
    'The SPF record of the sending domain has one or more suspicious entries.',
    'To protect our users from spam, the message has been blocked. For more',
    'information, go to https://support.google.com/mail/answer/81126',
  ]),
  'gmail-421-4.7.27-spf-bulk': gmail('421', '4.7.27', [
    "Your email has been rate limited because SPF authentication didn't pass",
    'for this message. Gmail requires all bulk email senders to authenticate',
    'their email with SPF. Authentication results: SPF [example.com] with',
    'ip: [203.0.113.5] = did not pass. For more information, go to',
    'https://support.google.com/mail/answer/81126#authentication',
  ]),
  'gmail-550-5.7.27-spf-bulk': gmail('550', '5.7.27', [
    "Your email has been blocked because it didn't pass SPF authentication.",
    'SPF [example.com] with ip: [203.0.113.5] = did not pass. For more',
    'information, go to https://support.google.com/mail/answer/81126#authentication',
  ]),
  'gmail-421-4.7.30-dkim-bulk': gmail('421', '4.7.30', [
    "Your email has been rate limited because DKIM authentication didn't pass",
    'for this message. Gmail requires all bulk email senders to authenticate',
    'their email with DKIM. Authentication results: DKIM = did not pass.',
    'For more information, go to https://support.google.com/mail/answer/81126#authentication',
  ]),
  'gmail-550-5.7.30-dkim-bulk': gmail('550', '5.7.30', [
    "Your email has been blocked because it didn't pass DKIM authentication.",
    'DKIM = did not pass. For more information, go to',
    'https://support.google.com/mail/answer/81126#authentication',
  ]),
  'gmail-421-4.7.40-no-dmarc': gmail('421', '4.7.40', [
    "Your email has been rate limited because your sending domain doesn't",
    "have a DMARC record. Gmail requires bulk senders to publish DMARC. For",
    'more information, go to https://support.google.com/mail/answer/81126#authentication',
  ]),
  'gmail-550-5.7.40-no-dmarc': gmail('550', '5.7.40', [
    "Your email has been blocked because the sending domain doesn't have a DMARC",
    'record or the DMARC record does not specify a policy. For more information,',
    'go to https://support.google.com/mail/answer/81126#authentication',
  ]),
  'gmail-421-4.7.32-dmarc-alignment': gmail('421', '4.7.32', [
    'Your email has been rate limited because the From: header (RFC5322) in',
    "this message isn't aligned with either the authenticated SPF or DKIM",
    'organizational domain. For more information, go to',
    'https://support.google.com/mail/answer/81126#authentication',
  ]),
  'gmail-5.7.32-dmarc-alignment-blocked': gmail('550', '5.7.32', [
    'Your email was blocked because the From: header (RFC5322) in this',
    "message isn't aligned with either the authenticated SPF or DKIM",
    'organizational domain. For more information, go to',
    'https://support.google.com/mail/answer/81126#authentication',
  ]),
  'gmail-421-4.7.0-tls-required-rcpt-domain': gmail('421', '4.7.0', [
    'TLS required for RCPT domain, closing connection. For more information,',
    'go to https://support.google.com/mail/answer/6330403',
  ]),
  'gmail-421-4.7.29-tls-bulk': gmail('421', '4.7.29', [
    "Your email has been rate limited because you're not using a TLS",
    'connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP',
    'connections. For more information, go to',
    'https://support.google.com/mail/answer/81126#authentication',
  ]),
  'gmail-550-5.7.29-tls-bulk': gmail('550', '5.7.29', [
    "Your email has been blocked because it wasn't sent over a TLS connection.",
    'For more information, go to https://support.google.com/mail/answer/81126',
  ]),
  'gmail-530-5.7.0-starttls-first': gmail('530', '5.7.0', [
    'Must issue a STARTTLS command first. For more information, go to',
    'https://support.google.com/a/answer/3221692',
  ]),
  'gmail-523-5.7.10-pipelining-after-starttls': gmail('523', '5.7.10', [
    'SMTP protocol violation, no commands allowed to pipeline after STARTTLS.',
  ]),
  'gmail-530-5.7.0-authentication-required': said('smtp.gmail.com', '192.0.2.29', gmail('530', '5.7.0', [
    'Authentication Required. For more information, go to',
    'https://support.google.com/mail/?p=WantAuthError',
  ]).replace(/\n/g, ' '), 'MAIL FROM'),
  'gmail-535-5.7.8-bad-credentials': gmail('535', '5.7.8', [
    'Username and Password not accepted. For more information, go to',
    'https://support.google.com/mail/?p=BadCredentials',
  ]),
  'gmail-534-5.7.9-app-password-required': gmail('534', '5.7.9', [
    'Application-specific password required. For more information, go to',
    'https://support.google.com/mail/?p=InvalidSecondFactor',
  ]),
  'gmail-454-4.7.0-too-many-logins': gmail('454', '4.7.0', [
    'Too many login attempts, please try again later. For more information,',
    'go to https://support.google.com/mail/answer/7126229',
  ]),
  'gmail-504-5.7.4-auth-type': gmail('504', '5.7.40', ['XOAUTH is no longer supported.']),
  'gmail-550-5.7.0-relay-denied': said('smtp-relay.gmail.com', '192.0.2.28', gmail('550', '5.7.0', [
    'Mail relay denied [203.0.113.5]. Invalid credentials for relay for one',
    'of the domains in: example.com (as obtained from HELO and MAIL FROM).',
    'Email is being sent from a domain or IP address which isn\'t registered',
    'in your Workspace account. Please login to your Workspace account and',
    'verify that your sending device IP address has been registered within',
    'the Workspace SMTP Relay Settings. For more information, go to',
    'https://support.google.com/a/answer/6140680#maildenied',
  ]).replace(/\n/g, ' '), 'MAIL FROM'),
  'gmail-550-5.7.1-invalid-relay-credentials': said('smtp-relay.gmail.com', '192.0.2.28', gmail('550', '5.7.1', [
    'Invalid credentials for relay [203.0.113.5]. The IP address you\'ve',
    'registered in your Workspace SMTP Relay service doesn\'t match the domain',
    'of the account this email is being sent from. For more information, go to',
    'https://support.google.com/a/answer/6140680',
  ]).replace(/\n/g, ' '), 'MAIL FROM'),
  'gmail-550-5.7.0-sending-denied': said('smtp-relay.gmail.com', '192.0.2.28', gmail('550', '5.7.0', [
    'Mail Sending denied. This error occurs if the sender account is disabled',
    'or not registered within your Google Workspace domain.',
  ]).replace(/\n/g, ' '), 'MAIL FROM'),
  'gmail-550-5.7.1-admin-policy': gmail('550', '5.7.1', [
    'The user or domain that you are sending to (or from) has a policy that',
    'prohibited the mail that you sent. Please contact your domain',
    'administrator for further details. For more information, go to',
    'https://support.google.com/a/answer/172179',
  ], '- gcdp d2e1a72fcca58-7a3b1c2d4e5si1234567b3a.210'),
  'gmail-552-5.7.0-blocked-content': gmail('552', '5.7.0', [
    'This message was blocked because its content presents a potential',
    'security issue. To review our message content and attachment content',
    'guidelines, go to https://support.google.com/mail/?p=BlockedMessage',
  ]),

  // ---------------------------------------------------------------- GMX / WEB.DE (1&1 / IONOS)
  'gmx-554-ip-block-listed': said(GMX, '198.51.100.110', [
    '554-gmx.net (mxgmx017) Nemesis ESMTP Service not available',
    '554-No SMTP service',
    '554-IP address is block listed.',
    '554 For explanation visit https://postmaster.gmx.net/en/case?c=r0301&i=ip&v=203.0.113.5&r=1MmDEw-1abCdE2fGh',
  ].join(' '), 'EHLO'),
  'gmx-554-nemesis-service-not-available': said('mx-ha.web.de', '198.51.100.111', [
    '554-web.de (mxweb112) Nemesis ESMTP Service not available',
    '554-No SMTP service',
    '554-Bad DNS PTR resource record.',
    '554 For explanation visit https://postmaster.gmx.net/en/case?c=r0601&i=ip&v=203.0.113.5&r=1N0xyz-1aBcD3eFg',
  ].join(' '), 'EHLO'),
  'gmx-550-reject-spf-policy': said(GMX, '198.51.100.110', [
    '550-Requested action not taken: mailbox unavailable',
    '550-Reject due to SPF policy',
    '550 For explanation visit https://postmaster.gmx.net/en/case?c=hi&i=ip&v=203.0.113.5&r=1MWAbc-1xYz',
  ].join(' '), 'end of DATA'),
  'gmx-550-reject-policy-restrictions': said(GMX, '198.51.100.110', [
    '550-Requested action not taken: mailbox unavailable',
    '550-Reject due to policy restrictions.',
    '550 For explanation visit https://postmaster.gmx.net/en/case?c=hi&i=ip&v=203.0.113.5&r=1MWAbc-1xYz',
  ].join(' '), 'end of DATA'),

  // ---------------------------------------------------------------- Mail.ru
  'mailru-550-invalid-mailbox': said('mxs.mail.ru', '198.51.100.120',
    '550 Message was not accepted -- invalid mailbox.  Local mailbox bob@mail.ru is unavailable: user not found'),
  'mailru-550-spam-message-rejected': said('mxs.mail.ru', '198.51.100.120',
    '550 spam message rejected. Please visit https://help.mail.ru/notspam-support/id?c=AbCdEf123 or report details to abuse@corp.mail.ru. Error code: 1A2B3C4D.', 'end of DATA'),
  'mailru-550-sending-disabled': said('mxs.mail.ru', '198.51.100.120',
    '550 Message sending for this account is disabled', 'MAIL FROM'),
  'mailru-550-5.7.1-dmarc': said('mxs.mail.ru', '198.51.100.120',
    '550 5.7.1 Message was not accepted due to domain owner DMARC policy', 'end of DATA'),

  // ---------------------------------------------------------------- Microsoft 365 / Exchange Online / Outlook.com
  'microsoft-550-5.1.10-recipient-not-found': MSFT_NDR(
    '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'),
  'microsoft-550-5.1.1-recipnotfound': MSFT_NDR('550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'),
  'microsoft-550-5.5.0-mailbox-unavailable-consumer': said('outlook-com.olc.protection.outlook.com', '198.51.100.130',
    `550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). ${EOP}`),
  'microsoft-550-5.4.1-dbeb-access-denied': said('example-com.mail.protection.outlook.com', '198.51.100.131',
    `550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [SN1NAM02FT0123.eop-nam02.prod.protection.outlook.com 2026-11-20T09:14:03.512Z 08DE1A2B3C4D5E6F]`),
  'microsoft-550-5.1.351-remote-unknown': MSFT_NDR('550 5.1.351 Remote server returned unknown recipient'),
  'microsoft-550-5.7.504-5.7.505-banned-recipient': said('example-com.mail.protection.outlook.com', '198.51.100.131',
    `550 5.7.505 Access denied, banned recipient. ${EOP}`),
  'microsoft-5.2.2-mailbox-full': MSFT_NDR(
    '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'),
  'microsoft-432-4.3.2-recipient-thread-limit':
    `432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded ${EOP_EU}`,
  'microsoft-5.2.121-5.2.122-receive-limit': MSFT_NDR(
    "554 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour. For more information go to https://go.microsoft.com/fwlink/?LinkId=526653"),
  'microsoft-550-5.1.8-bad-outbound-sender': MSFT_NDR(
    '550 5.1.8 Access denied, bad outbound sender. AS(42004)'),
  'microsoft-550-5.1.90-daily-recipient-limit': MSFT_NDR(
    "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients."),
  'microsoft-5.2.2-submission-quota': MSFT_NDR('554 5.2.2 Submission quota exceeded. Please try again later.'),
  'microsoft-550-5.7.501-503-spam-abuse': MSFT_NDR(
    '550 5.7.501 Access denied, spam abuse detected. To be able to send mail, your account must be unblocked.'),
  'microsoft-550-5.7.511-banned-sender': said('example-com.mail.protection.outlook.com', '198.51.100.131',
    `550 5.7.511 Access denied, banned sender[203.0.113.5]. To request removal from this list, forward this message to delist@microsoft.com. For more information please go to https://go.microsoft.com/fwlink/?LinkId=526653. AS(1110) ${EOP}`, 'MAIL FROM'),
  'microsoft-550-5.7.606-649-banned-ip': said('example-com.mail.protection.outlook.com', '198.51.100.131',
    `550 5.7.606 Access denied, banned sending IP [203.0.113.5]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to https://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) ${EOP}`, 'MAIL FROM'),
  'microsoft-550-5.7.705-tenant-threshold': MSFT_NDR(
    '550 5.7.705 Access denied, tenant has exceeded threshold. For more information please go to https://go.microsoft.com/fwlink/?LinkId=526653'),
  'microsoft-550-5.7.708-ip-not-accepted': MSFT_NDR(
    '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to https://go.microsoft.com/fwlink/?LinkId=526653 AS(7230)'),
  'microsoft-550-5.7.750-unregistered-domains': MSFT_NDR(
    '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains. For more information please go to https://go.microsoft.com/fwlink/?LinkId=526653'),
  'microsoft-550-5.7.520-external-forwarding': MSFT_NDR(
    '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)'),
  'microsoft-550-5.7.1-s3150-blocklist': said('hotmail-com.olc.protection.outlook.com', '198.51.100.132',
    `550 5.7.1 Unfortunately, messages from [198.51.100.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. ${PFA} ${EOP}`, 'MAIL FROM'),
  'microsoft-550-5.7.1-s3140-blocklist': said('outlook-com.olc.protection.outlook.com', '198.51.100.130',
    `550 5.7.1 Unfortunately, messages from [198.51.100.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. ${PFA} ${EOP}`, 'MAIL FROM'),
  'microsoft-550-sc-001-blocklist': said('mx1.hotmail.com', '198.51.100.133',
    '550 SC-001 (COL004-MC1F43) Unfortunately, messages from 198.51.100.7 weren\'t sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.', 'MAIL FROM'),
  'microsoft-451-4.7.650-s775-ip-reputation': said('outlook-com.olc.protection.outlook.com', '198.51.100.130',
    `451 4.7.650 The mail server [198.51.100.7] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) ${PFA} ${EOP}`, 'MAIL FROM'),
  'microsoft-451-4.7.500-server-busy': said('outlook-com.olc.protection.outlook.com', '198.51.100.130',
    `451 4.7.500 Server busy. Please try again later from [198.51.100.7]. (S77714) ${PFA} ${EOP}`, 'MAIL FROM'),
  'microsoft-451-4.7.500-699-try-later': said('example-com.mail.protection.outlook.com', '198.51.100.131',
    `451 4.7.500 Access denied, please try again later. For more information please go to https://go.microsoft.com/fwlink/?LinkId=526653. AS(843) ${EOP}`, 'MAIL FROM'),
  'microsoft-451-4.7.700-pfa-busy': said('outlook-com.olc.protection.outlook.com', '198.51.100.130',
    `451 4.7.700 PFA agent busy, please try again. ${EOP}`, 'MAIL FROM'),
  'microsoft-550-5.7.1-delivery-not-authorized': MSFT_NDR(
    '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized'),
  'microsoft-550-5.7.12-not-authenticated-org': MSFT_NDR(
    '550 5.7.12 RESOLVER.RST.SenderNotAuthenticatedForOrg; Sender was not authenticated by organization'),
  'microsoft-550-5.7.124-not-allowed-sender': MSFT_NDR(
    '550 5.7.124 RESOLVER.RST.RestrictedToRecipientsPermission; Sender not in allowed-senders list'),
  'microsoft-550-5.7.1-rst-auth-required': MSFT_NDR(
    '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]'),
  'microsoft-550-5.7.133-136-not-authenticated': MSFT_NDR(
    '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; Sender not authenticated for group'),
  'microsoft-550-5.7.507-rejected-by-recipient': said('example-com.mail.protection.outlook.com', '198.51.100.131',
    `550 5.7.507 Access denied, rejected by recipient. ${EOP}`),
  'microsoft-550-5.7.513-customer-block-list': said('example-com.mail.protection.outlook.com', '198.51.100.131',
    `550 5.7.513 Service unavailable, Client host [203.0.113.5] blocked using Customer Block list. AS(16012607) ${EOP}`, 'MAIL FROM'),
  'microsoft-550-5.7.509-dmarc-reject': said('example-com.mail.protection.outlook.com', '198.51.100.131',
    `550 5.7.509 Access denied, sending domain example.org does not pass DMARC verification and has a DMARC policy of reject. ${EOP}`, 'end of DATA'),
  'microsoft-550-5.7.515-auth-level': said('outlook-com.olc.protection.outlook.com', '198.51.100.130',
    `550 5.7.515 Access denied, sending domain [example.org] does not meet the required authentication level. ${EOP}`, 'end of DATA'),
  'microsoft-550-5.7.23-spf-violation': MSFT_NDR(
    '550 5.7.23 The message was rejected because of Sender Policy Framework violation'),
  'microsoft-550-5.7.25-ipv6-no-ptr': said('example-com.mail.protection.outlook.com', '2001:db8::1',
    `550 5.7.25 [2001:db8::25] The sending IP address must have a reverse DNS record. ${EOP}`, 'MAIL FROM'),
  'microsoft-4.7.26-ipv6-unauthenticated': said('example-com.mail.protection.outlook.com', '2001:db8::1',
    `450 4.7.26 Service unavailable, message sent over IPv6 [2001:db8::25] must pass either SPF or DKIM validation. ${EOP}`, 'end of DATA'),
  'microsoft-550-5.7.510-no-ipv6': said('example-com.mail.protection.outlook.com', '2001:db8::1',
    `550 5.7.510 Access denied, example.com does not accept email over IPv6 [2001:db8::25]. ${EOP}`, 'MAIL FROM'),
  'microsoft-550-5.7.508-ipv6-range-limit': said('example-com.mail.protection.outlook.com', '2001:db8::1',
    `550 5.7.508 Access denied, [2001:db8::25] has exceeded permitted limits within 2001:db8::/48 range. ${EOP}`, 'MAIL FROM'),
  'microsoft-550-5.7.506-bad-helo': said('example-com.mail.protection.outlook.com', '198.51.100.131',
    `550 5.7.506 Access denied, Bad HELO. For more information please go to https://go.microsoft.com/fwlink/?LinkId=526653 ${EOP}`, 'EHLO'),
  'microsoft-550-5.7.512-from-not-rfc5322': said('example-com.mail.protection.outlook.com', '198.51.100.131',
    `550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant and include a valid From address. ${EOP}`, 'end of DATA'),
  'microsoft-550-5.7.64-tenantattribution': said('example-com.mail.protection.outlook.com', '198.51.100.131',
    `550 5.7.64 TenantAttribution; Relay Access Denied ${EOP}`),
  'microsoft-5.7.57-anonymous-submission': said('smtp.office365.com', '198.51.100.134',
    `530 5.7.57 Client not authenticated to send mail. Error: Client was not authenticated to send anonymous mail during MAIL FROM ${EOP_EU}`, 'MAIL FROM'),
  'microsoft-535-5.7.139-smtp-auth-blocked': said('smtp.office365.com', '198.51.100.134',
    `535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. ${EOP_EU}`, 'AUTH'),
  'microsoft-535-5.7.3-authentication-unsuccessful': said('smtp.office365.com', '198.51.100.134',
    `535 5.7.3 Authentication unsuccessful [MW4PR03CA0123.namprd03.prod.outlook.com 2026-11-20T09:14:03.512Z 08DE1A2B3C4D5E6F]`, 'AUTH'),
  'microsoft-550-5.7.1-client-not-authenticated': said('exch01.corp.example.com', '192.0.2.30',
    '550 5.7.1 Client was not authenticated', 'MAIL FROM'),
  'microsoft-550-5.7.1-unable-to-relay': said('exch01.corp.example.com', '192.0.2.30',
    '550 5.7.1 Unable to relay for carol@example.org'),
  'microsoft-4.4.7-queue-expired': MSFT_NDR('550 4.4.7 QUEUE.Expired; message expired'),
  'microsoft-550-5.4.300-message-expired': MSFT_NDR('550 5.4.300 Message expired'),
  'microsoft-4.4.316-connection-refused':
    '451 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mx.example.net] [LastAttemptedIP=192.0.2.25:25] [SN6PR04MB4016.namprd04.prod.outlook.com]',
  'microsoft-4.4.318-suspicious-remote':
    '451 4.4.318 Connection was closed abruptly. (SuspiciousRemoteServerError) [LastAttemptedServerName=mx.example.net] [LastAttemptedIP=192.0.2.25:25] [SN6PR04MB4016.namprd04.prod.outlook.com]',
  'microsoft-5.4.312-dns-query-failed': MSFT_NDR(
    '550 5.4.312 Message expired, DNS query failed [Message=ServerFailure (DNS server returned ServerFailure)] [LastAttemptedServerName=example.net]'),
  'microsoft-5.4.4-nonexistent-domain': MSFT_NDR('550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain'),
  'microsoft-5.4.6-5.4.14-routing-loop': MSFT_NDR('554 5.4.14 Hop count exceeded - possible mail loop ATTR34'),
  'microsoft-5.2.3-recip-size-limit': MSFT_NDR(
    '550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient'),
  'microsoft-5.6.11-bare-linefeeds': MSFT_NDR(
    '550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA and receiving system does not support BDAT'),
  'microsoft-4.5.3-too-many-recipients': MSFT_NDR('452 4.5.3 Too many recipients'),
  'microsoft-5.7.321-325-dane-tls': MSFT_NDR(
    '550 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.'),
  'microsoft-5.0.350-generic': MSFT_NDR(
    '550 5.0.350 Remote server returned an error -> 550 x-dg-ref header is too long'),

  // ---------------------------------------------------------------- Mimecast
  'mimecast-421-sender-address-blocked': said('us-smtp-inbound-1.mimecast.com', '198.51.100.140',
    '421 Sender address blocked - https://community.mimecast.com/docs/DOC-1369#421 [AbCdEfGhIj1234567890.us123]', 'MAIL FROM'),
  'mimecast-421-unable-to-process': said('us-smtp-inbound-1.mimecast.com', '198.51.100.140',
    '421 Unable to process connection at this time - https://community.mimecast.com/docs/DOC-1369#421 [AbCdEfGhIj1234567890.us123]', 'EHLO'),
  'mimecast-451-internal-resource': said('eu-smtp-inbound-2.mimecast.com', '198.51.100.141',
    '451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [KlMnOpQr0987654321.eu456]'),
  'mimecast-550-poor-reputation-sender': said('us-smtp-inbound-2.mimecast.com', '198.51.100.142',
    '550 csi.mimecast.org Poor Reputation Sender. - https://community.mimecast.com/docs/DOC-1369#550 [StUvWxYz1122334455.us789]', 'MAIL FROM'),
  'mimecast-550-anti-spoofing': said('eu-smtp-inbound-1.mimecast.com', '198.51.100.143',
    '550 Rejected by header based Anti-Spoofing policy: alice@example.com - https://community.mimecast.com/docs/DOC-1369#550 [AaBbCcDd5566778899.eu111]', 'end of DATA'),
  'mimecast-554-security-policies': said('za-smtp-inbound-1.mimecast.co.za', '198.51.100.144',
    '554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554 [EeFfGgHh9988776655.za222]', 'end of DATA'),
  'mimecast-550-envelope-blocked': said('us-smtp-inbound-1.mimecast.com', '198.51.100.140',
    '550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550 [IiJjKkLl4433221100.us333]'),
  'mimecast-550-envelope-blocked-user-entry': said('eu-smtp-inbound-2.mimecast.com', '198.51.100.141',
    '550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [MmNnOoPp1029384756.eu444]', 'MAIL FROM'),

  // ---------------------------------------------------------------- Orange
  'orange-421-ofr-999': said('smtp-in.orange.fr', '198.51.100.150',
    '421 mwinf5c40 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]', 'EHLO'),
  'orange-421-ofr004-104': said('smtp-in.orange.fr', '198.51.100.150',
    '421 mwinf5c18 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR004_104 [104]', 'EHLO'),

  // ---------------------------------------------------------------- Postfix
  'postfix-550-5.1.1-unknown-local-recipient': said('mx.example.net', '192.0.2.25',
    '550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in local recipient table'),
  'postfix-550-5.1.1-unknown-virtual-mailbox': said('mx.example.net', '192.0.2.25',
    '550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table'),
  'postfix-554-5.7.1-relay-access-denied': said('mail.example.org', '198.51.100.20',
    '554 5.7.1 <carol@example.org>: Relay access denied'),
  'postfix-450-4.7.1-cannot-find-your-hostname': said('mx.example.net', '192.0.2.25',
    '450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.9]'),
  'postfix-504-5.5.2-helo-not-fqdn': said('mx.example.net', '192.0.2.25',
    '504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname'),
  // How the sending Postfix reports a refusal at the greeting.
  'postfix-521-5.3.2-postscreen-drop': 'host mx.example.net[192.0.2.25] refused to talk to me: 521 5.3.2 Service currently unavailable',
  'postfix-550-5.1.8-sender-domain-not-found': said('mx.example.net', '192.0.2.25',
    '550 5.1.8 <alice@nowhere.example>: Sender address rejected: Domain not found'),
  'postfix-450-4.2.0-postgrey-greylisted': said('mx.example.net', '192.0.2.25',
    '450 4.2.0 <bob@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html'),
  'postfix-503-5.5.0-improper-pipelining': said('mx.example.net', '192.0.2.25',
    '503 5.5.0 <bob@example.net>: Recipient address rejected: Improper use of SMTP command pipelining'),
  'postfix-552-5.3.4-message-size-exceeds-limit': said('mx.example.net', '192.0.2.25',
    '552 5.3.4 Message size exceeds fixed limit', 'end of DATA'),
  'postfix-421-4.7.0-too-many-connections': said('mx.example.net', '192.0.2.25',
    '421 4.7.0 mx.example.net Error: too many connections from 203.0.113.9', 'EHLO'),
  'postfix-delivery-temporarily-suspended':
    'Nov 20 09:14:03 relay1 postfix/smtp[21874]: 4BZ1xY0abcz9sWd: to=<bob@example.net>, relay=none, delay=301, delays=300/0.01/0/0, dsn=4.4.1, status=deferred (delivery temporarily suspended: connect to mx.example.net[192.0.2.25]:25: Connection timed out)',
  'postfix-5.4.6-loops-back-to-myself':
    'Nov 20 09:15:11 relay1 postfix/smtp[21880]: 4BZ1xZ2bcdz9sWf: to=<ops@example.net>, relay=none, delay=0.2, delays=0.01/0/0.2/0, dsn=5.4.6, status=bounced (mail for example.net loops back to myself)',
  'postfix-host-not-found-name-service-error':
    'Nov 20 09:14:03 relay1 postfix/smtp[21875]: 4BZ1xY0abcz9sWe: to=<bob@example.net>, relay=none, delay=0.4, delays=0.01/0/0.38/0, dsn=4.4.3, status=deferred (Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again)',

  // ---------------------------------------------------------------- Proofpoint
  'proofpoint-pdr-blocked-ipcheck': said('mx0a-001b2d01.pphosted.com', '198.51.100.160',
    '550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=203.0.113.5', 'MAIL FROM'),
  'proofpoint-pdr-client-blocked': said('mx0b-001b2d01.pphosted.com', '198.51.100.161',
    '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using Proofpoint Dynamic Reputation', 'MAIL FROM'),

  // ---------------------------------------------------------------- qmail
  'qmail-5.1.1-no-mailbox-here':
    "Hi. This is the qmail-send program at mail.example.net.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<bob@example.net>:\nSorry, no mailbox here by that name. (#5.1.1)",
  'qmail-4.4.1-no-smtp-connection':
    "<bob@example.net>:\n192.0.2.25 failed after I sent the message.\nSorry, I wasn't able to establish an SMTP connection. (#4.4.1)",
  'qmail-queue-too-long':
    "<bob@example.net>:\nSorry, I wasn't able to establish an SMTP connection. (#4.4.1)\nI'm not going to try again; this message has been in the queue too long.",
  'qmail-5.4.6-looping-delivered-to':
    '<bob@example.net>:\nThis message is looping: it already has my Delivered-To line. (#5.4.6)',
  'qmail-5.1.2-no-host-named':
    "<bob@nohost.example>:\nSorry, I couldn't find any host named nohost.example. (#5.1.2)",
  'qmail-5.4.4-no-mail-exchanger':
    "<bob@example.net>:\nSorry, I couldn't find a mail exchanger or IP address. (#5.4.4)",
  'qmail-553-5.7.1-not-in-rcpthosts':
    "<carol@example.org>:\n192.0.2.31 does not like recipient.\nRemote host said: 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\nGiving up on 192.0.2.31.",

  // ---------------------------------------------------------------- QQ Mail
  'qq-550-ip-frequency-limited': said('mx3.qq.com', '198.51.100.170',
    '550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722', 'MAIL FROM'),
  'qq-550-connection-frequency-limited': said('mx3.qq.com', '198.51.100.170',
    '550 Connection frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726', 'EHLO'),
  'qq-550-domain-frequency-limited': said('mx2.qq.com', '198.51.100.171',
    '550 Domain frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725', 'MAIL FROM'),
  'qq-550-sender-frequency-limited': said('mx2.qq.com', '198.51.100.171',
    '550 Sender frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000724', 'MAIL FROM'),
  'qq-550-mailbox-unavailable-or-access-denied': said('mx1.qq.com', '198.51.100.172',
    '550 Mailbox unavailable or access denied [MMtJb/ZfEKw1aBcDeFgH= IP: 203.0.113.5]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000730'),
  'qq-550-mailbox-not-found': said('mxbiz1.qq.com', '198.51.100.173',
    '550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728'),
  'qq-550-mail-content-denied': said('mx3.qq.com', '198.51.100.170',
    '550 Mail content denied. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726', 'end of DATA'),

  // ---------------------------------------------------------------- Sendmail
  'sendmail-550-5.1.1-user-unknown':
    '   ----- Transcript of session follows -----\n... while talking to mail.example.net.:\n>>> RCPT To:<bob@example.net>\n<<< 550 5.1.1 <bob@example.net>... User unknown\n550 5.1.1 <bob@example.net>... User unknown',
  'sendmail-550-5.7.1-relaying-denied-auth':
    '   ----- Transcript of session follows -----\n... while talking to mail.example.org.:\n>>> RCPT To:<carol@example.org>\n<<< 550 5.7.1 <carol@example.org>... Relaying denied. Proper authentication required.\n550 5.7.1 <carol@example.org>... Relaying denied. Proper authentication required.',
  'sendmail-550-5.1.2-host-unknown':
    '   ----- Transcript of session follows -----\n550 5.1.2 <bob@nohost.example>... Host unknown (Name server: nohost.example: host not found)',
  'sendmail-deferred-connection-timed-out':
    'Nov 20 09:14:03 relay2 sm-mta[3141]: 4AK9E3aB003141: to=<bob@example.net>, delay=00:00:05, xdelay=00:00:05, mailer=esmtp, pri=120432, relay=mail.example.net. [192.0.2.26], dsn=4.0.0, stat=Deferred: Connection timed out with mail.example.net.',
  'sendmail-deferred-connection-refused':
    '   ----- Transcript of session follows -----\n<carol@example.org>... Deferred: Connection refused by mx.example.org.\n\n' +
    'Reporting-MTA: dns; out3.example.com\n\nFinal-Recipient: RFC822; carol@example.org\nAction: delayed\nStatus: 4.4.1\n' +
    'Remote-MTA: DNS; mx.example.org\nLast-Attempt-Date: Sat, 21 Nov 2026 10:02:41 GMT\n',
  'sendmail-warning-could-not-send-for-past':
    'Subject: Warning: could not send message for past 4 hours\n\n    **********************************************\n    **      THIS IS A WARNING MESSAGE ONLY      **\n    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n    **********************************************\n\nThe original message was received at Fri, 20 Nov 2026 05:14:03 GMT\n   ----- Transcript of session follows -----\n<bob@example.net>... Deferred: Connection refused by mail.example.net.\n\nReporting-MTA: dns; relay2.example.com\n\nFinal-Recipient: RFC822; bob@example.net\nAction: delayed\nStatus: 4.4.1\nRemote-MTA: DNS; mail.example.net\nLast-Attempt-Date: Fri, 20 Nov 2026 09:14:03 GMT',
  'sendmail-message-could-not-be-delivered-for-days':
    'Subject: Returned mail: see transcript for details\n\n   ----- The following addresses had permanent fatal errors -----\n<bob@example.net>\n\n   ----- Transcript of session follows -----\n... Message could not be delivered for 5 days\n554 5.4.7 Message could not be delivered for 5 days',
  'sendmail-552-5.2.3-message-size-exceeds-maximum':
    '   ----- Transcript of session follows -----\n... while talking to mail.example.net.:\n>>> MAIL From:<alice@example.com> SIZE=31457280\n<<< 552 5.2.3 Message size exceeds fixed maximum message size (26214400)\n554 5.0.0 Service unavailable',

  // ---------------------------------------------------------------- Spamhaus-based rejections
  'spamhaus-zen-listed': said('mail.example.org', '198.51.100.20',
    '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.5', 'MAIL FROM'),
  'spamhaus-sbl-listed': said('mail.example.org', '198.51.100.20',
    '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using sbl.spamhaus.org; https://www.spamhaus.org/sbl/query/SBL654321', 'MAIL FROM'),
  'spamhaus-xbl-listed': said('mail.example.org', '198.51.100.20',
    '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using xbl.spamhaus.org', 'MAIL FROM'),
  'spamhaus-pbl-listed': said('mail.example.org', '198.51.100.20',
    '554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using pbl.spamhaus.org', 'MAIL FROM'),
  'spamhaus-dbl-listed': said('mail.example.org', '198.51.100.20',
    '554 5.7.1 <bad.example.net>: Sender address rejected: blocked using dbl.spamhaus.org', 'MAIL FROM'),

  // ---------------------------------------------------------------- Yahoo / AOL
  'yahoo-421-4.7.0-tss04': said(YAHOO_MX, '198.51.100.180',
    '421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes', 'MAIL FROM'),
  'yahoo-421-4.7.0-ts01': said(YAHOO_MX, '198.51.100.180',
    '421 4.7.0 [TS01] Messages from 203.0.113.5 temporarily deferred due to user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes', 'MAIL FROM'),
  'yahoo-421-4.7.0-ts02': said('mta5.am0.yahoodns.net', '198.51.100.181',
    '421 4.7.0 [TS02] Messages from 203.0.113.5 temporarily deferred due to user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes', 'MAIL FROM'),
  'yahoo-421-4.7.1-ts03': said('mta5.am0.yahoodns.net', '198.51.100.181',
    '421 4.7.1 [TS03] All messages from 203.0.113.5 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes', 'MAIL FROM'),
  'yahoo-553-5.7.2-tss09-permanently-deferred': said(YAHOO_MX, '198.51.100.180',
    '553 5.7.2 [TSS09] All messages from 203.0.113.5 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes', 'MAIL FROM'),
  'yahoo-553-5.7.1-bl21-spamhaus': said('mx-aol.mail.gm0.yahoodns.net', '198.51.100.182',
    "553 5.7.1 [BL21] Connections will not be accepted from 203.0.113.5, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes", 'EHLO'),
  'yahoo-554-5.7.9-policy-reasons': said(YAHOO_MX, '198.51.100.180',
    '554 5.7.9 Message not accepted for policy reasons.  See https://postmaster.yahooinc.com/error-codes', 'end of DATA'),
  'yahoo-554-ph01-content': said(YAHOO_MX, '198.51.100.180',
    '554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes', 'end of DATA'),
  'yahoo-550-5.7.9-unauthenticated': said(YAHOO_MX, '198.51.100.180',
    '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.', 'end of DATA'),
  'yahoo-451-unresolvable-from-domain': said(YAHOO_MX, '198.51.100.180',
    '451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see https://postmaster.yahooinc.com/error-codes', 'MAIL FROM'),
  'yahoo-554-dd-no-account': said(YAHOO_MX, '198.51.100.180',
    "554 delivery error: dd This user doesn't have a yahoo.com account (bob@yahoo.com) [0] - mta4010.mail.bf1.yahoo.com", 'end of DATA'),
  'yahoo-552-1-mailbox-not-found': said(YAHOO_MX, '198.51.100.180',
    '552 1 Requested mail action aborted, mailbox not found'),
  'yahoo-554-no-longer-valid': said('mx-aol.mail.gm0.yahoodns.net', '198.51.100.182',
    '554 delivery error: dd Sorry, your message to bob@aol.com cannot be delivered. This mailbox is disabled (554.30). - mta4021.aol.mail.bf1.yahoo.com', 'end of DATA'),
  'aol-521-5.2.1-will-not-accept': said('mx-aol.mail.gm0.yahoodns.net', '198.51.100.182',
    '521 5.2.1 :  AOL will not accept delivery of this message.', 'end of DATA'),
  'yahoo-450-receiving-too-fast': said(YAHOO_MX, '198.51.100.180',
    '450 User is receiving mail too quickly'),
  'yahoo-421-max-messages-per-connection': said(YAHOO_MX, '198.51.100.180',
    '421 Max message per connection reached, closing transmission channel', 'MAIL FROM'),
  'yahoo-451-resources-unavailable': said(YAHOO_MX, '198.51.100.180',
    '451 Resources temporarily unavailable. Please try again later [#4.16.1].'),
  'yahoo-421-message-temporarily-deferred-legacy': said(YAHOO_MX, '198.51.100.180',
    '421 Message temporarily deferred - 4.16.50. Please refer to https://postmaster.yahooinc.com/error-codes', 'end of DATA'),
  'yahoo-550-relaying-denied': said(YAHOO_MX, '198.51.100.180',
    '550 relaying denied for <bob@yahoo.com>'),

  // ---------------------------------------------------------------- Zoho Mail
  'zoho-550-5.4.6-unusual-sending-activity': said('smtp.zoho.com', '198.51.100.190',
    '550 5.4.6 Unusual sending activity detected. Please try after sometime.', 'MAIL FROM'),
  'zoho-554-5.1.8-sender-address-blocked': said('smtp.zoho.com', '198.51.100.190',
    '554 5.1.8 Sender Address Blocked', 'MAIL FROM'),
  'zoho-553-relaying-disallowed': said('mx.zoho.com', '198.51.100.191',
    '553 Relaying disallowed. Invalid Domain - example.org'),
  'zoho-552-5.7.1-virus-detected': said('mx.zoho.com', '198.51.100.191',
    '552 5.7.1 Virus detected by Zoho Mail', 'end of DATA'),
};
