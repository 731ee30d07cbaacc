import type { FieldIssue } from '../calculator/index.ts';

/**
 * One line per problem, each naming its key. The model's messages already name the key they are
 * about (`api (apiMonthlyCost) must be …`), so the key is prefixed only where a message does not.
 */
export function issueLines(issues: readonly FieldIssue[], where = ''): string[] {
  const prefix = where ? `${where}: ` : '';
  return issues.map(({ field, message }) =>
    message.includes(field) ? `${prefix}${message}` : `${prefix}${field}: ${message}`,
  );
}
