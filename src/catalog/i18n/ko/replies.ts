/** Korean overlay for every reply code: the 2yz–4yz and 5yz halves merged into one record. */
import type { ReplyTranslation } from '../types.js';
import { koReplies2xxTo4xx } from './replies-2xx-4xx.js';
import { koReplies5xx } from './replies-5xx.js';

export const koReplies: Record<string, ReplyTranslation> = { ...koReplies2xxTo4xx, ...koReplies5xx };
