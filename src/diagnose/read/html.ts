/**
 * HTML as the text a reader sees: block tags become line breaks, other tags spaces, and the few
 * entities a bounce uses are decoded. Enough for a server's answer quoted in an HTML notice; every
 * repetition is bounded so a hostile paste stays linear.
 */
export function stripHtml(html: string): string {
  return html
    .replace(/<(?:br|p|div|tr|li|h\d)\b[^>]{0,500}>/gi, '\n')
    .replace(/<[^>]{0,2000}>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/gi, '&');
}
