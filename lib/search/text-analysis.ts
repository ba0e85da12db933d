import { stemmer as germanStemmer } from "@orama/stemmers/german";
import { stopwords as germanStopwords } from "@orama/stopwords/german";
import compoundPartsFile from "@/lib/search/data/compound-parts.json";
import synonymsFile from "@/lib/search/data/synonyms.json";

// Text analysis shared by the embedded engine (tokenizer), the highlighter and the Meilisearch adapter (which
// gets the compound parts and synonyms as extra searchable text). German is the source language; other scripts
// are folded and split but not stemmed, so Ukrainian or Arabic words still match their own translations.

/** Bump when the analysis below changes: index snapshots made with another version are rebuilt. */
export const ANALYSIS_VERSION = 2;

/** Lowercase, ß → ss, umlauts and accents → base letter, Arabic letter variants unified, diacritics removed. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // combining marks: ä → a, é → e (й → и too, alike in index and query)
    .replace(/[\u064b-\u065f\u0670]/g, "") // Arabic vowel marks (tashkeel)
    .replace(/[أإآ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .normalize("NFC");
}

const WORD = /[\p{L}\p{N}]+/gu;

export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

const stopwords = new Set(germanStopwords.map(foldText));
const compoundParts = new Set(compoundPartsFile.parts);
const synonymsByWord = new Map<string, string[]>(
  synonymsFile.groups.flatMap((group) => group.map((word) => [word, group.filter((other) => other !== word)] as const)),
);

const isLatin = (word: string) => /^[a-z0-9]+$/.test(word);

function stem(word: string): string {
  if (!isLatin(word) || word.length < 4) return word;
  const stemmed = germanStemmer(word);
  return stemmed.length >= 3 ? stemmed : word;
}

/**
 * Word parts of a German compound found in the part lexicon, and what remains beside them
 * ("migrationsberatung" → "beratung", "migration"; "deutschkurs" → "kurs", "deutsch").
 */
export function compoundPartsOf(word: string): string[] {
  if (!isLatin(word) || word.length < 6) return [];
  const parts = new Set<string>();
  for (let cut = 3; cut <= word.length - 3; cut++) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    if (compoundParts.has(tail)) {
      parts.add(tail);
      // A linking "s" (Fugen-s) joins many compounds: "migrations|beratung".
      const rest = head.length > 4 && head.endsWith("s") ? head.slice(0, -1) : head;
      if (rest.length >= 4) parts.add(rest);
    }
    if (compoundParts.has(head) && tail.length >= 4) {
      parts.add(head);
      // Words ending like these take a linking "s" before the next part: "migration|s|beratung".
      parts.add(/(ion|ung|heit|keit|schaft|tat)$/.test(head) && tail.startsWith("s") ? tail.slice(1) : tail);
    }
  }
  return [...parts];
}

const indexTokenCache = new Map<string, string[]>();
const INDEX_CACHE_LIMIT = 200_000;

/**
 * Every token a word contributes to the index: its stem, its compound parts and their synonyms, and with
 * `keepWord` the word itself (which lets a typo in a suffix the stemmer strips still match).
 */
function indexTokensOfWord(word: string, keepWord: boolean): string[] {
  const key = keepWord ? word : `${word}\u0000`;
  const cached = indexTokenCache.get(key);
  if (cached) return cached;
  const tokens = new Set<string>(keepWord ? [word, stem(word)] : [stem(word)]);
  for (const part of compoundPartsOf(word)) {
    tokens.add(part);
    tokens.add(stem(part));
  }
  for (const token of [...tokens]) {
    for (const synonym of synonymsByWord.get(token) ?? []) {
      tokens.add(synonym);
      tokens.add(stem(synonym));
    }
  }
  const result = [...tokens];
  if (indexTokenCache.size >= INDEX_CACHE_LIMIT) indexTokenCache.clear();
  indexTokenCache.set(key, result);
  return result;
}

/** Tokens to index for a text; `keepWords` for short, important fields (titles), where typos matter most. */
export function analyzeForIndex(text: string, { keepWords = true }: { keepWords?: boolean } = {}): string[] {
  const tokens = new Set<string>();
  for (const word of splitWords(foldText(text))) {
    if (stopwords.has(word)) continue;
    for (const token of indexTokensOfWord(word, keepWords)) tokens.add(token);
  }
  return [...tokens];
}

/** Tokens of a query: folded and stemmed words without stop words. Each must match (prefix, with typos). */
export function analyzeQuery(text: string): string[] {
  const tokens = new Set<string>();
  for (const word of splitWords(foldText(text))) {
    if (!stopwords.has(word)) tokens.add(stem(word));
  }
  return [...tokens];
}

/** Extra searchable words for engines without our tokenizer: compound parts and synonyms. */
export function expansionTerms(text: string): string[] {
  const words = new Set(splitWords(foldText(text)));
  const extra = new Set<string>();
  for (const word of words) {
    for (const part of compoundPartsOf(word)) extra.add(part);
    for (const synonym of synonymsByWord.get(word) ?? []) extra.add(synonym);
  }
  for (const word of words) extra.delete(word);
  return [...extra];
}

/** Other words of the jargon for the query's words ("Sprachkurs" → "Deutschkurs", "Integrationskurs"). */
export function synonymSuggestions(text: string): string[] {
  const words = splitWords(foldText(text));
  return [...new Set(words.flatMap((word) => synonymsByWord.get(word) ?? []))].filter((word) => !words.includes(word));
}

/** Typos allowed for a word of this length: one from 5 letters, two from 9 (Meilisearch's defaults). */
export function typosAllowed(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

function levenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Whether a text word matches a query token the way the engine does: prefix, compound part, or within typos. */
export function wordMatchesToken(word: string, token: string): boolean {
  const folded = foldText(word);
  if (folded.startsWith(token) || stem(folded).startsWith(token)) return true;
  if (compoundPartsOf(folded).some((part) => part.startsWith(token) || stem(part).startsWith(token))) return true;
  const typos = typosAllowed(token.length);
  return typos > 0 && levenshtein(folded.slice(0, token.length + typos), token, typos) <= typos;
}

export type HighlightSegment = { text: string; isMatch: boolean };

/** Splits a text into segments, marking the words that match the query (rendered as <mark>, never as HTML). */
export function highlightText(text: string, queryTokens: string[]): HighlightSegment[] {
  if (queryTokens.length === 0) return [{ text, isMatch: false }];
  const segments: HighlightSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    if (!queryTokens.some((token) => wordMatchesToken(word, token))) continue;
    if (start > last) segments.push({ text: text.slice(last, start), isMatch: false });
    segments.push({ text: word, isMatch: true });
    last = start + word.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), isMatch: false });
  return segments;
}
