import { binarySearch } from "./tasks/binary-search";
import { fizzbuzz } from "./tasks/fizzbuzz";
import { groupAnagrams } from "./tasks/group-anagrams";
import { isPalindrome } from "./tasks/is-palindrome";
import { longestSubstringWithoutRepeating } from "./tasks/longest-substring-without-repeating";
import { maxSubarray } from "./tasks/max-subarray";
import { mergeIntervals } from "./tasks/merge-intervals";
import { reverseWords } from "./tasks/reverse-words";
import { romanToInteger } from "./tasks/roman-to-integer";
import { topKFrequent } from "./tasks/top-k-frequent";
import { twoSum } from "./tasks/two-sum";
import { validParentheses } from "./tasks/valid-parentheses";
import type { CodingTask } from "./types";

// The first half of the bank (one file per task in tasks/): junior tasks, then middle ones.
export const TASKS_A: CodingTask[] = [
  twoSum,
  validParentheses,
  reverseWords,
  fizzbuzz,
  isPalindrome,
  binarySearch,
  romanToInteger,
  maxSubarray,
  mergeIntervals,
  groupAnagrams,
  longestSubstringWithoutRepeating,
  topKFrequent,
];
