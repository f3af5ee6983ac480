/**
 * The results-night loop of `results watch`: look at PATH, read what changed, offer the contests to the
 * declarations, and show the new scoreboard. A file is read once it has stopped changing (the same size and
 * modification time at two looks), so a file still being copied, or a ward half appended, is never counted.
 * fs.watch makes a look happen at once; a poll every interval catches what fs.watch misses (network shares,
 * editors that replace files).
 */
import { renameSync, watch as watchPath, writeFileSync, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { Composition } from '../core/council';
import { correctionWarning, type AppliedCorrection, type Corrector } from '../core/corrections';
import { Declarations, type DeclarationEvent } from '../core/declarations';
import type { AreaMapEntry } from '../core/match';
import { contestKey, type Contest, type ShareMethod, type Warning } from '../core/model';
import { scoreboard, type ExpectedContest, type Scoreboard } from '../core/scoreboard';
import { ResultsError } from '../errors';
import { readDeclarations, stampInput, type FileStamp } from '../io/declaration-files';
import type { ReadOptions } from '../io/read-election';
import type { PartyInfo } from '../report/comparison';
import type { Report } from '../report/report';
import { declarationDocument, errorDocument, revisionText, scoreboardDocument, scoreboardPage, scoreboardReport } from '../report/watch';
import { renderHtml } from '../format/html';
import { hemicycleChart } from '../format/svg/hemicycle';
import { json, renderJson } from '../format/json';
import { renderTable } from '../format/table';
import { safeText } from '../format/safe-text';
import type { Theme } from '../format/theme';
import type { Env } from './env';

export type WatchFormat = 'table' | 'ndjson' | 'json';

export interface WatchSettings {
  readonly path: string;
  readonly read: ReadOptions;
  readonly previous: readonly Contest[] | null;
  readonly expected: readonly ExpectedContest[] | null;
  readonly compositions: readonly Composition[];
  readonly shareMethod: ShareMethod;
  readonly areaMap: readonly AreaMapEntry[];
  readonly info: PartyInfo;
  readonly format: WatchFormat;
  readonly theme: Theme;
  /** A terminal to redraw in place (table format only), with its size. */
  readonly screen: { readonly columns: number; readonly rows: number } | null;
  /** Milliseconds between looks when nothing signals a change. */
  readonly interval: number;
  /** Milliseconds a file must stay unchanged before it is read (--once waits this long once). */
  readonly settle: number;
  readonly quiet: boolean;
  /** --html FILE: a page rewritten (write, then rename) at every change, refreshing itself every few seconds. */
  readonly html: string | null;
  /** --corrections: applied on top of every declaration as it is read. */
  readonly corrector: Corrector | null;
}

interface Problem {
  readonly message: string;
  readonly file: string | null;
  readonly line: number | null;
}

const REFRESH_SECONDS = 5;
const enterScreen = '\x1b[?1049h\x1b[?25l';
const leaveScreen = '\x1b[?25h\x1b[?1049l';

export class WatchSession {
  private readonly declarations = new Declarations();
  /** The stamp of each file when last read. */
  private readonly read = new Map<string, FileStamp>();
  /** The stamp of each file at the last look, to tell a file that has stopped changing. */
  private readonly lastSeen = new Map<string, FileStamp>();
  /** The contests of each file as last read well; kept when the file goes (they were declared). */
  private readonly fileContests = new Map<string, readonly Contest[]>();
  private readonly fileWarnings = new Map<string, readonly Warning[]>();
  /** The problems of each file now, so each is told once, not at every look. */
  private readonly fileProblems = new Map<string, readonly string[]>();
  private readonly gone = new Set<string>();
  /** The corrections applied to each declared contest, by contest. */
  private readonly corrected = new Map<string, readonly AppliedCorrection[]>();
  private readonly recent: Problem[] = [];
  private pathProblem: string | null = null;
  private board: Scoreboard;
  private shown = false;

  constructor(
    private readonly env: Env,
    private readonly settings: WatchSettings,
  ) {
    this.board = this.score();
  }

  /** `--once`: what is there now. A directory's file still changing after `settle` ms is left out, and said so. */
  async once(): Promise<void> {
    const first = await this.stamps();
    if (first !== null && first.kind === 'directory') {
      for (const stamp of first.files) this.lastSeen.set(stamp.name, stamp);
      await sleep(this.settings.settle);
    }
    await this.look(first?.kind === 'directory');
    for (const name of this.lastSeen.keys()) {
      if (!this.read.has(name))
        this.problem({
          message: `${name}: still being written when looked at; left out (run again, or watch without --once)`,
          file: name,
          line: null,
        });
    }
    if (this.settings.format === 'json') {
      if (this.settings.html !== null) this.writePage(this.settings.html);
      renderJson(scoreboardDocument(this.board, this.settings.info, this.warnings(), this.correctionsOf), (t) => this.env.stdout.write(t));
    } else this.show(true);
    this.env.stdout.flush();
  }

  /** Watches until SIGINT or SIGTERM (Ctrl-C), then leaves the screen with the last scoreboard on it. */
  async live(): Promise<void> {
    const { screen } = this.settings;
    if (screen !== null) this.env.stdout.write(enterScreen);
    // What is there already is read once it has settled, so the first scoreboard is not an empty one.
    const first = await this.stamps();
    for (const stamp of first?.files ?? []) this.lastSeen.set(stamp.name, stamp);
    await sleep(this.settings.settle);
    await this.look(true);
    this.show(true);
    await new Promise<void>((resolve, reject) => {
      let running = false;
      let again = false;
      const timers: NodeJS.Timeout[] = [];
      let watcher: FSWatcher | null = null;
      const stop = (error?: unknown) => {
        clearInterval(poll);
        for (const timer of timers) clearTimeout(timer);
        watcher?.close();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        if (error === undefined) resolve();
        else reject(error instanceof Error ? error : new Error(JSON.stringify(error)));
      };
      const onSignal = () => stop();
      const tick = () => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        this.look(true)
          .then((changed) => {
            if (changed) this.show(false);
          })
          .catch(stop)
          .finally(() => {
            running = false;
            if (again) {
              again = false;
              tick();
            }
          });
      };
      const poll = setInterval(tick, this.settings.interval);
      try {
        watcher = watchPath(this.settings.path, () => {
          // One look to see the change, one after it has settled to read it.
          timers.push(setTimeout(tick, 20), setTimeout(tick, this.settings.settle + 20));
          if (timers.length > 64) timers.splice(0, timers.length - 64);
        });
        watcher.on('error', () => watcher?.close());
      } catch {
        // fs.watch is not available here (some network file systems): the poll alone keeps watching.
      }
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
    });
    if (screen !== null) {
      this.env.stdout.write(leaveScreen);
      this.env.stdout.write(this.render());
    }
    this.env.stdout.flush();
  }

  private async stamps(): Promise<Awaited<ReturnType<typeof stampInput>> | null> {
    try {
      const stamps = await stampInput(this.settings.path);
      this.pathProblem = null;
      return stamps;
    } catch (error) {
      if (!(error instanceof ResultsError)) throw error;
      if (this.pathProblem !== error.message) {
        this.pathProblem = error.message;
        this.problem({ message: error.message, file: this.settings.path, line: null });
      }
      return null;
    }
  }

  /** One look: reads every file that changed (and, with `stable`, has stopped changing). True when the board changed. */
  async look(stable: boolean): Promise<boolean> {
    const stamps = await this.stamps();
    if (stamps === null) return false;
    const present = new Set(stamps.files.map((s) => s.name));
    for (const name of this.fileContests.keys()) {
      if (!present.has(name) && !this.gone.has(name)) {
        this.gone.add(name);
        const n = this.fileContests.get(name)!.length;
        this.problem({
          message: `${name}: the file has gone; its ${n} contest${n === 1 ? '' : 's'} stay counted as last read`,
          file: name,
          line: null,
        });
      }
    }
    let readAny = false;
    for (const stamp of stamps.files) {
      const known = this.read.get(stamp.name);
      const before = this.lastSeen.get(stamp.name);
      this.lastSeen.set(stamp.name, stamp);
      if (known !== undefined && sameStamp(known, stamp)) continue;
      if (stable && (before === undefined || !sameStamp(before, stamp))) continue;
      this.gone.delete(stamp.name);
      this.read.set(stamp.name, stamp);
      const result = await readDeclarations(stamp.name, this.settings.read, stamps.kind === 'directory');
      readAny = true;
      const messages = result.errors.map((e) => e.message);
      const told = new Set(this.fileProblems.get(stamp.name) ?? []);
      for (const error of result.errors) {
        if (told.has(error.message)) continue;
        const origin = (error as { origin?: { file: string; line: number } }).origin;
        this.problem({
          message: `${error.message} (left out until it is fixed)`,
          file: origin?.file ?? stamp.name,
          line: origin?.line ?? null,
        });
      }
      this.fileProblems.set(stamp.name, messages);
      // A contest held back by a bad row keeps its last good figures: merge, never drop.
      const kept = new Map((this.fileContests.get(stamp.name) ?? []).map((c) => [contestKey(c), c]));
      for (const contest of result.contests) kept.set(contestKey(contest), contest);
      this.fileContests.set(stamp.name, [...kept.values()]);
      this.fileWarnings.set(stamp.name, result.warnings);
    }
    if (!readAny) return false;
    const events = this.offerAll();
    if (events.length === 0) return false;
    this.board = this.score();
    this.announce(events);
    return true;
  }

  /** Every file's contests, later files (in name order) over earlier ones, offered to the declarations. */
  private offerAll(): DeclarationEvent[] {
    const current = new Map<string, Contest>();
    for (const name of [...this.fileContests.keys()].sort()) {
      for (const contest of this.fileContests.get(name)!) current.set(contestKey(contest), contest);
    }
    const events: DeclarationEvent[] = [];
    for (const read of current.values()) {
      let contest = read;
      if (this.settings.corrector !== null) {
        const corrected = this.settings.corrector.correct(read);
        contest = corrected.contest;
        this.corrected.set(contestKey(contest), corrected.applied);
      }
      const event = this.declarations.offer(contest);
      if (event !== null) events.push(event);
    }
    return events;
  }

  private score(): Scoreboard {
    const s = this.settings;
    return scoreboard({
      declared: this.declarations.list(),
      previous: s.previous,
      expected: s.expected,
      compositions: s.compositions,
      shareMethod: s.shareMethod,
      areaMap: s.areaMap,
    });
  }

  private warnings(): Warning[] {
    return [
      ...[...this.fileWarnings.values()].flat(),
      ...[...this.corrected.values()].flat().map(correctionWarning),
      ...this.board.warnings,
    ];
  }

  /** For the documents: the corrections applied to a contest. */
  private readonly correctionsOf = (contest: Contest): readonly AppliedCorrection[] => this.corrected.get(contestKey(contest)) ?? [];

  /** ndjson: a line per declaration and revision; tables say revisions on stderr (piped) or on the screen. */
  private announce(events: readonly DeclarationEvent[]): void {
    if (this.settings.format !== 'ndjson') {
      for (const event of events) {
        if (event.type === 'revised') this.note(`revised: ${event.declaration.contest.area}: ${revisionText(event.changes)}`);
      }
      return;
    }
    if (events.length === 0) return;
    // The board's lines by declaration, looked up once each: the first poll of a results night's folder can
    // announce thousands of declarations, and a search of the board for each was quadratic in them.
    const lineOf = new Map(this.board.results.map((line) => [line.declaration, line]));
    for (const event of events) {
      const line = lineOf.get(event.declaration)!;
      this.env.stdout.write(`${json(declarationDocument(event, line, this.settings.info, this.correctionsOf))}\n`);
    }
  }

  /** Problems told so far: bad rows, unreadable files, files gone. */
  problems = 0;

  private problem(problem: Problem): void {
    this.problems += 1;
    this.recent.push(problem);
    if (this.recent.length > 5) this.recent.shift();
    if (this.settings.format === 'ndjson') {
      this.env.stdout.write(`${json(errorDocument(problem.message, problem.file, problem.line))}\n`);
      this.env.stdout.flush();
    }
    if (this.settings.screen === null && !this.settings.quiet) {
      this.env.stderr.write(`results: ${safeText(problem.message)}\n`);
      this.env.stderr.flush();
    }
  }

  private note(message: string): void {
    this.recent.push({ message, file: null, line: null });
    if (this.recent.length > 5) this.recent.shift();
    if (this.settings.screen === null && !this.settings.quiet) {
      this.env.stderr.write(`results: ${safeText(message)}\n`);
      this.env.stderr.flush();
    }
  }

  /** Shows the scoreboard: a line of JSON, the screen redrawn in place, or (piped) the tables appended. */
  private show(first: boolean): void {
    if (!first && !this.shown) first = true;
    this.shown = true;
    if (this.settings.html !== null) this.writePage(this.settings.html);
    const { format, screen } = this.settings;
    if (format === 'json') return;
    if (format === 'ndjson')
      this.env.stdout.write(`${json(scoreboardDocument(this.board, this.settings.info, this.warnings(), this.correctionsOf))}\n`);
    else if (screen === null) this.env.stdout.write(`${first ? '' : '\n'}${this.render()}`);
    else {
      // Home, each line cleared to its end, the rest of the screen cleared: no blank frame, so no flicker.
      const lines = this.render()
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => fitWidth(line, screen.columns));
      const room = Math.max(screen.rows - 1, 1);
      const shown =
        lines.length > room
          ? [...lines.slice(0, room - 1), `... ${lines.length - room + 1} more lines (a taller terminal, or --format ndjson)`]
          : lines;
      this.env.stdout.write(`\x1b[H${shown.map((l) => `${l}\x1b[K`).join('\n')}\x1b[J`);
    }
    this.env.stdout.flush();
  }

  /**
   * The page, written whole to a file beside FILE and renamed over it, so a browser refreshing never reads half a
   * page. The meta refresh makes the browser on the desk reload it.
   */
  private writePage(file: string): void {
    const page = scoreboardPage(this.board, this.settings.info, this.settings.path);
    const parts: string[] = [];
    renderHtml({ title: page.title, report: page.report, charts: [{ svg: hemicycleChart(page.seats) }] }, (t) => parts.push(t));
    const html = parts
      .join('')
      .replace('<meta charset="utf-8">', `<meta charset="utf-8">\n<meta http-equiv="refresh" content="${REFRESH_SECONDS}">`);
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    writeFileSync(temporary, html);
    renameSync(temporary, file);
  }

  private render(): string {
    const report: Report = scoreboardReport(this.board, this.settings.info, this.settings.path);
    const withProblems: Report =
      this.settings.screen !== null && this.recent.length > 0
        ? { ...report, footer: [...report.footer, ...this.recent.map((p) => `! ${p.message}`)] }
        : report;
    const parts: string[] = [];
    renderTable(withProblems, this.settings.theme, (t) => parts.push(t), { terminalWidth: this.settings.screen?.columns ?? null });
    return parts.join('');
  }
}

/**
 * A line cut to the terminal's width, so that no line wraps and the screen's height is the number of lines.
 * Colour escapes take no width; the colour is reset after a cut.
 */
export function fitWidth(line: string, columns: number): string {
  let width = 0;
  let out = '';
  for (let i = 0; i < line.length;) {
    // eslint-disable-next-line no-control-regex
    const escape = /^\x1b\[[0-9;]*m/.exec(line.slice(i, i + 24));
    if (escape) {
      out += escape[0];
      i += escape[0].length;
      continue;
    }
    const char = String.fromCodePoint(line.codePointAt(i)!);
    if (width + 1 > columns - 1 && i + char.length < line.length) return `${out}…\x1b[0m`;
    out += char;
    width += 1;
    i += char.length;
  }
  return out;
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
