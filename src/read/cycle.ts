/**
 * Reading a cycle: two calendar dates, both included, `end >= start`; compiled from its
 * description (`src/kinds/cycle.ts`).
 *
 * @module
 * @internal
 */
import { type CycleRead, cycle } from "../kinds/cycle.js";
import { readerOf } from "./compile.js";

export type { CycleRead };

/** Reads and checks a cycle given as a plain object. */
export const readCycle = readerOf(cycle);
