/** App Home and the modals: how to use the bot, the codes looked up most, a search. */
import { renderAnswer, safeMrkdwn, truncate, LIMITS, ACTION_IDS, type Block, type RenderedMessage } from '../present/blocks/index.js';
import type { Answer } from '../present/answer.js';
import type { LookupCount } from './store/index.js';
import { slackStrings } from './strings.js';

export const HOME_SEARCH_ACTION = 'smtp_home_search';
export const SEARCH_CALLBACK = 'smtp_search';
export const SEARCH_BLOCK = 'q';
export const SEARCH_INPUT = 'q';

const plain = (text: string) => ({ type: 'plain_text' as const, text });

export function homeView(top: LookupCount[]) {
  const s = slackStrings.home;
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

export function searchModal() {
  const s = slackStrings.home;
  return {
    type: 'modal' as const,
    callback_id: SEARCH_CALLBACK,
    title: plain(s.searchTitle),
    submit: plain(s.searchSubmit),
    close: plain(s.close),
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
export function answerModal(answer: Answer | RenderedMessage) {
  const rendered = 'blocks' in answer ? answer : renderAnswer(answer);
  return {
    type: 'modal' as const,
    callback_id: 'smtp_answer',
    title: plain(slackStrings.home.modalTitle),
    close: plain(slackStrings.home.close),
    blocks: rendered.blocks.length > 0 ? rendered.blocks : [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: safeMrkdwn(rendered.text) } }],
  };
}
