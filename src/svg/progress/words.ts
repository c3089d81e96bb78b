/**
 * A progress bar in words: the heading's status line, the legend's entries and the `<desc>`.
 *
 * @module
 * @internal
 */
import { toNumber } from "../../numeric/index.js";
import { showNumber, showRounded, showScore } from "../markup.js";
import type { SvgStatusLabels } from "../options.js";
import type { ProgressMeaning } from "./meaning.js";

/** The words of a progress bar. */
export interface ProgressWords {
	/** "0.65 · grade 0.7 · green". */
	readonly status: string;
	/** "expected 0.5", or `null` without an expected score. */
	readonly expected: string | null;
	/** "stretch band 0.6–0.7". */
	readonly band: string;
	/** The `<desc>`. */
	readonly desc: string;
}

export function progressWords(m: ProgressMeaning, labels: SvgStatusLabels): ProgressWords {
	const word = labels[m.color];
	const score = showScore(m.score, m.decimals);
	const grade = showNumber(toNumber(m.grade));
	const expected = m.expected === null ? null : showRounded(m.expected, 2);
	const from = showNumber(toNumber(m.bandFrom));
	const to = showNumber(toNumber(m.bandTo));
	let desc = `Score ${score}, grade ${grade}, ${word}`;
	desc += expected === null ? "." : `; expected ${expected} by now.`;
	desc +=
		m.type === "aspirational"
			? ` Aspirational: the stretch band from ${from} to ${to} is shaded.`
			: ` Committed: succeeds at a score of ${showNumber(toNumber(m.committedSuccessFrom))}.`;
	if (m.risk !== null) {
		desc += ` Risk: ${m.risk.level}${m.risk.messages.length === 0 ? "." : ` — ${m.risk.messages.join(" ")}`}`;
	}
	return {
		status: `${score} · grade ${grade} · ${word}`,
		expected: expected === null ? null : `expected ${expected}`,
		band: `stretch band ${from}–${to}`,
		desc,
	};
}
