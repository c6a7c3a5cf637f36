/** Row labels stay in view while a wide table scrolls sideways. */
export const ROW_HEADER =
  "sticky left-0 z-10 bg-white px-2 py-1 text-start font-medium whitespace-nowrap dark:bg-stone-900";
