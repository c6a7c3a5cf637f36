/**
 * At most one progress report per stage this often: the bar still moves
 * smoothly, while a small story (done in a fifth of a second) is not slowed
 * by a message per step (15 on the bundled story: 7–16 ms of postMessage in
 * a cold worker), nor the page by a render of the status line per message.
 */
export const PROGRESS_INTERVAL_MS = 50;

/**
 * Wraps `send` so that reports within one stage come at most every
 * `intervalMs`; a report of a new stage always goes, since the worker may
 * then be silent for a long phase (building the paraphrase baselines, say)
 * and the bar, and what it tells a screen reader, would name the stage
 * before.
 */
export function throttleProgress(
  send: (fraction: number, stage: string) => void,
  intervalMs = PROGRESS_INTERVAL_MS,
  now: () => number = () => performance.now(),
): (fraction: number, stage: string) => void {
  let sentAt = -Infinity;
  let sentStage: string | null = null;
  return (fraction, stage) => {
    const time = now();
    if (stage === sentStage && time - sentAt < intervalMs) return;
    sentAt = time;
    sentStage = stage;
    send(fraction, stage);
  };
}
