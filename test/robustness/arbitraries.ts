import fc from 'fast-check';
import { MORE_INPUTS_ACTION_ID, MORE_INPUTS_BLOCK_ID } from '../../src/blocks/ids.ts';
import { MODAL_FIELD_KEYS } from '../../src/blocks/modalGroups.ts';
import { KEY_BY_NAME } from '../../src/calculator/index.ts';

/** Every name the inline grammar accepts (keys and their short aliases). */
export const NAMES: string[] = [...KEY_BY_NAME.keys()];
export const KEYS: string[] = [...MODAL_FIELD_KEYS];

const numberish = fc.oneof(
  fc.double().map(String),
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 400n), max: 10n ** 400n }).map(String),
  fc.constantFrom(
    '1e999',
    '-1e999',
    'NaN',
    'Infinity',
    '-0',
    '0x10',
    '15k',
    '$15,000',
    '40%',
    '150..400',
    '..',
    '1..',
    '..2',
    '9'.repeat(400),
    '1e-400',
    '١٢٣',
    '１５ｋ',
    '$',
    '%',
    ',',
    '1,2,3',
    'yes',
    'no',
    'weekly',
    '2026-02-30',
    '"quoted value"',
    '“smart”',
    '\u00a0',
    '0.0000001',
    '1e308',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

const name = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('API', 'Gpu', ''),
);

const pair = fc
  .tuple(name, fc.constantFrom('=', '==', ' = ', '=\u00a0', '= '), numberish)
  .map(([n, eq, v]) => `${n}${eq}${v}`);

/** Slash text: free unicode, `=`-heavy strings, key=value soups with huge and odd numbers, presets. */
export const arbSlashText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(fc.constantFrom('=', '==', ' ', 'a', '"', '1', '\u00a0'), { maxLength: 80 })
    .map((a) => a.join('')),
  fc.array(pair, { minLength: 1, maxLength: 12 }).map((pairs) => pairs.join(' ')),
  fc
    .tuple(
      fc.constantFrom(
        'preset ',
        'preset customer-support ',
        'customer-support ',
        'presets ',
        'help ',
        '? ',
        '',
      ),
      fc.array(pair, { maxLength: 5 }),
    )
    .map(([head, pairs]) => `${head}${pairs.join(' ')}`),
);

const elementState = fc.oneof(
  fc.record({
    type: fc.constant('plain_text_input'),
    value: fc.oneof(numberish, fc.constant(null), arbSlashText),
  }),
  fc.record({
    type: fc.constantFrom('static_select', 'radio_buttons'),
    selected_option: fc.oneof(
      fc.constant(null),
      fc.record({ value: fc.oneof(numberish, fc.constantFrom('yes', 'no', 'weekly', 'monthly')) }),
      fc.anything(),
    ),
  }),
  fc.record({ type: fc.string(), value: fc.anything() }, { requiredKeys: [] }),
  fc.anything(),
);

const blockIds = fc.oneof(fc.constantFrom(...KEYS, MORE_INPUTS_BLOCK_ID), fc.string({ maxLength: 10 }));

/** view.state.values: mostly the real block/action ids with hostile element states, some garbage. */
export const arbStateValues: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .dictionary(
      blockIds,
      fc.oneof(
        elementState.map((s) => ({ __same__: s })),
        fc.dictionary(fc.oneof(fc.constantFrom(...KEYS, MORE_INPUTS_ACTION_ID), fc.string()), elementState),
        fc.anything(),
      ),
      { maxKeys: 16 },
    )
    .map((values) => {
      // `__same__` stands for "action_id equal to block_id", as the app builds its inputs.
      const out: Record<string, unknown> = {};
      for (const [blockId, actions] of Object.entries(values)) {
        if (actions && typeof actions === 'object' && '__same__' in (actions as object)) {
          const actionId = blockId === MORE_INPUTS_BLOCK_ID ? MORE_INPUTS_ACTION_ID : blockId;
          out[blockId] = { [actionId]: (actions as { __same__: unknown }).__same__ };
        } else out[blockId] = actions;
      }
      return out;
    }),
  fc.anything(),
);

/** A modal's state values as the app's own inputs would carry them, each a plain_text_input. */
export const arbPlainModalValues: fc.Arbitrary<
  Record<string, Record<string, { type: string; value: string | null }>>
> = fc
  .dictionary(
    fc.constantFrom(...KEYS, MORE_INPUTS_BLOCK_ID),
    fc.oneof(numberish, arbSlashText, fc.constant(null)),
    { maxKeys: 12 },
  )
  .map((values) =>
    Object.fromEntries(
      Object.entries(values).map(([blockId, value]) => [
        blockId,
        {
          [blockId === MORE_INPUTS_BLOCK_ID ? MORE_INPUTS_ACTION_ID : blockId]: {
            type: 'plain_text_input',
            value,
          },
        },
      ]),
    ),
  );

const scenarioJson = fc.oneof(
  fc
    .dictionary(
      fc.oneof(fc.constantFrom(...KEYS), fc.string()),
      fc.oneof(fc.double(), fc.integer(), fc.string(), fc.boolean(), fc.anything()),
    )
    .map((s) => JSON.stringify(s)),
  fc.string(),
  fc.constant(
    '{"apiMonthlyCost":15000,"gpuMonthlyCost":200,"fineTuneCost":9.6,"trainingExamples":10000,"repetitive":true}',
  ),
);

/** Button values / metadata payloads: near-valid shapes with one thing wrong, and garbage. */
export const arbScenarioPayload: fc.Arbitrary<unknown> = fc.record(
  {
    schema_version: fc.oneof(fc.constant(1), fc.integer(), fc.string(), fc.constant(null)),
    scenario: scenarioJson,
    revision: fc.oneof(fc.nat(20_000), fc.double(), fc.string()),
    label: fc.string({ maxLength: 100 }),
    derived_from_ts: fc.oneof(fc.constant('1700000000.000100'), fc.string()),
    reply_to: fc.oneof(fc.constant('1700000000.000200'), fc.string()),
    extra: fc.anything(),
  },
  { requiredKeys: [] },
);
