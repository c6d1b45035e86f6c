/**
 * Comcast / Xfinity (comcast.net mail). Comcast's postmaster page "Mail delivery error codes"
 * lists the block codes that appear in its 5xx replies, together with a link to a per-code FAQ:
 * ES codes are about dynamic/residential senders, BL codes about blocklists. The BL suffix is a
 * bit pattern of the lists that hit (…001 Spamhaus ZEN, …010 Cloudmark CSI, …100 SenderScore),
 * so BL000011 means ZEN and CSI together, BL000111 all three. BL000000 is Comcast's own verdict.
 * The page says these come in 550 replies; real bounces mostly show 554 ("found on one or more
 * DNSBLs"), so the ES/BL entries leave the reply code open.
 */
import type { ProviderInput } from '../schema.js';

const L = {
  codes: { title: 'Comcast postmaster: mail delivery error codes', url: 'https://postmaster.comcast.net/mail-error-codes.html' },
  postmaster: { title: 'Comcast postmaster', url: 'https://postmaster.comcast.net/' },
  spamhaus: { title: 'Spamhaus IP and domain reputation checker', url: 'https://check.spamhaus.org/' },
  cloudmark: { title: 'Cloudmark Sender Intelligence reset request', url: 'https://csi.cloudmark.com/reset-request/' },
  senderscore: { title: 'Validity Sender Score', url: 'https://senderscore.org/' },
} as const;

/** The Comcast codes page was read in a stored copy; its wording has been stable for years. */
const DOC = '2026-11';

const NO_SUPPRESS =
  'These codes are about the sending IP: never suppress the Comcast recipient because of them.';
const OWN_DATA = 'A clean public blocklist check does not clear BL000000: that one is Comcast\'s own reputation decision.';

export const comcast: ProviderInput = {
  id: 'comcast',
  name: 'Comcast / Xfinity',
  aliases: ['xfinity', 'comcast.net'],
  hosts: ['comcast.net'],
  links: [L.codes, L.postmaster],
  responses: [
    {
      id: 'comcast-es000001-comcast-dynamic',
      providerCode: 'ES000001',
      match: ['ES000001'],
      title: 'Comcast: sending from a Comcast residential/dynamic IP',
      meaning:
        'The mail came straight from an IP in Comcast\'s own residential (dynamic) space. Comcast subscribers must send through Comcast\'s SMTP servers, not directly to MX hosts.',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'This block is not lifted for residential IPs; change the sending path and resend.' },
      fix: [
        'Send through smtp.comcast.net (authenticated submission) or another provider\'s authenticated smarthost.',
        'If you need to run a mail server, get business service with a static IP and a proper PTR record.',
      ],
      links: [L.codes],
      family: 'comcast-dynamic',
      warnings: [NO_SUPPRESS],
      lastSeen: DOC,
    },
    {
      id: 'comcast-es000010-external-dynamic',
      providerCode: 'ES000010',
      match: ['ES000010'],
      title: 'Comcast: sending IP looks dynamic/residential',
      meaning:
        'Comcast classified the sending IP as dynamic or residential space (not Comcast\'s). A reverse DNS name that does not look like a static server name is the usual reason.',
      reason: 'requireptr',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Fails until the IP is treated as static; fix PTR or relay through a proper server, then resend.' },
      fix: [
        'Give the IP a PTR record with a static-looking name (mail.example.com, not 203-0-113-7.dynamic.isp.net) that resolves back to the IP.',
        'Or relay through your provider\'s smarthost.',
      ],
      links: [L.codes],
      family: 'comcast-dynamic',
      warnings: [NO_SUPPRESS],
      lastSeen: DOC,
    },
    {
      id: 'comcast-bl000000-spam-patterns',
      providerCode: 'BL000000',
      match: ['BL000000'],
      title: 'Comcast: IP blocked for spam-like sending patterns',
      meaning: 'Comcast\'s own filters saw mail from the IP in patterns typical of spam and blocked it; no public blocklist is involved.',
      reason: 'badreputation',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Retries fail while blocked; fix the cause, request removal, then resend.' },
      fix: [
        'Find what changed: volume spikes, a compromised account, mail to old lists with many unknown Comcast users.',
        'Remove addresses that Comcast answered with "not our customer" and slow down.',
        'Request removal through the Comcast postmaster site once fixed; repeated blocks make removal harder.',
      ],
      links: [L.codes, L.postmaster],
      family: 'comcast-blocklist',
      warnings: [NO_SUPPRESS, OWN_DATA],
      lastSeen: DOC,
    },
    {
      id: 'comcast-bl000001-spamhaus-zen',
      providerCode: 'BL000001',
      match: ['BL000001'],
      title: 'Comcast: IP listed on Spamhaus ZEN',
      meaning: 'Comcast rejected the IP because it is listed on Spamhaus ZEN (SBL, CSS, XBL or PBL).',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Clears only after Spamhaus delists the IP; then resend.' },
      fix: ['Look the IP up at check.spamhaus.org, fix what the listing says, and use the removal process there.'],
      links: [L.codes, L.spamhaus],
      family: 'comcast-blocklist',
      warnings: [NO_SUPPRESS, 'If the Spamhaus listing is PBL, the IP is end-user space that should not send directly; it does not mean it sent spam.'],
      lastSeen: DOC,
    },
    {
      id: 'comcast-bl000010-cloudmark-csi',
      providerCode: 'BL000010',
      match: ['BL000010'],
      title: 'Comcast: IP listed on Cloudmark CSI',
      meaning: 'Comcast rejected the IP because Cloudmark Sender Intelligence gives it a bad reputation.',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Clears after Cloudmark resets the IP\'s reputation; then resend.' },
      fix: ['Check and request a reset at csi.cloudmark.com/reset-request after fixing the spam source.'],
      links: [L.codes, L.cloudmark],
      family: 'comcast-blocklist',
      warnings: [NO_SUPPRESS],
      lastSeen: DOC,
    },
    {
      id: 'comcast-bl000100-senderscore',
      providerCode: 'BL000100',
      match: ['BL000100'],
      title: 'Comcast: IP listed on the SenderScore blocklist',
      meaning: 'Comcast rejected the IP because it is on the SenderScore (Validity) blocklist.',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Clears after the SenderScore listing is gone; then resend.' },
      fix: ['Check the IP at senderscore.org, fix complaint and spam-trap sources, and follow its removal steps.'],
      links: [L.codes, L.senderscore],
      family: 'comcast-blocklist',
      warnings: [NO_SUPPRESS],
      lastSeen: DOC,
    },
    {
      id: 'comcast-bl-combined-lists',
      providerCode: 'BL000011',
      match: ['BL000011', 'BL000101', 'BL000110'],
      title: 'Comcast: IP listed on two blocklists (ZEN, CSI, SenderScore)',
      meaning:
        'The suffix bits say which lists hit: BL000011 Spamhaus ZEN and Cloudmark CSI, BL000101 ZEN and SenderScore, BL000110 SenderScore and CSI.',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Comcast keeps rejecting until every list named is clear.' },
      fix: [
        'Decode the bits (001 ZEN, 010 CSI, 100 SenderScore) and get delisted from each list named.',
        'Being on several lists at once usually means real spam left the IP: find and stop it first.',
      ],
      links: [L.codes, L.spamhaus, L.cloudmark, L.senderscore],
      family: 'comcast-blocklist',
      warnings: [NO_SUPPRESS],
      lastSeen: DOC,
    },
    {
      id: 'comcast-bl000111-all-lists',
      providerCode: 'BL000111',
      match: ['BL000111'],
      title: 'Comcast: IP listed on ZEN, CSI and SenderScore',
      meaning: 'The IP is listed on all three blocklists Comcast checks: Spamhaus ZEN, Cloudmark CSI and SenderScore.',
      reason: 'blocked',
      whoActs: 'sender',
      retry: { policy: 'after-fix', advice: 'Will fail until all three listings are cleared.' },
      fix: ['Treat it as an active spam problem on that IP: stop the source, then request removal from each of the three lists.'],
      links: [L.codes, L.spamhaus, L.cloudmark, L.senderscore],
      family: 'comcast-blocklist',
      warnings: [NO_SUPPRESS],
      lastSeen: DOC,
    },
    {
      id: 'comcast-421-too-many-sessions',
      reply: '421',
      match: ['Too many sessions opened'],
      title: 'Comcast: too many simultaneous connections from your IP',
      meaning: 'The sending IP has more SMTP sessions open to Comcast than its per-IP limit (Comcast\'s pages state 25 simultaneous connections per sending IP).',
      reason: 'toomanyconn',
      whoActs: 'sender',
      retry: { policy: 'automatic', advice: 'Retries go through once concurrency falls; lower it to stop the deferrals.' },
      fix: ['Cap concurrent connections to Comcast MX hosts below the limit per sending IP.'],
      links: [L.codes],
      lastSeen: DOC,
    },
    {
      id: 'comcast-421-reverse-dns-failure',
      reply: '421',
      match: ['Reverse DNS failure'],
      title: 'Comcast: reverse DNS lookup of your IP failed',
      meaning: 'Comcast requires a valid PTR record for every sending IP; this lookup failed (or timed out) and Comcast treats it as temporary.',
      reason: 'requireptr',
      whoActs: 'sender',
      retry: { policy: 'automatic', advice: 'Temporary: the queue retries; if it never clears, the PTR record is missing or broken.' },
      fix: [
        'Check the PTR: dig -x <ip> must return a name, and that name must resolve back to the IP.',
        'Make sure the reverse zone\'s name servers answer reliably (SERVFAIL or timeouts cause this too).',
      ],
      links: [L.codes],
      lastSeen: DOC,
    },
    {
      id: 'comcast-550-not-our-customer',
      reply: '550',
      enhanced: '5.1.1',
      match: ['Not our Customer'],
      title: 'Comcast: recipient is not a Comcast customer (unknown user)',
      meaning: 'The address does not exist at Comcast. Comcast asks senders to treat these notices as unsubscribes.',
      reason: 'userunknown',
      whoActs: 'sender',
      retry: { policy: 'never', advice: 'Do not retry; remove the address. Repeated sends to unknown users lead to IP blocks at Comcast.' },
      fix: ['Suppress the address and check how it got onto the list (typos, old or purchased data).'],
      links: [L.postmaster],
      lastSeen: DOC,
    },
  ],
};
