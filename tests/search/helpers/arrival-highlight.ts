// What a reader sees on arriving from a search result: the browser scrolls to the words of the link's text fragment
// (`#:~:text=`) and paints them with ::target-text. That paint is not in the DOM, so this reads the pixels of the words' box.
import type { Page } from 'playwright-core';

/** The yellow of `::target-text` in src/styles/article.css (and of the results' own marks). */
const HIGHLIGHT_RGB = [0xff, 0xe0, 0x66] as const;

export interface ArrivalHighlight {
  /** The first occurrence of the text on the page lies inside the viewport. */
  inView: boolean;
  /** The share of the occurrence's box painted in the highlight colour (0 when it is not marked). */
  paintedShare: number;
}

/** The box of the first text node containing `text` (case-insensitive), in viewport coordinates, or null. */
async function firstOccurrenceBox(page: Page, text: string): Promise<{ x: number; y: number; width: number; height: number } | null> {
  return page.evaluate((wanted) => {
    const needle = wanted.normalize('NFC').toLocaleLowerCase();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.nodeValue ?? '').normalize('NFC').toLocaleLowerCase().indexOf(needle);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, text);
}

async function paintedShare(page: Page, png: Buffer): Promise<number> {
  // Decoded by the browser on a blank page: the site's own pages forbid data: images (CSP).
  const blank = await page.context().browser()!.newPage();
  try {
    return await blank.evaluate(
      async ([b64, rgb]) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(img, 0, 0);
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2]) painted++;
        return painted / (data.length / 4);
      },
      [png.toString('base64'), HIGHLIGHT_RGB] as const,
    );
  } finally {
    await blank.close();
  }
}

/** Waits (up to `timeout`) for the first occurrence of `text` to be scrolled into view, then measures its paint. */
export async function arrivalHighlight(page: Page, text: string, timeout = 5000): Promise<ArrivalHighlight> {
  const viewport = page.viewportSize()!;
  const deadline = Date.now() + timeout;
  let box = await firstOccurrenceBox(page, text);
  const visible = (b: typeof box): boolean => !!b && b.width > 0 && b.y >= 0 && b.y + b.height <= viewport.height;
  while (!visible(box) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    box = await firstOccurrenceBox(page, text);
  }
  if (!box || !visible(box)) return { inView: false, paintedShare: 0 };
  const png = await page.screenshot({ clip: box });
  return { inView: true, paintedShare: await paintedShare(page, png) };
}
