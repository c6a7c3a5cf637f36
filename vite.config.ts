/// <reference types="vitest/config" />
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

/**
 * The built app's Content-Security-Policy: scripts, workers, data and fonts
 * only from the app's own origin, no inline script, nothing from elsewhere.
 * Inline styles stay allowed: React sets a few style attributes (colour
 * scales), which cannot run code. Only in builds: the dev server injects its
 * own inline client.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "parallax-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  // Relative base: the built app works from any folder it is served from.
  base: "./",
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  resolve: { alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) } },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
  },
});
