import type { ReasonRule } from './types.js';

/** The message does not follow RFC 5322 (duplicate or missing headers and the like). */
export const notcompliantrfc: ReasonRule = {
  reason: 'notcompliantrfc',
  weight: 67,
  codes: [],
  phrases: ['not (?:rfc|rfc ?\\d{3,4}) compliant', '(?:violates|violation of|not (?:conform|compliant)[a-z]* (?:to|with)) rfc ?(?:5322|2822|822)', 'multiple (?:from|to|subject|date|message-id) headers', 'duplicate (?:header|from|subject|date|message-id)', 'not compliant with rfc', 'missing (?:required )?(?:from|date|message-id) header'],
};
