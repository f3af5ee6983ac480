/**
 * What a published page or chart must be at a given width, measured in the browser: nothing wider than the
 * viewport, no two pieces of chart text on top of each other, no chart text under 12 CSS px, and no file path
 * in the text a reader sees. Evaluated as strings in the page: the tests are compiled without the DOM library.
 */
import type { Page } from 'playwright-core';

/** How far the page is wider than the viewport, in px (0 or less: it fits). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
}

/** Chart text drawn smaller than `smallest` CSS px, as "text: size" (only charts on screen count). */
export function smallChartText(page: Page, smallest: number): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const small = [];
    for (const svg of document.querySelectorAll('svg')) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      const scale = box.width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) {
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (size < ${smallest} - 0.05) small.push(t.textContent + ': ' + size.toFixed(1));
      }
    }
    return small;
  })()`);
}

/** Pairs of chart text boxes (in one chart) that overlap by more than a pixel each way, as "a / b". */
export function overlappingChartText(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const pairs = [];
    for (const svg of document.querySelectorAll('svg')) {
      if (svg.getBoundingClientRect().width === 0) continue;
      const boxes = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i += 1)
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = boxes[i].box, b = boxes[j].box;
          const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (x > 1 && y > 1) pairs.push(boxes[i].text + ' / ' + boxes[j].text);
        }
    }
    return pairs;
  })()`);
}

/** Chart text that runs past its chart's right or left edge. */
export function chartTextOutside(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const out = [];
    for (const svg of document.querySelectorAll('svg')) {
      const frame = svg.getBoundingClientRect();
      if (frame.width === 0) continue;
      for (const t of svg.querySelectorAll('text')) {
        const box = t.getBoundingClientRect();
        if (box.right > frame.right + 1 || box.left < frame.left - 1) out.push(t.textContent);
      }
    }
    return out;
  })()`);
}

/** Anything in the page's text that looks like a file path or a citation of the project's design notes. */
export async function pathsInText(page: Page): Promise<string[]> {
  // All of the text, the closed sections' and the charts' titles and descriptions too.
  const text = await page.evaluate<string>('document.body.textContent');
  return [...text.matchAll(/(?:\/[\w.-]+){2,}|[\w-]+\/[\w.-]+\.(?:csv|json|tsv|gz)\b|domain-rules\.md/g)].map((m) => m[0]);
}
