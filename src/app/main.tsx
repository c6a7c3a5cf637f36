import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@/index.css";
import { prepareComparison } from "@/features/comparison/index.ts";
import { applyStoredColorScheme } from "@/features/color-scheme/index.ts";
import { AppProvider } from "./provider.tsx";
import { StoryPage } from "./story-page.tsx";

applyStoredColorScheme();
prepareComparison();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <AppProvider>
      <StoryPage />
    </AppProvider>
  </StrictMode>,
);
