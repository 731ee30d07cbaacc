/** Opening, reading and filling the scenario modal in tests, as a person using it would. */
import type { InputBlock, ModalView, PlainTextOption } from '@slack/types';
import { scenarioModal } from '../../src/blocks/modal.ts';
import { type Analysis, evaluate, type Scenario } from '../../src/calculator/index.ts';
import { bundledCatalogue } from '../../src/prices/catalogue.ts';
import { catalogueBook } from '../../src/prices/priceBook.ts';
import type { Catalogue } from '../../src/prices/schema.ts';
import type { ViewStateValues } from '../support/viewState.ts';
import { TODAY } from './fixtures.ts';

export const CATALOGUE = bundledCatalogue;
export const PRICES = catalogueBook(bundledCatalogue);
export const METADATA = '{"channel":"C1"}';

export interface OpenOptions {
  title?: string;
  refine?: boolean;
  catalogue?: Catalogue;
}

export const open = (initial: Scenario, options: OpenOptions = {}): ModalView =>
  scenarioModal({
    initial,
    privateMetadata: METADATA,
    catalogue: options.catalogue ?? CATALOGUE,
    ...(options.title ? { title: options.title } : {}),
    ...(options.refine ? { refine: true } : {}),
  });

export const inputs = (view: ModalView): InputBlock[] =>
  view.blocks.filter((b): b is InputBlock => b.type === 'input');

export const inputFor = (view: ModalView, key: string): InputBlock | undefined =>
  inputs(view).find((b) => b.block_id === key);

export const initialOf = (view: ModalView, key: string): string | undefined => {
  const element = inputFor(view, key)?.element as Record<string, unknown> | undefined;
  return (element?.initial_value ?? (element?.initial_option as { value?: string } | undefined)?.value) as
    | string
    | undefined;
};

export const blockIds = (view: ModalView): Set<string> =>
  new Set(view.blocks.map((b) => b.block_id).filter((id): id is string => typeof id === 'string'));

/** Every option a select offers, flat or in groups. */
export function optionsOf(view: ModalView, key: string): PlainTextOption[] {
  const element = inputFor(view, key)?.element as
    | { options?: PlainTextOption[]; option_groups?: { options: PlainTextOption[] }[] }
    | undefined;
  return [...(element?.options ?? []), ...(element?.option_groups ?? []).flatMap((g) => g.options)];
}

/**
 * The state of picking `value` in a select, grouped options included (test/support's
 * submittedValues only finds flat options).
 */
export function picked(view: ModalView, key: string, value: string): ViewStateValues {
  const option = optionsOf(view, key).find((o) => o.value === value);
  if (!option) throw new Error(`${key} offers no option ${value}`);
  return { [key]: { [key]: { type: 'static_select', selected_option: option as never } } };
}

/** What the figures depend on: equal here means the modal lost nothing on the way round. */
export function figures(scenario: unknown) {
  const result = evaluate(scenario, { today: TODAY, prices: PRICES, samples: 500 });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const a: Analysis = result.value;
  return {
    S: a.monthlyNetSavings,
    breakEven: a.breakEvenMonths,
    roi12: a.roi12,
    roi36: a.roi36,
    min: a.minApiBillFor6MonthPayback,
    verdict: a.verdict,
    warnings: a.warnings,
    quickTest: a.quickTest,
    name: a.name,
    uncertainty: a.uncertainty,
    notes: a.inputs.notes,
    pricesUsed: a.inputs.pricesUsed,
  };
}
