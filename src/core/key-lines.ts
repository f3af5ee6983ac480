/**
 * The contests a streamed read has finished, by key, with the line each started on (ContestAssembler's record
 * of what it released, to refuse rows of one appearing again). Held for every contest of a file: as a Map of
 * strings it was about 100 bytes a contest inside V8's heap, where garbage grows to about four times what is
 * live before a full collection (cli/commands/tally.ts, boundHeapGrowth). Here the keys' UTF-16 code units sit
 * in typed arrays outside the heap, one byte each when all are below 256, and are compared unit by unit: the
 * same answers as a Map, exactly, for any string (10M rows read on one thread: 797 -> 757 MB peak). KeyHashes
 * (core/key-hashes.ts) keeps only two hashes a key, 8 bytes, for the parallel count, where a clash costs time
 * (the file is read again); here a clash would refuse a good file, so the keys themselves are kept.
 */
export class KeyLines {
  /** The keys' code units, in chunks (a chunk is never reallocated, so growing copies nothing already stored). */
  private readonly chunks: Uint8Array[] = [];
  private used: number;
  /** Per key: its chunk, where it starts there, its length in code units (negative: two bytes each), its line. */
  private chunkOf = new Uint32Array(1024);
  private startOf = new Uint32Array(1024);
  private lengthOf = new Int32Array(1024);
  private lineOf = new Float64Array(1024);
  private count = 0;
  /** Open addressing: each slot a key's number plus one (0: empty), and the key's hash beside it. */
  private slots = new Uint32Array(2 * 2048);

  /** `chunkBytes`: the memory the keys are stored in is taken this much at a time (4 MiB; tests take less). */
  constructor(private readonly chunkBytes = 1 << 22) {
    this.used = chunkBytes;
  }

  get size(): number {
    return this.count;
  }

  /** The line stored with `key`, if it is here. */
  get(key: string): number | undefined {
    const entry = this.find(key, hashOf(key));
    return entry === -1 ? undefined : this.lineOf[entry];
  }

  /** Stores `key` with `line` (a key already here keeps its first line: the assembler stores each once). */
  set(key: string, line: number): void {
    const hash = hashOf(key);
    if (this.find(key, hash) !== -1) return;
    const entry = this.count;
    if (entry === this.lineOf.length) this.growEntries();
    this.store(entry, key);
    this.lineOf[entry] = line;
    this.insert(entry, hash);
    this.count += 1;
    // Half full at most, so a probe is short.
    if (2 * this.count > this.slots.length / 2) this.growSlots();
  }

  private store(entry: number, key: string): void {
    let wide = false;
    for (let i = 0; i < key.length; i++) {
      if (key.charCodeAt(i) > 0xff) {
        wide = true;
        break;
      }
    }
    const bytes = wide ? 2 * key.length : key.length;
    if (this.used + bytes > this.chunkBytes) {
      this.chunks.push(new Uint8Array(Math.max(this.chunkBytes, bytes)));
      this.used = 0;
    }
    const chunk = this.chunks[this.chunks.length - 1]!;
    let at = this.used;
    if (wide) {
      for (let i = 0; i < key.length; i++) {
        const unit = key.charCodeAt(i);
        chunk[at++] = unit >> 8;
        chunk[at++] = unit & 0xff;
      }
    } else {
      for (let i = 0; i < key.length; i++) chunk[at++] = key.charCodeAt(i);
    }
    this.chunkOf[entry] = this.chunks.length - 1;
    this.startOf[entry] = this.used;
    this.lengthOf[entry] = wide ? -key.length : key.length;
    this.used = at;
  }

  private equals(entry: number, key: string): boolean {
    const stored = this.lengthOf[entry]!;
    const wide = stored < 0;
    if ((wide ? -stored : stored) !== key.length) return false;
    const chunk = this.chunks[this.chunkOf[entry]!]!;
    let at = this.startOf[entry]!;
    if (wide) {
      for (let i = 0; i < key.length; i++, at += 2) if (((chunk[at]! << 8) | chunk[at + 1]!) !== key.charCodeAt(i)) return false;
    } else {
      for (let i = 0; i < key.length; i++) if (chunk[at++] !== key.charCodeAt(i)) return false;
    }
    return true;
  }

  /** The number of the key stored equal to `key` (whose hash is `hash`), or -1. */
  private find(key: string, hash: number): number {
    const slots = this.slots;
    const mask = slots.length / 2 - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot]!;
      if (entry === 0) return -1;
      if (slots[2 * slot + 1] === hash && this.equals(entry - 1, key)) return entry - 1;
    }
  }

  private insert(entry: number, hash: number): void {
    const slots = this.slots;
    const mask = slots.length / 2 - 1;
    let slot = hash & mask;
    while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = entry + 1;
    slots[2 * slot + 1] = hash;
  }

  private growSlots(): void {
    const old = this.slots;
    this.slots = new Uint32Array(2 * old.length);
    for (let at = 0; at < old.length; at += 2) if (old[at] !== 0) this.insert(old[at]! - 1, old[at + 1]!);
  }

  private growEntries(): void {
    const size = 2 * this.lineOf.length;
    this.chunkOf = grown(this.chunkOf, new Uint32Array(size));
    this.startOf = grown(this.startOf, new Uint32Array(size));
    this.lengthOf = grown(this.lengthOf, new Int32Array(size));
    this.lineOf = grown(this.lineOf, new Float64Array(size));
  }
}

function grown<T extends Uint32Array | Int32Array | Float64Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

/** FNV-1a over the code units, unsigned. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
