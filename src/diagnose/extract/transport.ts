/**
 * Failures below SMTP: the client never reached a server, lost it, or could not set up TLS with
 * it; and a login a library reports without the server's code ("SMTP Error: Could not authenticate."). Mail libraries report these without any reply code (nodemailer's "Greeting never received"
 * and "connect ECONNREFUSED 192.0.2.1:587", Python's SMTPServerDisconnected, JavaMail's "Could not
 * connect to SMTP host", .NET's "actively refused it", Ruby's Net::OpenTimeout), so their words
 * are all there is to go on. Such a text quotes no server reply, so it is diagnosed when someone
 * asks (the CLI, `/smtp diagnose`, a mention) but never answered unasked in a channel: "Connection
 * refused" is as likely a database's.
 */

/** A connection, name lookup or TLS set-up that failed, as libraries and systems word it. */
const TRANSPORT_FAILURE = new RegExp([
  'connection (?:was )?(?:refused|timed out|reset|closed unexpectedly|unexpectedly closed|lost|dropped)',
  'connect(?:ion)? timeout', 'greeting never received', 'no route to host', 'network is unreachable', 'actively refused',
  '\\be(?:connrefused|timedout|connreset|hostunreach|netunreach|notfound|ai_again)\\b', 'getaddrinfo',
  'could not connect to (?:smtp )?host', 'failed to connect to', 'unable to connect to', 'execution expired',
  'smtpserverdisconnected', 'smtpconnecterror', 'server (?:unexpectedly )?disconnected', 'read timed out', 'socket timeout',
  'name or service not known', 'host or domain name not found', 'temporary failure in name resolution',
  'no such host is known', 'nodename nor servname',
  'certificate verify failed', 'self[- ]signed certificate', 'unable to verify the first certificate',
  'certificate has expired', 'wrong version number', 'tls handshake', 'ssl handshake', 'handshake failure',
  // Java's and Go's wording for a certificate they cannot trust or that names another host.
  'pkix path building failed', 'x509: certificate', 'unknownhostexception', 'operation has timed out',
  // A login the library reports without the server's reply code.
  'could not authenticate', 'smtp auth extension not supported', 'authentication (?:unsuccessful|failed)', 'invalid login',
].join('|'), 'i');

/** Texts read: an error is short, and a long paste with a code in it has findings already. */
const MAX_TEXT = 8192;

/** TLS that could not be set up: the certificate, the protocol, the handshake. */
const TLS_FAILURE = /certificate verify failed|self[- ]signed certificate|unable to verify the first certificate|certificate has expired|wrong version number|tls handshake|ssl handshake|handshake failure|pkix path building failed|x509: certificate/i;
/** A host name that does not resolve (not a lookup that timed out: that is the network's). */
const NAME_NOT_FOUND = /\benotfound\b|name or service not known|host or domain name not found|no such host is known|nodename nor servname|unknownhostexception/i;
/** A login that failed, or a server that offers none (Sisimai's securityerror; its authfailure is SPF/DKIM/DMARC). */
const AUTH_FAILURE = /could not authenticate|smtp auth extension not supported|authentication (?:unsuccessful|failed)|invalid login/i;

export interface TransportFailure {
  /** The reason its words give: TLS, a name that does not resolve, a login, or the network. */
  reason: 'failedstarttls' | 'hostunknown' | 'securityerror' | 'networkerror';
  /** The line that says what failed. */
  evidence: string;
}

/** The failed connection, name lookup or TLS set-up the text reports, if it reports one. */
export function transportFailure(text: string): TransportFailure | null {
  const head = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  if (!TRANSPORT_FAILURE.test(head)) return null;
  // A lookup the resolver could not finish ("Host not found, try again") is the network's, not proof the name is gone.
  const reason = TLS_FAILURE.test(head) ? 'failedstarttls' : NAME_NOT_FOUND.test(head) && !/try again|temporar/i.test(head) ? 'hostunknown'
    : AUTH_FAILURE.test(head) ? 'securityerror' : 'networkerror';
  const evidence = head.split(/\r?\n|\r/).find((line) => TRANSPORT_FAILURE.test(line)) ?? '';
  return { reason, evidence: evidence.trim() };
}
