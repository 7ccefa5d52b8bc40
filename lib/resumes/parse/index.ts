export { parseResume } from "./parse-resume";
