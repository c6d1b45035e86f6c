/**
 * The shape of every piece of catalog knowledge. Data files are plain TypeScript arrays that are
 * parsed through these schemas once, at load, so a malformed entry fails the test suite (and the
 * process) instead of producing a half-empty answer in the middle of an incident.
 */
import { z } from 'zod';

/** Who has to do something for the mail to go through. */
export const WhoActs = z.enum([
  'sender', // our side: the sending system, its admin, its configuration or its reputation
  'recipient-admin', // the administrator of the receiving domain or server
  'recipient', // the end user who owns the receiving mailbox
  'nobody', // nothing to fix: wait, or it already worked
]);
export type WhoActs = z.infer<typeof WhoActs>;

/** What the sending side should do about retrying. */
export const RetryPolicy = z.enum([
  'not-needed', // success or intermediate reply: nothing to retry
  'automatic', // transient: a well-behaved client queues and retries by itself
  'after-fix', // will keep failing until someone changes something; then send again
  'never', // permanent and about the address itself: do not send again
]);
export type RetryPolicy = z.infer<typeof RetryPolicy>;

export const Retry = z.object({
  policy: RetryPolicy,
  /** When and how: "queued and retried for up to 5 days; first retry usually within 15 min". */
  advice: z.string().min(10),
});
export type Retry = z.infer<typeof Retry>;

export const CodeClass = z.enum(['success', 'intermediate', 'transient', 'permanent']);
export type CodeClass = z.infer<typeof CodeClass>;

/** The SMTP phase or command a reply answers. */
export const SmtpPhase = z.enum([
  'connect', 'HELO/EHLO', 'STARTTLS', 'AUTH', 'MAIL FROM', 'RCPT TO', 'DATA', 'end of data',
  'BDAT', 'VRFY/EXPN', 'ETRN', 'NOOP/RSET/HELP', 'QUIT', 'any',
]);
export type SmtpPhase = z.infer<typeof SmtpPhase>;

/** "RFC 5321", optionally with a section: "RFC 5321 §4.2.3". */
export const RfcRef = z.string().regex(/^RFC \d{3,5}( §[\d.]+)?$/);

const Prose = z.string().min(10);

/** Fields every explained code has, reply or enhanced. */
const ExplainedFields = {
  title: z.string().min(3).max(80),
  /** What the code says, in one to three sentences. */
  meaning: Prose,
  /** Situations in which you meet it, most common first. */
  whenSeen: z.array(Prose).min(1),
  /** Concrete steps, in the order to try them. */
  fix: z.array(Prose).min(1),
  whoActs: WhoActs,
  rfcs: z.array(RfcRef).min(1),
  /** Codes that are confused with this one (reply codes "550" or enhanced codes "5.1.1"/"X.1.1"). */
  seeAlso: z.array(z.string()),
  /** Extra words people type when they search ("quota", "greylisting"). */
  keywords: z.array(z.string()).default([]),
  /** Where the registry or widespread implementations differ from the RFC text, and similar caveats. */
  notes: z.array(Prose).default([]),
};

/** One command context that gives a reply code a different meaning (530 after AUTH vs STARTTLS). */
export const ReplyVariant = z.object({
  context: z.string().min(3),
  title: z.string().min(3).max(80),
  meaning: Prose,
  rfcs: z.array(RfcRef).min(1),
});

export const ReplyCodeData = z.object({
  code: z.string().regex(/^[2-5][0-9][0-9]$/),
  ...ExplainedFields,
  phases: z.array(SmtpPhase).min(1),
  retry: Retry,
  variants: z.array(ReplyVariant).default([]),
  /** Enhanced codes commonly sent with this reply ("5.1.1"), most common first. */
  commonEnhanced: z.array(z.string().regex(/^[245]\.\d{1,3}\.\d{1,3}$/)).default([]),
});
export type ReplyCodeData = z.infer<typeof ReplyCodeData>;
export type ReplyCodeInput = z.input<typeof ReplyCodeData>;

const ClassDigit = z.enum(['2', '4', '5']);

/** Wording that differs when a detail code is sent as 4.x.x rather than 5.x.x (or 2.x.x). */
const ClassOverride = z.object({
  meaning: Prose.optional(),
  whenSeen: z.array(Prose).optional(),
  fix: z.array(Prose).optional(),
  whoActs: WhoActs.optional(),
  retry: Retry.optional(),
});

/**
 * An enhanced status code detail, X.Y.Z, as IANA registers it. Looking up 4.2.2 or 5.2.2 gives
 * this entry seen through the class: the class comes from the first digit, and `byClass` holds
 * what changes with it.
 */
export const EnhancedCodeData = z.object({
  code: z.string().regex(/^X\.\d{1,3}\.\d{1,3}$/),
  ...ExplainedFields,
  /** Classes the registry (or practice) uses it with. */
  usedWith: z.array(ClassDigit).min(1),
  /** Basic reply codes it is normally sent with, as the registry lists them. */
  typicalReplies: z.array(z.string().regex(/^[2-5]\d\d$/)).default([]),
  /** Retry advice per class; a class without one takes the class default. */
  retry: z.partialRecord(ClassDigit, Retry).default({}),
  byClass: z.partialRecord(ClassDigit, ClassOverride).default({}),
});
export type EnhancedCodeData = z.infer<typeof EnhancedCodeData>;
export type EnhancedCodeInput = z.input<typeof EnhancedCodeData>;

/** A class (2.X.X) or subject (X.1.X) of the enhanced status code scheme, RFC 3463. */
export const EnhancedGroupData = z.object({
  code: z.string().regex(/^(?:[245]\.X\.X|X\.\d\.X)$/),
  title: z.string().min(3).max(80),
  meaning: Prose,
  rfcs: z.array(RfcRef).min(1),
});
export type EnhancedGroupData = z.infer<typeof EnhancedGroupData>;

/** A hand-written comparison of two codes that people confuse. */
export const PairData = z.object({
  a: z.string(),
  b: z.string(),
  /** The one difference that matters, in two or three sentences. */
  keyDifference: Prose,
  /** "You will see A when …; you will see B when …". */
  whenToUseWhich: Prose,
});
export type PairData = z.infer<typeof PairData>;

/** Bounce reasons, named as in the Sisimai bounce analyzer's taxonomy so results compare with it. */
export const Reason = z.enum([
  'userunknown', 'hostunknown', 'hasmoved', 'mailboxfull', 'suspend', 'notaccept', 'filtered',
  'rejected', 'blocked', 'norelaying', 'policyviolation', 'securityerror', 'spamdetected',
  'virusdetected', 'contenterror', 'mesgtoobig', 'exceedlimit', 'systemfull', 'systemerror',
  'mailererror', 'networkerror', 'expired', 'toomanyconn', 'syntaxerror', 'onhold', 'undefined',
  'delivered', 'feedback', 'vacation', 'authfailure', 'badreputation', 'notcompliantrfc',
  'requireptr', 'speeding', 'failedstarttls', 'suppressed',
]);
export type Reason = z.infer<typeof Reason>;

export const Link = z.object({ title: z.string().min(3), url: z.string().url() });

/**
 * One response a provider (Gmail, Microsoft 365, Yahoo, a filtering service, an MTA) gives in its
 * own words. `match` identifies it in pasted text; the codes say what it is sent with.
 */
export const ProviderResponseData = z.object({
  /** Stable id, unique across providers: "gmail-5.7.26-unauthenticated". */
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]+$/),
  /** The provider's own code, where it has one: "TSS04", "S3150", "AS(201)". */
  providerCode: z.string().optional(),
  /** Other codes of the provider's that this response stands for ("TSS11" beside "TSS09"); found like providerCode. */
  aliases: z.array(z.string().min(2)).default([]),
  /**
   * Enhanced-code ranges the provider documents for this response ("5.7.606"–"5.7.649"): every
   * code inside one finds it, unless another response names that exact code.
   */
  ranges: z.array(z.tuple([z.string().regex(/^[245]\.\d{1,3}\.\d{1,3}$/), z.string().regex(/^[245]\.\d{1,3}\.\d{1,3}$/)])).default([]),
  reply: z.string().regex(/^[2-5]\d\d$/).optional(),
  enhanced: z.string().regex(/^[245]\.\d{1,3}\.\d{1,3}$/).optional(),
  /**
   * Short, stable, distinctive text that identifies this response, matched case-insensitively as a
   * plain substring (not a regular expression). At least one is required.
   */
  match: z.array(z.string().min(4)).min(1),
  /**
   * How its wording weighs against other matches in the same text. 'specific' (the default);
   * 'wrapper': a banner the provider puts around a more specific line, so any other match wins;
   * 'verdict': a final give-up line around the last error, so it wins over that error's match;
   * 'needs-host': wording other servers use too, counted only when the bounce's answering or
   * reporting host is this provider's. In a fragment, "…" stands for a short stretch of one line.
   */
  matchKind: z.enum(['specific', 'wrapper', 'verdict', 'needs-host']).default('specific'),
  title: z.string().min(3).max(80),
  meaning: Prose,
  reason: Reason,
  whoActs: WhoActs,
  retry: Retry,
  fix: z.array(Prose).min(1),
  links: z.array(Link).default([]),
  /** Responses that mean the same thing (TSS04 ≈ TSS05 ≈ IPTS04): a shared family name. */
  family: z.string().optional(),
  /** Where the provider uses a registered code for a meaning of its own, say how it differs. */
  differsFromRegistry: Prose.optional(),
  /** Warnings that stop a common misdiagnosis. */
  warnings: z.array(Prose).default([]),
  /** The date (YYYY-MM) its wording was last seen in the provider's documentation or in the wild. */
  lastSeen: z.string().regex(/^\d{4}-\d{2}$/),
});
export type ProviderResponseData = z.infer<typeof ProviderResponseData>;
export type ProviderResponseInput = z.input<typeof ProviderResponseData>;

export const ProviderData = z.object({
  /** "gmail", "microsoft", "yahoo" … */
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(2),
  /** Words people type for it in a query ("google", "o365", "hotmail"), besides its id. */
  aliases: z.array(z.string().regex(/^[a-z0-9.-]+$/)).default([]),
  /** Host or domain fragments that identify the provider in a bounce ("google.com", "outlook.com"). */
  hosts: z.array(z.string().min(3)).default([]),
  /**
   * Phrases the provider's own bounce notices carry whatever the failure (its product name in the
   * notice template, the tag its gateway writes in Received lines): they name the provider that
   * reported, not a particular response.
   */
  signatures: z.array(z.string().min(8)).default([]),
  links: z.array(Link).default([]),
  responses: z.array(ProviderResponseData).min(1),
});
export type ProviderData = z.infer<typeof ProviderData>;
export type ProviderInput = z.input<typeof ProviderData>;
