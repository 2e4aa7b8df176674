/**
 * Things opened once however many parts of the page use them — the original PDF of a briefing,
 * drawn by the Original view and by each figure cut from its pages. Each user takes a lease and
 * gives it back; the thing is destroyed (for a PDF, its pdf.js worker ended) when the last lease
 * goes. An opening that fails is forgotten, so the next lease tries again.
 */
export interface Lease<T> {
  opened: Promise<T>;
  release(): void;
}

interface Opening<T> {
  opened: Promise<T>;
  leases: number;
}

export class SharedOpenings<T extends { destroy(): unknown }> {
  private readonly openings = new Map<string, Opening<T>>();

  /** A lease on what `key` names, opened by `open` unless it already is. */
  lease(key: string, open: () => Promise<T>): Lease<T> {
    let opening = this.openings.get(key);
    if (!opening) {
      const opened = open();
      opening = { opened, leases: 0 };
      const current = opening;
      opened.catch(() => this.openings.get(key) === current && this.openings.delete(key));
      this.openings.set(key, opening);
    }
    opening.leases++;
    const held = opening;
    let released = false;
    return {
      opened: held.opened,
      release: () => {
        if (released) return;
        released = true;
        if (--held.leases > 0) return;
        if (this.openings.get(key) === held) this.openings.delete(key);
        held.opened.then((thing) => thing.destroy()).catch(() => undefined);
      }
    };
  }
}
