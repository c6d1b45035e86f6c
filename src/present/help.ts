/** Help, and the friendly answers to questions we cannot answer. */
import type { Answer } from './answer.js';
import { fallbackText } from './fallback.js';
import type { Messages } from './i18n/index.js';

export function helpAnswer(m: Messages, prefix = '/smtp '): Answer {
  const answer: Answer = {
    kind: 'help',
    title: m.help.title,
    sections: [{ bullets: m.help.usage.map((u) => u.replace(/`([^`]*)`/, (_, cmd: string) => `\`${prefix}${cmd}\``)) }, { context: m.help.footer }],
    warnings: [],
    links: [],
    actions: [],
    fallback: '',
  };
  answer.fallback = fallbackText(answer);
  return answer;
}

export function errorAnswer(message: string, query?: string, suggestions: string[] = []): Answer {
  const answer: Answer = {
    kind: 'error',
    title: message,
    sections: [],
    warnings: [],
    links: [],
    actions: suggestions.map((code) => ({ type: 'explain' as const, label: code, code })),
    fallback: '',
    ...(query !== undefined ? { query } : {}),
  };
  answer.fallback = fallbackText(answer);
  return answer;
}
