import porter2 from "wink-porter2-stemmer";

/**
 * English stems by the Snowball Porter2 algorithm (wink-porter2-stemmer), so forms of a word
 * meet ("developers", "developed", "development" -> "develop"; "family"/"families" -> "famili")
 * without cutting unrelated words to a shared stub ("apply" is not "app").
 */
export function stemEnglish(input: string): string {
  return porter2(input.toLowerCase());
}
