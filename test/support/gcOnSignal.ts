// Loaded with `node --expose-gc --import` into an app under test: SIGUSR2 runs a full GC, so a
// memory test can read the resident size "after GC" as the soak's criterion says.
process.on('SIGUSR2', () => (globalThis as { gc?: () => void }).gc?.());
