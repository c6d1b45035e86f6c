/**
 * Sendmail: texts from its SMTP server (via the standard .mc/.cf rulesets) and from the DSNs its
 * queue runner writes ("Returned mail: see transcript for details", "----- Transcript of session
 * follows -----"). Sendmail prints the address followed by "..." and the status ("<a@b>... User
 * unknown"), which keeps these fragments distinct from other MTAs' similar words.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  sendmail: { title: 'Sendmail (open source) home', url: 'https://www.sendmail.org/' },
} as const;

const DOC = '2026-11';

export const sendmail: ProviderInput = {
  id: 'sendmail',
  name: 'Sendmail (MTA)',
  aliases: ['sendmail-mta'],
  hosts: [],
  links: [L.sendmail],
  responses: [
    {
      id: 'sendmail-550-5.1.1-user-unknown',
      reply: '550',
      enhanced: '5.1.1',
      // Sendmail puts the address before "... User unknown"; other servers copy that shape with
      // codes of their own (5.2.1, 5.7.1), so the fragment carries the 5.1.1 it is catalogued under.
      match: ['5.1.1 <…>... User unknown', 'dsn=5.1.1, stat=User unknown'],
      title: 'Sendmail: user unknown',
      meaning: 'The receiving sendmail has no local user, alias or virtual-user entry for the address.',
      reason: 'userunknown',
      whoActs: 'sender',
      retry: { policy: 'never', advice: 'Do not retry; the address does not exist there.' },
      fix: [
        'Sender: correct or suppress the address.',
        'Receiving admin who expects it to work: add the user, an aliases entry (then newaliases) or a virtusertable entry (then rebuild the map).',
      ],
      links: [],
      lastSeen: DOC,
    },
    {
      id: 'sendmail-550-5.7.1-relaying-denied-auth',
      reply: '550',
      enhanced: '5.7.1',
      match: ['Relaying denied. Proper authentication required'],
      title: 'Sendmail: relaying denied, authentication required',
      meaning:
        'The server is not the destination for the recipient domain, the client is not in the relay access list, and it did not authenticate, so sendmail refuses to relay.',
      reason: 'norelaying',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Fails until the client authenticates (or the server is configured to accept the domain).' },
      fix: [
        'Mail client or app: turn on SMTP AUTH with the account\'s credentials, usually on port 587 with STARTTLS.',
        'Receiving admin: if the domain should be local, add it to local-host-names (Cw) or as a virtual domain; for a relay host, add the client to the access map with RELAY.',
      ],
      links: [],
      lastSeen: DOC,
    },
    {
      id: 'sendmail-550-5.1.2-host-unknown',
      reply: '550',
      enhanced: '5.1.2',
      match: ['Host unknown (Name server:'],
      title: 'Sendmail: host unknown (recipient domain not found in DNS)',
      meaning: 'The sending sendmail could not find any MX or address record for the recipient domain ("host not found" or "no data known"), so the domain cannot receive mail.',
      reason: 'hostunknown',
      whoActs: 'sender',
      retry: { policy: 'never', advice: 'Not retried: the domain does not resolve. Fix the address before sending again.' },
      fix: [
        'Check the domain for typos (outlook.comm, hotmial.com).',
        'Check it resolves: dig MX <domain>; if it resolves elsewhere but not on the sending host, fix that host\'s resolver.',
      ],
      links: [],
      lastSeen: DOC,
    },
    {
      id: 'sendmail-deferred-connection-timed-out',
      match: ['Deferred: Connection timed out with'],
      title: 'Sendmail: deferred, connection to the receiving host timed out',
      meaning: 'The sending sendmail could not reach the recipient\'s mail server on port 25 and keeps the message queued for another attempt.',
      reason: 'networkerror',
      whoActs: 'nobody',
      retry: { policy: 'automatic', advice: 'Stays queued and is retried until the queue return timeout (5 days by default).' },
      fix: [
        'Test from the sending host: nc -vz <mx host> 25. A timeout everywhere usually means outbound port 25 is blocked by your hosting provider or firewall.',
        'Check dig MX <domain>: MX hosts pointing at dead addresses cause the same.',
      ],
      links: [],
      lastSeen: DOC,
    },
    {
      id: 'sendmail-deferred-connection-refused',
      match: ['... Deferred: Connection refused by'],
      title: 'Sendmail: deferred, the receiving host refused the connection',
      meaning:
        'The sending sendmail reached the recipient\'s mail server, but nothing accepted the connection on port 25 (the host answered with a refusal), so the message stays queued for another attempt.',
      reason: 'networkerror',
      whoActs: 'recipient-admin',
      retry: { policy: 'automatic', advice: 'Stays queued and is retried until the queue return timeout (5 days by default).' },
      fix: [
        'Test from the sending host: nc -vz <mx host> 25. "Connection refused" means no mail server listens there or a firewall rejects port 25.',
        'Check dig MX <domain>: an MX pointing at a host that runs no mail server gives the same; if it is the recipient\'s, tell their admin.',
      ],
      links: [],
      lastSeen: DOC,
    },
    {
      id: 'sendmail-warning-could-not-send-for-past',
      match: ['Warning: could not send message for past', 'THIS IS A WARNING MESSAGE ONLY'],
      title: 'Sendmail: delay warning (still trying)',
      meaning: 'A warning only: the message has been queued for the warning interval (4 hours by default) and sendmail is still retrying. Nothing needs to be resent.',
      reason: 'expired',
      whoActs: 'nobody',
      retry: { policy: 'automatic', advice: 'Sendmail keeps retrying until the return timeout (5 days by default).' },
      fix: ['Read the transcript in the warning for the reason of the delay (timeouts, 4xx replies) and fix that if it is on your side.'],
      links: [],
      family: 'sendmail-queue-timeout',
      lastSeen: DOC,
    },
    {
      id: 'sendmail-message-could-not-be-delivered-for-days',
      match: ['Message could not be delivered for'],
      title: 'Sendmail: gave up after the queue timeout',
      meaning:
        'The message stayed in the queue for the whole return timeout (typically "for 5 days") without a successful delivery, so sendmail returned it ("Message will be deleted from queue").',
      reason: 'expired',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Already given up; resend once the cause shown in the transcript is fixed.' },
      fix: [
        'Look at the "Deferred:" or 4xx line in the transcript: that is why every attempt failed.',
        'If the destination was unreachable, confirm it is reachable now before resending.',
      ],
      links: [],
      family: 'sendmail-queue-timeout',
      lastSeen: DOC,
    },
    {
      id: 'sendmail-552-5.2.3-message-size-exceeds-maximum',
      reply: '552',
      enhanced: '5.2.3',
      match: ['5.2.3 Message size exceeds fixed maximum message size'],
      title: 'Sendmail: message larger than the server\'s maximum',
      meaning: 'The message is larger than the receiving sendmail\'s MaxMessageSize (the limit is shown in brackets, in bytes).',
      reason: 'mesgtoobig',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'The same message is refused every time; make it smaller.' },
      fix: ['Send large files by link instead of attachment; remember encoding adds about a third to attachment size.'],
      links: [],
      warnings: ['Other servers use the same phrase with different codes; the size advice is the same.'],
      lastSeen: DOC,
    },
  ],
};
