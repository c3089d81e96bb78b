/**
 * KPI numbers in words, for labels and descriptions.
 *
 * @module
 * @internal
 */
import { abs, cmp, type Exact, toNumber, ZERO } from "../numeric/index.js";
import type { KpiDirectionRead } from "../read/kpi.js";
import { showNumber } from "./markup.js";

/** A number with the KPI's unit: `"99%"`, `"250,000 visitors"`, `"42"`. */
export function withUnit(text: string, unit: string | undefined): string {
	if (unit === undefined || unit === "") return text;
	return unit === "%" ? `${text}%` : `${text} ${unit}`;
}

/** An exact KPI value as shown: plain digits, grouped, with the unit. */
export function showValue(x: Exact, unit: string | undefined): string {
	return withUnit(showNumber(toNumber(x)), unit);
}

/** The direction in words. */
export function directionWords(direction: KpiDirectionRead): string {
	switch (direction) {
		case "higherIsBetter":
			return "higher is better";
		case "lowerIsBetter":
			return "lower is better";
		case "onTarget":
			return "closest to the target is best";
	}
}

/** How a shortfall reads: "9.9% short of the target", "0.2% ahead of the target", "on target". */
export function shortfallWords(
	shortfall: Exact,
	direction: KpiDirectionRead,
	unit: string | undefined,
): string {
	const sign = cmp(shortfall, ZERO);
	if (sign === 0) return "on target";
	const amount = showValue(abs(shortfall), unit);
	if (sign === -1) return `${amount} ahead of the target`;
	return direction === "onTarget" ? `${amount} off the target` : `${amount} short of the target`;
}
