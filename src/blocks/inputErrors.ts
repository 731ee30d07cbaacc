/**
 * The ephemeral reply to an invalid inline command: each bad key, why, and the form it accepts.
 * Nothing is calculated from a half-understood command.
 */
import { acceptedForm, FIELD_BY_KEY, type FieldIssue } from '../calculator/index.ts';
import { context, escapeMrkdwn, type Message, section, sections, truncate } from './text.ts';

/** Issues listed before "and N more": a reply longer than this would bury the first fix. */
export const MAX_LISTED_ISSUES = 20;
/** Characters of issue lines, well inside the ~12,000 Slack accepts for a message's blocks. */
const LINES_BUDGET = 7000;
/** One issue's reason: an unknown key's message lists every known key, which is plenty. */
const MESSAGE_MAX = 500;

const keyName = (field: string): string => {
  const spec = FIELD_BY_KEY.get(field);
  return spec?.aliases[0] ? `${spec.aliases[0]} (${spec.key})` : field;
};

export function issueLine(issue: FieldIssue): string {
  const spec = FIELD_BY_KEY.get(issue.field);
  const accepted = spec ? `\n   _Accepted:_ ${escapeMrkdwn(acceptedForm(spec))}` : '';
  return `• *${escapeMrkdwn(truncate(keyName(issue.field), 80))}*: ${escapeMrkdwn(truncate(issue.message, MESSAGE_MAX))}${accepted}`;
}

export function inputErrorsMessage(issues: readonly FieldIssue[]): Message {
  const listed: string[] = [];
  let used = 0;
  for (const issue of issues.slice(0, MAX_LISTED_ISSUES)) {
    const line = issueLine(issue);
    if (listed.length > 0 && used + line.length > LINES_BUDGET) break;
    listed.push(line);
    used += line.length + 1;
  }
  const more = issues.length - listed.length;
  const keys = [...new Set(issues.map((i) => truncate(keyName(i.field), 80)))];
  return {
    text: truncate(`Some inputs need fixing: ${escapeMrkdwn(keys.join(', '))}`, 1000),
    blocks: [
      section(':warning: *Some inputs need fixing*, so nothing was calculated:'),
      ...sections([...listed, ...(more > 0 ? [`…and ${more} more`] : [])]),
      context(['`/ftroi help` lists every key with its unit and an example; `/ftroi` alone opens the form.']),
    ],
  };
}
