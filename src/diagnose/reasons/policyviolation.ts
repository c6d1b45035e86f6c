import type { ReasonRule } from './types.js';

/** The receiving organisation's policy forbids this message (attachment types, content rules). */
export const policyviolation: ReasonRule = {
  reason: 'policyviolation',
  weight: 54,
  codes: ['X.7.9'],
  phrases: [
    'policy (?:violation|reasons|restriction)', 'violat(?:es|ion of|ed) (?:our|the|local)', 'prohibited (?:attachment|content|file)',
    'not allowed by (?:our )?policy', 'due to (?:local |our )?policy', 'against (?:our|the) policy', 'by policy', 'policy rejection',
    'acceptable use', 'local policy', 'policy violation', 'policy',
  ],
};
