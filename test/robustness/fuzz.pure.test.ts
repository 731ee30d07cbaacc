import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readModalState } from '../../src/blocks/modal.ts';
import { emptyPriceBook, FIELD_BY_KEY, type PriceBook } from '../../src/calculator/index.ts';
import { bundledCatalogue } from '../../src/prices/catalogue.ts';
import { applyPricingFile, PricingFileError } from '../../src/prices/loadPricingFile.ts';
import { catalogueBook } from '../../src/prices/priceBook.ts';
import { parseCommandText } from '../../src/slack/commandText.ts';
import { parseMentionText } from '../../src/slack/mentionText.ts';
import { decodePrivateMetadata, readScenarioPayload } from '../../src/slack/metadata.ts';
import { runInlineText } from '../../src/slack/runScenario.ts';
import { arbScenarioPayload, arbSlashText, arbStateValues, KEYS } from './arbitraries.ts';

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const now = () => new Date('2026-12-04');
const BOOKS: [string, PriceBook][] = [
  ['empty price book', emptyPriceBook],
  ['bundled price book', catalogueBook(bundledCatalogue)],
];

describe.each(BOOKS)('slash text through the pure path (%s)', (_name, prices) => {
  it('never throws; inline text ends ok / incomplete / invalid with non-empty messages', () => {
    fc.assert(
      fc.property(arbSlashText, (text) => {
        const intent = parseCommandText(text);
        expect(['modal', 'help', 'presets', 'preset', 'unknown-preset', 'inline']).toContain(intent.kind);
        const inlineText =
          intent.kind === 'inline' ? intent.text : intent.kind === 'preset' ? intent.overrides : text;
        const outcome = runInlineText(inlineText, { prices, now });
        switch (outcome.kind) {
          case 'ok':
            expect(outcome.analysis.scenario).toBeDefined();
            break;
          case 'incomplete':
            expect(outcome.missing.length).toBeGreaterThan(0);
            for (const issue of outcome.missing) expect(issue.message.trim()).not.toBe('');
            break;
          case 'invalid':
            expect(outcome.issues.length).toBeGreaterThan(0);
            for (const issue of outcome.issues) expect(issue.message.trim()).not.toBe('');
            break;
          default:
            throw new Error(`unexpected outcome ${JSON.stringify(outcome)}`);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('modal state values', () => {
  it('readModalState never throws and returns issues with messages', () => {
    fc.assert(
      fc.property(arbStateValues, (values) => {
        const read = readModalState(values as never);
        expect(typeof read.values).toBe('object');
        for (const issue of read.issues) {
          expect(issue.message.trim()).not.toBe('');
          expect(typeof issue.field).toBe('string');
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('readModalState tolerates non-object input', () => {
    fc.assert(
      fc.property(fc.anything(), (anything) => {
        readModalState(anything as never);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('button values and message metadata', () => {
  it('readScenarioPayload never throws and always explains a refusal', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbScenarioPayload,
          arbScenarioPayload.map((p) => JSON.stringify(p)),
          fc.string(),
          fc.anything(),
        ),
        (raw) => {
          const read = readScenarioPayload(raw);
          if (!read.ok) expect(read.reason.trim()).not.toBe('');
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('decodePrivateMetadata never throws and returns only a channel-bearing record', () => {
    const meta = fc.record(
      {
        channelId: fc.oneof(fc.constantFrom('C1', 'D1', 'G123', 'X1', ''), fc.string()),
        userId: fc.string({ maxLength: 60 }),
        responseUrl: fc.oneof(fc.webUrl(), fc.string()),
        threadTs: fc.oneof(fc.constant('1700000000.000100'), fc.string()),
        derivedFromTs: fc.string(),
        derivedFromRevision: fc.oneof(fc.integer(), fc.double()),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          meta.map((m) => JSON.stringify(m)),
          fc.string({ unit: 'binary' }),
          fc.anything(),
        ),
        (raw) => {
          const decoded = decodePrivateMetadata(raw);
          if (decoded !== undefined) expect(decoded.channelId).toMatch(/^[CGD][A-Z0-9]+$/);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('mention text', () => {
  it('parseMentionText never throws and yields a known intent', () => {
    const mention = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .tuple(
          fc.constantFrom('<@UBOT> ', '<@UBOT|ftroi> ', '', '<@U1> <@UBOT> '),
          fc.constantFrom('what if ', 'What-if: ', 'compare', 'compare ', ''),
          arbSlashText,
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(mention, (text) => {
        const intent = parseMentionText(text);
        expect(['what-if', 'compare', 'help']).toContain(intent.kind);
        if (intent.kind === 'what-if') expect(intent.text).toContain('=');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('PRICING_FILE rows', () => {
  const gpuRow = fc.record(
    {
      id: fc.oneof(fc.constantFrom('acme:h200', 'acme:h200:spot', 'h200', 'ACME:H200 '), fc.string()),
      label: fc.oneof(fc.constant('Acme'), fc.string()),
      provider: fc.oneof(fc.constant('Acme'), fc.string()),
      tier: fc.oneof(fc.constant('on-demand'), fc.string()),
      gpu: fc.oneof(fc.constant('H200'), fc.string()),
      pricePerHour: fc.oneof(fc.double(), fc.integer(), fc.string()),
      unit: fc.constantFrom('USD/GPU-hour', 'USD/hour', ''),
      asOf: fc.oneof(fc.constantFrom('2026-01-01', '2026-13-01', '2026-02-30'), fc.string()),
      source: fc.oneof(fc.constant('https://acme.example'), fc.string()),
      aliases: fc.array(fc.oneof(fc.constant('acme:h200'), fc.string()), { maxLength: 3 }),
      note: fc.string(),
      junk: fc.anything(),
    },
    { requiredKeys: [] },
  );
  const apiRow = fc.record(
    {
      id: fc.oneof(fc.constantFrom('gpt-4o', 'gpt-4o-mini', 'my.model-1', 'bad id!'), fc.string()),
      label: fc.string(),
      model: fc.string(),
      inputPricePer1M: fc.oneof(fc.double(), fc.string()),
      outputPricePer1M: fc.oneof(fc.double(), fc.nat()),
      trainingPricePer1M: fc.oneof(fc.double(), fc.constant(null)),
      unit: fc.constantFrom('USD/1M tokens', 'USD'),
      asOf: fc.constantFrom('2026-01-01', 'yesterday'),
      source: fc.string(),
      aliases: fc.array(fc.string(), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  );
  const file = fc.oneof(
    fc.record(
      {
        gpu: fc.array(fc.oneof(gpuRow, fc.anything()), { maxLength: 4 }),
        api: fc.array(apiRow, { maxLength: 4 }),
      },
      { requiredKeys: [] },
    ),
    fc.anything(),
  );

  it('applyPricingFile returns a catalogue or throws PricingFileError, nothing else', () => {
    fc.assert(
      fc.property(file, (json) => {
        try {
          const catalogue = applyPricingFile(json, 'fuzz.json');
          expect(catalogue.gpu.length).toBeGreaterThan(0);
        } catch (error) {
          if (!(error instanceof PricingFileError)) throw error;
          expect(error.problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

it('the arbitraries cover every modal field', () => {
  expect(KEYS.every((k) => FIELD_BY_KEY.has(k))).toBe(true);
});
