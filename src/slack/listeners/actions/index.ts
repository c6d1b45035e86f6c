import type { App, BlockAction } from '@slack/bolt';
import { ACTION_IDS } from '../../../present/blocks/index.js';
import type { Ctx } from '../../context.js';
import { HOME_SEARCH_ACTION } from '../../home.js';
import { compareAction } from './compare.js';
import { explainAction } from './explain.js';
import { fixStepsAction } from './fix-steps.js';
import { homeSearchAction } from './home-search.js';
import { shareAction } from './share.js';

/** Ids carry a ":n" suffix (unique within a block), so match on the prefix. */
const id = (prefix: string) => ({ type: 'block_actions' as const, action_id: new RegExp(`^${prefix}(?::|$)`) });

export function registerActions(app: App, ctx: Ctx): void {
  app.action<BlockAction>(id(ACTION_IDS.share), shareAction(ctx));
  app.action<BlockAction>(id(ACTION_IDS.explain), explainAction(ctx));
  app.action<BlockAction>(id(ACTION_IDS.fixSteps), fixStepsAction(ctx));
  app.action<BlockAction>(id(ACTION_IDS.compare), compareAction(ctx));
  app.action<BlockAction>({ type: 'block_actions', action_id: HOME_SEARCH_ACTION }, homeSearchAction(ctx));
}
