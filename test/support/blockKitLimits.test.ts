import { describe, expect, it } from 'vitest';
import { assertWithinBlockKitLimits, type BlockKitSurface, blockKitViolations } from './blockKitLimits.ts';

// biome-ignore lint/suspicious/noExplicitAny: each case reaches deep into a fixture to break exactly one limit
type Json = Record<string, any>;

const chars = (count: number, char = 'x') => char.repeat(count);
const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const option = (value: string, text = value) => ({ text: plain(text), value });
const dividers = (count: number) => Array.from({ length: count }, () => ({ type: 'divider' }));

function validMessage(): Json {
  return {
    text: 'GO: pays back in 4 months',
    blocks: [
      { type: 'header', block_id: 'title', text: plain('Support bot') },
      { type: 'section', block_id: 'verdict', text: mrkdwn('*GO* — pays back in 4 months') },
      {
        type: 'section',
        block_id: 'figures',
        fields: [mrkdwn('*Net*\n$9,000/mo'), mrkdwn('*Break-even*\n4 mo')],
      },
      {
        type: 'context',
        block_id: 'inputs',
        elements: [mrkdwn('Ran by <@U1>'), plain('Prices as of 2025-01-01')],
      },
      {
        type: 'actions',
        block_id: 'result_actions',
        elements: [
          { type: 'button', action_id: 'edit', text: plain('Edit & re-run'), value: 'v1' },
          { type: 'button', action_id: 'breakdown', text: plain('Breakdown'), value: 'v1' },
          {
            type: 'button',
            action_id: 'sensitivity',
            text: plain('Sensitivity'),
            url: 'https://example.com',
          },
        ],
      },
      { type: 'markdown', text: '**Warnings**: none' },
    ],
  };
}

function validModal(): Json {
  return {
    type: 'modal',
    callback_id: 'scenario',
    private_metadata: JSON.stringify({ channel: 'C1' }),
    title: plain('ftroi scenario'),
    submit: plain('Calculate'),
    close: plain('Cancel'),
    blocks: [
      {
        type: 'input',
        block_id: 'api_block',
        label: plain('Monthly API bill (USD)'),
        hint: plain('What you pay the LLM API each month'),
        element: {
          type: 'number_input',
          action_id: 'api_input',
          is_decimal_allowed: true,
          initial_value: '15000',
          min_value: '0',
          max_value: '10000000',
          placeholder: plain('15000'),
        },
      },
      {
        type: 'input',
        block_id: 'name_block',
        optional: true,
        label: plain('Scenario name'),
        element: {
          type: 'plain_text_input',
          action_id: 'name_input',
          initial_value: 'Support bot',
          max_length: 80,
        },
      },
      {
        type: 'input',
        block_id: 'gpu_block',
        label: plain('GPU'),
        element: {
          type: 'static_select',
          action_id: 'gpu_input',
          options: [option('a100', 'A100 80GB'), option('h100', 'H100')],
          initial_option: option('a100', 'A100 80GB'),
        },
      },
      {
        type: 'input',
        block_id: 'quality_block',
        label: plain('Quality bar'),
        element: {
          type: 'radio_buttons',
          action_id: 'quality_input',
          options: [{ text: mrkdwn('*Strict*'), value: 'strict' }, option('loose', 'Loose')],
        },
      },
      {
        type: 'input',
        block_id: 'flags_block',
        label: plain('Workload'),
        element: {
          type: 'checkboxes',
          action_id: 'flags_input',
          options: [option('repetitive', 'Repetitive')],
        },
      },
      {
        type: 'section',
        block_id: 'more',
        text: mrkdwn('Presets'),
        accessory: { type: 'overflow', action_id: 'preset', options: [option('support'), option('coding')] },
      },
    ],
  };
}

function validHome(): Json {
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: plain('ftroi') },
      { type: 'section', text: mrkdwn('Type `/ftroi` in any channel.') },
    ],
  };
}

const VALID: Record<BlockKitSurface, () => Json> = {
  message: validMessage,
  modal: validModal,
  home: validHome,
};

interface Case {
  rule: string;
  kind: BlockKitSurface;
  change: (payload: Json) => void;
  expected: RegExp[];
}

const block = (payload: Json, blockId: string): Json => {
  const found = payload.blocks.find((candidate: Json) => candidate.block_id === blockId);
  if (found === undefined) throw new Error(`fixture has no block ${blockId}`);
  return found;
};
const button = (payload: Json) => block(payload, 'result_actions').elements[0];
const element = (payload: Json, blockId: string) => block(payload, blockId).element;

const CASES: Case[] = [
  // message surface
  {
    rule: 'message ≤ 50 blocks',
    kind: 'message',
    change: (m) => m.blocks.push(...dividers(45)),
    expected: [/^blocks: blocks has 51 items \(max 50\)$/],
  },
  {
    rule: 'message text fallback present',
    kind: 'message',
    change: (m) => delete m.text,
    expected: [/^text: a non-empty plain-text fallback/],
  },
  {
    rule: 'message text fallback not blank',
    kind: 'message',
    change: (m) => (m.text = '  '),
    expected: [/^text: a non-empty/],
  },
  {
    rule: 'message text ≤ 40,000',
    kind: 'message',
    change: (m) => (m.text = chars(40_001)),
    expected: [/^text: message text is 40001 characters \(max 40000\)$/],
  },
  {
    rule: 'message blocks JSON ≤ 12,000',
    kind: 'message',
    change: (m) =>
      m.blocks.push(...Array.from({ length: 5 }, () => ({ type: 'section', text: mrkdwn(chars(2900)) }))),
    expected: [/^blocks: blocks JSON is \d+ characters \(keep under 12000\)$/],
  },
  {
    rule: 'blocks is an array',
    kind: 'message',
    change: (m) => (m.blocks = { type: 'divider' }),
    expected: [/^blocks: blocks must be an array$/],
  },
  // sections
  {
    rule: 'section text ≤ 3000',
    kind: 'message',
    change: (m) => (block(m, 'verdict').text.text = chars(3001)),
    expected: [/^blocks\[1\]\.text\.text: section text is 3001 characters \(max 3000\)$/],
  },
  {
    rule: 'section text not empty',
    kind: 'message',
    change: (m) => (block(m, 'verdict').text.text = ''),
    expected: [/^blocks\[1\]\.text\.text: section text must be a non-empty string$/],
  },
  {
    rule: 'section text is a text object',
    kind: 'message',
    change: (m) => (block(m, 'verdict').text = 'GO'),
    expected: [/^blocks\[1\]\.text: section text must be a text object/],
  },
  {
    rule: 'section has text or fields',
    kind: 'message',
    change: (m) => delete block(m, 'verdict').text,
    expected: [/^blocks\[1\]: section needs text or fields$/],
  },
  {
    rule: 'section ≤ 10 fields',
    kind: 'message',
    change: (m) => block(m, 'figures').fields.push(...Array.from({ length: 9 }, () => mrkdwn('f'))),
    expected: [/^blocks\[2\]\.fields: section fields has 11 items \(max 10\)$/],
  },
  {
    rule: 'section field ≤ 2000',
    kind: 'message',
    change: (m) => (block(m, 'figures').fields[1].text = chars(2001)),
    expected: [/^blocks\[2\]\.fields\[1\]\.text: section field is 2001 characters \(max 2000\)$/],
  },
  // header
  {
    rule: 'header ≤ 150',
    kind: 'message',
    change: (m) => (block(m, 'title').text.text = chars(151)),
    expected: [/^blocks\[0\]\.text\.text: header text is 151 characters \(max 150\)$/],
  },
  {
    rule: 'header is plain_text',
    kind: 'message',
    change: (m) => (block(m, 'title').text.type = 'mrkdwn'),
    expected: [/^blocks\[0\]\.text\.type: header text must be plain_text$/],
  },
  {
    rule: 'header has text',
    kind: 'message',
    change: (m) => delete block(m, 'title').text,
    expected: [/^blocks\[0\]\.text: header text is required$/],
  },
  // context
  {
    rule: 'context ≤ 10 elements',
    kind: 'message',
    change: (m) => block(m, 'inputs').elements.push(...Array.from({ length: 9 }, () => plain('c'))),
    expected: [/^blocks\[3\]\.elements: context elements has 11 items \(max 10\)$/],
  },
  {
    rule: 'context text ≤ 3000',
    kind: 'message',
    change: (m) => (block(m, 'inputs').elements[0].text = chars(3001)),
    expected: [/^blocks\[3\]\.elements\[0\]\.text: context text is 3001 characters \(max 3000\)$/],
  },
  // actions and buttons
  {
    rule: 'actions ≤ 25 elements',
    kind: 'message',
    change: (m) =>
      block(m, 'result_actions').elements.push(
        ...Array.from({ length: 23 }, (_, i) => ({ type: 'button', action_id: `b${i}`, text: plain('b') })),
      ),
    expected: [/^blocks\[4\]\.elements: actions elements has 26 items \(max 25\)$/],
  },
  {
    rule: 'actions has elements',
    kind: 'message',
    change: (m) => (block(m, 'result_actions').elements = []),
    expected: [/^blocks\[4\]\.elements: actions block needs at least one element$/],
  },
  {
    rule: 'button text ≤ 75',
    kind: 'message',
    change: (m) => (button(m).text.text = chars(76)),
    expected: [/^blocks\[4\]\.elements\[0\]\.text\.text: button text is 76 characters \(max 75\)$/],
  },
  {
    rule: 'button text is plain_text',
    kind: 'message',
    change: (m) => (button(m).text = mrkdwn('*Edit*')),
    expected: [/^blocks\[4\]\.elements\[0\]\.text\.type: button text must be plain_text$/],
  },
  {
    rule: 'button value ≤ 2000',
    kind: 'message',
    change: (m) => (button(m).value = chars(2001)),
    expected: [/^blocks\[4\]\.elements\[0\]\.value: button value is 2001 characters \(max 2000\)$/],
  },
  {
    rule: 'button url ≤ 3000',
    kind: 'message',
    change: (m) => (block(m, 'result_actions').elements[2].url = `https://e.com/${chars(3000)}`),
    expected: [/^blocks\[4\]\.elements\[2\]\.url: button url is 3014 characters \(max 3000\)$/],
  },
  // ids
  {
    rule: 'action_id ≤ 255',
    kind: 'message',
    change: (m) => (button(m).action_id = chars(256)),
    expected: [/^blocks\[4\]\.elements\[0\]\.action_id: action_id is 256 characters \(max 255\)$/],
  },
  {
    rule: 'action_id unique within a block',
    kind: 'message',
    change: (m) => (button(m).action_id = 'breakdown'),
    expected: [/^blocks\[4\]\.elements\[1\]\.action_id: action_id 'breakdown' is repeated within its block$/],
  },
  {
    rule: 'block_id ≤ 255',
    kind: 'message',
    change: (m) => (block(m, 'verdict').block_id = chars(256)),
    expected: [/^blocks\[1\]\.block_id: block_id is 256 characters \(max 255\)$/],
  },
  {
    rule: 'block_id unique',
    kind: 'message',
    change: (m) => (block(m, 'figures').block_id = 'verdict'),
    expected: [/^blocks\[2\]\.block_id: block_id 'verdict' is used by more than one block$/],
  },
  {
    rule: 'markdown block ≤ 12,000',
    kind: 'message',
    change: (m) => (m.blocks[5].text = chars(12_001)),
    expected: [/^blocks\[5\]\.text: markdown text is 12001 characters/, /^blocks: blocks JSON/],
  },
  // modal chrome
  {
    rule: 'modal ≤ 100 blocks',
    kind: 'modal',
    change: (v) => v.blocks.push(...dividers(95)),
    expected: [/^blocks: blocks has 101 items \(max 100\)$/],
  },
  {
    rule: 'modal type',
    kind: 'modal',
    change: (v) => (v.type = 'home'),
    expected: [/^type: view type must be 'modal', got "home"$/],
  },
  {
    rule: 'modal title ≤ 24',
    kind: 'modal',
    change: (v) => (v.title.text = chars(25)),
    expected: [/^title\.text: modal title is 25 characters \(max 24\)$/],
  },
  {
    rule: 'modal title required',
    kind: 'modal',
    change: (v) => delete v.title,
    expected: [/^title: modal title is required$/],
  },
  {
    rule: 'modal title plain_text',
    kind: 'modal',
    change: (v) => (v.title.type = 'mrkdwn'),
    expected: [/^title\.type: modal title must be plain_text$/],
  },
  {
    rule: 'modal submit ≤ 24',
    kind: 'modal',
    change: (v) => (v.submit.text = chars(25)),
    expected: [/^submit\.text: modal submit is 25 characters \(max 24\)$/],
  },
  {
    rule: 'modal submit required with inputs',
    kind: 'modal',
    change: (v) => delete v.submit,
    expected: [/^submit: modal submit is required$/],
  },
  {
    rule: 'modal close ≤ 24',
    kind: 'modal',
    change: (v) => (v.close.text = chars(25)),
    expected: [/^close\.text: modal close is 25 characters \(max 24\)$/],
  },
  {
    rule: 'private_metadata ≤ 3000',
    kind: 'modal',
    change: (v) => (v.private_metadata = chars(3001)),
    expected: [/^private_metadata: private_metadata is 3001 characters \(max 3000\)$/],
  },
  {
    rule: 'private_metadata is a string',
    kind: 'modal',
    change: (v) => (v.private_metadata = { channel: 'C1' }),
    expected: [/^private_metadata: private_metadata must be a string$/],
  },
  {
    rule: 'callback_id ≤ 255',
    kind: 'modal',
    change: (v) => (v.callback_id = chars(256)),
    expected: [/^callback_id: callback_id is 256 characters \(max 255\)$/],
  },
  // input blocks
  {
    rule: 'input label ≤ 2000',
    kind: 'modal',
    change: (v) => (block(v, 'api_block').label.text = chars(2001)),
    expected: [/^blocks\[0\]\.label\.text: input label is 2001 characters \(max 2000\)$/],
  },
  {
    rule: 'input label plain_text',
    kind: 'modal',
    change: (v) => (block(v, 'api_block').label.type = 'mrkdwn'),
    expected: [/^blocks\[0\]\.label\.type: input label must be plain_text$/],
  },
  {
    rule: 'input label required',
    kind: 'modal',
    change: (v) => delete block(v, 'api_block').label,
    expected: [/^blocks\[0\]\.label: input label is required$/],
  },
  {
    rule: 'input hint ≤ 2000',
    kind: 'modal',
    change: (v) => (block(v, 'api_block').hint.text = chars(2001)),
    expected: [/^blocks\[0\]\.hint\.text: input hint is 2001 characters \(max 2000\)$/],
  },
  {
    rule: 'input hint plain_text',
    kind: 'modal',
    change: (v) => (block(v, 'api_block').hint.type = 'mrkdwn'),
    expected: [/^blocks\[0\]\.hint\.type: input hint must be plain_text$/],
  },
  {
    rule: 'input element required',
    kind: 'modal',
    change: (v) => delete block(v, 'api_block').element,
    expected: [/^blocks\[0\]\.element: input block needs an element$/],
  },
  {
    rule: 'placeholder ≤ 150',
    kind: 'modal',
    change: (v) => (element(v, 'api_block').placeholder.text = chars(151)),
    expected: [/^blocks\[0\]\.element\.placeholder\.text: placeholder is 151 characters \(max 150\)$/],
  },
  {
    rule: 'placeholder plain_text',
    kind: 'modal',
    change: (v) => (element(v, 'api_block').placeholder.type = 'mrkdwn'),
    expected: [/^blocks\[0\]\.element\.placeholder\.type: placeholder must be plain_text$/],
  },
  // number_input
  {
    rule: 'number_input needs is_decimal_allowed',
    kind: 'modal',
    change: (v) => delete element(v, 'api_block').is_decimal_allowed,
    expected: [/^blocks\[0\]\.element\.is_decimal_allowed: number_input needs is_decimal_allowed/],
  },
  {
    rule: 'number_input min_value is a string',
    kind: 'modal',
    change: (v) => (element(v, 'api_block').min_value = 0),
    expected: [/^blocks\[0\]\.element\.min_value: min_value must be a string, got number$/],
  },
  {
    rule: 'number_input max_value is a string',
    kind: 'modal',
    change: (v) => (element(v, 'api_block').max_value = 10),
    expected: [/^blocks\[0\]\.element\.max_value: max_value must be a string, got number$/],
  },
  {
    rule: 'number_input initial_value is a string',
    kind: 'modal',
    change: (v) => (element(v, 'api_block').initial_value = 15000),
    expected: [/^blocks\[0\]\.element\.initial_value: initial_value must be a string, got number$/],
  },
  {
    rule: 'number_input values are numbers',
    kind: 'modal',
    change: (v) => (element(v, 'api_block').initial_value = '15k'),
    expected: [/^blocks\[0\]\.element\.initial_value: initial_value '15k' is not a number$/],
  },
  {
    rule: 'number_input min ≤ max',
    kind: 'modal',
    change: (v) => (element(v, 'api_block').min_value = '20000000'),
    expected: [/^blocks\[0\]\.element\.min_value: min_value 20000000 is greater than max_value 10000000$/],
  },
  // plain_text_input
  {
    rule: 'plain_text_input initial_value ≤ its max_length',
    kind: 'modal',
    change: (v) => (element(v, 'name_block').initial_value = chars(81)),
    expected: [/^blocks\[1\]\.element\.initial_value: initial_value is 81 characters \(max 80\)$/],
  },
  {
    rule: 'plain_text_input initial_value ≤ 3000',
    kind: 'modal',
    change: (v) => {
      delete element(v, 'name_block').max_length;
      element(v, 'name_block').initial_value = chars(3001);
    },
    expected: [/^blocks\[1\]\.element\.initial_value: initial_value is 3001 characters \(max 3000\)$/],
  },
  {
    rule: 'plain_text_input max_length ≤ 3000',
    kind: 'modal',
    change: (v) => (element(v, 'name_block').max_length = 3001),
    expected: [/^blocks\[1\]\.element\.max_length: max_length must be an integer from 1 to 3000$/],
  },
  {
    rule: 'plain_text_input min_length ≤ max_length',
    kind: 'modal',
    change: (v) => (element(v, 'name_block').min_length = 81),
    expected: [/^blocks\[1\]\.element\.min_length: min_length 81 is greater than max_length 80$/],
  },
  {
    rule: 'plain_text_input initial_value is a string',
    kind: 'modal',
    change: (v) => (element(v, 'name_block').initial_value = 7),
    expected: [/^blocks\[1\]\.element\.initial_value: initial_value must be a string$/],
  },
  // options
  {
    rule: 'static_select ≤ 100 options',
    kind: 'modal',
    change: (v) =>
      element(v, 'gpu_block').options.push(...Array.from({ length: 99 }, (_, i) => option(`g${i}`))),
    expected: [/^blocks\[2\]\.element\.options: static_select options has 101 items \(max 100\)$/],
  },
  {
    rule: 'option text ≤ 75',
    kind: 'modal',
    change: (v) => (element(v, 'gpu_block').options[1].text.text = chars(76)),
    expected: [/^blocks\[2\]\.element\.options\[1\]\.text\.text: option text is 76 characters \(max 75\)$/],
  },
  {
    rule: 'select option text plain_text',
    kind: 'modal',
    change: (v) => (element(v, 'gpu_block').options[1].text.type = 'mrkdwn'),
    expected: [/^blocks\[2\]\.element\.options\[1\]\.text\.type: option text must be plain_text$/],
  },
  {
    rule: 'option value ≤ 150',
    kind: 'modal',
    change: (v) => (element(v, 'gpu_block').options[1].value = chars(151)),
    expected: [/^blocks\[2\]\.element\.options\[1\]\.value: option value is 151 characters \(max 150\)$/],
  },
  {
    rule: 'option value present',
    kind: 'modal',
    change: (v) => delete element(v, 'gpu_block').options[1].value,
    expected: [/^blocks\[2\]\.element\.options\[1\]\.value: option value must be a string$/],
  },
  {
    rule: 'option description ≤ 75',
    kind: 'modal',
    change: (v) => (element(v, 'gpu_block').options[1].description = plain(chars(76))),
    expected: [
      /^blocks\[2\]\.element\.options\[1\]\.description\.text: option description is 76 characters \(max 75\)$/,
    ],
  },
  {
    rule: 'initial_option checked too',
    kind: 'modal',
    change: (v) => (element(v, 'gpu_block').initial_option.value = chars(151)),
    expected: [/^blocks\[2\]\.element\.initial_option\.value: option value is 151/],
  },
  {
    rule: 'option groups ≤ 100',
    kind: 'modal',
    change: (v) => {
      const select = element(v, 'gpu_block');
      delete select.options;
      delete select.initial_option;
      select.option_groups = Array.from({ length: 101 }, (_, i) => ({
        label: plain(`g${i}`),
        options: [option(`o${i}`)],
      }));
    },
    expected: [
      /^blocks\[2\]\.element\.option_groups: static_select option_groups has 101 items \(max 100\)$/,
    ],
  },
  {
    rule: 'option group label ≤ 75',
    kind: 'modal',
    change: (v) => {
      const select = element(v, 'gpu_block');
      delete select.options;
      delete select.initial_option;
      select.option_groups = [{ label: plain(chars(76)), options: [option('a')] }];
    },
    expected: [
      /^blocks\[2\]\.element\.option_groups\[0\]\.label\.text: option group label is 76 characters \(max 75\)$/,
    ],
  },
  {
    rule: 'radio_buttons ≤ 10 options',
    kind: 'modal',
    change: (v) =>
      element(v, 'quality_block').options.push(...Array.from({ length: 9 }, (_, i) => option(`q${i}`))),
    expected: [/^blocks\[3\]\.element\.options: radio_buttons options has 11 items \(max 10\)$/],
  },
  {
    rule: 'checkboxes ≤ 10 options',
    kind: 'modal',
    change: (v) =>
      element(v, 'flags_block').options.push(...Array.from({ length: 10 }, (_, i) => option(`f${i}`))),
    expected: [/^blocks\[4\]\.element\.options: checkboxes options has 11 items \(max 10\)$/],
  },
  {
    rule: 'overflow ≤ 5 options',
    kind: 'modal',
    change: (v) =>
      block(v, 'more').accessory.options.push(...Array.from({ length: 4 }, (_, i) => option(`p${i}`))),
    expected: [/^blocks\[5\]\.accessory\.options: overflow options has 6 items \(max 5\)$/],
  },
  // home
  {
    rule: 'home ≤ 100 blocks',
    kind: 'home',
    change: (h) => h.blocks.push(...dividers(99)),
    expected: [/^blocks: blocks has 101 items \(max 100\)$/],
  },
  {
    rule: 'home type',
    kind: 'home',
    change: (h) => (h.type = 'modal'),
    expected: [/^type: view type must be 'home', got "modal"$/],
  },
  {
    rule: 'home private_metadata ≤ 3000',
    kind: 'home',
    change: (h) => (h.private_metadata = chars(3001)),
    expected: [/^private_metadata: private_metadata is 3001 characters/],
  },
];

describe('blockKitViolations', () => {
  it.each(['message', 'modal', 'home'] as const)('accepts a valid %s', (kind) => {
    expect(blockKitViolations(kind, VALID[kind]())).toEqual([]);
  });

  it('accepts every value exactly at its limit', () => {
    const message = validMessage();
    message.blocks.push(...dividers(44));
    block(message, 'verdict').text.text = chars(3000);
    block(message, 'title').text.text = chars(150);
    button(message).text.text = chars(75);
    const modal = validModal();
    modal.title.text = chars(24);
    modal.private_metadata = chars(3000);
    element(modal, 'gpu_block').options[1].value = chars(150);

    expect(message.blocks).toHaveLength(50);
    expect(blockKitViolations('message', message)).toEqual([]);
    expect(blockKitViolations('modal', modal)).toEqual([]);
  });

  it.each(CASES)('catches: $rule', ({ kind, change, expected }) => {
    const payload = VALID[kind]();
    change(payload);

    expect(blockKitViolations(kind, payload)).toEqual(
      expected.map((pattern) => expect.stringMatching(pattern)),
    );
  });

  it('reads the view out of views.open arguments', () => {
    const modal = validModal();
    modal.title.text = chars(25);

    expect(blockKitViolations('modal', { trigger_id: '1.2.3', view: modal })).toEqual([
      expect.stringMatching(/^title\.text: modal title is 25 characters/),
    ]);
  });

  it('refuses a payload that is not an object', () => {
    expect(blockKitViolations('message', validMessage().blocks)).toEqual([
      'payload: expected an object, got an array',
    ]);
  });

  it('reports every violation at once', () => {
    const message = validMessage();
    delete message.text;
    button(message).value = chars(2001);

    expect(blockKitViolations('message', message)).toHaveLength(2);
  });
});

describe('assertWithinBlockKitLimits', () => {
  it('passes a valid surface', () => {
    expect(() => assertWithinBlockKitLimits('modal', validModal())).not.toThrow();
  });

  it('throws listing each violation', () => {
    const modal = validModal();
    modal.title.text = chars(25);
    modal.private_metadata = chars(3001);

    expect(() => assertWithinBlockKitLimits('modal', modal)).toThrow(
      /modal breaks Slack's Block Kit limits:\n {2}- title\.text: .*\n {2}- private_metadata: /,
    );
  });
});
