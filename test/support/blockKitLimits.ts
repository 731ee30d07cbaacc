import { checkBlock } from './blockKitBlocks.ts';
import {
  asJson,
  checkTextObject,
  Findings,
  type Json,
  jsonArray,
  BLOCK_KIT_LIMITS as L,
} from './blockKitShared.ts';

export { BLOCK_KIT_LIMITS } from './blockKitShared.ts';

export type BlockKitSurface = 'message' | 'modal' | 'home';

/**
 * Every way `payload` breaks Slack's Block Kit limits, as "path: problem" lines; empty when Slack
 * would accept it. `payload` is what the app hands Slack: for 'message' the chat.postMessage /
 * respond() arguments ({ text, blocks }); for 'modal' and 'home' the view object, or the
 * views.open / views.publish arguments carrying it as `view`.
 */
export function blockKitViolations(kind: BlockKitSurface, payload: unknown): string[] {
  const findings = new Findings();
  const root = asJson(payload);
  if (root === undefined) {
    findings.add(
      'payload',
      `expected an object, got ${Array.isArray(payload) ? 'an array' : typeof payload}`,
    );
    return findings.lines;
  }
  if (kind === 'message') checkMessage(root, findings);
  else checkView(kind, asJson(root.view) ?? root, findings);
  return findings.lines;
}

/** Throws listing every violation; for tests that render a surface and must stay within limits. */
export function assertWithinBlockKitLimits(kind: BlockKitSurface, payload: unknown): void {
  const violations = blockKitViolations(kind, payload);
  if (violations.length > 0) {
    throw new Error(`${kind} breaks Slack's Block Kit limits:\n  - ${violations.join('\n  - ')}`);
  }
}

function checkMessage(message: Json, findings: Findings): void {
  // Notifications and screen readers only get `text`; Slack accepts blocks without it but warns.
  if (typeof message.text !== 'string' || message.text.trim() === '') {
    findings.add('text', 'a non-empty plain-text fallback is required (notifications, screen readers)');
  }
  findings.maxLength(message.text, 'text', 'message text', L.messageTextChars);
  if (message.blocks === undefined) return;
  if (!Array.isArray(message.blocks)) findings.add('blocks', 'blocks must be an array');
  checkBlocks(message.blocks, L.messageBlocks, findings);
  const json = JSON.stringify(message.blocks);
  if (json.length > L.messageBlocksJsonChars) {
    findings.add(
      'blocks',
      `blocks JSON is ${json.length} characters (keep under ${L.messageBlocksJsonChars})`,
    );
  }
}

function checkView(kind: 'modal' | 'home', view: Json, findings: Findings): void {
  if (view.type !== kind)
    findings.add('type', `view type must be '${kind}', got ${JSON.stringify(view.type)}`);
  if (kind === 'modal') checkModalChrome(view, findings);
  if (!Array.isArray(view.blocks)) findings.add('blocks', 'a view needs a blocks array');
  else checkBlocks(view.blocks, L.viewBlocks, findings);
  findings.maxLength(view.private_metadata, 'private_metadata', 'private_metadata', L.privateMetadata);
  if (view.private_metadata !== undefined && typeof view.private_metadata !== 'string') {
    findings.add('private_metadata', 'private_metadata must be a string');
  }
  findings.maxLength(view.callback_id, 'callback_id', 'callback_id', L.callbackId);
}

function checkModalChrome(view: Json, findings: Findings): void {
  const title = { what: 'modal title', max: L.viewTitle, plainOnly: true, required: true };
  checkTextObject(view.title, 'title', title, findings);
  const hasInput = jsonArray(view.blocks).some((block) => block.type === 'input');
  const submit = { what: 'modal submit', max: L.viewButton, plainOnly: true, required: hasInput };
  checkTextObject(view.submit, 'submit', submit, findings);
  checkTextObject(view.close, 'close', { what: 'modal close', max: L.viewButton, plainOnly: true }, findings);
}

function checkBlocks(blocks: unknown, max: number, findings: Findings): void {
  findings.maxItems(blocks, 'blocks', 'blocks', max);
  const blockIds = new Set<string>();
  jsonArray(blocks).forEach((block, index) => {
    checkBlock(block, `blocks[${index}]`, blockIds, findings);
  });
}
