import type { ReasonRule } from './types.js';

/** The message is malformed or its content cannot be processed (MIME, encoding, headers). */
export const contenterror: ReasonRule = {
  reason: 'contenterror',
  weight: 58,
  codes: ['X.6.0', 'X.6.1', 'X.6.2', 'X.6.3', 'X.6.4', 'X.6.5', 'X.6.6', 'X.6.7', 'X.6.8', 'X.6.9', 'X.6.10'],
  phrases: [
    'improper use of 8-bit', 'illegal (?:character|attachment|header)', 'invalid (?:mime|header|character|content)', 'malformed',
    'message (?:header|content|body) (?:is )?(?:invalid|not valid|malformed)', 'line too long', 'header too (?:long|large)',
    'content (?:error|not accepted)', 'mime (?:error|violation)', 'broken mime', 'bare lf', 'encoding (?:error|not supported)',
    'media type not supported', 'conversion (?:required|failed)', 'too many headers', 'headers? (?:are )?(?:too )?(?:long|large|many)',
    'not compliant', 'content rejected',
  ],
};
