/**
 * A sparkline in words: the heading's status line and the `<desc>` (measurements, dates, first,
 * last, lowest and highest values, target, direction, latest status and each change of status).
 *
 * @module
 * @internal
 */
import type { KpiColor } from "../../kpi/core.js";
import type { Exact } from "../../numeric/index.js";
import type { Reading } from "../../read/common.js";
import { formatDay } from "../../time/day.js";
import type { SvgStatusLabels } from "../options.js";
import { directionWords, showValue } from "../words.js";
import type { SparklineMeaning } from "./meaning.js";

/** The latest value and status, or that there is none ("no measurements · unknown"). */
export function sparklineStatus(m: SparklineMeaning, labels: SvgStatusLabels): string {
	const latest = m.readings[m.readings.length - 1];
	if (latest === undefined) return `no measurements · ${labels.unknown}`;
	const status = m.statuses[m.statuses.length - 1] as KpiColor;
	return `${showValue(latest.value, m.kpi.unit)} · ${labels[status]}`;
}

/** The `<desc>`. */
export function sparklineDesc(m: SparklineMeaning, name: string, labels: SvgStatusLabels): string {
	const show = (x: Exact) => showValue(x, m.kpi.unit);
	const target = `target ${show(m.kpi.target)} (${directionWords(m.kpi.direction)})`;
	const count = m.readings.length;
	if (count === 0) return `${name}: no measurements; ${target}.`;
	const first = m.readings[0] as Reading;
	const latest = m.readings[count - 1] as Reading;
	const from = formatDay(first.at);
	const desc =
		count === 1
			? `${name}: 1 measurement, on ${from}: ${show(first.value)}`
			: `${name}: ${count} measurements from ${from} to ${formatDay(latest.at)}, from ${show(first.value)} to ${show(latest.value)}, lowest ${show(m.low)}, highest ${show(m.high)}`;
	const status = labels[m.statuses[count - 1] as KpiColor];
	const changes = m.changes.map((change) => `${labels[change.status]} from ${change.at}`);
	return `${desc}; ${target}. Latest: ${show(latest.value)}, ${status}. Status: ${changes.join(", ")}.`;
}
