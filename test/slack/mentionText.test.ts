import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMessageText, parseMentionText } from '../../src/slack/mentionText.ts';

/** What Slack does to `&`, `<` and `>` in the text of a message before sending it to the app. */
const encode = (typed: string) =>
  typed.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

describe('decodeMessageText', () => {
  it.each([
    ['name="R&amp;D"', 'name="R&D"'],
    ['a &lt; b &gt; c', 'a < b > c'],
    ['&amp;lt; stays an entity the user typed', '&lt; stays an entity the user typed'],
    ['&quot; and &#39; are not Slack escapes', '&quot; and &#39; are not Slack escapes'],
    ['see <https://acme.io/roi?a=1&amp;b=2|the sheet>', 'see the sheet'],
    ['<http://acme.io|acme.io>', 'acme.io'],
    ['<https://acme.io/roi?a=1&amp;b=2>', 'https://acme.io/roi?a=1&b=2'],
    ['<mailto:ops@acme.io|ops@acme.io>', 'ops@acme.io'],
    ['<http://x.io|R&amp;D &lt;ops&gt;>', 'R&D <ops>'],
  ])('%s → %s', (sent, typed) => {
    expect(decodeMessageText(sent)).toBe(typed);
  });

  it('leaves channel links and special mentions as they are', () => {
    expect(decodeMessageText('<#C123|general> <!here>')).toBe('<#C123|general> <!here>');
  });

  it('gives back any text Slack encoded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (typed) => {
        expect(decodeMessageText(encode(typed))).toBe(typed);
      }),
    );
  });

  it('gives back text made of the characters Slack escapes and entity look-alikes', () => {
    const tricky = fc
      .array(fc.constantFrom('&', '<', '>', 'amp;', 'lt;', 'gt;', '|', 'http:', 'mailto:', 'x', ' '))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(tricky, (typed) => {
        expect(decodeMessageText(encode(typed))).toBe(typed);
      }),
    );
  });
});

describe('parseMentionText', () => {
  it('reads a what-if as the user typed it', () => {
    expect(
      parseMentionText('<@UBOT> what if gpu=500 name="R&amp;D &lt;1&gt;" <mailto:a@b.io|a@b.io>'),
    ).toEqual({ kind: 'what-if', text: 'gpu=500 name="R&D <1>" a@b.io' });
  });

  it('strips the bot mention (with or without a name) but not a typed look-alike', () => {
    expect(parseMentionText('<@UBOT|ftroi> compare')).toEqual({ kind: 'compare' });
    expect(parseMentionText('<@UBOT> name=&lt;@U1&gt;')).toEqual({ kind: 'what-if', text: 'name=<@U1>' });
  });

  it('answers help for a mention without key=value pairs', () => {
    expect(parseMentionText('<@UBOT> help')).toEqual({ kind: 'help' });
    expect(parseMentionText('<@UBOT> see <https://acme.io/?a=b|the doc>')).toEqual({ kind: 'help' });
  });
});
