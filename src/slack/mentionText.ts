/** What a mention asks for, once the `<@U…>` tokens are gone. */
export type MentionIntent = { kind: 'what-if'; text: string } | { kind: 'compare' } | { kind: 'help' };

export function parseMentionText(raw: string): MentionIntent {
  const text = raw
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/\u00a0/g, ' ')
    .trim();
  const lower = text.toLowerCase();
  if (lower === 'compare' || lower.startsWith('compare ')) return { kind: 'compare' };
  const whatIf = /^what[\s-]*if\b[:,]?\s*/i.exec(text);
  const rest = whatIf ? text.slice(whatIf[0].length) : text;
  if (rest.includes('=')) return { kind: 'what-if', text: rest };
  return { kind: 'help' };
}
