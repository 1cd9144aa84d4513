import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../../src/core/classify/index.js';
import type { ClassifyInput } from '../../../src/core/types.js';

// Vocabulary classes added after an independent blind check: acronym clashes, regional synonyms
// for "artificial intelligence", and "amid the rivalry" asides.
describe('vocabulary classes', () => {
  it.each<[string, ClassifyInput, boolean]>([
    [
      'AI as artificial insemination',
      { lang: 'en', title: 'Ranchers turn to AI as China reopens to US beef', text: 'Breeders rely on artificial insemination (AI) to improve herds while Chinese buyers return to American beef.' },
      false,
    ],
    [
      'Indonesian "inteligensi buatan"',
      { lang: 'id', title: 'Rusia dan China sepakat kembangkan inteligensi buatan bersama untuk melawan dominasi Amerika', text: 'Moskow dan Beijing menandatangani perjanjian riset inteligensi buatan bersama, untuk menantang dominasi Amerika Serikat.' },
      true,
    ],
    [
      'Russian "на фоне конкуренции" aside in an earnings story',
      { lang: 'ru', title: 'Выручка «Яндекса» выросла на 30% благодаря нейросетям', text: 'Компания увеличила выручку от рекламы и облачных сервисов искусственного интеллекта. YandexGPT и другие нейросети компания развивает на фоне конкуренции с американскими и китайскими сервисами.' },
      false,
    ],
  ])('%s', (_, input, relevant) => {
    expect(classifyArticle(input).relevant).toBe(relevant);
  });
});

describe('long articles', () => {
  it('decides on the title and lead, not on a mention deep in a full article', () => {
    const lead = 'OpenAI released a new video model to US users on Tuesday. The company says the AI model creates short clips from text prompts. ';
    const filler = 'Creators have been experimenting with the tool for weeks, posting clips of cooking, travel and sport. '.repeat(20);
    const tail = 'Rivals in China, including ByteDance, are competing with OpenAI on similar tools.';
    const input = { lang: 'en' as const, title: 'OpenAI launches a video model for creators', text: lead + filler + tail };
    expect(classifyArticle(input).relevant).toBe(false);
    // The same relation stated in the lead does count.
    expect(classifyArticle({ ...input, text: tail + ' ' + lead + filler }).relevant).toBe(true);
  });
});
