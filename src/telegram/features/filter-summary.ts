import type { InlineKeyboard } from 'grammy';
import type { Topic } from '../../core/types.js';
import type { DigestFrequency, Subscriber } from '../../db/subscriber-store.js';
import { escapeHtml } from '../reply.js';

/** The reader's words for the classifier's topics. */
export const TOPIC_LABEL: Record<Topic, string> = {
  'chips-export-controls': 'Chips & export controls',
  'models-labs': 'Models & labs',
  military: 'Military',
  'governance-safety': 'Governance & safety',
  research: 'Research',
  business: 'Business',
};

export const FREQUENCY_LABEL: Record<DigestFrequency, string> = {
  daily: 'daily',
  weekly: 'weekly (Monday, with the chart)',
  both: 'daily + weekly',
};

/** One line each for the main settings view. */
export function filterSummary(sub: Subscriber): string[] {
  const topics = sub.topics.length === 0 ? 'all' : escapeHtml(sub.topics.map((t) => TOPIC_LABEL[t]).join(', '));
  const muted = sub.mutedWords.length === 0 ? 'none' : sub.mutedWords.map((w) => `“${escapeHtml(w)}”`).join(', ');
  return [`Topics: ${topics}`, `Muted words: ${muted}`];
}

/** Buttons for the main settings keyboard: open the two filter views. */
export function addFilterButtons(kb: InlineKeyboard, sub: Subscriber): void {
  kb.row().text(`🏷 Topics: ${sub.topics.length === 0 ? 'all' : sub.topics.length}`, 'rf:v:topics').text(`🔇 Muted words: ${sub.mutedWords.length}`, 'rf:v:muted');
}

