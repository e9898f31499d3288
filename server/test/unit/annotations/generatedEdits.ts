/**
 * Generated articles and random edits for the anchoring test: an article is paragraphs of
 * sentences from our own pool (test-fixtures/annotations/sentence-pool.txt); one passage is
 * annotated; edits insert, delete, reword and move text while keeping track of where the passage
 * really is, so the test can check where anchoring puts it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export { repoRoot } from '../../repoRoot';

/** The sentences of the pool file (blank lines and # comments left out). */
export function loadPool(root: string): string[] {
  return readFileSync(join(root, 'test-fixtures/annotations/sentence-pool.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

interface Unit {
  text: string;
}

/** An article as paragraphs of sentences, with the annotated passage `[a, b)` inside `target`. */
export class Article {
  paragraphs: Unit[][];
  target: Unit;
  a: number;
  b: number;
  /** False once the passage has been deleted. */
  alive = true;
  private spare: string[];

  constructor(
    private readonly rand: () => number,
    pool: readonly string[],
  ) {
    const shuffled = shuffle([...pool], rand);
    const n = 8 + Math.floor(rand() * 12);
    const used = shuffled.slice(0, n);
    this.spare = shuffled.slice(n);
    this.paragraphs = [];
    for (let i = 0; i < used.length; ) {
      const size = 1 + Math.floor(rand() * 3);
      this.paragraphs.push(used.slice(i, i + size).map((text) => ({ text })));
      i += size;
    }
    const all = this.paragraphs.flat();
    this.target = all[Math.floor(rand() * all.length)];
    const words = wordSpans(this.target.text);
    if (rand() < 0.5 || words.length < 6) {
      this.a = 0;
      this.b = this.target.text.length;
    } else {
      // A phrase of at least four words inside the sentence.
      const len = 4 + Math.floor(rand() * (words.length - 4));
      const first = Math.floor(rand() * (words.length - len + 1));
      this.a = words[first].start;
      this.b = words[first + len - 1].end;
    }
  }

  render(): { text: string; start: number; end: number } {
    let text = '';
    let start = -1;
    this.paragraphs.forEach((p, pi) => {
      if (pi > 0) text += '\n\n';
      p.forEach((u, ui) => {
        if (ui > 0) text += ' ';
        if (u === this.target) start = text.length;
        text += u.text;
      });
    });
    return { text, start: start + this.a, end: start + this.b };
  }

  // ---- edits that keep the passage ----

  insertSentence(): void {
    const text = this.spare.length ? this.spare.pop()! : `Officials said a further statement would follow on day ${Math.floor(this.rand() * 900)}.`;
    if (this.rand() < 0.3) this.paragraphs.splice(this.randIndex(this.paragraphs.length + 1), 0, [{ text }]);
    else {
      const p = this.pick(this.paragraphs);
      p.splice(this.randIndex(p.length + 1), 0, { text });
    }
  }

  deleteOtherSentence(): void {
    const others = this.paragraphs.flat().filter((u) => u !== this.target);
    if (others.length < 3) return;
    this.removeUnit(this.pick(others));
  }

  editOtherSentence(): void {
    const others = this.paragraphs.flat().filter((u) => u !== this.target);
    if (others.length === 0) return;
    const u = this.pick(others);
    const words = wordSpans(u.text);
    const w = this.pick(words);
    u.text = u.text.slice(0, w.start) + this.pick(FILLER) + ' ' + u.text.slice(w.start);
  }

  /** Replaces, inserts or deletes one word inside the passage ("reworded slightly"). */
  rewordPassage(): void {
    const u = this.target;
    const words = wordSpans(u.text).filter((w) => w.start >= this.a && w.end <= this.b);
    if (words.length < 4) return;
    const w = this.pick(words.slice(1, -1));
    const kind = this.rand();
    let replacement: string;
    let from = w.start;
    let to = w.end;
    if (kind < 0.5) replacement = this.pick(FILLER);
    else if (kind < 0.8) {
      replacement = this.pick(FILLER) + ' ' + u.text.slice(w.start, w.end);
    } else {
      replacement = '';
      to = Math.min(u.text.length, w.end + 1); // the word and its following space
    }
    u.text = u.text.slice(0, from) + replacement + u.text.slice(to);
    this.b += replacement.length - (to - from);
  }

  moveTargetParagraph(): void {
    const i = this.paragraphs.findIndex((p) => p.includes(this.target));
    const [p] = this.paragraphs.splice(i, 1);
    this.paragraphs.splice(this.randIndex(this.paragraphs.length + 1), 0, p);
  }

  moveTargetSentence(): void {
    this.removeUnit(this.target);
    if (this.paragraphs.length === 0 || this.rand() < 0.2) this.paragraphs.splice(this.randIndex(this.paragraphs.length + 1), 0, [this.target]);
    else {
      const p = this.pick(this.paragraphs);
      p.splice(this.randIndex(p.length + 1), 0, this.target);
    }
  }

  moveOtherParagraph(): void {
    if (this.paragraphs.length < 2) return;
    const i = this.randIndex(this.paragraphs.length);
    const [p] = this.paragraphs.splice(i, 1);
    this.paragraphs.splice(this.randIndex(this.paragraphs.length + 1), 0, p);
  }

  // ---- the edit that removes it ----

  /** Deletes the passage: the whole sentence when it is one, else the phrase. */
  deletePassage(): void {
    if (this.a === 0 && this.b === this.target.text.length) this.removeUnit(this.target);
    else this.target.text = (this.target.text.slice(0, this.a) + this.target.text.slice(this.b)).replace(/ {2,}/g, ' ');
    this.alive = false;
  }

  private removeUnit(u: Unit): void {
    for (let i = 0; i < this.paragraphs.length; i++) {
      const j = this.paragraphs[i].indexOf(u);
      if (j === -1) continue;
      this.paragraphs[i].splice(j, 1);
      if (this.paragraphs[i].length === 0) this.paragraphs.splice(i, 1);
      return;
    }
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)];
  }

  private randIndex(n: number): number {
    return Math.floor(this.rand() * n);
  }
}

const FILLER = ['reportedly', 'nearly', 'local', 'several', 'officially', 'later', 'also', 'again', 'still', 'newly'];

function wordSpans(s: string): Array<{ start: number; end: number }> {
  return [...s.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

