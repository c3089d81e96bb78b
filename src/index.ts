/**
 * okr-kit: exact, explicit OKR and KPI computations.
 *
 * The package root exports everything: the zod model (schemas, parsing, JSON Schemas, policies)
 * and every computation. `okr-kit/score` exports the computations alone, without zod.
 *
 * @module
 */

export * from "./score.js";
