import { useId, useState, type DragEvent } from "react";
import { ACCEPTED_EXTENSIONS } from "../lib/read-version-file.ts";

/** Choose or drop files: .txt, .md, .html or .json; each text is a version, each .json a story. */
export function FilePicker({ onFiles }: { onFiles: (files: File[]) => void }) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    onFiles([...event.dataTransfer.files]);
  };
  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={`rounded-md border-2 border-dashed p-4 text-center text-sm ${
        dragging
          ? "border-sky-600 bg-sky-50 dark:bg-sky-950/40"
          : "border-stone-300 dark:border-stone-700"
      }`}
    >
      <label
        htmlFor={inputId}
        className="cursor-pointer font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300"
      >
        Choose files
      </label>{" "}
      or drop them here: .txt, .md, .html, or a .json story. Each text becomes a version; each story
      is saved as it is.
      <input
        id={inputId}
        type="file"
        multiple
        accept={ACCEPTED_EXTENSIONS.join(",")}
        onChange={(event) => {
          onFiles([...(event.target.files ?? [])]);
          event.target.value = "";
        }}
        className="sr-only"
      />
    </div>
  );
}
