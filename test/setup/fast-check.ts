// Property tests explore new random cases on every developer run; in CI they replay one fixed seed,
// so that a run is repeatable and a failure there can be reproduced (seed printed by fast-check).
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 20261127 });
