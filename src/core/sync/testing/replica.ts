import type { Change, Op } from '../op'

/**
 * A minimal laptop for merge tests: it stamps ops with a logical clock and tracks what it has
 * seen, exactly as the real store does, but keeps ops in memory.
 */
export class Replica {
  readonly ops = new Map<string, Op>()
  private tick = 0

  constructor(readonly device: string) {}

  /** Makes a local change to one record. */
  change(record: string, change: Change): Op {
    this.tick = Math.max(this.tick, ...[...this.ops.values()].map((op) => Number(op.hlc.slice(0, 10)))) + 1
    const op: Op = {
      hlc: `${String(this.tick).padStart(10, '0')}-${this.device}`,
      device: this.device,
      kind: 'finding',
      record,
      seen: this.seen(),
      change,
    }
    this.ops.set(op.hlc, op)
    return op
  }

  /** Receives another laptop's ops (as an imported file would). */
  receive(ops: Iterable<Op>): void {
    for (const op of ops) this.ops.set(op.hlc, op)
  }

  opsOf(record: string): Op[] {
    return [...this.ops.values()].filter((op) => op.record === record)
  }

  /** The add-tags of an element currently present, for an observed remove. */
  presentAdds(record: string, field: string, element: string): string[] {
    const removed = new Set(
      this.opsOf(record).flatMap((op) => (op.change.type === 'remove' ? op.change.removes : [])),
    )
    return this.opsOf(record)
      .filter((op) => op.change.type === 'add' && op.change.field === field && op.change.element === element)
      .map((op) => op.hlc)
      .filter((hlc) => !removed.has(hlc))
  }

  private seen(): Record<string, string> {
    const seen: Record<string, string> = {}
    for (const op of this.ops.values()) if ((seen[op.device] ?? '') < op.hlc) seen[op.device] = op.hlc
    return seen
  }
}
