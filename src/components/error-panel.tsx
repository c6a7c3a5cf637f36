type ErrorPanelProps = {
  title: string;
  /** The file the problem is in, when there is one. */
  file?: string | undefined;
  message: string;
  onRetry?: (() => void) | undefined;
  retrying?: boolean | undefined;
  /** The retry button's text, when the action is not a plain retry. */
  retryLabel?: string | undefined;
};

/** A readable failure: what went wrong, where, and a way to try again. */
export function ErrorPanel({
  title,
  file,
  message,
  onRetry,
  retrying = false,
  retryLabel = "Retry",
}: ErrorPanelProps) {
  return (
    <div
      role="alert"
      className="mx-auto my-12 max-w-xl rounded-lg border border-red-300 bg-red-50 p-6 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
    >
      <h2 className="text-lg font-semibold">{title}</h2>
      {file && (
        <p className="mt-2 text-sm">
          File: <code className="font-mono">{file}</code>
        </p>
      )}
      <p className="mt-2">{message}</p>
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          disabled={retrying}
          className="mt-4 rounded-md bg-red-800 px-4 py-2 text-sm font-medium text-white hover:bg-red-900 disabled:opacity-60 dark:bg-red-200 dark:text-red-950 dark:hover:bg-red-100"
        >
          {retrying ? "Retrying…" : retryLabel}
        </button>
      )}
    </div>
  );
}
