import { checkElement } from './blockKitElements.ts';
import {
  asJson,
  checkTextObject,
  type Findings,
  type Json,
  jsonArray,
  BLOCK_KIT_LIMITS as L,
} from './blockKitShared.ts';

type BlockCheck = (block: Json, path: string, actionIds: Set<string>, findings: Findings) => void;

// Block types without limits of their own here (divider, image, rich_text…) only get block_id checks.
const BLOCK_CHECKS: Record<string, BlockCheck> = {
  section: checkSection,
  header: (block, path, _actionIds, findings) => {
    const rule = { what: 'header text', max: L.headerText, plainOnly: true, required: true };
    checkTextObject(block.text, `${path}.text`, rule, findings);
  },
  actions: checkActions,
  context: (block, path, _actionIds, findings) => checkContext(block, path, findings),
  input: checkInput,
  markdown: (block, path, _actionIds, findings) => {
    findings.maxLength(block.text, `${path}.text`, 'markdown text', L.markdownText);
  },
};

/** Checks one block; `blockIds` collects the surface's block_ids, which Slack requires unique. */
export function checkBlock(block: Json, path: string, blockIds: Set<string>, findings: Findings): void {
  checkBlockId(block.block_id, `${path}.block_id`, blockIds, findings);
  BLOCK_CHECKS[String(block.type)]?.(block, path, new Set<string>(), findings);
}

function checkBlockId(blockId: unknown, path: string, seen: Set<string>, findings: Findings): void {
  if (blockId === undefined) return;
  if (typeof blockId !== 'string') {
    findings.add(path, 'block_id must be a string');
    return;
  }
  findings.maxLength(blockId, path, 'block_id', L.blockId);
  if (seen.has(blockId)) findings.add(path, `block_id '${blockId}' is used by more than one block`);
  seen.add(blockId);
}

function checkSection(block: Json, path: string, actionIds: Set<string>, findings: Findings): void {
  if (block.text === undefined && block.fields === undefined)
    findings.add(path, 'section needs text or fields');
  if (block.text !== undefined) {
    checkTextObject(block.text, `${path}.text`, { what: 'section text', max: L.sectionText }, findings);
  }
  findings.maxItems(block.fields, `${path}.fields`, 'section fields', L.sectionFields);
  jsonArray(block.fields).forEach((field, index) => {
    checkTextObject(
      field,
      `${path}.fields[${index}]`,
      { what: 'section field', max: L.sectionFieldText },
      findings,
    );
  });
  const accessory = asJson(block.accessory);
  if (accessory !== undefined) checkElement(accessory, `${path}.accessory`, actionIds, findings);
}

function checkActions(block: Json, path: string, actionIds: Set<string>, findings: Findings): void {
  if (!Array.isArray(block.elements) || block.elements.length === 0) {
    findings.add(`${path}.elements`, 'actions block needs at least one element');
  }
  findings.maxItems(block.elements, `${path}.elements`, 'actions elements', L.actionsElements);
  jsonArray(block.elements).forEach((element, index) => {
    checkElement(element, `${path}.elements[${index}]`, actionIds, findings);
  });
}

function checkContext(block: Json, path: string, findings: Findings): void {
  if (!Array.isArray(block.elements) || block.elements.length === 0) {
    findings.add(`${path}.elements`, 'context block needs at least one element');
  }
  findings.maxItems(block.elements, `${path}.elements`, 'context elements', L.contextElements);
  jsonArray(block.elements).forEach((element, index) => {
    if (element.type === 'image') return;
    checkTextObject(
      element,
      `${path}.elements[${index}]`,
      { what: 'context text', max: L.textObject },
      findings,
    );
  });
}

function checkInput(block: Json, path: string, actionIds: Set<string>, findings: Findings): void {
  const label = { what: 'input label', max: L.inputLabel, plainOnly: true, required: true };
  checkTextObject(block.label, `${path}.label`, label, findings);
  if (block.hint !== undefined) {
    checkTextObject(
      block.hint,
      `${path}.hint`,
      { what: 'input hint', max: L.inputHint, plainOnly: true },
      findings,
    );
  }
  const element = asJson(block.element);
  if (element === undefined) findings.add(`${path}.element`, 'input block needs an element');
  else checkElement(element, `${path}.element`, actionIds, findings);
}
