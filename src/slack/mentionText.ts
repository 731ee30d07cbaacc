/** What a mention asks for, once the `<@U…>` tokens are gone. */
export type MentionIntent = { kind: 'what-if'; text: string } | { kind: 'compare' } | { kind: 'help' };

export function parseMentionText(raw: string): MentionIntent {
  // Mentions go first, on the text as Slack sent it: decoded, a typed `&lt;@U1&gt;` would look like one.
  const text = decodeMessageText(raw.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' '))
    .replace(/\u00a0/g, ' ')
    .trim();
  const lower = text.toLowerCase();
  if (lower === 'compare' || lower.startsWith('compare ')) return { kind: 'compare' };
  const whatIf = /^what[\s-]*if\b[:,]?\s*/i.exec(text);
  const rest = whatIf ? text.slice(whatIf[0].length) : text;
  if (rest.includes('=')) return { kind: 'what-if', text: rest };
  return { kind: 'help' };
}

/** `<https://…|label>`, `<mailto:…>`: Slack's wrapping of the links it detects in a message. */
const LINK = /<([a-z][a-z0-9+.-]*:[^|>]*)(?:\|([^>]*))?>/gi;
const ENTITY = /&(amp|lt|gt);/g;
const DECODED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>' };

/**
 * Message text as the user typed it: Slack escapes `&`, `<` and `>` and wraps the URLs and emails
 * it detects, so `name="R&D"` arrives as `name="R&amp;D"` and `a@b.co` as `<mailto:a@b.co|a@b.co>`.
 * Links are unwrapped before the entities are decoded (a decoded `&lt;` is a literal `<`, never a
 * link), and in one pass so that `&amp;lt;` becomes `&lt;`, not `<`.
 */
export function decodeMessageText(text: string): string {
  return text
    .replace(LINK, (_link, target: string, label: string | undefined) => label ?? target)
    .replace(ENTITY, (_entity, name: string) => DECODED[name] ?? '');
}
