/**
 * The neutral answer every adapter shows. The core builds one `Answer`; `text/` renders it for a
 * terminal and `blocks/` for Slack, so the console, the CLI and Slack can never drift apart, and
 * Block Kit's limits are enforced in one renderer instead of in every listener.
 *
 * Strings in an Answer are plain text. Text that came from a user (a paste, a query) is marked
 * with `fromUser` or placed in `preformatted`, so renderers know to escape or fence it.
 */

export interface Field {
  label: string;
  value: string;
}

export interface Section {
  /** Starts a new part of the answer (one per code in "550 5.1.1"): a header line or block. */
  header?: string;
  /** A bold label above the body ("Meaning", "How to fix"). */
  heading?: string;
  text?: string;
  bullets?: string[];
  /** Short label/value pairs shown side by side (class, who acts, retry). */
  fields?: Field[];
  /** Shown verbatim in a code block: pasted evidence, raw server text. */
  preformatted?: string;
  /** Small print under the section (RFC references, provider page dates). */
  context?: string;
}

export interface LinkRef {
  title: string;
  url: string;
}

/** A button or select the Slack adapter can offer; the terminal lists them as hints or omits them. */
export type AnswerAction =
  | { type: 'share'; label: string }
  | { type: 'fix-steps'; label: string; code: string }
  | { type: 'compare'; label: string; code: string; options: { label: string; value: string }[] }
  | { type: 'explain'; label: string; code: string };

export type AnswerKind = 'explain' | 'compare' | 'search' | 'diagnose' | 'help' | 'error' | 'settings';

export interface Answer {
  kind: AnswerKind;
  /** The headline: "421 Service not available, closing channel". */
  title: string;
  /** One line under the title: class and the gist. */
  summary?: string;
  sections: Section[];
  /** Things that stop a misdiagnosis: shown prominently, before the details. */
  warnings: string[];
  links: LinkRef[];
  actions: AnswerAction[];
  /** The whole answer as one plain string: Slack's notification `text`, screen readers, logs. */
  fallback: string;
  /** The query exactly as the user typed it, for "you asked …" lines; renderers escape it. */
  query?: string;
}
