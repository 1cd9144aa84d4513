/** Story grouping: items about one real-world event, across languages and outlets, become one story. */
export { storyFeatures, type StoryFeatures } from './features.js';
export { groupItems, groupReasonOf, matchStory, matchItems, fitsWindow, DEFAULT_THRESHOLDS, JOIN_GAP_MS, STRONG_JOIN_GAP_MS, MAX_STORY_SPAN_MS, type GroupItem, type GroupReason, type OpenStory, type Grouping } from './group.js';
export { storyStance } from './stance.js';
export { evaluateStories, formatStoryReport, type StoryMetrics, type StoryLabels } from './evaluate.js';
export { groupArticles, type BatchStory } from './batch.js';
