import type { ReasonRule } from './types.js';

/**
 * Greylisting: the receiver defers a first contact on purpose and accepts the sender's next retry.
 * It is the receiver's policy at work, not a verdict on the address, the IP or the content, so its
 * wording outweighs any other in the same reply ("Recipient address rejected: Greylisted"), and
 * nobody has anything to fix (see finding.ts).
 */
export const GREYLISTING = 'gr[ae]y-?list(?:ed|ing)';

/** The receiving organisation's policy forbids this message (attachment types, content rules). */
export const policyviolation: ReasonRule = {
  reason: 'policyviolation',
  weight: 54,
  codes: ['X.7.9'],
  phrases: [
    // Amavis refused a banned attachment type: "Reject, id=… - BANNED: …".
    ['id=\\S{1,40} - banned', 95],
    [GREYLISTING, 110],
    'policy (?:violation|reasons|restriction)', 'violat(?:es|ion of|ed) (?:our|the|local)', 'prohibited (?:attachment|content|file)',
    'not allowed by (?:our )?policy', 'due to (?:local |our )?policy', 'against (?:our|the) policy', 'by policy', 'policy rejection',
    'acceptable use', 'local policy', 'policy violation', 'policy',
    // Attachment and content rules of the receiving organisation ("attachment type .exe not allowed"):
    // specific enough to outweigh a generic "is blocked" in the same sentence.
    ['content restrictions?', 70], ['attachment (?:type|extension)s?', 70], ['blocked (?:attachment|file) (?:type|extension)', 70],
    ['(?:attachment|file)s? (?:type )?(?:is |are )?not (?:allowed|permitted)', 70],
  ],
};
