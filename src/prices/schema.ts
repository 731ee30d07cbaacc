import { z } from 'zod';
import { apiIdPattern, findNameClashes, gpuIdPattern, type NamedRow, normaliseId } from './names.ts';

// Messages are written for someone fixing their PRICING_FILE by hand, so each says what was expected.
const expecting = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : `expected ${what}`),
});

const price = z.number(expecting('a number > 0')).positive({ error: 'expected a number > 0' });
const text = z.string(expecting('text')).trim().min(1, { error: 'expected non-empty text' });
const asOf = z.iso.date(expecting('an ISO date YYYY-MM-DD'));

const id = (pattern: RegExp, shape: string) =>
  z
    .string(expecting(shape))
    .transform(normaliseId)
    .pipe(z.string().regex(pattern, { error: `expected ${shape}` }));

const gpuId = id(gpuIdPattern, 'an id like provider:gpu or provider:gpu:tier');
const apiId = id(apiIdPattern, 'an id like gpt-4o (letters, digits, ".", "-")');

const strict = <Shape extends z.ZodRawShape>(shape: Shape, what: string) =>
  z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys')
        return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      return issue.input === undefined ? 'required' : `expected ${what}`;
    },
  });

export const gpuRowSchema = strict(
  {
    id: gpuId,
    label: text,
    provider: text,
    tier: text,
    gpu: text,
    pricePerHour: price,
    unit: z.literal('USD/GPU-hour', expecting('"USD/GPU-hour"')),
    asOf,
    source: text,
    aliases: z.array(gpuId, expecting('a list of ids')).optional(),
    note: text.optional(),
  },
  'a GPU row object',
);

export const apiRowSchema = strict(
  {
    id: apiId,
    label: text,
    model: text,
    inputPricePer1M: price,
    outputPricePer1M: price,
    // Only for models the vendor fine-tunes for you: what one training token costs.
    trainingPricePer1M: price.optional(),
    unit: z.literal('USD/1M tokens', expecting('"USD/1M tokens"')),
    asOf,
    source: text,
    aliases: z.array(apiId, expecting('a list of ids')).optional(),
    note: text.optional(),
  },
  'an API row object',
);

const rowList = <Row extends z.ZodType<NamedRow>>(row: Row, kind: 'gpu' | 'api', min: number) =>
  z
    .array(row, expecting(`a list of ${kind} rows`))
    .min(min, { error: `expected at least ${min} ${kind} row` })
    .superRefine((rows, ctx) => {
      for (const clash of findNameClashes(rows)) {
        ctx.addIssue({
          code: 'custom',
          path: [clash.index, ...clash.field],
          message: `"${clash.name}" already names ${kind}[${clash.otherIndex}]`,
        });
      }
    });

export const catalogueSchema = strict(
  { gpu: rowList(gpuRowSchema, 'gpu', 1), api: rowList(apiRowSchema, 'api', 1) },
  'an object with "gpu" and "api" lists',
);

// A PRICING_FILE only needs the rows it changes or adds.
export const pricingFileSchema = strict(
  { gpu: rowList(gpuRowSchema, 'gpu', 0).optional(), api: rowList(apiRowSchema, 'api', 0).optional() },
  'an object with "gpu" and/or "api" lists',
);

export type GpuRow = z.output<typeof gpuRowSchema>;
export type ApiRow = z.output<typeof apiRowSchema>;
export type Catalogue = z.output<typeof catalogueSchema>;
export type PricingFileContents = z.output<typeof pricingFileSchema>;
