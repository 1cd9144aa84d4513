import { describe, expect, it } from 'vitest';
import { classifyArticle } from '../../../src/core/classify/index.js';
import type { ClassifyInput } from '../../../src/core/types.js';

// Who is a party: state agencies and state corporations stand for their country even when the item never names it.
// Hand-written, not taken from any corpus.
describe('state agencies and institutions as parties', () => {
  it.each<[string, ClassifyInput, string[]]>([
    ['a Russian federal agency ("Рос-" name)', { lang: 'ru', title: 'Роскосмос и CNSA договорились о совместной нейросетевой обработке снимков',
      text: 'Роскосмос и Национальное космическое управление Китая подписали соглашение о совместной разработке нейросетей для анализа спутниковых снимков.' }, ['CN', 'RU']],
    ['the same agency in English', { lang: 'en', title: 'Roshydromet and Chinese forecasters to swap neural-network weather models',
      text: 'Roshydromet signed an agreement with the China Meteorological Administration to exchange machine-learning forecast models and training data.' }, ['CN', 'RU']],
    ['a US federal agency', { lang: 'en', title: 'NOAA halts AI weather-model data exchange with Chinese institute',
      text: 'NOAA suspended a data-sharing arrangement with a Chinese research institute whose AI forecasting models were trained on the agency satellite data, citing security concerns.' }, ['CN', 'US']],
  ])('%s', (_name, input, countries) => {
    const c = classifyArticle(input);
    expect(c.relevant, c.evidence.rules.join('\n')).toBe(true);
    expect(c.countries).toEqual(countries);
  });
});
