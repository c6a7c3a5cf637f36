// The app shell's initial JavaScript: the entry script and every chunk index.html preloads,
// read from the built dist/index.html, so a new shared chunk is counted without anyone
// remembering to list it (npm run test:e2e builds before it checks).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const html = readFileSync(fileURLToPath(import.meta.resolve("./dist/index.html")), "utf8");
const scripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map(
  (match) => `dist/${match[1]}`,
);
if (scripts.length === 0) throw new Error("dist/index.html names no scripts: build first");

export default [
  {
    name: "App shell: initial JavaScript (gzip): the entry and the chunks index.html preloads",
    path: scripts,
    limit: "119.5 kB",
    gzip: true,
  },
];
