import { parseInline } from '../src/calculator/index.ts';

/** The article's customer-support example, as typed after /ftroi. */
export const CUSTOMER_SUPPORT_TEXT =
  'api=15000 after=200 gpu=200 ft=9.6 examples=10000 repetitive=yes bar=80';

/** The same scenario as the object the calculator validates. */
export function customerSupportScenario(): Record<string, unknown> {
  const parsed = parseInline(CUSTOMER_SUPPORT_TEXT);
  if (!parsed.ok) throw new Error(`customer-support text no longer parses: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}
