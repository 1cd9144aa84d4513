import { decodeHTML } from 'entities';

/** Telegram HTML as terminal text: links shown as "title <url>", tags dropped, entities decoded. */
export function telegramHtmlToText(html: string): string {
  const withLinks = html.replace(/<a\s+href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_, href: string, label: string) => `${label} <${decodeHTML(href)}>`);
  return decodeHTML(withLinks.replace(/<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?>/gi, ''));
}
