import { coinChangeTask } from "./tasks/coin-change";
import { countVowelsTask } from "./tasks/count-vowels";
import { dailyTemperaturesTask } from "./tasks/daily-temperatures";
import { kthLargestTask } from "./tasks/kth-largest";
import { longestCommonPrefixTask } from "./tasks/longest-common-prefix";
import { missingNumberTask } from "./tasks/missing-number";
import { numberOfIslandsTask } from "./tasks/number-of-islands";
import { productExceptSelfTask } from "./tasks/product-except-self";
import { rotateMatrixTask } from "./tasks/rotate-matrix";
import { secondLargestTask } from "./tasks/second-largest";
import { validAnagramTask } from "./tasks/valid-anagram";
import { wordBreakTask } from "./tasks/word-break";
import type { CodingTask } from "./types";

// The second half of the bank (one file per task in tasks/), in the order the bank lists them.
export const TASKS_B: CodingTask[] = [
  countVowelsTask,
  secondLargestTask,
  missingNumberTask,
  validAnagramTask,
  longestCommonPrefixTask,
  rotateMatrixTask,
  productExceptSelfTask,
  coinChangeTask,
  numberOfIslandsTask,
  dailyTemperaturesTask,
  wordBreakTask,
  kthLargestTask,
];
