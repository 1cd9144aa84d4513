/** Relevance classifier for AI relations between China, Russia and the US. */
export { classifyArticle, effectiveLang, WEIGHTS } from './classify.js';
export { evaluate, formatReport, formatErrors } from './evaluate.js';
export type { Prediction, LabelItem, EvalReport, Metrics, WrongItem } from './evaluate.js';
