/**
 * The figures each benchmark module reports for the speed and size goals (bench/README.md,
 * "Goals"), and the summary `npm run bench` prints at the end.
 */

/** One goal: a measured figure against its limit. */
export interface Goal {
	readonly name: string;
	readonly value: number;
	readonly unit: string;
	readonly limit: number;
	readonly met: boolean;
	/** The goal is a minimum (`value >= limit`), not a maximum. */
	readonly atLeast?: boolean;
	readonly detail?: string;
}

export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[middle] as number)
		: ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function figure(value: number, unit: string): string {
	const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
	return `${value.toFixed(digits)}${unit === "×" ? "×" : ` ${unit}`}`;
}

/** Prints every goal, met or not, and returns whether all were met. */
export function printGoals(goals: readonly Goal[]): boolean {
	console.log("\nGoals");
	for (const g of goals) {
		const limit = `${g.atLeast === true ? "≥" : "≤"} ${figure(g.limit, g.unit)}`;
		console.log(
			`  ${g.met ? "met    " : "NOT MET"}  ${g.name.padEnd(70)} ${figure(g.value, g.unit).padStart(9)}  (goal ${limit})${g.detail === undefined ? "" : `  ${g.detail}`}`,
		);
	}
	return goals.every((g) => g.met);
}
