import { describe, expect, it } from 'vitest';
import { bundledCatalogue, findApiModel, findGpu } from '../../src/prices/catalogue.ts';

const gpuId = (query: string) => {
  const found = findGpu(bundledCatalogue, query);
  return found.ok ? found.row.id : found.message;
};
const apiId = (query: string) => {
  const found = findApiModel(bundledCatalogue, query);
  return found.ok ? found.row.id : found.message;
};
const gpuMiss = (query: string) => {
  const found = findGpu(bundledCatalogue, query);
  if (found.ok) throw new Error(`expected no row for ${query}, found ${found.row.id}`);
  return found;
};

describe('findGpu', () => {
  it.each([
    ['runpod:h100-sxm', 'runpod:h100-sxm'],
    ['runpod:h100-sxm:secure', 'runpod:h100-sxm:secure'],
    ['lambda:h100-sxm', 'lambda:h100-sxm'],
    ['lambda:h100-sxm:8x', 'lambda:h100-sxm:8x'],
    ['coreweave:h100', 'coreweave:h100'],
    ['vast:h100-sxm', 'vast:h100-sxm'],
  ])('finds %s by its id', (query, id) => {
    expect(gpuId(query)).toBe(id);
  });

  it.each([
    ['runpod:a100-80gb', 'runpod:a100-sxm-80gb'],
    ['runpod:h100-sxm:community', 'runpod:h100-sxm'],
    ['lambda:h100-sxm:1x', 'lambda:h100-sxm'],
    ['coreweave:hgx-h100', 'coreweave:h100'],
    ['runpod:4090:secure', 'runpod:rtx-4090:secure'],
  ])('finds %s by an alias', (query, id) => {
    expect(gpuId(query)).toBe(id);
  });

  it.each([
    ['RunPod:H100-SXM', 'runpod:h100-sxm'],
    ['  runpod:h100 sxm  ', 'runpod:h100-sxm'],
    ['runpod:h100_sxm', 'runpod:h100-sxm'],
    ['RunPod : A100 80GB', 'runpod:a100-sxm-80gb'],
    ['Lambda:H100 SXM:8×', 'lambda:h100-sxm:8x'],
    ['runpod h100 sxm secure', 'runpod:h100-sxm:secure'],
  ])('reads %j regardless of case, spaces and underscores', (query, id) => {
    expect(gpuId(query)).toBe(id);
  });

  it('names an unknown id and suggests up to three close ones', () => {
    const found = gpuMiss('runpod:h100-smx');
    expect(found.message).toContain('"runpod:h100-smx"');
    expect(found.suggestions[0]).toBe('runpod:h100-sxm');
    expect(found.suggestions.length).toBeLessThanOrEqual(3);
    for (const id of found.suggestions) expect(found.message).toContain(id);
  });

  it('suggests rows sharing a token before rows that are merely short', () => {
    const { suggestions } = gpuMiss('h100');
    expect(suggestions).toHaveLength(3);
    for (const id of suggestions) expect(id).toContain('h100');
  });

  it('points a tier-less id at the tier that exists', () => {
    expect(gpuMiss('lambda:a100-sxm-80gb').suggestions[0]).toBe('lambda:a100-sxm-80gb:8x');
  });

  it('says so when nothing is close', () => {
    const found = gpuMiss('zzzz');
    expect(found.suggestions).toEqual([]);
    expect(found.message).toMatch(/Unknown GPU id "zzzz"\. No close match/);
  });

  it('says an API model is not a GPU', () => {
    expect(gpuId('GPT-4o')).toBe('"GPT-4o" is an API model, not a GPU.');
  });

  it('asks for an id when given none', () => {
    expect(gpuId('   ')).toBe('No GPU id given.');
  });

  it('does not guess when a loose spelling fits two rows', () => {
    const twin = { ...bundledCatalogue.gpu[0], id: 'runpod-h100:sxm', aliases: [] };
    const catalogue = { ...bundledCatalogue, gpu: [...bundledCatalogue.gpu, twin] };
    expect(findGpu(catalogue, 'runpod h100 sxm').ok).toBe(false);
    expect(findGpu(catalogue, 'runpod:h100-sxm').ok).toBe(true);
  });

  it('cuts a very long unknown id short in the message', () => {
    expect(gpuMiss('x'.repeat(5000)).message.length).toBeLessThan(200);
  });
});

describe('findApiModel', () => {
  it.each([
    ['gpt-4o', 'gpt-4o'],
    ['GPT-4o-mini', 'gpt-4o-mini'],
    ['gpt-4o-mini-ft', 'gpt-4o-mini-ft'],
    ['gpt 4o mini fine tuned', 'gpt-4o-mini-ft'],
    ['claude-sonnet-4.5', 'claude-sonnet-4.5'],
    ['Claude Sonnet 4.5', 'claude-sonnet-4.5'],
    ['claude-sonnet-4-5', 'claude-sonnet-4.5'],
  ])('finds %j', (query, id) => {
    expect(apiId(query)).toBe(id);
  });

  it('suggests close model ids', () => {
    const found = findApiModel(bundledCatalogue, 'gpt-4o-mni');
    expect(found.ok ? found.row.id : found.suggestions[0]).toBe('gpt-4o-mini');
  });

  it('says a GPU is not an API model', () => {
    expect(apiId('runpod:h100-sxm')).toBe('"runpod:h100-sxm" is a GPU, not an API model.');
  });
});
