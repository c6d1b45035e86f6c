/** What a diagnosis returns. The JSON printed by `smtp diagnose --json` is exactly `Diagnosis`. */
import type { Reason, WhoActs } from '../catalog/schema.js';

export interface Finding {
  /** Basic reply code as the server sent it ("550"), or null where the text has none. */
  reply: string | null;
  /** Enhanced status code ("5.1.1"), or null. */
  enhanced: string | null;
  /** The recipient this applies to, where the text says. */
  recipient: string | null;
  /** Provider id ("gmail", "microsoft", "yahoo" …) of the server that answered, where known. */
  provider: string | null;
  /** The provider's own code ("TSS04", "S3150"), where it gave one. */
  providerCode: string | null;
  /** Id of the matched provider catalog response, where one matched. */
  providerResponse?: string | null;
  reason: Reason;
  /** True for a permanent failure, false for a transient one, null where unknown (success, feedback). */
  permanent: boolean | null;
  /** True only where the address itself is bad and retrying can never succeed. */
  hardBounce: boolean;
  whoActs: WhoActs;
  /** A wait the server named ("try again in 5 minutes"), in seconds. */
  retryAfterSeconds: number | null;
  /** The line the finding came from, trimmed. */
  evidence: string;
}

export interface Diagnosis {
  /** Whether the text really holds an SMTP failure or session, so a bot may answer unasked. */
  autoReply: boolean;
  /** In order of importance: the first finding for a recipient is the verdict for it. */
  findings: Finding[];
}
