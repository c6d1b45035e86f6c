import type { ReasonRule } from './types.js';

/** Too many simultaneous connections or sessions from the sender. */
export const toomanyconn: ReasonRule = {
  reason: 'toomanyconn',
  weight: 79,
  codes: [],
  phrases: [
    'too many (?:connections|concurrent|simultaneous|sessions|open)', 'connection (?:limit|rate)', 'maximum (?:number of )?connections',
    'too many smtp sessions', 'concurrent (?:server )?connections', 'connection concurrency limit', 'maximum number of concurrent', 'connections? (?:from your|per) ', 'too many recipients', 'too many (?:errors|invalid)',
  ],
};
