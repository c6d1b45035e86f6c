/**
 * Hand-written comparisons of codes that on-call engineers mix up. Each entry answers two
 * questions: what is the one difference that changes what happens to the mail (and who has to
 * act), and in which concrete situation, at which SMTP step, each code shows up.
 *
 * Codes are written the way people type them: reply codes as "421", enhanced codes with their
 * class as "5.1.1". Provider behaviour is named only where it was seen in the provider's own
 * bounces or documentation, because several big providers use registered codes for meanings of
 * their own (Microsoft's 5.1.10 and 5.4.1, Yahoo's 5.7.9) and those are the traps worth naming.
 */
import type { z } from 'zod';
import type { PairData } from '../schema.js';

export const confusablePairs: z.input<typeof PairData>[] = [
  // ── Reply codes: same words, different scope or outcome ─────────────────────────────────────
  {
    a: '251',
    b: '551',
    keyDifference:
      'Both say the recipient has moved, but 251 accepts the recipient and the server forwards the message itself, so nothing is lost. 551 refuses the recipient and only points at another address, so this copy is not delivered until someone resends it. RFC 5321 §3.4 warns servers not to count on the client updating the address, so any address change is left to the sender.',
    whenToUseWhich:
      'You will see 251 in reply to RCPT TO from a server that forwards moved or aliased users and says so (rare; most forward silently with a plain 250): the message goes through, and the only follow-up is updating the stored address if a new one is shown; you will see 551 in reply to RCPT TO when the server declines to forward and names where the user can be reached instead: the recipient fails for this transaction, so confirm the suggested address with the person (it may be stale, or bait) and resend to it, and do not retry the old address.',
  },
  {
    a: '421',
    b: '450',
    keyDifference:
      '421 is about the whole session: the server is closing the connection, so every message and recipient still pending on it is deferred. 450 refuses one command, almost always one RCPT TO, for a reason tied to that mailbox, and the session carries on, so other recipients in the same transaction can still be accepted. Both are temporary and the sending queue retries both.',
    whenToUseWhich:
      'You will see 421 instead of the 220 greeting, or in reply to any later command, when the server is overloaded, restarting, or throttling your IP or connection rate: let the queue retry and lower the number of parallel connections to that host if it keeps happening; you will see 450 in reply to RCPT TO when one mailbox is busy or locked, when greylisting defers a new sender, or when a per-recipient limit is hit (Gmail\'s 450 4.2.1 "receiving mail at a rate…"): let the retry happen for that recipient and only slow down if the text names a rate limit.',
  },
  {
    a: '450',
    b: '550',
    keyDifference:
      'Same words, "mailbox unavailable", opposite outcome. 450 means try later: the message stays queued, the sending MTA retries, and the address must not be suppressed. 550 means it will not work as sent: the message bounces now, and the enhanced code decides whether the address is dead (5.1.1: remove it) or you are blocked by policy (5.7.x: the address is fine, fix your side).',
    whenToUseWhich:
      'You will see 450 in reply to RCPT TO when the mailbox is temporarily locked or busy, when the receiver greylists you, or when a per-recipient limit is reached: do nothing but let the retries run, and look closer only if the deferral lasts for hours; you will see 550 in reply to RCPT TO for an unknown or disabled user, and at MAIL FROM, RCPT TO or end of data for policy and reputation refusals (blocklists, failed authentication): read the enhanced code before choosing between suppressing the address and fixing your own setup.',
  },
  {
    a: '451',
    b: '452',
    keyDifference:
      '451 means the receiving server hit a problem of its own while processing (a backend, DNS lookup, virus scanner or milter failed); it says nothing about your message or the mailbox. 452 means something ran out: storage on the server, the recipient\'s quota on some systems, or the number of recipients allowed in one transaction. Both are temporary; what differs is whether the retry needs them to recover or you to send less per transaction.',
    whenToUseWhich:
      'You will see 451 after RCPT TO or at end of data when the receiver\'s own lookup or content filter failed, and from some greylisting setups that use 451 instead of 450: let the queue retry, and send their postmaster the exact text and timestamp only if it lasts for hours; you will see 452 in reply to RCPT TO once you pass the server\'s recipients-per-message limit ("too many recipients"), or at MAIL FROM or DATA when its storage is low: an MTA resends the refused recipients in a later transaction by itself, while a script or library should split the list into batches of 100 or fewer, which RFC 5321 §4.5.3.1.8 says every server must accept.',
  },
  {
    a: '452',
    b: '552',
    keyDifference:
      'RFC 5321 §4.5.3.1.10 makes 452 the correct reply when a server runs out of room for more RCPT TO recipients, and tells clients to treat a 552 in that same situation as temporary, because RFC 821 listed 552 for it and old servers still send it. Outside that case 552 is permanent: the message is bigger than the server will ever accept, or (on some servers) the mailbox is over quota. So a 552 about too many recipients means resend the rest in batches, and a 552 about size means send a smaller message.',
    whenToUseWhich:
      'You will see 452 in reply to RCPT TO once the per-transaction recipient limit is reached, or when the server is short of storage: recipients already accepted still get the message and the others go in another transaction; you will see 552 in reply to MAIL FROM with a SIZE= parameter, or after the end-of-data dot, when the message exceeds the server\'s maximum size (shrink it or send a link), or after RCPT TO when a mailbox is over quota: if a 552 after RCPT TO talks about the number of recipients, handle it exactly like 452.',
  },
  {
    a: '421',
    b: '554',
    keyDifference:
      'Both can replace the 220 greeting, but 421 means not now (overload, throttling, maintenance) and your queue will reconnect later, while 554 at connection means this server will not take mail from you at all, most often because your IP is on a blocklist it uses. Retrying a 554 greeting changes nothing until the reason in its text is removed.',
    whenToUseWhich:
      'You will see 421 at connect or mid-session when the receiver is busy, rate-limiting your IP, or restarting: let the queue retry and reduce concurrency to that host; you will see 554 at connect, where RFC 5321 §3.1 allows it in place of 220, when the server rejects the whole session, usually naming a blocklist or a reputation page in the text: look up your sending IP on that list, fix the cause (compromised account, open relay, missing PTR), request delisting, and only then resend.',
  },
  {
    a: '521',
    b: '556',
    keyDifference:
      'Both say mail is never accepted, not a temporary refusal, but they come from different places (RFC 7504). 521 comes from the host you connected to, in place of the greeting: this machine does not take mail at all. 556 comes from a relay or submission server speaking for a destination it looked up: the recipient\'s domain publishes a null MX (RFC 7505), so no server anywhere will accept mail for it.',
    whenToUseWhich:
      'You will see 521 as the first line after connecting, when the host you reached runs only a stub SMTP listener whose job is to refuse mail (a "no mail here" MX, or a host reached through the A-record fallback because the domain has no MX): check the domain\'s MX records and the spelling of the address, and do not retry; you will see 556, normally with 5.1.10, in reply to RCPT TO from your own smarthost or submission server, or in a bounce it writes, when the recipient domain publishes "MX 0 .": the domain has declared it takes no mail, so correct the address (often a typo or a parked, web-only domain) and do not retry.',
  },
  {
    a: '550',
    b: '553',
    keyDifference:
      '550 says the mailbox cannot be used: it does not exist, you have no access, or policy forbids it. 553 says the address itself is not acceptable as written: bad syntax, or a name the server will not allow. Many servers also use 553 for a sender address you are not allowed to use, so a 553 at MAIL FROM is usually about your From or envelope sender, not the recipient.',
    whenToUseWhich:
      'You will see 550 in reply to RCPT TO for an unknown or disabled recipient, and at MAIL FROM, RCPT TO or end of data for policy blocks: the enhanced code tells you whether to remove the address or fix your setup; you will see 553 in reply to MAIL FROM or RCPT TO when the address is malformed (stray spaces, a display name inside the angle brackets, a missing domain, non-ASCII without SMTPUTF8) or when a submission server refuses a sender your login does not own (Postfix: "553 5.7.1 … Sender address rejected: not owned by user"): fix the address, or make the sender your application uses match the account it logs in with.',
  },
  {
    a: '550',
    b: '551',
    keyDifference:
      '550 refuses the recipient and gives no forwarding information: the mailbox does not exist, or policy forbids delivery. 551 also refuses, but says the user is not here and names another address to try. A 551 is a pointer someone has to act on by hand after checking it; a 550 is a dead end unless its enhanced code says policy.',
    whenToUseWhich:
      'You will see 550 in reply to RCPT TO for unknown users (5.1.1), disabled mailboxes (5.2.1) or policy blocks (5.7.x): act on the enhanced code; you will see 551, rarely today, in reply to RCPT TO when the recipient has moved and the server is willing to disclose the new address: confirm it with the person, update your records and resend there, and never let software follow a server-suggested address automatically.',
  },
  {
    a: '550',
    b: '554',
    keyDifference:
      '550 is usually aimed at one thing, typically one recipient (unknown user, no access) or the sender, and other recipients in the same transaction can still succeed. 554 is "transaction failed": the whole session or message was refused, most often at connection (blocklisted IP) or after the data (spam, virus, policy), so nobody in that transaction got it. Plenty of servers use either for policy blocks, so the enhanced code and text finish the diagnosis.',
    whenToUseWhich:
      'You will see 550 in reply to RCPT TO when a particular address does not exist or is not allowed (5.1.1, 5.7.1), or at MAIL FROM when the sender is refused: handle it address by address; you will see 554 instead of the greeting when your IP is rejected, in reply to DATA when no recipient was accepted ("no valid recipients"), after the end-of-data dot when content filtering or authentication checks refuse the message, and from Postfix at RCPT TO for "Relay access denied": fix reputation, content, authentication or your relay login, because resending the same message to the same server fails for everyone on it.',
  },
  {
    a: '450',
    b: '451',
    keyDifference:
      'Both are temporary and retried the same way; the difference is where the problem sits. 450 points at the mailbox or recipient: it is busy, locked, rate-limited, or you are being greylisted for it. 451 points at the receiving server: something failed while it processed the command (a lookup, a filter, storage, an upstream hop), so the fix, if any is needed, is theirs.',
    whenToUseWhich:
      'You will see 450 in reply to RCPT TO for greylisting (postgrey: "450 4.2.0 … Recipient address rejected: Greylisted"), a locked mailbox, or a per-recipient rate limit such as Gmail\'s 450 4.2.1: wait for the retry, which normally passes within minutes for greylisting; you will see 451 at RCPT TO or end of data when the receiver\'s DNS lookup of your domain timed out, its scanner or milter failed, or a large provider defers you for its own reasons (Microsoft: "451 4.7.650 … temporarily rate limited due to IP reputation"): let it retry, and if it lasts for hours send their postmaster the exact text and a timestamp.',
  },
  {
    a: '530',
    b: '535',
    keyDifference:
      '530 means you never authenticated (or never started TLS) and the server requires that before it will go on. 535 means you did send AUTH and the server rejected the credentials. So 530 is a client that skipped a step, and 535 is a wrong or revoked password, token or account.',
    whenToUseWhich:
      'You will see 530 in reply to MAIL FROM (or AUTH) as "530 5.7.0 Authentication required" (RFC 4954) or "Must issue a STARTTLS command first" (RFC 3207) when the client has authentication or TLS switched off: enable both, on port 587 with STARTTLS or 465 with TLS from the start; you will see 535, normally 535 5.7.8, in reply to AUTH itself when the username or password is wrong, expired, or an app password or OAuth token is required: test the login with swaks or openssl s_client, rotate the secret, and check the provider has not turned SMTP AUTH off (Microsoft 365: "535 5.7.139 Authentication unsuccessful").',
  },
  {
    a: '534',
    b: '535',
    keyDifference:
      '535 says the credentials themselves were rejected. 534 says the server refuses the way you are logging in even if the password is right: the mechanism is too weak for its policy (RFC 4954: 534 5.7.9), or, at Gmail, the account needs an app password or a browser sign-in first. Changing the password fixes 535; for 534 you change how you authenticate.',
    whenToUseWhich:
      'You will see 534 in reply to AUTH when the server wants a stronger method: a plain-text mechanism where it requires something else, Gmail\'s "534-5.7.9 Application-specific password required" on accounts with 2-Step Verification, or "534-5.7.14 Please log in via your web browser" when Google blocked the sign-in: generate an app password, switch to OAuth2 (XOAUTH2), or use a mechanism listed on the server\'s 250-AUTH line; you will see 535 5.7.8 in reply to AUTH when the username or password is wrong or revoked: correct or rotate the credential and stop any retry loop before the account is locked.',
  },
  {
    a: '454',
    b: '535',
    keyDifference:
      '454 (4.7.0, RFC 4954) means authentication could not be completed because of a temporary problem on the server, such as its password backend being unreachable; the same credentials may work a minute later. 535 (5.7.8) means the server checked your credentials and rejected them, and repeating them unchanged only adds failed logins that can get the account or IP locked out.',
    whenToUseWhich:
      'You will see 454 in reply to AUTH ("454 4.7.0 Temporary authentication failure") when the server\'s auth service (LDAP, Dovecot SASL, an identity provider) is slow or down, and in reply to STARTTLS when TLS is temporarily unavailable (RFC 3207): retry after a short wait and, if the server is yours, read its SASL or TLS logs; you will see 535 in reply to AUTH when the credentials are refused: stop retrying, fix the credential, then send again.',
  },
  {
    a: '454',
    b: '530',
    keyDifference:
      '530 is the server demanding something you skipped: "Must issue a STARTTLS command first" (RFC 3207) or "Authentication required" (RFC 4954), and it will keep failing until the client configuration changes. 454 is the server failing at something you asked for: TLS temporarily unavailable (RFC 3207) or authentication temporarily failed (RFC 4954); the client did the right thing and can retry.',
    whenToUseWhich:
      'You will see 454 in reply to STARTTLS when the server\'s certificate or TLS setup is broken (Postfix: "454 4.7.0 TLS not available due to local problem"), or in reply to AUTH when its auth backend is down: retry later, and on your own server check the certificate and key paths and the SASL logs (a 454 to STARTTLS seen from only one network can also be a middlebox stripping TLS); you will see 530 in reply to MAIL FROM or AUTH when the client tried to send in plain text or without logging in where the server requires both: enable STARTTLS and SMTP AUTH in the client.',
  },
  {
    a: '250',
    b: '251',
    keyDifference:
      'Both accept the recipient and the message will be delivered. 250 is a plain OK; 251 adds that the user is not local and the server will forward to another address. Nothing failed either way, but a 251 hints that the address you hold is out of date.',
    whenToUseWhich:
      'You will see 250 in reply to RCPT TO (and to nearly every other successful command) when the recipient is accepted as addressed, including when the server forwards silently; you will see 251 in reply to RCPT TO from the rare server that discloses forwarding: deliver as normal, and if it shows the new address and you maintain a list, confirm with the person and update it.',
  },
  {
    a: '252',
    b: '550',
    keyDifference:
      '252 answers VRFY with "I will not confirm this user, but I will accept mail for it and try": it says nothing about whether the mailbox exists. A 550 to RCPT TO is the server refusing that recipient for this message. Address-checking tools that count a 252 as "valid" are wrong; only the RCPT TO reply, or a later bounce, tells you.',
    whenToUseWhich:
      'You will see 252 in reply to VRFY on servers that refuse to confirm addresses for privacy reasons, which is most of them (RFC 5321 §3.5.3 prefers 252 to 502 for this): do not use VRFY to clean lists; you will see 550 in reply to RCPT TO when the recipient is unknown (5.1.1) or refused by policy (5.7.x), and in reply to VRFY on the few servers that do answer it for unknown names: for RCPT TO, remove unknown addresses and fix your setup for policy blocks.',
  },
  {
    a: '220',
    b: '421',
    keyDifference:
      'Both are greetings sent as soon as you connect. 220 means the server is ready and the session can go on (220 is also the go-ahead after STARTTLS). 421 in place of 220 means the server will not serve you right now and is closing the connection; nothing was delivered and your MTA will try again later.',
    whenToUseWhich:
      'You will see 220 as the first line after the TCP connection opens, and again after STARTTLS, when the server accepts the session (a long wait before it is itself a sign of overload or deliberate tarpitting); you will see 421 as the first line, or after EHLO or any later command, when the server is overloaded, limiting connections from your IP, in maintenance, or deferring you for reputation: reduce concurrent connections to that host and let the queue retry.',
  },
  {
    a: '354',
    b: '250',
    keyDifference:
      '354 is only an invitation: the server accepted the DATA command and is waiting for the message, ended by a line holding a single dot. The message is not accepted until the server answers that dot with 250. If the connection drops, or a 4xx or 5xx comes back after the dot, the message was not taken, whatever was logged at 354.',
    whenToUseWhich:
      'You will see 354 in reply to DATA once at least one RCPT TO was accepted: send the content; you will see 250 in reply to the end-of-data dot (as well as to MAIL FROM and RCPT TO) when the server has taken responsibility for the message, often with a queue ID you can quote to its admin: if your log shows 354 but no 250, treat the message as not delivered and look at what followed the dot (a timeout, a 554 content rejection, a 451).',
  },
  {
    a: '500',
    b: '501',
    keyDifference:
      '500 means the server did not recognise the command at all: unknown verb, line too long, or bytes that are not SMTP. 501 means it knows the command but the arguments are wrong. A 500 usually means the two sides are not speaking the same protocol (Postfix reports unknown commands as 502 5.5.2 "command not recognized" instead); a 501 means a command was built badly.',
    whenToUseWhich:
      'You will see 500 when the client sends something the server cannot parse: a TLS handshake sent to a plain-text port (a client set to implicit TLS talking to 25 or 587), an HTTP request on port 25, a non-ASCII character in a command, or a line over the length limit: check the port and TLS mode first (465 is TLS from the first byte, 25 and 587 use STARTTLS); you will see 501 in reply to HELO/EHLO, MAIL FROM or RCPT TO when the argument is malformed, such as a missing HELO name, an address without angle brackets or with a display name, or an unparsable parameter: log the exact command your client sent and fix its formatting.',
  },
  {
    a: '502',
    b: '504',
    keyDifference:
      '502 says the command itself is not implemented or is switched off on this server (Postfix also uses it for commands it does not recognise at all, where RFC 5321 has 500). 504 says the command is supported but the parameter you gave is not, most often an AUTH mechanism the server does not offer (RFC 4954: 504 5.5.4). With 502 stop using the command or fix its spelling; with 504 pick a parameter the server advertises.',
    whenToUseWhich:
      'You will see 502 when a client uses an optional command the server has disabled, such as VRFY (Postfix: "502 5.5.1 VRFY command is disabled"), EXPN or TURN: stop relying on it; you will see 504 in reply to AUTH with a mechanism that is not on the server\'s 250-AUTH line (for example CRAM-MD5 where only PLAIN and LOGIN are offered, or XOAUTH2 that is not enabled): read the EHLO reply through `openssl s_client -starttls smtp -connect host:587` and set the client to a listed mechanism.',
  },
  {
    a: '503',
    b: '5.5.1',
    keyDifference:
      '503 is the reply code for a command sent out of order: RCPT before MAIL, DATA with no recipient, a second MAIL inside a transaction, AUTH when it is not offered or already done. 5.5.1 is the enhanced code "invalid command" and servers attach it to 503, 500 and 502 alike, so on its own it does not tell you whether the command was unknown, disabled or just early. In "503 5.5.1" the 503 is the useful half: look at what happened before that command.',
    whenToUseWhich:
      'You will see 503 after a command that came in the wrong order: DATA with no recipient ("503 5.5.1 Error: need RCPT command"), AUTH on a listener without authentication ("503 5.5.1 Error: authentication not enabled"), or every command after a 554 greeting (RFC 5321 §3.1): fix the step that failed earlier, usually a rejected RCPT TO further up the transcript, not the command that got the 503; you will see 5.5.1 with 500 or 502 when the command itself is unknown or disabled (such as "502 5.5.1 VRFY command is disabled"), and Postfix even sends "554 5.5.1 Error: no valid recipients" at DATA after all recipients were refused: read the reply code next to it to know which case you have.',
  },

  // ── Reply code versus the enhanced code that refines it ──────────────────────────────────────
  {
    a: '552',
    b: '5.2.2',
    keyDifference:
      '552 is only the reply code, "exceeded storage allocation", and servers send it for two unrelated problems: the message is larger than they accept, or the recipient\'s mailbox is full. The enhanced code says which: 5.2.2 is mailbox full and only the recipient can fix it, while 5.3.4 or 5.2.3 is message too big and only the sender can. Without an enhanced code, read the text and the step it answered.',
    whenToUseWhich:
      'You will see 552 with 5.3.4 in reply to MAIL FROM with SIZE=, or with 5.3.4 or 5.2.3 after the end-of-data dot, when the message is over a size limit: shrink or link the attachments and compare with the SIZE value in the server\'s EHLO reply; you will see 5.2.2, often as 552 5.2.2 in reply to RCPT TO or at end of data, when the recipient is over quota (Gmail: "552-5.2.2 The email account that you tried to reach is over quota"): nothing in your message will fix that, so tell the recipient another way and resend once they have cleared space.',
  },
  {
    a: '554',
    b: '5.7.1',
    keyDifference:
      '554 is a reply code, "transaction failed", and 5.7.1 an enhanced code, "delivery not authorized"; they often arrive together but narrow different things. 554 says the whole session or transaction was refused, while 5.7.1 says the reason was policy. So 554 with 5.3.4 is a size problem rather than policy, and 550 5.7.1 is policy aimed at one recipient or sender rather than the whole transaction.',
    whenToUseWhich:
      'You will see 554, usually as 554 5.7.1, at connect or after the end-of-data dot when a blocklist, reputation system or spam filter refuses the message, and from Postfix at RCPT TO as "554 5.7.1 … Relay access denied" when you used a server for a domain it does not handle without logging in: fix reputation or content, or authenticate to your own submission server; you will see 5.7.1 with 550 at RCPT TO when one recipient or sender is refused by policy (a group that only accepts internal senders, a sender on the recipient\'s block list): handle it for that address, or ask the recipient\'s admin to allow you.',
  },

  // ── Address and mailbox status (X.1.X, X.2.X) ────────────────────────────────────────────────
  {
    a: '5.1.1',
    b: '5.1.10',
    keyDifference:
      'In the IANA registry 5.1.1 means the domain works but that mailbox does not exist, while 5.1.10 (RFC 7505) means the recipient domain publishes a null MX, so no address there can ever receive mail. Microsoft breaks the distinction: Exchange and Microsoft 365 send "550 5.1.10 RESOLVER.ADR.RecipientNotFound" for an ordinary unknown recipient, which means the same as 5.1.1.',
    whenToUseWhich:
      'You will see 5.1.1 with 550 in reply to RCPT TO from the recipient\'s own server when the user is unknown: correct or remove that address; you will see 5.1.10 with 556 from your own MTA or relay, without any connection to the recipient, when `dig MX` for the domain returns "0 ." (correct the domain, often a typo or a parked domain), or as 550 5.1.10 RESOLVER.ADR.RecipientNotFound from Microsoft servers, where it is an unknown mailbox: confirm the address with the recipient and suppress it.',
  },
  {
    a: '5.1.1',
    b: '5.2.1',
    keyDifference:
      '5.1.1 means there is no such mailbox: the address is wrong or the account was deleted. 5.2.1 means the mailbox exists but is disabled and not accepting messages: suspended, locked by its admin, or closed for inactivity. The difference is whether the address could work again: 5.1.1 should be suppressed now, while 5.2.1 may recover if the account is reactivated, though it is often the first stage of an account being closed.',
    whenToUseWhich:
      'You will see 5.1.1 with 550 in reply to RCPT TO when the user is unknown: a typo, an old employee, a made-up sign-up address: fix or remove it; you will see 5.2.1, usually 550 at RCPT TO, when the account is disabled (Gmail: "550-5.2.1 The email account that you tried to reach is disabled"): stop mailing it, reach the person another way, and remove it if it stays disabled. Gmail also sends 450 4.2.1 for a recipient receiving mail too fast, which is a rate limit and not a disabled account.',
  },
  {
    a: '5.1.1',
    b: '5.1.2',
    keyDifference:
      '5.1.1 is about the part left of the @: the domain is real and its server answered, but that mailbox does not exist. 5.1.2 is about the part right of the @: the domain does not exist or cannot take mail, so no address at it will work. A 5.1.2 across many addresses at one domain points at a misspelt or expired domain; a 5.1.1 is one bad address.',
    whenToUseWhich:
      'You will see 5.1.1 from the recipient\'s own server, in reply to RCPT TO after your MTA connected successfully: correct or remove that one address; you will see 5.1.2 before any remote server is reached, from your own MTA or your submission service, when DNS has nothing for the domain (Gmail\'s submission servers: "553 5.1.2 We weren\'t able to find the recipient domain"; sendmail: "Host unknown"): run `dig MX` and `dig A` for the domain, fix typos such as gmial.com, and test your own resolver if well-known domains fail too.',
  },
  {
    a: '5.4.4',
    b: '5.1.2',
    keyDifference:
      'Both often describe the same event, a recipient domain your MTA cannot find in DNS, filed under different subjects: 5.1.2 calls it a bad destination address, 5.4.4 calls it a routing failure (no next hop could be determined). Postfix reports a non-existent domain as 5.4.4, sendmail as 5.1.2. What decides the action is the class: 5.4.4 is a dead domain, while a temporary lookup failure shows up as 4.4.3 or 4.4.4 and may clear on retry.',
    whenToUseWhich:
      'You will see 5.4.4 in Postfix logs and bounces as "dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=… type=A: Host not found)", and when a domain has no usable MX or address record: check `dig MX` and `dig A` and correct the address; you will see 5.1.2 from sendmail ("Host unknown (Name server: …: host not found)"), from Gmail\'s submission servers ("553 5.1.2 We weren\'t able to find the recipient domain"), or from a remote relay that judged the domain invalid: same checks, and if well-known domains fail this way, test your MTA\'s own resolver before blaming the addresses.',
  },
  {
    a: '5.4.1',
    b: '5.1.1',
    keyDifference:
      'In the registry 5.1.1 means the mailbox does not exist and 5.4.1 means "no answer from host", a network problem. Microsoft 365 uses "550 5.4.1 Recipient address rejected: Access denied" for something else: its directory-based edge blocking refused a recipient that has no object in the tenant. In practice that 5.4.1 is an unknown recipient, so do not debug your network for it.',
    whenToUseWhich:
      'You will see 5.4.1 from Exchange Online (hosts under protection.outlook.com, often with an AS(…) tag) in reply to RCPT TO when the address is misspelt, the mailbox was deleted or never synced to Microsoft 365, or the recipient domain is set up wrongly in their tenant: check the spelling, then ask the recipient\'s admin to confirm the address exists in their directory; you will see 5.1.1 from most other servers for the same situation, an unknown mailbox: correct or remove the address.',
  },
  {
    a: '5.2.2',
    b: '4.2.2',
    keyDifference:
      'Same condition, the recipient\'s mailbox is over quota, in two classes. 4.2.2 means the receiver expects space to be freed, so your queue keeps retrying until its queue lifetime runs out; 5.2.2 means the receiver refuses now and the message bounces at once. Gmail sends both (452 4.2.2 and 552 5.2.2), and neither means the address is invalid.',
    whenToUseWhich:
      'You will see 4.2.2, usually as 452 4.2.2 in reply to RCPT TO, when the mailbox has just filled up: let the queue retry and, if it matters, tell the recipient by another channel; you will see 5.2.2, usually 552 (sometimes 550) at RCPT TO or end of data, when the receiver refuses outright, often because the account has been full for a long time: resend only after the recipient confirms they cleared space, and treat repeated 5.2.2 over weeks as a sign of an abandoned mailbox rather than suppressing it on the first one.',
  },
  {
    a: '4.2.2',
    b: '4.3.1',
    keyDifference:
      '4.2.2 means one recipient\'s mailbox is over quota; other recipients on the same server are fine and only that person can fix it. 4.3.1 means the receiving mail system itself is out of storage (disk or queue full), so every recipient there is affected and it is their admin\'s problem. Both are temporary and both usually arrive as 452, so the enhanced code is how you tell them apart.',
    whenToUseWhich:
      'You will see 4.2.2 in reply to RCPT TO for one address (Gmail: "452-4.2.2 The email account that you tried to reach is over quota") while other recipients at the same domain are accepted: let retries run and tell the recipient another way; you will see 4.3.1 at MAIL FROM, RCPT TO or DATA for every recipient on that server, typically as "452 4.3.1 Insufficient system storage": let the queue retry, and if the server is yours, free space on the mail queue filesystem (`df -h /var/spool/postfix`, or wherever your queue lives).',
  },
  {
    a: '5.2.2',
    b: '5.2.3',
    keyDifference:
      'Both concern the recipient\'s mailbox, but 5.2.2 says the mailbox is full, while 5.2.3 says this message is larger than the per-mailbox size limit the admin set below the system limit (RFC 3463). A full mailbox is the recipient\'s to fix and a smaller message will not help; an oversize message is yours to fix and the mailbox may be nearly empty.',
    whenToUseWhich:
      'You will see 5.2.2 with 552, 550 (or 452 4.2.2) at RCPT TO or end of data when the account is over quota: the recipient must delete mail or buy storage, then you resend; you will see 5.2.3, usually with 550 or 552 after the end-of-data dot, when the message is too big for that recipient (Exchange: "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient"): send a smaller message or a download link, or ask the recipient\'s admin to raise that mailbox\'s receive limit.',
  },
  {
    a: '5.3.4',
    b: '5.2.3',
    keyDifference:
      '5.3.4 is the receiving system\'s overall maximum message size: nobody there can receive a message this big. 5.2.3 is a lower limit set for one mailbox or group, so the same message may still reach other people at that domain. Both are permanent: the same message never goes through on retry, only a smaller one does.',
    whenToUseWhich:
      'You will see 5.3.4 with 552 in reply to MAIL FROM with SIZE=, or after the end-of-data dot, when the message exceeds the server-wide limit (Postfix: "552 5.3.4 Message size exceeds fixed limit", set by message_size_limit): compare your size with the SIZE value in their EHLO reply, remembering that base64 makes attachments about a third larger; you will see 5.2.3 at end of data when only this recipient\'s limit is exceeded (Exchange: "550 5.2.3 RESOLVER.RST.RecipSizeLimit"): shrink or link the file, or ask the recipient\'s admin to raise that mailbox\'s MaxReceiveSize.',
  },

  // ── Network and routing (X.4.X) ──────────────────────────────────────────────────────────────
  {
    a: '4.4.1',
    b: '4.4.2',
    keyDifference:
      '4.4.1 means your MTA never got a conversation: the TCP connection to the MX hosts timed out or was refused. 4.4.2 means a connection was made but broke before the transaction finished: the remote end dropped it, a command timed out, or the link failed mid-message. The first points at reachability (firewall, blocked port 25, MX down); the second at something inside the session (their filtering, TLS, a middlebox, a large message on a slow path).',
    whenToUseWhich:
      'You will see 4.4.1 in your own MTA logs and delay notices when no MX answers (Postfix: "connect to mx…[…]:25: Connection timed out" or "Connection refused"): test with `nc -vz <mx-host> 25` from the sending machine, check that your provider does not block outbound port 25, and check the recipient\'s MX records; you will see 4.4.2 when the session started and then ended abnormally (Postfix: "lost connection with … while receiving the initial server greeting" or "… while sending end of data"): note at which step it broke, try a manual session with `openssl s_client -starttls smtp -connect <mx-host>:25`, and test with a smaller message.',
  },
  {
    a: '4.4.7',
    b: '5.4.7',
    keyDifference:
      'Both mean the message sat in a queue too long. 4.4.7 in a delay notice ("Action: delayed") means it is still queued and being retried, so it may yet arrive; 5.4.7 means the queue lifetime ran out and the message was returned undelivered. Some MTAs put a 4 in the final bounce anyway (Exchange: "550 4.4.7 QUEUE.Expired; message expired"), so the DSN\'s Action: field and wording such as "stopped trying" decide, not the first digit.',
    whenToUseWhich:
      'You will see 4.4.7 in a "delivery delayed" notice a few hours after sending, while the sending MTA keeps retrying: find the real error underneath (a 4xx from the recipient, a connection timeout) in the notice or your logs and fix it before the queue gives up; you will see 5.4.7, or Exchange\'s 550 4.4.7 QUEUE.Expired, in a final non-delivery report once the queue lifetime (typically one to five days) has passed: the message is gone, so fix the underlying error shown in the Diagnostic-Code or last-attempt text and send it again.',
  },
  {
    a: '4.4.7',
    b: '4.4.1',
    keyDifference:
      '4.4.1 is a cause: the remote host did not answer when your MTA tried to connect. 4.4.7 is a consequence: the message has been undeliverable for longer than some threshold, whatever the cause. Delay notices differ by MTA (sendmail\'s "message still undelivered after 4 hours" warning carries the underlying 4.4.1, others report 4.4.7), so read the Diagnostic-Code or last-attempt text either way.',
    whenToUseWhich:
      'You will see 4.4.7 in a delay notice or an expiry bounce once the message has been queued too long: look past it for the per-attempt error, which is what needs fixing, then resend if the message was already returned; you will see 4.4.1 in your MTA logs or delay notices for each attempt in which the MX hosts timed out or refused the connection (Postfix: "connect to …:25: Connection timed out"): test port 25 reachability and the recipient\'s MX records now, while the message is still in the queue.',
  },

  // ── Security and policy (X.7.X) ──────────────────────────────────────────────────────────────
  {
    a: '5.7.1',
    b: '5.7.26',
    keyDifference:
      '5.7.1 is the catch-all "delivery not authorized": the receiver\'s policy refused you for a reason only the text explains, from a blocklist to a content rule to a recipient that only accepts internal senders. 5.7.26 (RFC 7372) is narrow: the message failed more than one authentication check, in practice SPF and DKIM together, so the fix is always in the sender\'s DNS and signing setup.',
    whenToUseWhich:
      'You will see 5.7.1 at RCPT TO or end of data for relay denied, a blocklisted IP, spam or content rules, or recipients that only take certain senders, and in older Gmail bounces for what Gmail now reports as 5.7.25 or 5.7.26: read the text and the provider code to find which; you will see 5.7.26 after the end-of-data dot, mostly from Gmail ("550-5.7.26 This mail has been blocked because the sender is unauthenticated" or "Unauthenticated email from … is not accepted due to domain\'s DMARC policy"): check the Authentication-Results header of a test message, add the sending service to SPF, publish its DKIM key, and make sure the DKIM d= domain or envelope domain aligns with the From domain.',
  },
  {
    a: '5.7.23',
    b: '5.7.26',
    keyDifference:
      '5.7.23 (RFC 7372) says one check failed, SPF: the sending IP is not authorized by the SPF record of the envelope sender\'s domain. 5.7.26 says several checks failed together, in practice SPF and DKIM both, which is what makes DMARC fail. For 5.7.23 fixing SPF is enough; for 5.7.26 you need at least one aligned pass, and a DKIM signature for your From domain is the sturdier fix because it survives forwarding.',
    whenToUseWhich:
      'You will see 5.7.23 at MAIL FROM, RCPT TO or end of data from receivers that enforce SPF on its own, when the sending IP is not in the record (a new email service, a new server, a forwarder): add it with include: or ip4:, and check with `dig TXT <domain>` (an SPF record that is broken or needs too many DNS lookups is reported as 5.7.24, "SPF validation error", instead); you will see 5.7.26 after the end-of-data dot, mostly from Gmail, when neither SPF nor DKIM passes for your domain: sign with DKIM as your From domain at every sending service, then read spf=, dkim= and dmarc= in the Authentication-Results header of a test message to see which one still fails.',
  },
  {
    a: '5.7.25',
    b: '5.7.1',
    keyDifference:
      '5.7.25 (RFC 7372) names one failed check: your sending IP has no reverse DNS (PTR), or the name it points to does not resolve back to the same IP. 5.7.1 is the generic "not authorized" and could be any policy. The fix for 5.7.25 is always a DNS change by whoever controls your IP address, never your message or your domain\'s zone; older Gmail bounces reported the same PTR problem under 5.7.1, so read the text.',
    whenToUseWhich:
      'You will see 5.7.25 with 550 (Gmail: "550-5.7.25 The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP") when your outbound IP fails the reverse-DNS test: run `dig -x <your IP>` and `dig A <that name>`, then have your hosting or cloud provider set a PTR that matches your HELO name; you will see 5.7.1 for every other policy refusal, from relay denied to spam filtering: read the text, and if it mentions PTR or reverse DNS apply the same fix as for 5.7.25.',
  },
  {
    a: '5.7.1',
    b: '5.7.0',
    keyDifference:
      '5.7.1 is a specific refusal: this sender, IP or message is not authorized to deliver here under the receiver\'s policy. 5.7.0 is "other or undefined security status": something security-related failed and the code does not say what; it is also the code RFC 4954 pairs with 530 "Authentication required". With either one the text and any provider code carry the real reason; 5.7.0 just gives you less to go on.',
    whenToUseWhich:
      'You will see 5.7.1 with 550 or 554 at RCPT TO or end of data for relay denied, blocklisted IPs, spam or content rules, or recipients that only accept certain senders: find which from the text and fix that issue; you will see 5.7.0 with 530 when your client must authenticate first (turn on SMTP AUTH), or with 550 or 552 when a filter blocks a message without naming a rule (Gmail: "552-5.7.0 This message was blocked because its content presents a potential security issue", usually about an attachment type): remove or replace the flagged attachment or link, or authenticate, and resend.',
  },
  {
    a: '5.7.8',
    b: '5.7.9',
    keyDifference:
      'Both come from SMTP AUTH (RFC 4954). 5.7.8, sent with 535, says the credentials are wrong; 5.7.9, sent with 534, says the credentials may be fine but the mechanism is too weak for the server\'s policy, or at Gmail that an app password is required. Yahoo also sends "550 5.7.9" on incoming mail from an unauthenticated sender domain (no SPF or DKIM pass), which has nothing to do with logging in.',
    whenToUseWhich:
      'You will see 5.7.8 in reply to AUTH on a submission port (587 or 465) when the username or password is wrong, expired or revoked: check for typos and pasted spaces, rotate the password or app password, and test with `swaks --auth`; you will see 5.7.9 with 534 in reply to AUTH when the server wants a stronger mechanism or an app password (Gmail: "Application-specific password required"): create an app password or switch to OAuth2, or with 550 after the end-of-data dot from Yahoo ("This mail has been blocked because the sender is unauthenticated"): fix SPF and DKIM for your domain, not your credentials.',
  },
  {
    a: '4.7.0',
    b: '4.7.1',
    keyDifference:
      'Both are temporary security or policy refusals, and the queue retries either. 4.7.0 is "other or undefined security status": the server does not say which check failed, and it is also the code for temporary TLS or authentication trouble (RFC 4954\'s 454 4.7.0). 4.7.1 is the temporary form of "delivery not authorized": a specific policy check deferred you, typically one that depends on a lookup that may succeed later, such as the reverse DNS of your IP.',
    whenToUseWhich:
      'You will see 4.7.0 with 421 at connect, EHLO or any later step when a provider throttles you for reputation or volume (Gmail: "421 4.7.0 Try again later, closing connection"), or with 454 in reply to STARTTLS or AUTH when the server\'s TLS or auth backend is temporarily broken: slow down, watch your reputation, and let it retry; you will see 4.7.1 with 450 or 451 in reply to RCPT TO when a policy check deferred you, such as Postfix\'s "450 4.7.1 Client host rejected: cannot find your hostname" or a greylisting filter: fix the PTR and forward DNS of your sending IP and HELO name, and if it is greylisting just let the retry happen.',
  },
  {
    a: '5.7.27',
    b: '5.1.10',
    keyDifference:
      'Both come from RFC 7505 null MX ("MX 0 ."), but they look at opposite ends of the envelope. 5.1.10 says the recipient\'s domain accepts no mail, so the message cannot be delivered there. 5.7.27 says your sender domain publishes a null MX, so it could never receive bounces or replies, and the receiver refuses the message for that reason; the first needs a different recipient, the second a fix to your own DNS or sender address.',
    whenToUseWhich:
      'You will see 5.7.27, with 550, in reply to MAIL FROM when your envelope sender uses a domain that publishes a null MX, common when an app sends as noreply@ a web-only domain (Postfix: "Sender address rejected: Domain … does not accept mail (nullMX)"): send from a domain with real MX records, or replace the null MX on your domain; you will see 5.1.10 with 556 in reply to RCPT TO, or in a bounce from your own relay, when the recipient\'s domain publishes the null MX (check `dig MX <domain>`): correct the recipient address. Microsoft\'s "550 5.1.10 RESOLVER.ADR.RecipientNotFound" is unrelated to null MX and means an unknown mailbox.',
  },
  {
    a: '5.2.1',
    b: '5.7.1',
    keyDifference:
      '5.2.1 is about the recipient\'s mailbox: it exists but is disabled or not accepting mail from anyone right now. 5.7.1 is about you: this sender, IP or message is not authorized to deliver to that recipient, while other senders may get through. The first is for the recipient or their admin to fix; the second is yours to investigate.',
    whenToUseWhich:
      'You will see 5.2.1, usually with 550 at RCPT TO, when the account is suspended, deactivated or locked (Gmail: "The email account that you tried to reach is disabled"): stop mailing it and reach the person another way; you will see 5.7.1 at RCPT TO or end of data when your message is refused by policy: your IP is on a blocklist, the recipient only accepts internal or allow-listed senders, relaying was denied, or a content filter matched: read the text, check your IP\'s blocklist status and your authentication, or ask the recipient to allow-list you.',
  },
  {
    a: '5.1.1',
    b: '5.7.1',
    keyDifference:
      '5.1.1 means the address is dead: the mailbox does not exist and it should be removed from your lists. 5.7.1 means the address may be perfectly good but you were refused by policy. Suppressing on 5.7.1 throws away valid recipients, and retrying a 5.1.1 hurts your reputation, so bounce handling must keep the two apart.',
    whenToUseWhich:
      'You will see 5.1.1 with 550 in reply to RCPT TO when the recipient\'s server does not know the mailbox (Gmail: "550-5.1.1 The email account that you tried to reach does not exist"): remove the address or fix its spelling; you will see 5.7.1 with 550 or 554 at RCPT TO or end of data when your IP, domain, authentication or content is refused, or the recipient accepts only certain senders: keep the address, fix the cause named in the text, and send again.',
  },
];
