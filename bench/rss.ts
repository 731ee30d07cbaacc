import { readFileSync, writeFileSync } from 'node:fs';

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(
      new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'),
    );
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Peak resident memory of one process over a window: VmHWM reset at the start, plus VmRSS samples. */
export function startRssWindow(pid: number, everyMs = 100): { stop: () => number } {
  // Writing 5 to clear_refs resets VmHWM (Linux ≥ 4.0), so the window's peak excludes earlier rounds.
  let hwmReset = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    hwmReset = false;
  }
  let peak = statusKb(pid, 'VmRSS');
  const timer = setInterval(() => {
    peak = Math.max(peak, statusKb(pid, 'VmRSS'));
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      peak = Math.max(peak, statusKb(pid, 'VmRSS'));
      return hwmReset ? Math.max(peak, statusKb(pid, 'VmHWM')) : peak;
    },
  };
}
