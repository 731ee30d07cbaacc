import fc from 'fast-check';

// In CI the property tests run with one fixed seed (FC_SEED overrides it), so a red run can be
// replayed exactly; locally every run draws new cases.
if (process.env.CI) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_204) });
