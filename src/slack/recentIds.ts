/** A bounded memory of ids already handled, oldest forgotten first. */
export class RecentIds {
  readonly #ids = new Set<string>();
  constructor(readonly capacity: number) {}

  /** False when the id was already seen. */
  add(id: string): boolean {
    if (this.#ids.has(id)) return false;
    this.#ids.add(id);
    if (this.#ids.size > this.capacity) {
      const oldest = this.#ids.values().next().value;
      if (oldest !== undefined) this.#ids.delete(oldest);
    }
    return true;
  }
}
