import { countVowelsTask } from "./tasks/count-vowels";
import { longestCommonPrefixTask } from "./tasks/longest-common-prefix";
import { missingNumberTask } from "./tasks/missing-number";
import { secondLargestTask } from "./tasks/second-largest";
import { validAnagramTask } from "./tasks/valid-anagram";
import type { CodingTask } from "./types";

// The second half of the bank (one file per task in tasks/), in the order the bank lists them.
export const TASKS_B: CodingTask[] = [
  countVowelsTask,
  secondLargestTask,
  missingNumberTask,
  validAnagramTask,
  longestCommonPrefixTask,
];
