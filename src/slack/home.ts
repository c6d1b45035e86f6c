/** App Home and the modals: how to use the bot, the codes looked up most, a search; in one language each. */
import { renderAnswer, safeMrkdwn, truncate, LIMITS, ACTION_IDS, type Block, type RenderedMessage } from '../present/blocks/index.js';
import type { Answer } from '../present/answer.js';
import type { Messages } from '../present/i18n/index.js';
import type { LookupCount } from './store/index.js';

export const HOME_SEARCH_ACTION = 'smtp_home_search';
export const SEARCH_CALLBACK = 'smtp_search';
export const SEARCH_BLOCK = 'q';
export const SEARCH_INPUT = 'q';

/** Slack caps a modal's title, submit and close labels at 24 characters. */
const MODAL_LABEL_MAX = 24;

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const label = (text: string) => plain(truncate(text, MODAL_LABEL_MAX));

export function homeView(top: LookupCount[], m: Messages) {
  const s = m.slack.home;
  const blocks: Block[] = [
    { type: 'header', text: plain(s.title) },
    { type: 'section', text: { type: 'mrkdwn', text: s.intro } },
    { type: 'section', text: { type: 'mrkdwn', text: s.howTo.map((l) => `• ${l}`).join('\n') } },
    { type: 'actions', elements: [{ type: 'button', text: plain(s.search), action_id: HOME_SEARCH_ACTION, value: 'search', style: 'primary' }] },
    { type: 'divider' },
    { type: 'section', text: { type: 'mrkdwn', text: `*${s.topHeading}*${top.length ? '' : `\n${s.topEmpty}`}` } },
  ];
  if (top.length > 0) {
    blocks.push({
      type: 'actions',
      elements: top.slice(0, 10).map((t, i) => ({
        type: 'button' as const,
        text: plain(truncate(`${t.code} (${t.count})`, LIMITS.buttonText)),
        action_id: `${ACTION_IDS.explain}:home:${i}`,
        value: t.code,
      })),
    });
  }
  return { type: 'home' as const, blocks };
}

/** The search modal. Its language rides in private_metadata, so the submit answers in the same one. */
export function searchModal(m: Messages) {
  const s = m.slack.home;
  return {
    type: 'modal' as const,
    callback_id: SEARCH_CALLBACK,
    private_metadata: m.lang,
    title: label(s.searchTitle),
    submit: label(s.searchSubmit),
    close: label(s.close),
    blocks: [
      {
        type: 'input' as const,
        block_id: SEARCH_BLOCK,
        label: plain(s.searchLabel),
        element: { type: 'plain_text_input' as const, action_id: SEARCH_INPUT, placeholder: plain(s.searchPlaceholder) },
      },
    ],
  };
}

/** An answer shown in a modal: where there is no channel to post in (App Home, another modal). */
export function answerModal(answer: Answer | RenderedMessage, m: Messages) {
  const rendered = 'blocks' in answer ? answer : renderAnswer(answer, { truncatedNote: m.slack.truncated });
  return {
    type: 'modal' as const,
    callback_id: 'smtp_answer',
    title: label(m.slack.home.modalTitle),
    close: label(m.slack.home.close),
    blocks: rendered.blocks.length > 0 ? rendered.blocks : [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: safeMrkdwn(rendered.text) } }],
  };
}
