export { ACTION_IDS, blockTextLength, renderAnswer, renderFallback, type RenderOptions } from './render.js';
export { codeBlock, defuseBroadcasts, escapeMrkdwn, mrkdwnLink, neutraliseSpecials, safeMrkdwn, safePlain, truncate } from './escape.js';
export { LIMITS } from './limits.js';
export type * from './types.js';
