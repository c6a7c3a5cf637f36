import type { ReactNode, Ref } from "react";

const WIDTHS = {
  narrow: "w-[min(28rem,calc(100%-2rem))]",
  medium: "w-[min(36rem,calc(100%-2rem))]",
  wide: "w-[min(44rem,calc(100%-2rem))]",
} as const;

type ModalDialogProps = {
  ref: Ref<HTMLDialogElement>;
  /** Id of the heading that names the dialog. */
  labelledBy: string;
  width?: keyof typeof WIDTHS;
  /** Called when the dialog closes, however it was closed (Escape, a button, the form). */
  onClose?: () => void;
  children: ReactNode;
};

/**
 * A native modal <dialog> in the app's look: open it with `showModal()` on
 * the ref; Escape and the backdrop behave as browsers make them.
 */
export function ModalDialog({
  ref,
  labelledBy,
  width = "narrow",
  onClose,
  children,
}: ModalDialogProps) {
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={labelledBy}
      className={`m-auto max-h-[90dvh] overflow-y-auto rounded-lg border border-stone-200 bg-white p-6 text-stone-900 backdrop:bg-stone-950/40 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 ${WIDTHS[width]}`}
    >
      {children}
    </dialog>
  );
}
