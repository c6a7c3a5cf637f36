import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@/index.css";
import { AppProvider } from "./provider.tsx";
import { StoryPage } from "./story-page.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

createRoot(root).render(
  <StrictMode>
    <AppProvider>
      <StoryPage />
    </AppProvider>
  </StrictMode>,
);
