/**
 * A bullet graph in words: the heading's status line and the `<desc>` (value, date, target,
 * direction, status, shortfall and every range boundary).
 *
 * @module
 * @internal
 */
import { cmp, type Exact } from "../../numeric/index.js";
import { formatDay } from "../../time/day.js";
import type { SvgStatusLabels } from "../options.js";
import { directionWords, shortfallWords, showValue } from "../words.js";
import type { BulletMeaning } from "./meaning.js";

/** "89.1% (stale) · yellow": the value and status beside the title. */
export function bulletStatus(m: BulletMeaning, labels: SvgStatusLabels): string {
	const value = m.value === null ? "no value" : showValue(m.value, m.kpi.unit);
	return `${value}${m.staleOn === null ? "" : " (stale)"} · ${labels[m.status]}`;
}

/** The `<desc>`: "Platform uptime: 89.1% on 2025-08-15 against a target of 99% (…); yellow, …. Ranges: …." */
export function bulletDesc(m: BulletMeaning, name: string, labels: SvgStatusLabels): string {
	const show = (x: Exact) => showValue(x, m.kpi.unit);
	const direction = directionWords(m.kpi.direction);
	const word = labels[m.status];
	let desc: string;
	if (m.value === null) {
		desc = `${name}: no value yet; target ${show(m.kpi.target)} (${direction}); ${word}.`;
	} else {
		const when = m.at === null ? "" : ` on ${m.at}`;
		const stale = m.staleOn === null ? "" : ` (stale on ${formatDay(m.staleOn)})`;
		const shortfall = shortfallWords(m.shortfall as Exact, m.kpi.direction, m.kpi.unit);
		desc = `${name}: ${show(m.value)}${when}${stale} against a target of ${show(m.kpi.target)} (${direction}); ${word}, ${shortfall}.`;
	}
	return `${desc} Ranges: ${rangeWords(m, show)}.`;
}

/** Every range boundary, and which side of it each colour lies (a boundary belongs to the better range). */
function rangeWords(m: BulletMeaning, show: (x: Exact) => string): string {
	// The green values' ends and those of the values that are not red (equal: no yellow range).
	const gl = m.green.from as Exact;
	const gh = m.green.to as Exact;
	const yl = m.notRed.from as Exact;
	const yh = m.notRed.to as Exact;
	switch (m.kpi.direction) {
		case "higherIsBetter":
			return cmp(yl, gl) < 0
				? `red below ${show(yl)}, yellow from ${show(yl)} to below ${show(gl)}, green from ${show(gl)}`
				: `red below ${show(gl)}, green from ${show(gl)}`;
		case "lowerIsBetter":
			return cmp(gh, yh) < 0
				? `green up to ${show(gh)}, yellow above ${show(gh)} up to ${show(yh)}, red above ${show(yh)}`
				: `green up to ${show(gh)}, red above ${show(gh)}`;
		case "onTarget":
			return cmp(gh, yh) < 0
				? `green from ${show(gl)} to ${show(gh)}, yellow from ${show(yl)} to ${show(yh)} outside the green range, red beyond`
				: `green from ${show(gl)} to ${show(gh)}, red beyond`;
	}
}
