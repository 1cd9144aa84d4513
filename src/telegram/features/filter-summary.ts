import type { InlineKeyboard } from 'grammy';
import type { Topic } from '../../core/types.js';
import type { Translate } from '../../core/locale.js';
import type { Subscriber } from '../../db/subscriber-store.js';
import { escapeHtml } from '../reply.js';

/** The reader's words for a classifier topic, in their locale. */
export function topicLabel(topic: Topic, t: Translate): string {
  return t(`topic-label-${topic}`);
}

/** One line each for the main settings view. */
export function filterSummary(sub: Subscriber, t: Translate): string[] {
  const topics = sub.topics.length === 0 ? t('filters-topics-all') : escapeHtml(sub.topics.map((x) => topicLabel(x, t)).join(', '));
  const muted = sub.mutedWords.length === 0 ? t('filters-muted-none') : sub.mutedWords.map((w) => `“${escapeHtml(w)}”`).join(', ');
  return [t('filters-topics', { topics }), t('filters-muted', { muted })];
}

/** Buttons for the main settings keyboard: open the two filter views. */
export function addFilterButtons(kb: InlineKeyboard, sub: Subscriber, t: Translate): void {
  kb.row()
    .text(t('filters-topics-button', { topics: sub.topics.length === 0 ? t('filters-topics-all') : String(sub.topics.length) }), 'rf:v:topics')
    .text(t('filters-muted-button', { count: sub.mutedWords.length }), 'rf:v:muted');
}
