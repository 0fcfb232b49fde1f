/** Fixed-size pages of a list, so an index page's size does not grow with the content. */
export const PAGE_SIZE = 25;

export interface Paged<T> {
  items: T[];
  page: number;
  pages: number;
}

export function paginate<T>(all: readonly T[], page: number, size = PAGE_SIZE): Paged<T> {
  const pages = Math.max(1, Math.ceil(all.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new RangeError(`page ${page} is outside 1..${pages}`);
  return { items: all.slice((page - 1) * size, page * size), page, pages };
}
