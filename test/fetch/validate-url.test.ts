import { describe, expect, it } from 'vitest';
import { MAX_URL_LENGTH, validateFeedUrl } from '../../src/fetch/index.js';

describe('validateFeedUrl', () => {
  it.each([
    ['https://news.example/feed.xml', 'https://news.example/feed.xml'],
    ['http://news.example/rss?lang=zh&x=1', 'http://news.example/rss?lang=zh&x=1'],
    ['  https://news.example/feed  ', 'https://news.example/feed'],
    ['HTTPS://News.Example:8443/Feed', 'https://news.example:8443/Feed'],
    ['https://xn--fiqs8s.example/feed', 'https://xn--fiqs8s.example/feed'],
    ['https://中国.example/feed', 'https://xn--fiqs8s.example/feed'],
    ['http://[2606:4700::1111]/feed', 'http://[2606:4700::1111]/feed'],
    ['http://93.184.216.34/feed', 'http://93.184.216.34/feed'],
    ['https://news.example', 'https://news.example/'],
  ])('accepts %s', (input, href) => {
    const result = validateFeedUrl(input);
    expect(result.ok && result.url.href).toBe(href);
  });

  it.each([
    ['javascript:alert(1)', 'only http and https are supported (got javascript:)'],
    ['JavaScript:alert(document.cookie)//http://x', 'only http and https are supported'],
    ['file:///etc/passwd', 'only http and https are supported (got file:)'],
    ['ftp://ftp.example/feed.xml', 'only http and https are supported (got ftp:)'],
    ['data:text/xml,<rss/>', 'only http and https are supported (got data:)'],
    ['gopher://127.0.0.1:6379/_FLUSHALL', 'only http and https are supported'],
    ['ws://news.example/feed', 'only http and https are supported'],
    ['https://user:secret@news.example/feed', 'credentials in the URL are not allowed'],
    ['https://user@news.example/feed', 'credentials in the URL are not allowed'],
    ['https://:pw@news.example/feed', 'credentials in the URL are not allowed'],
    [`https://news.example/${'a'.repeat(MAX_URL_LENGTH)}`, 'longer than 2048 characters'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['not a url', 'contains spaces or control characters'],
    ['news.example/feed', 'cannot parse'],
    ['//news.example/feed', 'cannot parse'],
    ['https://', 'cannot parse'],
    ['https://exa\nmple.com/feed', 'contains spaces or control characters'],
    ['https://news.example/fe\ted', 'contains spaces or control characters'],
    ['https://news.example\u0000.evil/', 'contains spaces or control characters'],
    ['https://news.example:99999/', 'cannot parse'],
    ['https://news.example:0/', 'port 0'],
    ['https://exa mple.com/', 'contains spaces or control characters'],
    ['https://[::1/feed', 'cannot parse'],
    ['https://%00/feed', 'cannot parse'],
  ])('rejects %j', (input, reason) => {
    const result = validateFeedUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.kind).toBe('invalid-url');
      expect(result.error.message).toContain(reason);
      expect(result.error.message.length).toBeLessThan(160); // short enough for a Telegram reply
    }
  });

  it('accepts a URL of exactly the maximum length', () => {
    const base = 'https://news.example/';
    expect(validateFeedUrl(base + 'a'.repeat(MAX_URL_LENGTH - base.length)).ok).toBe(true);
  });
});
