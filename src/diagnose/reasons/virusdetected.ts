import type { ReasonRule } from './types.js';

/** A virus or malware scanner rejected the message. */
export const virusdetected: ReasonRule = {
  reason: 'virusdetected',
  weight: 90,
  codes: [],
  phrases: ['virus', 'malware', 'infected', 'trojan', 'worm\\b', 'malicious (?:content|attachment|code|software)', 'contains a threat'],
};
