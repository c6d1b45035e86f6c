/** Links the answers carry: RFCs at the RFC Editor, with a section anchor where we know one. */
import type { LinkRef } from './answer.js';

export function rfcLink(ref: string): LinkRef | undefined {
  const m = /^RFC (\d+)(?: §([\d.]+))?$/.exec(ref);
  if (!m) return undefined;
  const url = `https://www.rfc-editor.org/rfc/rfc${m[1]}${m[2] ? `#section-${m[2]}` : ''}`;
  return { title: ref, url };
}

export function rfcLinks(refs: string[]): LinkRef[] {
  const seen = new Set<string>();
  const out: LinkRef[] = [];
  for (const ref of refs) {
    const link = rfcLink(ref);
    if (link && !seen.has(link.url)) {
      seen.add(link.url);
      out.push(link);
    }
  }
  return out;
}
