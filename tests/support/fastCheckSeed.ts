// Every property test draws from one fixed seed, so that `npm test` gives the same verdict on every
// run and a failure can be replayed as it happened. To explore further than the fixed seed does,
// run the property tests with another: `FC_SEED=12345 npx vitest run tests/property`.
// (The fuzz suite sets its own seeds per function.)
import fc from "fast-check";

const given = process.env["FC_SEED"];
const seed = given === undefined || given === "" ? 20_261_127 : Number(given);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, received ${given}`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
