/** One stance per story, derived from its items' stances, so one event never carries two marks. Pure. */
import type { Stance } from '../types.js';

/**
 * The story's stance: any item calling it mixed, or both cooperation and competition each carried by
 * at least a third of the items' weight (their classifier scores), make it mixed; otherwise the
 * weightier of the two wins (a lone weak dissent does not turn a clear story mixed).
 */
export function storyStance(items: ReadonlyArray<{ stance: Stance | null; score: number }>): Stance | null {
  const weight: Record<Stance, number> = { cooperation: 0, competition: 0, mixed: 0 };
  let total = 0;
  for (const item of items) {
    if (!item.stance) continue;
    const w = Math.max(item.score, 0.05);
    weight[item.stance] += w;
    total += w;
  }
  if (total === 0) return null;
  if (weight.mixed > 0 && weight.mixed >= Math.max(weight.cooperation, weight.competition) / 2) return 'mixed';
  const minority = Math.min(weight.cooperation, weight.competition);
  if (minority > 0 && minority >= total / 3) return 'mixed';
  if (weight.cooperation === weight.competition) return weight.mixed > 0 ? 'mixed' : null;
  return weight.cooperation > weight.competition ? 'cooperation' : 'competition';
}
