// Preloaded only when profiling: --cpu-prof writes its file on a normal exit, and SIGTERM's default
// action is not one.
process.on('SIGTERM', () => process.exit(0));
