/**
 * Choosing contests by council or area name (--council, --area). One rule for every command and every
 * format: a name given on the command line chooses the contests whose name folds the same (areaKey: case,
 * accents, punctuation and `Saint`/`St` do not matter). The rule is applied to each row as it is read, so
 * the rows of contests left out are counted as filtered (the row account adds up whatever the layout), and
 * the councils passed over are remembered to say which there are when nothing matched.
 */
import { areaKey } from './fold';
import type { Contest } from './model';

export interface Selection {
  readonly councils: readonly string[];
  readonly areas: readonly string[];
}

/** At most this many councils are remembered for the "no contest matches" message. */
const COUNCILS_REMEMBERED = 50;

export class ContestSelection {
  private readonly councils: ReadonlySet<string>;
  private readonly areas: ReadonlySet<string>;
  private readonly passedOver = new Set<string>();
  private sawContest = false;

  constructor(readonly selection: Selection = { councils: [], areas: [] }) {
    this.councils = new Set(selection.councils.map(areaKey));
    this.areas = new Set(selection.areas.map(areaKey));
  }

  /** No --council or --area: every contest is selected. */
  get choosesAll(): boolean {
    return this.councils.size === 0 && this.areas.size === 0;
  }

  /** Whether any contest at all was offered (a file of only set-aside rows offers none). */
  get offeredAny(): boolean {
    return this.sawContest;
  }

  /** The councils of contests left out, in order first met (a few dozen at most). */
  get councilsPassedOver(): readonly string[] {
    return [...this.passedOver];
  }

  selects(contest: Pick<Contest, 'council' | 'area'>): boolean {
    this.sawContest = true;
    if (this.choosesAll) return true;
    const chosen =
      (this.councils.size === 0 || (contest.council !== null && this.councils.has(areaKey(contest.council)))) &&
      (this.areas.size === 0 || this.areas.has(areaKey(contest.area)));
    if (!chosen && contest.council !== null && this.passedOver.size < COUNCILS_REMEMBERED) this.passedOver.add(contest.council);
    return chosen;
  }
}
