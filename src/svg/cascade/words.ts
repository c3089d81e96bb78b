/**
 * A cascade tree in words: each box's score line and sentence, and the `<desc>` that lists them.
 *
 * @module
 * @internal
 */
import { fromResult } from "../../numeric/index.js";
import type { RollUpSource } from "../../policy/defaults.js";
import { showNumber, showScore } from "../markup.js";
import type { SvgStatusLabels } from "../options.js";
import type { CascadeMeaning } from "./meaning.js";

const SOURCE_WORDS: Readonly<Record<RollUpSource, string>> = {
	keyResults: "from its key results",
	children: "from its children",
	both: "from its key results and children",
};

/** The words of one objective's box. */
export interface NodeWords {
	/** "0.45 · grade 0.5 · yellow", under the title. */
	readonly line: string;
	/** "Marketing (under Company): score 0.6, grade 0.6, yellow, from its key results." */
	readonly sentence: string;
}

/**
 * The words of the objective at input index `i`. One that a partial roll-up left unscored shows
 * "not scored" (never a 0), and its sentence gives the reason.
 */
export function nodeWords(m: CascadeMeaning, i: number, labels: SvgStatusLabels): NodeWords {
	const score = m.scores[i] as CascadeMeaning["scores"][number];
	const p = m.parent[i] as number;
	const under = p === -1 ? "" : ` (under ${m.titles[p] as string})`;
	if (score.score === null) {
		return {
			line: "not scored",
			sentence: `${m.titles[i] as string}${under}: not scored. ${score.issue.message}`,
		};
	}
	const word = labels[score.color];
	const scoreText = showScore(fromResult(score.score), m.decimals);
	const gradeText = showNumber(score.grade);
	return {
		line: `${scoreText} · grade ${gradeText} · ${word}`,
		sentence: `${m.titles[i] as string}${under}: score ${scoreText}, grade ${gradeText}, ${word}, ${SOURCE_WORDS[score.source]}.`,
	};
}

/** The `<desc>`: the number of objectives, then each one's sentence, parents before children. */
export function cascadeDesc(count: number, sentences: readonly string[]): string {
	if (count === 0) return "No objectives.";
	return [`${count} ${count === 1 ? "objective" : "objectives"}.`, ...sentences].join(" ");
}
