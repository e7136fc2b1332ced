// `@osallisuusarvio/core/evaluate`: the evaluation and what only it needs (the built-in rules, the legal
// roles they cite), as an entry of its own so that a browser bundle can load it with `import()` after the
// form is on screen. The main entry exports the same functions (the same objects, not copies) for Node.
export { evaluate, todayIso } from './evaluate.js';
export type { Evaluation, EvaluateOptions, EvaluateLogger, Recommendation, AssessmentStatus } from './evaluate.js';
export { RULES } from './rules/index.js';
export { FOLLOW_UP_RULES } from './rules/follow-up.js';
export { ORGANISER_RULES } from './rules/organiser.js';
