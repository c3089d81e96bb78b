/**
 * The options every picture shares: colours, status words, sizes, id prefix, title. Each is
 * checked before it reaches the markup, so nothing the caller passes can break out of an attribute.
 *
 * @module
 */
import { invalid, type Path } from "../errors/index.js";
import { cmp, exact, fromInt, toNumber, typeName, ZERO } from "../numeric/index.js";
import { isRecord, own } from "../objects.js";
import type { ScoringPolicy } from "../policy/defaults.js";
import { type PolicyOptions, policyOf } from "../policy/resolve.js";

/**
 * The colours of the pictures. Each is a CSS colour: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, a
 * colour keyword (`teal`, `transparent`, `currentColor`, …), or `rgb()`, `rgba()`, `hsl()`,
 * `hsla()`, `hwb()`, `lab()`, `lch()`, `oklab()`, `oklch()` with plain arguments.
 */
export interface SvgColors {
	/** Red status: a grade below `bands.yellow`, a KPI beyond its yellow limit (default vermilion `#D55E00`). */
	readonly red: string;
	/** Yellow status (default orange `#E69F00`). */
	readonly yellow: string;
	/** Green status (default bluish green `#009E73`). */
	readonly green: string;
	/** No status: a KPI without a fresh value (default `#999999`). */
	readonly unknown: string;
	/** The light marks drawn over red and yellow fills so they differ by pattern too (default `#FFFFFF`). */
	readonly pattern: string;
	/** The picture's background; `"none"` for none (default `#FFFFFF`). */
	readonly background: string;
	/** Main text (default `#1A1A1A`). */
	readonly text: string;
	/** Secondary text and scale labels (default `#595959`). */
	readonly muted: string;
	/** The empty track of a progress bar (default `#E6E6E6`). */
	readonly track: string;
	/** The aspirational stretch band of a progress bar (default sky blue `#56B4E9`, drawn at 40% opacity). */
	readonly band: string;
	/** The expected-pace marker of a progress bar and the target marker of a bullet graph (default `#000000`). */
	readonly marker: string;
	/** A bullet graph's featured measure (default `#1A1A1A`). */
	readonly measure: string;
	/** A bullet graph's qualitative range of red values: the darkest (default `#A6A6A6`). */
	readonly rangeRed: string;
	/** A bullet graph's qualitative range of yellow values (default `#C9C9C9`). */
	readonly rangeYellow: string;
	/** A bullet graph's qualitative range of green values: the lightest (default `#E8E8E8`). */
	readonly rangeGreen: string;
	/** A sparkline's line (default `#595959`). */
	readonly line: string;
	/** A cascade's links and node borders (default `#8C8C8C`). */
	readonly edge: string;
	/** A cascade node's fill (default `#FFFFFF`). */
	readonly node: string;
}

/** The words shown for each status, next to its colour (so colour is never the only cue). */
export interface SvgStatusLabels {
	/** Default `"red"`. */
	readonly red: string;
	/** Default `"yellow"`. */
	readonly yellow: string;
	/** Default `"green"`. */
	readonly green: string;
	/** Default `"unknown"`: a KPI without a fresh value. */
	readonly unknown: string;
}

/**
 * The default colours: the Okabe–Ito palette's vermilion, orange and bluish green for red, yellow
 * and green (told apart by people with the common colour-vision deficiencies), greys elsewhere.
 *
 * @example
 * ```ts
 * defaultSvgColors.green;
 * //=> "#009E73"
 * ```
 */
export const defaultSvgColors: SvgColors = Object.freeze({
	red: "#D55E00",
	yellow: "#E69F00",
	green: "#009E73",
	unknown: "#999999",
	pattern: "#FFFFFF",
	background: "#FFFFFF",
	text: "#1A1A1A",
	muted: "#595959",
	track: "#E6E6E6",
	band: "#56B4E9",
	marker: "#000000",
	measure: "#1A1A1A",
	rangeRed: "#A6A6A6",
	rangeYellow: "#C9C9C9",
	rangeGreen: "#E8E8E8",
	line: "#595959",
	edge: "#8C8C8C",
	node: "#FFFFFF",
});

const STATUS_LABELS: SvgStatusLabels = Object.freeze({
	red: "red",
	yellow: "yellow",
	green: "green",
	unknown: "unknown",
});

/** Options every picture takes. */
export interface SvgOptions extends PolicyOptions {
	/** Colours to use instead of {@link defaultSvgColors}; each must be a plain CSS colour. */
	readonly colors?: Partial<SvgColors> | undefined;
	/** Words for the statuses (default `"red"`, `"yellow"`, `"green"`, `"unknown"`), e.g. to translate them. */
	readonly labels?: Partial<SvgStatusLabels> | undefined;
	/**
	 * The picture's title (its `<title>`, and the heading where the picture shows one). Each
	 * picture has a default, also used for a title that is empty or only spaces (a picture always
	 * has an accessible name).
	 */
	readonly title?: string | undefined;
	/**
	 * Prefix of every id in the picture (`<prefix>-title`, `<prefix>-desc`, …): a letter or `_`, then
	 * letters, digits, `-`, `_`, at most 64 characters. Default: `okr-<kind>-<fingerprint>`, derived
	 * from the picture's content, so it is the same for the same picture and differs between pictures.
	 */
	readonly idPrefix?: string | undefined;
	/** Draw red and yellow fills with hatching and dots on top of the colour (default `true`). */
	readonly patterns?: boolean | undefined;
	/** Font size of the main text, in px (default `12`). */
	readonly fontSize?: number | string | undefined;
}

/** The shared options as read and checked. */
export interface SvgOptionsRead {
	readonly policy: ScoringPolicy;
	readonly colors: SvgColors;
	readonly labels: SvgStatusLabels;
	readonly title: string | null;
	readonly idPrefix: string | null;
	readonly patterns: boolean;
	readonly fontSize: number;
	/** The options object (empty when none was given), for the picture's own options. */
	readonly fields: Readonly<Record<string, unknown>>;
}

/** The largest size any option may ask for, in px. */
export const MAX_SIZE = 100_000;

const COLOR_FUNCTIONS = ["rgb", "rgba", "hsl", "hsla", "hwb", "lab", "lch", "oklab", "oklch"];

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/**
 * Whether `value` is a CSS colour of a plain form (see {@link SvgColors}): only letters, digits,
 * and inside a colour function's parentheses spaces and `. , % / + -`. Nothing that could end an
 * attribute, open a tag, start an entity or reach a URL. Checked character by character.
 */
export function isSafeColor(value: string): boolean {
	if (value.length === 0 || value.length > 64) return false;
	if (value.charCodeAt(0) === 35) {
		const n = value.length - 1;
		if (n !== 3 && n !== 4 && n !== 6 && n !== 8) return false;
		for (let i = 1; i < value.length; i++) if (!isHex(value.charCodeAt(i))) return false;
		return true;
	}
	let i = 0;
	while (isLetter(value.charCodeAt(i))) i++; // NaN past the end is no letter
	if (i === value.length) return true;
	// Not a word: a colour function's name (none is empty), then (…).
	if (!COLOR_FUNCTIONS.includes(value.slice(0, i).toLowerCase())) return false;
	if (value.charCodeAt(i) !== 40 || value.charCodeAt(value.length - 1) !== 41) return false;
	for (let j = i + 1; j < value.length - 1; j++) {
		const c = value.charCodeAt(j);
		// space . , % / + -
		const ok =
			isLetter(c) ||
			isDigit(c) ||
			c === 32 ||
			c === 46 ||
			c === 44 ||
			c === 37 ||
			c === 47 ||
			c === 43 ||
			c === 45;
		if (!ok) return false;
	}
	return true;
}

function isSafeIdPrefix(value: string): boolean {
	if (value.length === 0 || value.length > 64) return false;
	const first = value.charCodeAt(0);
	if (!isLetter(first) && first !== 95) return false;
	for (let i = 1; i < value.length; i++) {
		const c = value.charCodeAt(i);
		if (!isLetter(c) && !isDigit(c) && c !== 45 && c !== 95) return false;
	}
	return true;
}

function readStringOption(o: Readonly<Record<string, unknown>>, key: string, path: Path) {
	const value = own(o, key);
	if (value === undefined) return null;
	if (typeof value !== "string") {
		throw invalid("INVALID_TYPE", path, `Expected a string, received ${typeName(value)}.`);
	}
	return value;
}

/** A record option such as `colors`: an object, read by the keys of `defaults` only. */
function readRecord<T extends object>(
	o: Readonly<Record<string, unknown>>,
	key: string,
	defaults: T,
	check: (value: string, path: Path) => void,
): T {
	const value = own(o, key);
	if (value === undefined) return defaults;
	if (!isRecord(value)) {
		throw invalid(
			"INVALID_TYPE",
			["options", key],
			`Expected an object, received ${typeName(value)}.`,
		);
	}
	const out: Record<string, string> = {};
	for (const name of Object.keys(defaults)) {
		const path: Path = ["options", key, name];
		const given = readStringOption(value, name, path);
		if (given !== null) check(given, path);
		out[name] = given ?? ((defaults as Record<string, string>)[name] as string);
	}
	for (const name of Object.keys(value)) {
		if (!Object.hasOwn(defaults, name)) {
			throw invalid("UNKNOWN_KEY", ["options", key, name], `Unknown ${key} key "${name}".`);
		}
	}
	return Object.freeze(out) as T;
}

/**
 * A size option at `["options", key]`: a finite number (or decimal string) above 0 and at most
 * {@link MAX_SIZE}; `fallback` when absent.
 */
export function readSize(o: Readonly<Record<string, unknown>>, key: string, fallback: number) {
	const value = own(o, key);
	if (value === undefined) return fallback;
	const path: Path = ["options", key];
	const x = exact(value, path);
	if (cmp(x, ZERO) <= 0 || cmp(x, fromInt(MAX_SIZE)) > 0) {
		throw invalid(
			"OUT_OF_RANGE",
			path,
			`Expected a size above 0 and at most ${MAX_SIZE}, received ${JSON.stringify(String(value).slice(0, 40))}.`,
		);
	}
	return toNumber(x);
}

/** `title` unless it is missing or blank, else `fallback`. */
export function titleOr(title: string | null, fallback: string): string {
	return title === null || title.trim() === "" ? fallback : title;
}

/** Reads the shared options (the policy first, as every computation does). */
export function readSvgOptions(options: unknown): SvgOptionsRead {
	const policy = policyOf(options);
	const o: Readonly<Record<string, unknown>> = isRecord(options) ? options : {};
	const colors = readRecord(o, "colors", defaultSvgColors, (value, path) => {
		if (!isSafeColor(value)) {
			throw invalid(
				"INVALID_COLOR",
				path,
				`Expected a CSS colour such as "#D55E00", "teal" or "rgb(0 158 115)", received ${JSON.stringify(value.slice(0, 40))}.`,
			);
		}
	});
	const labels = readRecord(o, "labels", STATUS_LABELS, () => {});
	const idPrefix = readStringOption(o, "idPrefix", ["options", "idPrefix"]);
	if (idPrefix !== null && !isSafeIdPrefix(idPrefix)) {
		throw invalid(
			"INVALID_ID",
			["options", "idPrefix"],
			"Expected an id prefix: a letter or _, then letters, digits, - or _, at most 64 characters.",
		);
	}
	const patterns = own(o, "patterns");
	if (patterns !== undefined && typeof patterns !== "boolean") {
		throw invalid(
			"INVALID_TYPE",
			["options", "patterns"],
			`Expected true or false, received ${typeName(patterns)}.`,
		);
	}
	return {
		policy,
		colors,
		labels,
		title: readStringOption(o, "title", ["options", "title"]),
		idPrefix,
		patterns: patterns !== false,
		fontSize: readSize(o, "fontSize", 12),
		fields: o,
	};
}
