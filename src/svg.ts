/**
 * `okr-kit/svg`: pictures of scores, KPIs and cascades as SVG markup strings. Pure functions, no
 * DOM, no zod: each returns one `<svg>` element with `role="img"`, a `<title>` and a `<desc>` that
 * states its numbers in words, every caller's string escaped, the same bytes for the same input.
 *
 * @module
 */

// The error classes, so that a caller of this entry alone can catch what it throws (the same
// classes as the root's: `instanceof` works across entries).
export type { IssueCode, OkrErrorCode, OkrIssue, Path, PathKey } from "./errors/index.js";
export { OkrError, OkrValidationError } from "./errors/index.js";
export type { CascadeTreeSvgOptions } from "./svg/cascadeTreeSvg.js";
export { cascadeTreeSvg } from "./svg/cascadeTreeSvg.js";
export type { KpiBulletSvgOptions } from "./svg/kpiBulletSvg.js";
export { kpiBulletSvg } from "./svg/kpiBulletSvg.js";
export type { SvgColors, SvgOptions, SvgStatusLabels } from "./svg/options.js";
export { defaultSvgColors } from "./svg/options.js";
export type { ProgressBarInput, ProgressBarSvgOptions } from "./svg/progressBarSvg.js";
export { progressBarSvg } from "./svg/progressBarSvg.js";
export type { SparklineSvgOptions } from "./svg/sparklineSvg.js";
export { sparklineSvg } from "./svg/sparklineSvg.js";
