import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { contentTypeCharset, decodeFeedBytes, prologEncoding, repairMojibake } from '../../src/core/decode.js';

const feed = (encoding: string, title: string) => `<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>${title}</title></channel></rss>`;

describe('decodeFeedBytes', () => {
  it.each([
    ['windows-1251', 'Искусственный интеллект: Китай и США'],
    ['koi8-r', 'Нейросети и санкции'],
    ['gbk', '人工智能 中美 芯片'],
    ['gb2312', '中俄合作大模型'],
    ['gb18030', '算力与出口管制'],
    ['big5', '人工智慧晶片'],
    ['shift_jis', '人工知能'],
    ['euc-kr', '인공지능'],
    ['windows-1252', 'Café — “quoted”'],
  ])('reads %s from the prolog', (encoding, title) => {
    const bytes = iconv.encode(feed(encoding, title), encoding);
    const decoded = decodeFeedBytes(bytes, null);
    expect(decoded.text).toContain(title);
  });

  it('uses the Content-Type charset when the prolog is silent', () => {
    const bytes = iconv.encode('<rss version="2.0"><channel><title>Привет, мир</title></channel></rss>', 'windows-1251');
    expect(decodeFeedBytes(bytes, 'application/rss+xml; charset=windows-1251').text).toContain('Привет, мир');
  });

  it('lets valid UTF-8 win over a wrong label', () => {
    const bytes = Buffer.from(feed('windows-1251', 'Москва и Пекин'), 'utf8');
    const decoded = decodeFeedBytes(bytes, 'text/xml; charset=iso-8859-1');
    expect(decoded.text).toContain('Москва и Пекин');
    expect(decoded.source).toBe('utf8-valid');
  });

  it('honours a UTF-8 BOM and a UTF-16 BOM', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(feed('utf-8', 'ИИ'))]);
    expect(decodeFeedBytes(utf8).text.startsWith('<?xml')).toBe(true);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(feed('utf-16', '中美'), 'utf16le')]);
    expect(decodeFeedBytes(utf16).text).toContain('中美');
  });

  it('detects an undeclared legacy encoding', () => {
    const text = '<rss version="2.0"><channel><title>Новости</title><description>' + 'Российские и китайские компании обсуждают нейросети и искусственный интеллект. '.repeat(5) + '</description></channel></rss>';
    expect(decodeFeedBytes(iconv.encode(text, 'windows-1251')).text).toContain('искусственный интеллект');
  });

  it('repairs UTF-8 mojibake but leaves real Latin-1 text alone', () => {
    const broken = Buffer.from('Москва', 'utf8').toString('latin1');
    expect(repairMojibake(`<title>${broken}</title>`)).toBe('<title>Москва</title>');
    expect(repairMojibake('Café crème Ærø')).toBe('Café crème Ærø');
  });

  it.each([
    ['<?xml version="1.0" encoding="GB2312"?>', 'gb18030'],
    ["<?xml version='1.0' encoding='windows-1251'?>", 'windows-1251'],
    ['<?xml version="1.0"?>', null],
  ])('reads the prolog %s', (prolog, expected) => {
    expect(prologEncoding(Buffer.from(prolog))).toBe(expected);
  });

  it.each([
    ['text/xml; charset="KOI8-R"', 'koi8-r'],
    ['application/rss+xml', null],
    [null, null],
  ])('reads the Content-Type %s', (header, expected) => {
    expect(contentTypeCharset(header)).toBe(expected);
  });
});
