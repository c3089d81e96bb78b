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
import { metric } from "../kinds/metric.js";
import { objective } from "../kinds/objective.js";
import { isNumberInput } from "../numeric/index.js";
import { isRecord, type Loose } from "../objects.js";
import { parseDayString } from "../time/day.js";
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
 */
export function acceptsOf<F extends FieldsOf>(
	description: RecordOf<F>,
	except: readonly string[] = [],
	generate = true,
): Accepts {
	const cached = except.length === 0 && generate ? compiled.get(description) : undefined;
	if (cached !== undefined) return cached;
	const keys = Object.keys(description.fields).filter((key) => !except.includes(key));
	const fields = keys.map((key) => description.fields[key] as AnyField);
	const rules = description.rules.map(
		(rule) => (value: Loose) => rulePasses(rule, description, value),
	);
	const accepts = generated(keys, fields, rules) ?? walked(keys, fields.map(fieldAccepts), rules);
	if (except.length === 0) compiled.set(description, accepts);
	return accepts;
}

/** The check as a loop over the fields (where code cannot be generated). */
function walked(
	keys: readonly string[],
	checks: readonly Accepts[],
	rules: readonly ((value: Loose) => boolean)[],
): Accepts {
	return (value) => {
		if (!isRecord(value)) return false;
		for (let i = 0; i < keys.length; i++) {
			if (!(checks[i] as Accepts)(value[keys[i] as string])) return false;
		}
		for (const rule of rules) if (!rule(value)) return false;
		return true;
	};
}

/**
 * The check as straight-line code, one line per field, as zod compiles its objects: each field is
 * then read by its own name at its own place in the code, which the engine reads in a few
 * nanoseconds, where a loop reading ten names at one place costs about twenty each (a
 * megamorphic lookup). The names are the model's own, written as string literals; nothing of the
 * input reaches the code. `null` where the host forbids generated code (a strict Content Security
 * Policy): the loop then answers the same.
 */
function generated(
	keys: readonly string[],
	fields: readonly AnyField[],
	rules: readonly ((value: Loose) => boolean)[],
): Accepts | null {
	const lines = [
		"return function accepts(value) {",
		"if (!isRecord(value)) return false;",
		"let v;",
		...fields.map((f, i) => {
			const read = `v = value[${JSON.stringify(keys[i])}];`;
			if (f.presence === "required")
				return `${read} if (v === undefined || !l[${i}](v)) return false;`;
			const absent = f.nullable ? "v !== undefined && v !== null" : "v !== undefined";
			return `${read} if (${absent} && !l[${i}](v)) return false;`;
		}),
		...rules.map((_, i) => `if (!r[${i}](value)) return false;`),
		"return true;",
		"};",
	];
	try {
		return new Function("isRecord", "l", "r", `"use strict";\n${lines.join("\n")}`)(
			isRecord,
			fields.map((f) => leafAccepts(f.leaf)),
			rules,
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
	const fast = rule.fast?.(value);
	if (fast !== undefined) return fast;
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

const metricAccepts = acceptsOf(metric.description);

/**
 * Whether `kr` is a metric key result the fast path covers: plain number fields, no check-ins, no
 * closing grade (its progress would be that grade), and accepted by the reader.
 */
export function isPlainMetric(kr: Loose): boolean {
	const current = kr["current"];
	return (
		kr["kind"] === "metric" &&
		kr["checkIns"] === undefined &&
		kr["closing"] === undefined &&
		typeof kr["start"] === "number" &&
		typeof kr["target"] === "number" &&
		(current === undefined || typeof current === "number") &&
		metricAccepts(kr)
	);
}

export { isRecord, type Loose };
