import { describe, expect, it } from 'vitest';
import { escapeHtml, parseTelegramHtml } from '../../src/core/telegram-html.js';

describe('parseTelegramHtml: accepted input', () => {
  it.each([
    ['plain text', 'hello', 'hello', []],
    ['bold', '<b>hi</b> there', 'hi there', [{ type: 'bold', offset: 0, length: 2 }]],
    ['strong', '<strong>x</strong>', 'x', [{ type: 'bold', offset: 0, length: 1 }]],
    ['italic/em', '<i>a</i><em>b</em>', 'ab', [{ type: 'italic', offset: 0, length: 1 }, { type: 'italic', offset: 1, length: 1 }]],
    ['underline u/ins', '<u>a</u><ins>b</ins>', 'ab', [{ type: 'underline', offset: 0, length: 1 }, { type: 'underline', offset: 1, length: 1 }]],
    ['strike s/strike/del', '<s>a</s><strike>b</strike><del>c</del>', 'abc', [
      { type: 'strikethrough', offset: 0, length: 1 },
      { type: 'strikethrough', offset: 1, length: 1 },
      { type: 'strikethrough', offset: 2, length: 1 },
    ]],
    ['span spoiler', '<span class="tg-spoiler">s</span>', 's', [{ type: 'spoiler', offset: 0, length: 1 }]],
    ['tg-spoiler', '<tg-spoiler>s</tg-spoiler>', 's', [{ type: 'spoiler', offset: 0, length: 1 }]],
    ['link', '<a href="https://example.com/?a=1&amp;b=2">x</a>', 'x', [{ type: 'text_link', offset: 0, length: 1, url: 'https://example.com/?a=1&b=2' }]],
    ['link single quotes', "<a href='https://e.org'>x</a>", 'x', [{ type: 'text_link', offset: 0, length: 1, url: 'https://e.org' }]],
    ['code', 'run <code>ls -l</code>', 'run ls -l', [{ type: 'code', offset: 4, length: 5 }]],
    ['pre', '<pre>x = 1</pre>', 'x = 1', [{ type: 'pre', offset: 0, length: 5 }]],
    ['pre with language', '<pre><code class="language-python">x = 1</code></pre>', 'x = 1', [{ type: 'pre', offset: 0, length: 5, language: 'python' }]],
    ['blockquote', '<blockquote>q</blockquote>', 'q', [{ type: 'blockquote', offset: 0, length: 1 }]],
    ['expandable blockquote', '<blockquote expandable>q</blockquote>', 'q', [{ type: 'expandable_blockquote', offset: 0, length: 1 }]],
    ['custom emoji', '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>', '👍', [{ type: 'custom_emoji', offset: 0, length: 2, custom_emoji_id: '5368324170671202286' }]],
    ['named entities', '&lt;b&gt; &amp; &quot;x&quot;', '<b> & "x"', []],
    ['numeric entities', '&#65;&#x1F600;', 'A😀', []],
    ['lone > is fine', 'a > b', 'a > b', []],
    ['upper-case tags', '<B>x</B>', 'x', [{ type: 'bold', offset: 0, length: 1 }]],
    ['short end tag', '<b>x</>', 'x', [{ type: 'bold', offset: 0, length: 1 }]],
    ['unknown attributes ignored', '<b class="x">y</b>', 'y', [{ type: 'bold', offset: 0, length: 1 }]],
    ['nested: outer first', '<b>a<i>b</i></b>', 'ab', [{ type: 'bold', offset: 0, length: 2 }, { type: 'italic', offset: 1, length: 1 }]],
    ['empty entity dropped', '<b></b>x', 'x', []],
    ['entities inside code dropped', '<code>a<b>b</b></code>', 'ab', [{ type: 'code', offset: 0, length: 2 }]],
    ['UTF-16 offsets (emoji = 2 units)', '😀<b>x</b>', '😀x', [{ type: 'bold', offset: 2, length: 1 }]],
    ['cyrillic and CJK', 'Россия <b>中国</b>', 'Россия 中国', [{ type: 'bold', offset: 7, length: 2 }]],
    ['a without href uses its text', '<a href="">https://t.me</a>', 'https://t.me', [{ type: 'text_link', offset: 0, length: 12, url: 'https://t.me' }]],
    ['a with unsupported scheme is dropped', '<a href="javascript:alert(1)">x</a>', 'x', []],
  ] as const)('%s', (_name, html, text, entities) => {
    expect(parseTelegramHtml(html)).toEqual({ ok: true, text, entities });
  });
});

describe('parseTelegramHtml: Telegram errors', () => {
  const P = "Bad Request: can't parse entities: ";
  it.each([
    ['unsupported tag', '<div>x</div>', 'Unsupported start tag "div" at byte offset 0'],
    ['br is not allowed', 'a<br>b', 'Unsupported start tag "br" at byte offset 1'],
    ['byte offsets count UTF-8 bytes', 'é<p>', 'Unsupported start tag "p" at byte offset 2'],
    ['unescaped <', 'a < b', 'Unsupported start tag "" at byte offset 2'],
    ['unclosed start tag', 'x <b', 'Unclosed start tag at byte offset 2'],
    ['missing end tag', '<b>bold', `Can't find end tag corresponding to start tag "b"`],
    ['unexpected end tag', 'x</b>', 'Unexpected end tag at byte offset 1'],
    ['misnested tags', '<b><i>x</b></i>', 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'],
    ['unescaped &', 'AT&T', 'Unescaped "&" at byte offset 2; use &amp; instead'],
    ['& at end', 'a &', 'Unescaped "&" at byte offset 2; use &amp; instead'],
    ['unknown named entity', 'a&nbsp;b', 'Unsupported HTML entity "&nbsp;" at byte offset 1'],
    ['invalid code point', '&#0;', 'Unsupported HTML entity "&#0;" at byte offset 0'],
    ['span without spoiler class', '<span>x</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'],
    ['attribute without value', '<a href>x</a>', 'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0'],
    ['unescaped & in attribute', '<a href="https://e.org/?a&b">x</a>', 'Unescaped "&" at byte offset 25; use &amp; instead'],
  ] as const)('%s', (_name, html, detail) => {
    expect(parseTelegramHtml(html)).toEqual({ ok: false, error: P + detail });
  });
});

describe('escapeHtml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    ['say "hi"', 'say &quot;hi&quot;'],
    ['plain', 'plain'],
  ])('%s', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('round-trips arbitrary text through the parser', () => {
    const text = `<b>Tom & "Jerry"</b> 5 > 3 < 4 &amp; 😀 中国 Россия`;
    expect(parseTelegramHtml(escapeHtml(text))).toEqual({ ok: true, text, entities: [] });
  });
});
