// Loaded with `node --expose-gc --import` into an app under test: SIGUSR2 runs a full GC, so a
// memory test can read the resident size "after GC" as the soak's criterion says. The heap in use
// is written too, which tells a leak (heap keeps growing) from a high-water mark (RSS only).
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  process.stderr.write(`after-gc heapUsed=${process.memoryUsage().heapUsed}\n`);
});
