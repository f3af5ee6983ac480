/**
 * A set of strings kept as two 32-bit hashes of each (FNV-1a and a multiply-xorshift): 8 bytes a key, whatever
 * its length. Two keys can hash alike (about one chance in 10^7 among 1.7M keys), so `add` answering false means
 * "seen, or a clash": a caller uses it only where a false alarm costs time, not an answer (the parallel tally
 * then reads the file the ordinary way, which compares the keys themselves).
 */
export class KeyHashes {
  private slots = new Uint32Array(1 << 16);
  private count = 0;

  /** Each key's two hashes, in pairs: what `addHashes` takes, worked out where the keys are (a worker thread). */
  static of(keys: readonly string[]): Uint32Array {
    const hashes = new Uint32Array(2 * keys.length);
    for (let k = 0; k < keys.length; k++) hashInto(keys[k]!, hashes, 2 * k);
    return hashes;
  }

  /** Adds a key; false when it (or one hashing alike) was there already. */
  add(key: string): boolean {
    hashInto(key, scratch, 0);
    return this.addHashes(scratch, 0);
  }

  /** Adds the key whose hashes are at `hashes[at]` and `hashes[at + 1]` (as `of` writes them); false as `add`. */
  addHashes(hashes: Uint32Array, at: number): boolean {
    if (2 * (this.count + 1) > this.slots.length / 2) this.grow();
    if (!this.insert(hashes[at]!, hashes[at + 1]!)) return false;
    this.count += 1;
    return true;
  }

  /** Whether the key whose hashes are at `hashes[at]` and `hashes[at + 1]` (or one hashing alike) is here. */
  has(hashes: Uint32Array, at: number): boolean {
    return this.slots[this.slotOf(hashes[at]!, hashes[at + 1]!) + 1] !== 0;
  }

  /** Empties the set, keeping its room. */
  clear(): void {
    this.slots.fill(0);
    this.count = 0;
  }

  private insert(first: number, second: number): boolean {
    const at = this.slotOf(first, second);
    if (this.slots[at + 1] !== 0) return false;
    this.slots[at] = first;
    this.slots[at + 1] = second;
    return true;
  }

  /** Where the key with these hashes is, or the empty slot where it would go (the index of its first hash). */
  private slotOf(first: number, second: number): number {
    const slots = this.slots;
    const mask = slots.length / 2 - 1;
    for (let slot = first & mask; ; slot = (slot + 1) & mask) {
      const at = 2 * slot;
      if (slots[at + 1] === 0 || (slots[at] === first && slots[at + 1] === second)) return at;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(2 * old.length);
    for (let at = 0; at < old.length; at += 2) if (old[at + 1] !== 0) this.insert(old[at]!, old[at + 1]!);
  }
}

const scratch = new Uint32Array(2);

/** FNV-1a and a multiply-xorshift of the key's UTF-16 code units, at `into[at]` and `into[at + 1]`. */
function hashInto(key: string, into: Uint32Array, at: number): void {
  let first = 0x811c9dc5;
  let second = 0x9747b28c;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
    second ^= second >>> 15;
  }
  into[at] = first;
  // The second never 0, which marks an empty slot. (A Uint32Array holds both unsigned: a hash compared signed
  // with what the slots read back was never found again.)
  into[at + 1] = second | 1;
}
