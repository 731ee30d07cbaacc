import { cpus, totalmem } from 'node:os';
import type { RoundResult } from './load.ts';
import type { MonteCarloResult } from './monteCarlo.ts';
import type { PathResult } from './paths.ts';
import { median } from './stats.ts';

export interface BenchReport {
  rounds: { baseline: RoundResult; ftroi: RoundResult }[];
  startupMs: { baseline: number; ftroi: number };
  paths: PathResult[];
  monteCarlo: MonteCarloResult;
}

const pad = (cells: string[], widths: number[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [
    pad(header, widths),
    pad(
      widths.map((w) => '-'.repeat(w)),
      widths,
    ),
    ...rows.map((r) => pad(r, widths)),
  ].join('\n');
}

export function machineLine(): string {
  const cpu = cpus();
  const gb = totalmem() / 1024 ** 3;
  return `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${gb.toFixed(1)} GiB, Node ${process.version}`;
}

export function renderReport(report: BenchReport): string {
  const roundRows = report.rounds.flatMap(({ baseline, ftroi }, i) =>
    [baseline, ftroi].map((r) => [
      String(i + 1),
      r.app,
      fixed(r.reqPerSec, 0),
      String(r.p50Ms),
      String(r.p99Ms),
      String(r.non2xx),
      String(r.errors),
      `${r.posts}/${r.requests}`,
      fixed(r.peakRssMb),
    ]),
  );
  const ratio = (pick: (r: RoundResult) => number) =>
    median(report.rounds.map(({ baseline, ftroi }) => pick(ftroi) / pick(baseline)));
  const med = (app: 'baseline' | 'ftroi', pick: (r: RoundResult) => number) =>
    median(report.rounds.map((round) => pick(round[app])));
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  const throughput = ratio((r) => r.reqPerSec);
  const p99 = ratio((r) => r.p99Ms);
  const rss = ratio((r) => r.peakRssMb);
  const non2xx = report.rounds.reduce((sum, r) => sum + r.ftroi.non2xx + r.ftroi.errors, 0);
  // One metric's medians and ratio, as printed: the apps' figures to `digits`, the ratio to `ratioDigits`.
  const figures = (pick: (r: RoundResult) => number, digits: number, ratioDigits: number) => [
    fixed(med('baseline', pick), digits),
    fixed(med('ftroi', pick), digits),
    fixed(ratio(pick), ratioDigits),
  ];
  const targetRows = [
    ['throughput req/s', ...figures((r) => r.reqPerSec, 0, 3), '>= 0.85', verdict(throughput >= 0.85)],
    ['p99 ack ms', ...figures((r) => r.p99Ms, 0, 3), '<= 1.3', verdict(p99 <= 1.3)],
    ['peak RSS MB', ...figures((r) => r.peakRssMb, 1, 3), '<= 1.3', verdict(rss <= 1.3)],
    ['ftroi non-2xx+errors', '', String(non2xx), '', '0', verdict(non2xx === 0)],
    ['p50 ack ms', ...figures((r) => r.p50Ms, 0, 2), '', ''],
    // The baseline is only a fair floor if it posts what ftroi posts: this should read 1.00.
    ['posted chars', ...figures((r) => r.postChars, 0, 2), '', ''],
    [
      'start-up ms',
      fixed(report.startupMs.baseline, 0),
      fixed(report.startupMs.ftroi, 0),
      fixed(report.startupMs.ftroi / report.startupMs.baseline, 2),
      '',
      '',
    ],
  ];
  const p50 = med('ftroi', (r) => r.p50Ms);
  const mc = report.monteCarlo;
  return [
    machineLine(),
    '',
    'Rounds (alternating order, each window after a cool-down and a warm-up; posts = chat.postMessage calls the fake received / requests acked):',
    table(
      ['round', 'app', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'posts', 'peak RSS MB'],
      roundRows,
    ),
    '',
    'Median across rounds (ratio = median of per-round ftroi/baseline):',
    table(['metric', 'baseline', 'ftroi', 'ratio', 'target', 'result'], targetRows),
    ...(report.paths.length === 0
      ? []
      : [
          '',
          'ftroi interaction paths (sequential, idle app; latency = request sent → Web API call at the fake):',
          table(
            ['path', 'runs', 'ack p50 ms', 'call p50 ms', 'call max ms'],
            report.paths.map((p) => [
              p.path,
              String(p.runs),
              fixed(p.ackP50Ms),
              fixed(p.callP50Ms),
              fixed(p.callMaxMs),
            ]),
          ),
        ]),
    '',
    `Monte Carlo (in-process evaluate(), customer-support, gpuMonthlyCost 150..400, ${mc.samples} samples):`,
    `  without ranges ${fixed(mc.pointMs, 3)} ms, with ranges ${fixed(mc.rangedMs, 3)} ms, sampling cost ${fixed(mc.samplingMs, 3)} ms` +
      ` = ${fixed((100 * mc.samplingMs) / p50, 1)}% of ftroi's p50 ack under load (${p50} ms)`,
  ].join('\n');
}
