/**
 * How the examples show a score beside its grade, as okr-kit's pictures do (docs/pictures.md): cut,
 * never rounded up, to two decimals more than the grade (three for grades of 0.0–1.0). Rounded,
 * Marketing's 0.4467 would read "0.45" beside grade 0.4 and look like a rounding error; cut, it
 * reads 0.446, and every shown score rounds (half-up, as grades do) to the grade beside it.
 */
export function scoreText(score: number, gradeDecimals = 1): string {
	const places = gradeDecimals + 2;
	// The shortest digits that read back as the score: no exponent from 1e-6 up to 1e21.
	const digits = Math.abs(score) < 1e-6 ? "0" : String(score);
	const dot = digits.indexOf(".");
	if (dot === -1) return digits;
	const cut = digits.slice(0, dot + 1 + places).replace(/\.?0*$/, "");
	return cut === "-0" ? "0" : cut;
}
