/**
 * Allocation-free checks for the fast paths, compiled from the same descriptions as the readers
 * (`src/kinds`): whether a plain object passes what the exact reader checks, without reading any
 * number exactly. They never throw and never report: a `false` sends the caller to the exact
 * reader, which reports the problem with its path. A differential property test holds them to the
 * readers.
 *
 * @module
 * @internal
 */
import {
	type Field,
	type Fields as FieldsOf,
	hasText,
	type Leaf,
	MAX_ID_LENGTH,
	MAX_TEXT_LENGTH,
	type RecordOf,
	type UnionOf,
} from "../kinds/fields.js";
import { keyResultKinds } from "../kinds/keyResult.js";
import { metric } from "../kinds/metric.js";
import { objective } from "../kinds/objective.js";
import { checkIn } from "../kinds/readings.js";
import { isNumberInput } from "../numeric/index.js";
import { isRecord, type Loose } from "../objects.js";
import { type Day, daysInMonth, digits, parseDayString } from "../time/day.js";
import { readSome } from "./compile.js";

type Accepts = (value: unknown) => boolean;
type AnyField = Field<unknown, unknown, unknown>;

const compiled = new WeakMap<object, Accepts>();

/** Whether a value is an id the readers accept: a string with text, at most 1,000 characters. */
export function isId(value: unknown): value is string {
	return typeof value === "string" && value.length <= MAX_ID_LENGTH && hasText(value);
}

function isTitle(value: unknown): boolean {
	return typeof value === "string" && value.length <= MAX_TEXT_LENGTH && hasText(value);
}

function isDay(value: unknown): boolean {
	return typeof value === "string" && parseDayString(value) !== null;
}

function everyItem(value: unknown, accepts: Accepts): boolean {
	if (!Array.isArray(value)) return false;
	// An index loop: a hole is a missing item, as the readers report it.
	for (let i = 0; i < value.length; i++) if (!accepts(value[i])) return false;
	return true;
}

function leafAccepts(leaf: Leaf): Accepts {
	switch (leaf.tag) {
		case "id":
			return isId;
		case "title":
			return isTitle;
		case "text":
			return (v) => typeof v === "string" && v.length <= MAX_TEXT_LENGTH;
		case "number":
			return isNumberInput;
		case "weight":
			// Numbers only: a decimal string weight is read exactly, off the fast path.
			return (v) => typeof v === "number" && v >= 0 && v !== Number.POSITIVE_INFINITY;
		case "boolean":
			return (v) => typeof v === "boolean";
		case "date":
		case "dayString":
			// Days only: the checks know no zone, and an instant's day (and so a cycle's order, or
			// its year at the edges of 0000 to 9999) may depend on it. The reader, given the zone,
			// reads instants.
			return isDay;
		case "enum": {
			const values: readonly unknown[] = leaf.values;
			return (v) => values.includes(v);
		}
		case "literal": {
			const value = leaf.value;
			return (v) => v === value;
		}
		case "ids":
			return (v) => everyItem(v, isId);
		case "record":
			return acceptsOf(leaf.record);
		case "readings": {
			const item = acceptsOf(leaf.item);
			return (v) => everyItem(v, item);
		}
		case "list": {
			const item = "members" in leaf.item ? unionAccepts(leaf.item) : acceptsOf(leaf.item);
			const count = leaf.count;
			return (v) =>
				everyItem(v, item) && (count === undefined || count((v as unknown[]).length, []) === null);
		}
	}
}

function fieldAccepts(f: AnyField): Accepts {
	const leaf = leafAccepts(f.leaf);
	const required = f.presence === "required";
	const nullable = f.nullable;
	return (v) => (v === undefined ? !required : (v === null && nullable) || leaf(v));
}

/**
 * Whether the reader of `description` accepts a value, leaving out the fields named in `except`
 * (which the caller checks itself, item by item). A rule with a fast form answers on the plain
 * values when it can tell; otherwise it runs on the fields it reads, read exactly. `generate`
 * `false` walks the fields in a loop, as where generated code is forbidden (for tests).
 *
 * `only`: the fields of the description a fast path was written for. Every other described field
 * must then be absent (`undefined`, own or inherited), so a field added to the model later makes
 * the fast path give up until it is taught that field. Fields the model does not describe (a
 * tool's own) are left alone, as the readers leave them.
 */
export function acceptsOf<F extends FieldsOf>(
	description: RecordOf<F>,
	except: readonly string[] = [],
	generate = true,
	only?: readonly string[],
): Accepts {
	const plain = except.length === 0 && generate && only === undefined;
	const cached = plain ? compiled.get(description) : undefined;
	if (cached !== undefined) return cached;
	const described = Object.keys(description.fields);
	const keys = described.filter((key) => !except.includes(key));
	const absent = only === undefined ? [] : described.filter((key) => !only.includes(key));
	const checked = keys.filter((key) => !absent.includes(key));
	const fields = checked.map((key) => description.fields[key] as AnyField);
	const exactly = description.rules.map(
		(rule) => (value: Loose) => rulePasses(rule, description, value),
	);
	const fast = description.rules.map((rule) => rule.fast);
	const accepts =
		(generate ? generated(absent, checked, fields, fast, exactly) : null) ??
		walked(
			absent,
			checked,
			fields.map(fieldAccepts),
			exactly.map((rule, i) => (value: Loose) => fast[i]?.(value) ?? rule(value)),
		);
	if (plain) compiled.set(description, accepts);
	return accepts;
}

function isObject(value: unknown): value is Loose {
	return typeof value === "object" && value !== null;
}

/** The check as a loop over the fields (where code cannot be generated). */
function walked(
	absent: readonly string[],
	keys: readonly string[],
	checks: readonly Accepts[],
	rules: readonly ((value: Loose) => boolean)[],
): Accepts {
	return (value) => {
		if (!isRecord(value)) return false;
		for (const key of absent) if (value[key] !== undefined) return false;
		for (let i = 0; i < keys.length; i++) {
			if (!(checks[i] as Accepts)(value[keys[i] as string])) return false;
		}
		for (const rule of rules) if (!rule(value)) return false;
		return true;
	};
}

/**
 * A leaf's check written as an expression over `v`, for the leaves whose check is a comparison
 * (the engine then needs no call), calling the leaf's own check `l[index]` only for what the
 * comparison does not decide; `null` for the others, which `generated` calls.
 */
function inlineTest(leaf: Leaf, index: number): string | null {
	switch (leaf.tag) {
		case "id":
		case "title": {
			// A string whose first character is printable ASCII has text; others ask `hasText`.
			const most = leaf.tag === "id" ? MAX_ID_LENGTH : MAX_TEXT_LENGTH;
			return `(typeof v==="string"&&v.length<=${most}&&((c=v.charCodeAt(0))>32&&c<127||l[${index}](v)))`;
		}
		case "number":
			// A finite number (`v - v` is 0 for those alone); strings go to the leaf's own check.
			return `(typeof v==="number"?v-v===0:l[${index}](v))`;
		case "weight":
			return 'typeof v==="number"&&v>=0&&v!==1/0';
		case "boolean":
			return 'typeof v==="boolean"';
		case "literal":
			return typeof leaf.value === "string" ? `v===${JSON.stringify(leaf.value)}` : null;
		case "enum":
			return leaf.values.every((value) => typeof value === "string")
				? `(${leaf.values.map((value) => `v===${JSON.stringify(value)}`).join("||")})`
				: null;
		default:
			return null;
	}
}

/**
 * The check as straight-line code, one line per field, as zod compiles its objects: each field is
 * then read by its own name at its own place in the code, which the engine reads in a few
 * nanoseconds, where a loop reading ten names at one place costs about twenty each (a
 * megamorphic lookup). The
 * names and literals are the model's own, written as JSON string literals; nothing of the input
 * reaches the code. `null` where the host forbids generated code (a strict Content Security
 * Policy): the loop then answers the same.
 */
function generated(
	absent: readonly string[],
	keys: readonly string[],
	fields: readonly AnyField[],
	fast: readonly (((value: Loose) => boolean | undefined) | undefined)[],
	exactly: readonly ((value: Loose) => boolean)[],
): Accepts | null {
	const name = (key: string) => JSON.stringify(key);
	const lines = [
		"return function(o){if(!R(o))return!1;let v,c;",
		...absent.map((key) => `if(o[${name(key)}]!==void 0)return!1;`),
		...fields.map((f, i) => {
			const read = `v=o[${name(keys[i] as string)}];`;
			const test = inlineTest(f.leaf, i) ?? `l[${i}](v)`;
			if (f.presence === "required") return `${read}if(v===void 0||!(${test}))return!1;`;
			const valid = f.nullable ? `v===null||${test}` : test;
			return `${read}if(v!==void 0&&!(${valid}))return!1;`;
		}),
		// Each rule's fast form is called from a place of its own, where the engine learns its
		// one target and inlines it (called from one closure shared by every rule, it could not);
		// where it cannot tell (`undefined`), the rule runs on the fields read exactly.
		...exactly.map((_, i) =>
			fast[i] === undefined
				? `if(!S[${i}](o))return!1;`
				: `v=F[${i}](o);if(v===void 0?!S[${i}](o):!v)return!1;`,
		),
		"return!0}",
	];
	try {
		return new Function("R", "l", "F", "S", `"use strict";${lines.join("")}`)(
			isRecord,
			fields.map((f) => leafAccepts(f.leaf)),
			fast,
			exactly,
		) as Accepts;
	} catch {
		return null;
	}
}

/**
 * Whether a record's rule holds on a plain value (its fast form when it can tell, else read
 * exactly). `unread` answers when a field it reads cannot be read: `false` for the fast checks
 * (any doubt sends the caller to the reader); `true` where, as in the zod schemas, a rule only
 * runs on fields that are there (a KPI's thresholds rule without thresholds).
 */
export function rulePasses<F extends FieldsOf>(
	rule: RecordOf<F>["rules"][number],
	description: RecordOf<F>,
	value: Loose,
	unread = false,
): boolean {
	const read = readSome(description, rule.reads, value);
	return read === null ? unread : rule.check(read as never, []) === null;
}

function unionAccepts(union: UnionOf): Accepts {
	const members = new Map(
		Object.keys(union.members).map((tag) => [
			tag,
			acceptsOf(union.members[tag] as RecordOf<FieldsOf>),
		]),
	);
	const key = union.key;
	return (value) => isRecord(value) && (members.get(value[key] as string)?.(value) ?? false);
}

/**
 * Whether the reader accepts every field of objective `o` other than `keyResults` (checked item by
 * item by the caller).
 */
export const objectiveFieldsPass: (o: Loose) => boolean = acceptsOf(objective, ["keyResults"]);

/**
 * The fields of a key result the fast paths were written for. Written out on purpose, not derived
 * from the descriptions: a field added to the model later (say, one that overrides progress, as a
 * `closing` grade does) is not in this list, so the fast paths give up on a key result that has
 * it, and the exact path (which knows every field) computes it. Never silently ignored: teach the
 * fast paths the new field, then add it here. Fields the model does not describe (a tool's own)
 * change no score, and are left alone.
 */
export const FAST_KEY_RESULT_FIELDS: readonly string[] =
	"id title weight owner unit checkIns kind start target current direction threshold scoring low high done doneAt items".split(
		" ",
	);

/** The fields any kind of key result describes that the fast paths were not written for. */
const UNTAUGHT_FIELDS: readonly string[] = [
	...new Set(Object.values(keyResultKinds).flatMap((kind) => Object.keys(kind.description.fields))),
].filter((key) => !FAST_KEY_RESULT_FIELDS.includes(key));

/**
 * Whether a key result has none of the described fields the fast paths were not written for
 * (see {@link FAST_KEY_RESULT_FIELDS}), own or inherited.
 */
export function knownKeyResultFields(kr: Loose): boolean {
	for (const key of UNTAUGHT_FIELDS) if (kr[key] !== undefined) return false;
	return true;
}

const metricAccepts = acceptsOf(metric.description, ["checkIns"], true, FAST_KEY_RESULT_FIELDS);
const checkInAccepts = acceptsOf(checkIn, ["at"]);

/**
 * Whether `kr` is a metric key result the fast path covers: number `start`, `target` and
 * `current` (or none), no described field the fast paths do not know, and every field but
 * `checkIns` accepted by the reader; `checkIns` absent or an array (its items are
 * {@link latestCheckIn}'s to check).
 */
export function isFastMetric(kr: unknown): kr is Loose {
	if (!isObject(kr)) return false;
	const current = kr["current"];
	const checkIns = kr["checkIns"];
	return (
		kr["kind"] === "metric" &&
		typeof kr["start"] === "number" &&
		typeof kr["target"] === "number" &&
		(current === undefined || typeof current === "number") &&
		(checkIns === undefined || Array.isArray(checkIns)) &&
		metricAccepts(kr)
	);
}

/** {@link latestCheckIn}: no check-in on or before the day. */
export const NO_CHECK_IN = -1;
/** {@link latestCheckIn}: a check-in the fast path does not cover (the exact path reads them). */
export const GIVE_UP = -2;

/**
 * The index of the check-in whose value a key result has as of `asOf` (its latest on or before
 * that day, the last in array order among the day's; all of them when `asOf` is `null`), as the
 * readers' stable sort and `latestReading` choose it; {@link NO_CHECK_IN} when none is; or
 * {@link GIVE_UP} when any check-in is not one the fast path covers: a number `value`, an `at`
 * written `"YYYY-MM-DD"`, and accepted by the reader.
 */
export function latestCheckIn(checkIns: readonly unknown[], asOf: Day | null): number {
	let latest = NO_CHECK_IN;
	let latestDay = -1e9;
	// An index loop: a hole is a missing check-in, which the exact path reports.
	for (let i = 0; i < checkIns.length; i++) {
		const r = checkIns[i];
		// The reader's check first: it makes sure `r` is a record.
		if (!checkInAccepts(r) || typeof (r as Loose)["value"] !== "number") return GIVE_UP;
		const day = dayOf((r as Loose)["at"]);
		if (Number.isNaN(day)) return GIVE_UP;
		if ((asOf === null || day <= asOf) && day >= latestDay) {
			latest = i;
			latestDay = day;
		}
	}
	return latest;
}

/**
 * The day of a `"YYYY-MM-DD"` string (the same day number as `parseDayString`), without building a
 * `Date`: the days-from-civil formula on the proleptic Gregorian calendar. `NaN` for anything else
 * (a `Date`, a timestamp, an impossible date), which the exact path reads.
 */
export function dayOf(value: unknown): Day {
	if (typeof value !== "string" || value.length !== 10) return Number.NaN;
	const y = digits(value, 0, 4);
	const m = digits(value, 5, 7);
	const d = digits(value, 8, 10);
	const valid = value[4] === "-" && value[7] === "-" && y >= 0 && m >= 1 && m <= 12;
	if (!valid || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
	// Years from March, so the leap day comes last (the days-from-civil formula).
	const year = m <= 2 ? y - 1 : y;
	const f = (n: number) => Math.floor(year / n);
	return (
		365 * year + f(4) - f(100) + f(400) + Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 719_469
	);
}

export { isRecord, type Loose };
