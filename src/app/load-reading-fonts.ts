/**
 * Asks for the columns' fonts as the app starts. A browser fetches a font
 * face only once it lays out text in it, so the serif's italic (a
 * standfirst's) arrived while the first story was being compared, and every
 * column was laid out again then (14–28 ms of the page's main thread, traced).
 * The faces asked for are those for Latin text (the load's sample text is a
 * space); other scripts' faces still load when text needs them.
 */
const READING_FACES = ['16px "Source Serif 4 Variable"', 'italic 16px "Source Serif 4 Variable"'];

export function loadReadingFonts(): void {
  if (typeof document === "undefined" || !("fonts" in document)) return;
  // A font that fails to load leaves the fallback in place, as it would anyway.
  for (const face of READING_FACES) document.fonts.load(face).catch(() => {});
}
