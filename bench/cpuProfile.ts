import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  startTime: number;
  endTime: number;
}

const shortUrl = (url: string) =>
  url.replace(/.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench|test)\//, '$1/');
const frameName = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

/** The functions with the most self time, as µs per request when `requests` is given, else as %. */
export function topSelfTime(file: string, limit: number, requests?: number): string[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const usPerSample = (profile.endTime - profile.startTime) / Math.max(1, profile.samples.length);
  const self = new Map<string, number>();
  for (const node of profile.nodes) {
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + (hits.get(node.id) ?? 0));
  }
  const total = profile.samples.length;
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, count]) =>
      requests === undefined
        ? `${((100 * count) / total).toFixed(1).padStart(5)}%  ${name}`
        : `${((count * usPerSample) / requests).toFixed(1).padStart(7)} µs/req  ${name}`,
    );
}
