/**
 * Words only the Slack adapter says (settings replies, apologies, App Home). The answers themselves
 * come from the core in the user's language; these are English until the i18n catalog grows a
 * Slack section.
 */
export const slackStrings = {
  apology: 'Sorry, I could not answer that just now (Slack or I had a hiccup). Please try again in a minute.',
  shareExpired: 'That answer is too old to share now. Run the command again and share the new one.',
  sharedBy: (name: string) => `Shared by ${name}`,
  autoReply: {
    on: 'Auto-reply is *on* here: I answer pasted bounces, log lines and transcripts in their thread.',
    off: 'Auto-reply is *off* here. Use the message shortcut “Explain SMTP codes” or mention me to ask.',
    usage: 'Use `/smtp autoreply on`, `/smtp autoreply off` or `/smtp autoreply status`.',
  },
  lang: {
    set: (lang: string) => `Answers in this channel are now in ${lang}.`,
    reset: 'Answers in this channel now use the default language.',
    status: (lang: string) => `Answers in this channel are in ${lang}.`,
    unknown: (lang: string, known: string) => `I have no answers in “${lang}” yet. Available: ${known}.`,
  },
  burst: (count: number, codes: string) =>
    `${count} more pasted failure${count === 1 ? '' : 's'} in the last minute${codes ? ` (${codes})` : ''}. ` +
    'I answered the first few in their threads; mention me in a thread for any other.',
  home: {
    title: 'SMTP codes and bounces, explained',
    intro:
      'I explain SMTP reply codes (421, 550), enhanced status codes (5.7.26) and bounce messages: what happened, who has to act and whether a retry will help.',
    howTo: [
      '`/smtp 421` or `/smtp 550 5.1.1` explains a code',
      '`/smtp 251 vs 421` compares two codes',
      '`/smtp search mailbox full` finds codes by words',
      '`/smtp diagnose` followed by a paste reads a bounce, log line or transcript',
      'Mention me with a question or a paste and I answer in the thread',
      'Paste a bounce in a channel I am in and I answer it in the thread (`/smtp autoreply off` stops that)',
      'On any message: the shortcut “Explain SMTP codes”',
    ],
    topHeading: 'Looked up most often',
    topEmpty: 'Nothing looked up yet: try `/smtp 550`.',
    search: 'Search codes',
    searchTitle: 'Search SMTP codes',
    searchLabel: 'Words or a code',
    searchPlaceholder: 'mailbox full, greylisting, 5.7.26 …',
    searchSubmit: 'Search',
    close: 'Close',
    modalTitle: 'smtp-bot',
  },
} as const;
