export { Bm25Index, rankPassages, splitPassages, type Passage, type RankedPassage } from "./bm25";
export {
  nextTurn,
  checkAnswer,
  isSkip,
  type Plan,
  type Slot,
  type Turn,
  type Check,
  type NextTurn,
  type SlotState,
  type FollowUpReason,
} from "./dialogue";
export { renderTemplate, registerTemplate, hasTemplate, pluralForm, TemplateError, type Facts, type Template } from "./templates";
export { offlineReply, estimateTokens } from "./offline";
export { terms, words, stem, detectLocale } from "./text";
