import { ENTITIES } from '../entities-data.js';
import type { Country } from '../types.js';

/**
 * One thing under its names in every language: a search for any of them finds all of them.
 * `forms` are searched; `triggers` only lead to the group (short words like "US" or "AS" that
 * would match the English pronoun or an Indonesian word if searched themselves; single Han
 * characters, which would need a prefix scan). The pair words (中美, 中俄) name both countries.
 */
export interface AliasGroup {
  key: string;
  forms: string[];
  triggers?: string[];
}

/** The three countries' adjectives and pair words, beyond the entity table's forms (the index holds stems, not prefixes). */
export const COUNTRY_ALIASES: Record<Country, AliasGroup> = {
  US: {
    key: 'US',
    forms: ['United States', 'U.S.', 'USA', 'America', 'American', 'Amerika Serikat', 'Amerika', 'США', 'Соединённые Штаты', 'Америка', 'американский', '美国', '美方', '美利坚', '中美', '美中', '美俄', '俄美'],
    triggers: ['US', 'AS', 'Штаты', '美'],
  },
  CN: {
    key: 'CN',
    forms: ['China', 'Chinese', 'PRC', 'Tiongkok', 'Cina', 'Tionghoa', 'Китай', 'китайский', 'КНР', '中国', '中方', '中华', '中美', '美中', '中俄', '俄中'],
    triggers: ['中'],
  },
  RU: {
    key: 'RU',
    forms: ['Russia', 'Russian', 'Rusia', 'Россия', 'российский', 'русский', 'РФ', '俄罗斯', '俄方', '俄国', '俄军', '中俄', '俄中', '美俄', '俄美'],
    triggers: ['俄'],
  },
};

const COUNTRY_ENTITY: Record<string, Country> = { us: 'US', cn: 'CN', ru: 'RU' };

/**
 * Every entity of the shared table as a search group: its forms and display names, with the
 * table's pattern marks removed (`сбербанк*` is searched as the stem of сбербанк: the index stems
 * Russian and English words, so Сбербанка meets it; `=AS` is case-sensitive there, and a one- or
 * two-letter acronym only leads to its group, it is not searched as a word).
 */
export function searchAliasGroups(): AliasGroup[] {
  return ENTITIES.map((e) => {
    const names = Object.values(e.names).filter((n): n is string => Boolean(n));
    const forms: string[] = [];
    const triggers: string[] = [];
    for (const raw of [...e.forms, ...names]) {
      const exact = raw.startsWith('=');
      const form = raw.replace(/^=/, '').replace(/\*/g, '');
      if (exact && form.length <= 2) triggers.push(form);
      else forms.push(form);
    }
    const country = COUNTRY_ENTITY[e.key];
    if (country) {
      forms.push(...COUNTRY_ALIASES[country].forms);
      triggers.push(...(COUNTRY_ALIASES[country].triggers ?? []));
    }
    return { key: e.key, forms: [...new Set(forms)], triggers: [...new Set(triggers)] };
  });
}
