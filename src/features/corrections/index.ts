/** The reader's own links and unlinks, reviewed: "Your corrections", with Undo for each. */
export { CorrectionsReview } from "./components/corrections-review.tsx";
