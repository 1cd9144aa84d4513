/** Order stories for a briefing: relevance first, then recency, then how many sources carried them. */
export function rankStories<T extends { score: number; sortAt: Date; sourceCount: number }>(stories: T[], now: Date): T[] {
  const value = (s: T) => {
    const ageHours = Math.max(0, (now.getTime() - s.sortAt.getTime()) / 3600_000);
    const recency = Math.exp(-ageHours / 48);
    const sources = Math.min(s.sourceCount, 5) / 5;
    return 0.6 * s.score + 0.25 * recency + 0.15 * sources;
  };
  return stories
    .map((s) => ({ s, v: value(s) }))
    .sort((a, b) => b.v - a.v)
    .map(({ s }) => s);
}
