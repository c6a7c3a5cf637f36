/**
 * The first module the app runs (main.tsx imports it first): it starts the
 * engine's worker, which fetches and decodes the word vectors, and opens
 * the database (the reader's corrections and the cache of results are read
 * before a comparison starts), before the rest of the app's code has even
 * been evaluated. By the time a story's text arrives, both are ready.
 */
import { parallaxDb } from "@/lib/parallax-db.ts";
import { wordVectorsUrl } from "@/lib/word-vectors-url.ts";
import { warmUpComparer } from "@/worker/compare-client.ts";

warmUpComparer(wordVectorsUrl());
// A failure to open is reported where the database is used.
parallaxDb().catch(() => {});
