/*
 * Catalogue ids: the names users type (`gpu=runpod:h100-sxm`, `model=gpt-4o`).
 *
 * GPU rows:  `<provider>:<gpu>[:<tier>]`
 *   provider  runpod | lambda | coreweave | vast  (the company, lowercase, without ".ai")
 *   gpu       the GPU as prices.md names it, lowercase, spaces as hyphens, minus "HGX" (it names the
 *             board, not the GPU): h100-sxm, h100-pcie, a100-sxm-80gb, a100-pcie-80gb, a100-40gb,
 *             a100-80gb, a100-sxm, l40s, rtx-4090, a10, h100
 *   tier      left out for the provider's default (RunPod community, Lambda 1×, CoreWeave and Vast
 *             have one tier each); otherwise `secure` (RunPod) or `8x` (Lambda 8-GPU instance)
 * API rows:  the model as its vendor's API names it, lowercase (`gpt-4o`, `claude-sonnet-4.5`);
 *            a fine-tuned variant adds `-ft` (`gpt-4o-mini-ft`). API ids never contain a colon,
 *            GPU ids always do, so an id alone says which kind it is.
 *
 * A row may list aliases: other names that find it (`runpod:a100-80gb`, the default tier spelled out
 * as `:community` or `:1x`). Every id and alias names exactly one row of its kind.
 * Lookups and files are compared after `normaliseId`, so `RunPod:H100 SXM` and `runpod_h100-sxm`
 * are read as the canonical spelling: users type these in Slack, where case and spacing drift.
 */

export const gpuIdPattern = /^[a-z0-9.-]+:[a-z0-9.-]+(:[a-z0-9.-]+)?$/;
export const apiIdPattern = /^[a-z0-9][a-z0-9.-]*$/;

export function normaliseId(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/×/g, 'x')
    .replace(/\s*:\s*/g, ':')
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-');
}

export type NamedRow = { id: string; aliases?: string[] | undefined };

export type NameClash = {
  index: number;
  field: ['id'] | ['aliases', number];
  name: string;
  otherIndex: number;
};

/** Every name after the first use of it, in row order: the later row is the one to blame. */
export function findNameClashes(rows: readonly NamedRow[]): NameClash[] {
  const owner = new Map<string, number>();
  const clashes: NameClash[] = [];
  rows.forEach((row, index) => {
    const names: [NameClash['field'], string][] = [
      [['id'], row.id],
      ...(row.aliases ?? []).map((alias, k): [NameClash['field'], string] => [['aliases', k], alias]),
    ];
    for (const [field, name] of names) {
      const otherIndex = owner.get(name);
      if (otherIndex === undefined) owner.set(name, index);
      else if (otherIndex !== index) clashes.push({ index, field, name, otherIndex });
    }
  });
  return clashes;
}
