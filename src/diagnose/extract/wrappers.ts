/**
 * Text a mail library writes around the server's reply. .NET's SmtpException (and PowerShell's
 * Send-MailMessage, which throws it) opens with its own description of the reply code, then
 * "The server response was: " and the server's words without the three-digit code:
 *   "Mailbox unavailable. The server response was: 5.7.1 Client does not have permissions to send as this sender"
 * "Mailbox unavailable" is .NET's fixed name for any 550, not the server telling us the mailbox is
 * missing, so the reason is read from the server's part only.
 */
const DOTNET_SERVER_RESPONSE = 'The server response was:';

/** The part of a line the server wrote, where a library wrapped it; the line itself otherwise. */
export function serverWords(line: string): string {
  const at = line.indexOf(DOTNET_SERVER_RESPONSE);
  return at < 0 ? line : line.slice(at + DOTNET_SERVER_RESPONSE.length).trimStart();
}
