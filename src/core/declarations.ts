/**
 * The contests declared so far on results night, in the order they came in (issue #13). Each read of the
 * input offers its contests again; a contest seen for the first time is a declaration, one whose figures
 * differ from what was counted is a revision (with what changed), and one offered unchanged is nothing new.
 * A contest is never dropped: a later read that lacks it (a file deleted, a line gone bad) leaves the last
 * good figures counted, and the caller reports why.
 */
import { contestChanges, type FigureChange } from './revision';
import { contestKey, type Contest } from './model';

export interface Declaration {
  readonly contest: Contest;
  /** 1 for the first declaration of the night; a revision takes the next number (it is the latest news). */
  readonly sequence: number;
  /** Every revision of this contest, oldest first. */
  readonly revisions: readonly (readonly FigureChange[])[];
}

export type DeclarationEvent =
  | { readonly type: 'declared'; readonly declaration: Declaration }
  | { readonly type: 'revised'; readonly declaration: Declaration; readonly previous: Contest; readonly changes: readonly FigureChange[] };

export class Declarations {
  private readonly byKey = new Map<string, Declaration>();
  private sequence = 0;

  /** Takes a contest as read now: a declaration, a revision, or null when its figures are those counted already. */
  offer(contest: Contest): DeclarationEvent | null {
    const key = contestKey(contest);
    const known = this.byKey.get(key);
    if (known === undefined) {
      const declaration: Declaration = { contest, sequence: ++this.sequence, revisions: [] };
      this.byKey.set(key, declaration);
      return { type: 'declared', declaration };
    }
    const changes = contestChanges(known.contest, contest);
    if (changes.length === 0) return null;
    const declaration: Declaration = { contest, sequence: ++this.sequence, revisions: [...known.revisions, changes] };
    this.byKey.set(key, declaration);
    return { type: 'revised', declaration, previous: known.contest, changes };
  }

  /** Whether a contest (by council and area) has been declared. */
  has(contest: Pick<Contest, 'council' | 'area'>): boolean {
    return this.byKey.has(contestKey(contest));
  }

  get size(): number {
    return this.byKey.size;
  }

  /** In the order of the count: first declared first (a revised contest at the time of its revision). */
  list(): Declaration[] {
    return [...this.byKey.values()].sort((x, y) => x.sequence - y.sequence);
  }
}
