/**
 * Errors are values with stable codes. Every failure the library reports is an {@link OkrError};
 * bad input is its subclass {@link OkrValidationError}, which lists each problem as an issue.
 *
 * @module
 */

/** One step of a path into the caller's input: an object key or an array index. */
export type PathKey = string | number;

/** A path into the caller's input, e.g. `["keyResults", 2, "target"]`. */
export type Path = readonly PathKey[];

/**
 * Stable codes of {@link OkrError}s thrown by computations (not validation issues).
 * `INVALID_INPUT` is the code of every {@link OkrValidationError}.
 */
export type OkrErrorCode =
	| "INVALID_INPUT"
	| "NO_KEY_RESULTS"
	| "ZERO_TOTAL_WEIGHT"
	// Never thrown: the issue of an objective that a partial roll-up leaves unscored because the
	// children it would be scored from could not be.
	| "CHILDREN_NOT_SCORED"
	| "NO_CYCLE"
	| "NOT_ENOUGH_CHECK_INS"
	| "NOT_A_METRIC"
	| "UNKNOWN_KEY_RESULT"
	| "UNKNOWN_OBJECTIVE"
	| "NO_MEASUREMENT"
	| "KPI_ON_TARGET"
	| "START_EQUALS_TARGET"
	| "NOT_PROMOTABLE"
	| "KEY_RESULT_NOT_ACHIEVED"
	| "OUT_OF_RANGE";

/**
 * Stable codes of the issues inside an {@link OkrValidationError}.
 * Cascade issue codes (`DUPLICATE_ID`, …) also appear here when `rollUp` refuses a cascade.
 */
export type IssueCode =
	| "INVALID_TYPE"
	| "REQUIRED"
	| "INVALID_NUMBER"
	| "INVALID_DATE"
	| "INVALID_TIME_ZONE"
	| "INVALID_ENUM"
	| "EMPTY_STRING"
	| "TOO_LONG"
	| "NEGATIVE"
	| "OUT_OF_RANGE"
	| "START_EQUALS_TARGET"
	| "DIRECTION_MISMATCH"
	| "LOW_ABOVE_HIGH"
	| "END_BEFORE_START"
	| "EMPTY_CHECKLIST"
	| "RELATIVE_TO_ZERO_TARGET"
	| "THRESHOLDS_OUT_OF_ORDER"
	| "BANDS_OUT_OF_ORDER"
	| "FLOOR_ABOVE_CAP"
	| "INVALID_PHASES"
	| "INVALID_CYCLE_LABEL"
	| "UNKNOWN_KEY"
	| "DUPLICATE_ID"
	| "UNKNOWN_PARENT"
	| "ALIGNMENT_CYCLE"
	| "NEGATIVE_CONTRIBUTION"
	// A program's objective lists a KPI id that names no KPI given (parseProgram).
	| "UNKNOWN_KPI"
	| "IMMUTABLE_ID"
	// Picture options (okr-kit/svg): a colour that is not a safe CSS colour, an id prefix that is
	// not a safe XML id.
	| "INVALID_COLOR"
	| "INVALID_ID";

/** One problem found in the input: a stable code, where it is, and what is wrong in words. */
export interface OkrIssue {
	readonly code: IssueCode;
	readonly path: Path;
	readonly message: string;
	/** The ids concerned, when the issue is about a relation between items (cascade issues). */
	readonly ids?: readonly string[] | undefined;
	/**
	 * The id of the nearest objective, key result or KPI around the problem, when it has a readable
	 * one (a key result's before its objective's); set by `parseProgram`.
	 */
	readonly id?: string | undefined;
}

/**
 * Stable codes of the warnings `parseProgram` gives about data that can be scored but is probably
 * wrong: a field the model does not know (`UNKNOWN_KEY`, also an issue code under
 * `strict: true`), a check-in dated outside its objective's cycle (`CHECK_IN_OUTSIDE_CYCLE`), an
 * entry dated after `options.asOf` (`DATED_AFTER_AS_OF`).
 */
export type WarningCode =
	| Extract<IssueCode, "UNKNOWN_KEY">
	| "CHECK_IN_OUTSIDE_CYCLE"
	| "DATED_AFTER_AS_OF";

/**
 * Registered symbols (`Symbol.for`: one per process, shared by every copy of okr-kit) that brand
 * each error, so that `instanceof` holds across copies: the ESM and the CommonJS build loaded in
 * one process, or two installed versions.
 */
const okrErrorBrand = Symbol.for("okr-kit.OkrError");
const okrValidationErrorBrand = Symbol.for("okr-kit.OkrValidationError");

function hasBrand(value: unknown, brand: symbol): boolean {
	return (
		typeof value === "object" &&
		value !== null &&
		(value as Record<symbol, unknown>)[brand] === true
	);
}

/** `value instanceof asked`: the prototype chain, or for okr-kit's own classes the brand. */
function isInstance(asked: unknown, value: unknown): boolean {
	if (Function.prototype[Symbol.hasInstance].call(asked, value)) return true;
	if (asked === OkrError) return hasBrand(value, okrErrorBrand);
	if (asked === OkrValidationError) return hasBrand(value, okrValidationErrorBrand);
	return false;
}

/**
 * The one error class of okr-kit. `code` is stable and meant for programs; `message` is for people.
 *
 * @example
 * ```ts
 * try {
 *   objectiveProgress({ id: "o", title: "Empty", keyResults: [] });
 * } catch (error) {
 *   if (error instanceof OkrError) error.code;
 *   //=> "NO_KEY_RESULTS"
 * }
 * ```
 */
export class OkrError extends Error {
	/** A stable, machine-readable code such as `"NO_KEY_RESULTS"`. */
	readonly code: OkrErrorCode;
	/** Where in the input the problem is (empty when it concerns the whole input). */
	readonly path: Path;

	/**
	 * An error with a stable code; computations throw these, callers rarely need to.
	 *
	 * @param code - The stable code.
	 * @param message - What went wrong, for people.
	 * @param path - Where in the input (default `[]`: the input as a whole); copied and frozen.
	 */
	constructor(code: OkrErrorCode, message: string, path: Path = []) {
		super(message);
		this.name = "OkrError";
		this.code = code;
		this.path = Object.freeze([...path]);
		Object.defineProperty(this, okrErrorBrand, { value: true });
	}

	/**
	 * `error instanceof OkrError` (and `instanceof OkrValidationError`) also holds for an error thrown
	 * by another copy of okr-kit in the same process, such as its CommonJS build `require`d by a
	 * dependency while the application imports the ES module build. A subclass of your own keeps
	 * the ordinary prototype check.
	 *
	 * @param value - Anything.
	 * @returns Whether `value` is an instance of this class, or an error of the same okr-kit class
	 *   from another copy of the package.
	 *
	 * @example
	 * ```ts
	 * const error = new OkrError("NO_KEY_RESULTS", "No key results.");
	 * error instanceof OkrError;
	 * //=> true
	 * error instanceof OkrValidationError;
	 * //=> false
	 * ```
	 */
	static override [Symbol.hasInstance](value: unknown): boolean {
		// biome-ignore lint/complexity/noThisInStatic: the class right of `instanceof`, maybe a subclass
		return isInstance(this, value);
	}
}

/**
 * Bad input: `code` is always `"INVALID_INPUT"`, and `issues` lists every problem found with its own
 * code and path. `path` is the path of the first issue.
 *
 * @example
 * ```ts
 * const result = safeParseKeyResult({ id: "kr", title: "Flat", kind: "metric", start: 5, target: 5 });
 * result.success;
 * //=> false
 * result.error.issues[0].code;
 * //=> "START_EQUALS_TARGET"
 * ```
 */
export class OkrValidationError extends OkrError {
	/** Every problem found, each with a stable code and a path into the input. */
	readonly issues: readonly OkrIssue[];

	/**
	 * A validation error listing `issues`; its `path` is the first issue's.
	 *
	 * @param issues - Every problem found, in order; copied and frozen. The message lists the
	 *   first five, each with its path.
	 */
	constructor(issues: readonly OkrIssue[]) {
		const first = issues[0];
		const message =
			first === undefined
				? "Invalid input."
				: issues
						.map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
						.slice(0, 5)
						.join("\n") + (issues.length > 5 ? `\n(and ${issues.length - 5} more)` : "");
		super("INVALID_INPUT", message, first?.path ?? []);
		this.name = "OkrValidationError";
		this.issues = Object.freeze(issues.map(frozenIssue));
		Object.defineProperty(this, okrValidationErrorBrand, { value: true });
	}
}

/** A frozen copy of an issue, with only the fields it has. */
function frozenIssue(issue: OkrIssue): OkrIssue {
	const copy: { -readonly [K in keyof OkrIssue]: OkrIssue[K] } = {
		code: issue.code,
		path: Object.freeze([...issue.path]),
		message: issue.message,
	};
	if (issue.ids !== undefined) copy.ids = Object.freeze([...issue.ids]);
	if (issue.id !== undefined) copy.id = issue.id;
	return Object.freeze(copy);
}

/** Renders a path for messages: `keyResults[2].target`, or `(root)`. */
export function formatPath(path: Path): string {
	if (path.length === 0) return "(root)";
	let out = "";
	for (const key of path) {
		if (typeof key === "number") out += `[${key}]`;
		else out += out === "" ? key : `.${key}`;
	}
	return out;
}

/** Shorthand for throwing a single-issue validation error. */
export function invalid(code: IssueCode, path: Path, message: string): OkrValidationError {
	return new OkrValidationError([{ code, path, message }]);
}
