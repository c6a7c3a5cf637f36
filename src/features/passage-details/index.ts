/** The selected passage, its counterparts in the other versions and their word differences. */
export { PassageDetails } from "./components/passage-details.tsx";
