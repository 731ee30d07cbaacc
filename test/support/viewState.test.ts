import { describe, expect, it } from 'vitest';
import { submittedValues } from './viewState.ts';

const plain = (text: string) => ({ type: 'plain_text' as const, text });
const a100 = { text: plain('A100'), value: 'a100' };
const h100 = { text: plain('H100'), value: 'h100' };

const modal = {
  type: 'modal',
  title: plain('ftroi'),
  blocks: [
    { type: 'header', text: plain('Scenario') },
    {
      type: 'input',
      block_id: 'api_block',
      label: plain('API bill'),
      element: {
        type: 'number_input',
        action_id: 'api_input',
        is_decimal_allowed: true,
        initial_value: '15000',
      },
    },
    {
      type: 'input',
      block_id: 'name_block',
      label: plain('Name'),
      element: { type: 'plain_text_input', action_id: 'name_input' },
    },
    {
      type: 'input',
      block_id: 'gpu_block',
      label: plain('GPU'),
      element: { type: 'static_select', action_id: 'gpu_input', options: [a100, h100], initial_option: a100 },
    },
    {
      type: 'input',
      block_id: 'flags_block',
      label: plain('Workload'),
      element: { type: 'checkboxes', action_id: 'flags_input', options: [a100, h100] },
    },
  ],
};

describe('submittedValues', () => {
  it('submits what the modal was prefilled with, empty inputs as null', () => {
    expect(submittedValues(modal)).toEqual({
      api_block: { api_input: { type: 'number_input', value: '15000' } },
      name_block: { name_input: { type: 'plain_text_input', value: null } },
      gpu_block: { gpu_input: { type: 'static_select', selected_option: a100 } },
      flags_block: { flags_input: { type: 'checkboxes', selected_options: [] } },
    });
  });

  it('applies what the user changed, by block_id', () => {
    const values = submittedValues(modal, {
      api_block: '40k',
      gpu_block: 'h100',
      flags_block: ['h100'],
      name_block: 'Bot',
    });

    expect(values.api_block?.api_input?.value).toBe('40k');
    expect(values.name_block?.name_input?.value).toBe('Bot');
    expect(values.gpu_block?.gpu_input?.selected_option).toEqual(h100);
    expect(values.flags_block?.flags_input?.selected_options).toEqual([h100]);
  });

  it('clears an input set to null', () => {
    expect(submittedValues(modal, { api_block: null }).api_block?.api_input?.value).toBeNull();
  });

  it('refuses to change a block the modal does not have', () => {
    expect(() => submittedValues(modal, { gpus_block: '2' })).toThrow(
      /no input block with block_id gpus_block/,
    );
  });

  it('refuses an option the select does not offer', () => {
    expect(() => submittedValues(modal, { gpu_block: 'b200' })).toThrow(/gpu_input offers no option b200/);
  });
});
