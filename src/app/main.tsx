// First: starts the engine while the rest of the app loads.
import "./start-engine.ts";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@/index.css";
import { applyStoredColorScheme } from "@/features/color-scheme/index.ts";
import { AppProvider } from "./provider.tsx";
import { StoryPage } from "./story-page.tsx";
import { loadReadingFonts } from "./load-reading-fonts.ts";

applyStoredColorScheme();
loadReadingFonts();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <AppProvider>
      <StoryPage />
    </AppProvider>
  </StrictMode>,
);
