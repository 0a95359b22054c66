// Splitting a long, already ordered list (a topic's or a person's articles, a part of the archive) into numbered pages of
// a fixed size.

/** Articles per page of a topic, a person or a part of the archive. */
export const PAGE_SIZE = 50;

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
}

/** How many pages `total` items fill; always at least 1, so an empty list still has its first page. */
export function pageCount(total: number, size: number = PAGE_SIZE): number {
  checkSize(size);
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `page` (1-based) of `items`; throws for a page that does not exist. */
export function pageSlice<T>(items: readonly T[], page: number, size: number = PAGE_SIZE): T[] {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new RangeError(`page ${page} is not between 1 and ${pages}`);
  return items.slice((page - 1) * size, page * size);
}

/** 1, 2, … pageCount(total, size): the page numbers to generate. */
export function pageNumbers(total: number, size: number = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) }, (_, i) => i + 1);
}
