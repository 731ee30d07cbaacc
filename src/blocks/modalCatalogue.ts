/**
 * The price-catalogue pickers: static_selects whose options are catalogue rows (text = the row's
 * label and price, value = its id), GPUs grouped by provider. The value is the id the calculator
 * looks up, so a pick reads back exactly like `model=gpt-4o` typed inline.
 */
import type { InputBlock, PlainTextOption, StaticSelect } from '@slack/types';
import { formatUsdPrice } from '../format.ts';
import { findApiModel, findGpu } from '../prices/catalogue.ts';
import type { ApiRow, Catalogue, GpuRow } from '../prices/schema.ts';
import { inputActionId, inputBlockId } from './ids.ts';
import { formatInitialValue, inputHint, inputLabel } from './modalInputs.ts';
import { plain, truncate } from './text.ts';

/** Slack's limits on a static_select (docs.slack.dev/reference/block-kit/block-elements/select-menu-element). */
export const SELECT_LIMITS = { options: 100, optionText: 75, optionValue: 150, groupLabel: 75 } as const;

type OptionGroup = NonNullable<StaticSelect['option_groups']>[number];

export type CataloguePickerKey = 'apiModel' | 'trainGpu' | 'serveGpu';

const gpuPrice = (row: GpuRow) => `${formatUsdPrice(row.pricePerHour)}/h`;
const apiPrice = (row: ApiRow) =>
  `${formatUsdPrice(row.inputPricePer1M)} in / ${formatUsdPrice(row.outputPricePer1M)} out per 1M`;

/** "RunPod H100 SXM, community cloud · $2.69/h": the label gives way so the price always shows. */
function optionFor(label: string, price: string, id: string): PlainTextOption {
  const room = SELECT_LIMITS.optionText - price.length - 3;
  const text = room >= 10 ? `${truncate(label, room)} · ${price}` : truncate(`${label} · ${price}`, 75);
  return { text: plain(text, SELECT_LIMITS.optionText), value: id };
}

/** Ids longer than an option value may be are left to the key=value box (none are, in practice). */
const fitsValue = (row: { id: string }) => row.id.length <= SELECT_LIMITS.optionValue;

export function apiModelOptions(catalogue: Catalogue): PlainTextOption[] {
  return catalogue.api
    .filter(fitsValue)
    .slice(0, SELECT_LIMITS.options)
    .map((row) => optionFor(row.label, apiPrice(row), row.id));
}

/** GPU rows by provider, in catalogue order, at most 100 options in all. */
export function gpuOptionGroups(catalogue: Catalogue): OptionGroup[] {
  const groups = new Map<string, PlainTextOption[]>();
  let count = 0;
  for (const row of catalogue.gpu) {
    if (!fitsValue(row) || count >= SELECT_LIMITS.options) continue;
    const options = groups.get(row.provider) ?? [];
    options.push(optionFor(row.label, gpuPrice(row), row.id));
    groups.set(row.provider, options);
    count += 1;
  }
  return [...groups].map(([provider, options]) => ({
    label: plain(provider, SELECT_LIMITS.groupLabel),
    options,
  }));
}

/** The row a scenario's id names (aliases and loose spellings included), as the calculator finds it. */
function rowId(key: CataloguePickerKey, catalogue: Catalogue, id: string): string | undefined {
  const found = key === 'apiModel' ? findApiModel(catalogue, id) : findGpu(catalogue, id);
  return found.ok ? found.row.id : undefined;
}

export interface CataloguePicker {
  /** Undefined when the catalogue has no rows of that kind. */
  block?: InputBlock;
  /**
   * True when the scenario holds an id the picker cannot show (unknown, or beyond 100 options): it
   * then travels in the key=value box instead, so editing a result never drops it.
   */
  leftOver: boolean;
}

/** One catalogue picker, preselecting the row `initial` names. Always optional: it only helps. */
export function cataloguePicker(
  key: CataloguePickerKey,
  catalogue: Catalogue,
  initial: unknown,
): CataloguePicker {
  const typed = formatInitialValue(initial)?.trim();
  const given = typed !== undefined && typed !== '';
  const flat = key === 'apiModel' ? apiModelOptions(catalogue) : [];
  const groups = key === 'apiModel' ? [] : gpuOptionGroups(catalogue);
  const all = key === 'apiModel' ? flat : groups.flatMap((g) => g.options);
  if (all.length === 0) return { leftOver: given };
  const id = given ? rowId(key, catalogue, typed) : undefined;
  const selected = id === undefined ? undefined : all.find((o) => o.value === id);
  const element: StaticSelect = {
    type: 'static_select',
    action_id: inputActionId(key),
    placeholder: plain(key === 'apiModel' ? 'Choose a model…' : 'Choose a GPU…', 150),
    ...(key === 'apiModel' ? { options: flat } : { option_groups: groups }),
    ...(selected ? { initial_option: selected } : {}),
  };
  const hint = inputHint(key);
  return {
    block: {
      type: 'input',
      block_id: inputBlockId(key),
      label: plain(inputLabel(key), 2000),
      ...(hint ? { hint: plain(hint, 2000) } : {}),
      optional: true,
      element,
    },
    leftOver: given && selected === undefined,
  };
}

/** "2026-03-01 to 2026-10-29": how old the prices behind the pickers are. */
export function catalogueDates(catalogue: Catalogue): string | undefined {
  const dates = [...catalogue.gpu, ...catalogue.api].map((row) => row.asOf).sort();
  const [oldest, newest] = [dates[0], dates.at(-1)];
  if (oldest === undefined || newest === undefined) return undefined;
  return oldest === newest ? oldest : `${oldest} to ${newest}`;
}
