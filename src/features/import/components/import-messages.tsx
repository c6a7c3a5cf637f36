/** What the last pick or Compare did: every problem in one alert, and the stories saved. */
export function ImportMessages({ problems, saved }: { problems: string[]; saved: string[] }) {
  return (
    <>
      {problems.length > 0 && (
        <ul
          role="alert"
          className="list-disc space-y-1 rounded-md bg-red-50 p-3 ps-7 text-sm text-red-900 dark:bg-red-950/50 dark:text-red-100"
        >
          {problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
      {/* Always present (if only to screen readers), so what is put into it is announced. */}
      <p
        role="status"
        className={saved.length > 0 ? "text-sm text-emerald-800 dark:text-emerald-300" : "sr-only"}
      >
        {saved.length > 0 &&
          `Saved to your stories: ${saved.map((title) => `“${title}”`).join(", ")}. Find them in the Story list.`}
      </p>
    </>
  );
}
