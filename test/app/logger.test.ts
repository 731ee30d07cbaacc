import { LogLevel } from '@slack/bolt';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLogger, redact } from '../../src/logger.ts';

describe('redact', () => {
  it('masks token shapes, configured secrets, response_urls, verification tokens and wss tickets', () => {
    const envelope = JSON.stringify({
      token: 'Zk3legacyVerificationToken',
      response_url: 'https://hooks.slack.com/commands/T1/123/abcDEF',
      payload: { text: 'hi' },
    });
    const line = redact(
      `xoxb-1-2-abc secret-value-123 ${envelope} wss://wss-primary.slack.com/link/?ticket=9f8e7d&app_id=A1`,
      ['secret-value-123'],
    );
    for (const leaked of ['xoxb-1-2-abc', 'secret-value-123', 'Zk3legacy', 'abcDEF', '9f8e7d'])
      expect(line).not.toContain(leaked);
    // What is not a credential stays readable.
    expect(line).toContain('"text":"hi"');
    expect(line).toContain('app_id=A1');
  });

  it('leaves a GovSlack hook URL no more readable than a commercial one', () => {
    expect(redact('https://hooks.slack-gov.com/actions/T1/2/x', [])).toBe('[redacted-response-url]');
  });

  it('never lets a token-shaped string through, whatever surrounds it', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom('xoxb', 'xoxp', 'xoxa', 'xapp'),
        fc.stringMatching(/^[A-Za-z0-9]{8,20}$/),
        fc.string(),
        (before, prefix, body, after) => {
          const token = `${prefix}-${body}`;
          expect(redact(`${before} ${token} ${after}`, [])).not.toContain(token);
        },
      ),
    );
  });
});

describe('createLogger', () => {
  it('writes nothing below its level and redacts what it writes', () => {
    const lines: string[] = [];
    const logger = createLogger(LogLevel.INFO, ['signing-secret-xyz'], (line) => lines.push(line));
    logger.debug('debug line with signing-secret-xyz');
    logger.info('url https://hooks.slack.com/commands/T/1/zzz and signing-secret-xyz');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('zzz');
    expect(lines[0]).not.toContain('signing-secret-xyz');
  });
});
