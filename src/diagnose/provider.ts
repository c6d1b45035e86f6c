/**
 * Which provider answered: from the hosts in the bounce (Remote-MTA, "host … said", Reporting-MTA)
 * and from the provider's own wording or code (TSS04, S3150 …) in the reply. The catalog's
 * provider files are the data; this module only indexes them once.
 */
import type { ProviderData, Reason, WhoActs } from '../catalog/schema.js';

export interface ProviderMatch {
  provider: string;
  providerCode: string | null;
  responseId: string | null;
  reason: Reason | null;
  whoActs: WhoActs | null;
  reply: string | null;
  enhanced: string | null;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class ProviderIndex {
  private readonly responses: RegExp | null;
  private readonly byMatch = new Map<string, { provider: ProviderData; response: ProviderData['responses'][number] }>();
  private readonly hosts: { fragment: string; provider: string }[] = [];
  private readonly hostMap = new Map<string, string>();

  constructor(list: ProviderData[]) {
    const keys: string[] = [];
    for (const p of list) {
      for (const h of p.hosts) this.hosts.push({ fragment: h.toLowerCase(), provider: p.id });
      for (const r of p.responses) {
        for (const m of r.match) {
          const k = m.toLowerCase();
          if (!this.byMatch.has(k)) {
            this.byMatch.set(k, { provider: p, response: r });
            keys.push(k);
          }
        }
      }
    }
    // Longest first, so a specific wording wins over a fragment of it.
    keys.sort((a, b) => b.length - a.length);
    this.responses = keys.length ? new RegExp(keys.map(escape).join('|'), 'gi') : null;
    // Longer fragments first, so the more specific one claims a suffix two providers share.
    this.hosts.sort((a, b) => b.fragment.length - a.fragment.length);
    for (const { fragment, provider } of this.hosts) if (!this.hostMap.has(fragment)) this.hostMap.set(fragment, provider);
  }

  /**
   * The provider whose host fragment names one of these hosts. A fragment matches whole labels
   * at the end of the name ("mx.google.com" is Google, "google.com.example" is not), looked up
   * label by label, so the cost does not grow with the number of providers.
   */
  byHost(hosts: (string | null | undefined)[]): string | null {
    for (const raw of hosts) {
      if (!raw) continue;
      let h = raw.toLowerCase();
      const semi = h.lastIndexOf(';');
      if (semi >= 0) h = h.slice(semi + 1);
      h = h.trim().replace(/\.$/, '');
      let at = 0;
      for (;;) {
        const p = this.hostMap.get(at === 0 ? h : h.slice(at));
        if (p) return p;
        const next = h.indexOf('.', at);
        if (next < 0) break;
        at = next + 1;
      }
    }
    return null;
  }

  /** The provider response whose wording appears in the reply text. */
  byText(text: string, reply: string | null, enhanced: string | null): ProviderMatch | null {
    if (!this.responses || !text) return null;
    this.responses.lastIndex = 0;
    let best: ProviderMatch | null = null;
    let bestScore = -1;
    for (let m = this.responses.exec(text); m !== null; m = this.responses.exec(text)) {
      const hit = this.byMatch.get(m[0].toLowerCase());
      if (!hit) continue;
      const r = hit.response;
      // A response whose codes agree with the reply beats one that only shares wording.
      let score = m[0].length;
      if (r.enhanced && enhanced && r.enhanced === enhanced) score += 1000;
      else if (r.enhanced && enhanced && r.enhanced !== enhanced) score -= 500;
      if (r.reply && reply && r.reply === reply) score += 100;
      if (score > bestScore) {
        bestScore = score;
        best = {
          provider: hit.provider.id, providerCode: r.providerCode ?? null, responseId: r.id, reason: r.reason,
          whoActs: r.whoActs, reply: r.reply ?? null, enhanced: r.enhanced ?? null,
        };
      }
    }
    return best;
  }
}

const HOST = /\b[a-z0-9](?:[a-z0-9-]{0,62}\.){1,8}[a-z]{2,24}\b/gi;

/** Host names in a piece of text, at most `limit`. */
export function hostsIn(text: string, limit = 12): string[] {
  const out: string[] = [];
  HOST.lastIndex = 0;
  for (let m = HOST.exec(text); m !== null && out.length < limit; m = HOST.exec(text)) out.push(m[0]);
  return out;
}
