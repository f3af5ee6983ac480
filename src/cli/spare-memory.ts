/**
 * Memory a thread is done with, kept to be written into again instead of new memory each time: the parts' bytes
 * the workers give back to the main thread (cli/parallel-tally.ts), and the answers the main thread gives back to
 * the worker that wrote them (cli/tally-worker.ts). Each is a transferable buffer of its own, never a slice of
 * Node's pool of small buffers.
 */
export class SpareMemory {
  private readonly spare: ArrayBuffer[] = [];

  /** `most`: how many to keep; memory given back beyond that is left to be collected. */
  constructor(private readonly most: number) {}

  giveBack(memory: ArrayBuffer): void {
    if (this.spare.length < this.most) this.spare.push(memory);
  }

  /** Memory of at least `size` bytes, kept or new (a kept buffer too small for it is let go). */
  take(size: number): ArrayBuffer {
    for (let memory = this.spare.pop(); memory !== undefined; memory = this.spare.pop()) {
      if (memory.byteLength >= size) return memory;
    }
    return Buffer.allocUnsafeSlow(size).buffer;
  }
}
