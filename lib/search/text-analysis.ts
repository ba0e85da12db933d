import { stemmer as germanStemmer } from "@orama/stemmers/german";
import { stopwords as germanStopwords } from "@orama/stopwords/german";
import compoundPartsFile from "@/lib/search/data/compound-parts.json";
import conceptsFile from "@/lib/search/data/concepts.json";
import synonymsFile from "@/lib/search/data/synonyms.json";

// Text analysis shared by the embedded engine (tokenizer, query lookups), the highlighter and the Meilisearch
// adapter (which gets the compound parts and synonyms as extra searchable text, and the concepts as synonyms).
// German is the source language; other scripts are folded and split but not stemmed, so Ukrainian or Arabic
// words still match their own translations — and through the concept vocabulary (data/concepts.json) they
// also match the German words of what they ask for ("danışmanlık" finds what "Beratung" finds).

/** Bump when the index-side analysis below changes: index snapshots made with another version are rebuilt. */
export const ANALYSIS_VERSION = 3;

/**
 * Lowercase, ß → ss, umlauts and accents → base letter, Turkish ı and Polish ł → i and l, apostrophes inside
 * words dropped (здоров'я), Arabic and Persian letter variants unified, vowel marks and joiners removed.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/ı/g, "i") // Turkish dotless i: no decomposition would reach "i" (danışmanlık = danismanlik)
    .replace(/ł/g, "l")
    .replace(/(\p{L})['’ʼ](?=\p{L})/gu, "$1") // Ukrainian apostrophe: one word, not "здоров" + "я"
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // combining marks: ä → a, é → e, ș → s (й → и too, alike in index and query)
    .replace(/[\u064b-\u065f\u0670\u0640]/g, "") // Arabic vowel marks (tashkeel), hamza/madda marks, tatweel
    .replace(/[\u200c\u200d]/g, "") // Persian half-space joins a word's parts: خانواده‌ها is one word
    .replace(/[أإآٱ]/g, "ا")
    .replace(/[ىی]/g, "ي") // Persian yeh as Arabic yeh
    .replace(/ک/g, "ك") // Persian keheh as Arabic kaf
    .replace(/[ةۀ]/g, "ه")
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

// ── The concept vocabulary: words and phrases of ten languages onto the German words of the index ──────────

type Concept = { id: string; weak: boolean; german: string[]; terms: string[] };
type Phrase = { patterns: string[]; concepts: number[] };

const isArabicScript = (word: string) => /[\u0600-\u06ff]/.test(word);
const ARABIC_PREFIXES = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل"];

/** A word and, for Arabic script, the word without article or a clinging "and/with/for" (والرعاية → رعايه). */
function wordForms(word: string): string[] {
  if (!isArabicScript(word)) return [word];
  const forms = [word];
  for (const prefix of ARABIC_PREFIXES) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 2) forms.push(word.slice(prefix.length));
  }
  return forms;
}

/** A stem key ("консультац*") matches every word it starts; in Latin script only from five letters, so that
 * it never catches a German word by accident. */
const minStemLength = (base: string) => (/^[a-z0-9]+$/.test(base) ? 5 : 3);

const concepts: Concept[] = conceptsFile.concepts.map((concept) => {
  const german = concept.de;
  return {
    id: concept.id,
    weak: "weak" in concept && concept.weak === true,
    german,
    terms: [...new Set(german.flatMap((word) => splitWords(foldText(word)).map(stem)))],
  };
});
const conceptLanguages = ["en", "ar", "uk", "ru", "tr", "pl", "ro", "bg", "fa"] as const;
const exactKeys = new Map<string, number[]>();
const stemKeys = new Map<string, number[]>();
const phrases: Phrase[] = [];
const phraseByPatterns = new Map<string, Phrase>();
const addKey = (map: Map<string, number[]>, key: string, concept: number) => {
  const list = map.get(key) ?? [];
  if (!list.includes(concept)) list.push(concept);
  map.set(key, list);
};
conceptsFile.concepts.forEach((concept, index) => {
  for (const language of conceptLanguages) {
    for (const entry of concept[language]) {
      const patterns = foldText(entry)
        .split(/\s+/)
        .flatMap((part) => {
          const star = part.endsWith("*");
          return splitWords(part).map((word, i, all) => (star && i === all.length - 1 ? `${word}*` : word));
        });
      if (patterns.length > 1) {
        const existing = phraseByPatterns.get(patterns.join(" "));
        if (existing) existing.concepts.push(index);
        else {
          const phrase = { patterns, concepts: [index] };
          phraseByPatterns.set(patterns.join(" "), phrase);
          phrases.push(phrase);
        }
      } else if (patterns[0]?.endsWith("*")) {
        const base = patterns[0].slice(0, -1);
        if (base.length >= minStemLength(base)) for (const form of wordForms(base)) addKey(stemKeys, form, index);
      } else if (patterns[0]) {
        for (const form of wordForms(patterns[0])) addKey(exactKeys, form, index);
      }
    }
  }
});
phrases.sort((a, b) => b.patterns.length - a.patterns.length); // the longest phrase wins
// Phrases by their first word (exact) or its stem key, so a query checks only those that can start at a word.
const phrasesByFirstWord = new Map<string, Phrase[]>();
const phrasesByFirstStem = new Map<string, Phrase[]>();
for (const phrase of phrases) {
  const first = phrase.patterns[0]!;
  const [map, key] = first.endsWith("*") ? [phrasesByFirstStem, first.slice(0, -1)] : [phrasesByFirstWord, first];
  for (const form of wordForms(key)) map.set(form, [...(map.get(form) ?? []), phrase]);
}
const singleKeys = [...new Set([...exactKeys.keys(), ...stemKeys.keys()])].sort();
const foreignStopwords = new Set(Object.values(conceptsFile.stopwords).flatMap((words) => words.map(foldText)));

function patternMatches(pattern: string, word: string): boolean {
  const forms = wordForms(word);
  if (!pattern.endsWith("*")) return forms.includes(pattern);
  const base = pattern.slice(0, -1);
  return forms.some((form) => form.startsWith(base));
}

/** The phrase of the vocabulary that starts at `words[at]`, longest first. */
function phraseAt(words: string[], at: number): Phrase | undefined {
  const candidates = new Set<Phrase>();
  for (const form of wordForms(words[at]!)) {
    for (const phrase of phrasesByFirstWord.get(form) ?? []) candidates.add(phrase);
    for (let length = form.length; length >= 3; length--) {
      for (const phrase of phrasesByFirstStem.get(form.slice(0, length)) ?? []) candidates.add(phrase);
    }
  }
  let best: Phrase | undefined;
  for (const phrase of candidates) {
    const { patterns } = phrase;
    if (best && patterns.length <= best.patterns.length) continue;
    if (at + patterns.length > words.length) continue;
    if (patterns.every((pattern, i) => patternMatches(pattern, words[at + i]!))) best = phrase;
  }
  return best;
}

/** Concepts a query word or phrase names: an exact key (also without the Arabic article), else a stem key. */
function conceptsOf(token: string): number[] {
  if (token.includes(" ")) {
    const words = token.split(" ");
    const phrase = phraseAt(words, 0);
    return phrase && phrase.patterns.length === words.length ? phrase.concepts : [];
  }
  const forms = wordForms(token);
  for (const form of forms) {
    const hit = exactKeys.get(form);
    if (hit) return hit;
  }
  for (const form of forms) {
    for (let length = form.length; length >= 3; length--) {
      const hit = stemKeys.get(form.slice(0, length));
      if (hit) return hit;
    }
  }
  return [];
}

/** While typing: concepts whose key starts with the word ("консульт" → Beratung), when that is unambiguous. */
function conceptsByPrefix(word: string): number[] {
  if (word.length < 4) return [];
  let low = 0;
  let high = singleKeys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (singleKeys[middle]! < word) low = middle + 1;
    else high = middle;
  }
  const found = new Set<number>();
  for (let i = low; i < singleKeys.length && singleKeys[i]!.startsWith(word); i++) {
    for (const concept of [...(exactKeys.get(singleKeys[i]!) ?? []), ...(stemKeys.get(singleKeys[i]!) ?? [])])
      found.add(concept);
  }
  return found.size <= 2 ? [...found] : [];
}

/** With typos: concepts of the (full-word) keys closest to the word, within the typos the key's length allows.
 * Stem keys take no part: a typo at a stem's end would let it catch long German words ("migrat…" → "migrac*"). */
function conceptsWithinTypos(word: string): number[] {
  if (typosAllowed(word.length) === 0) return [];
  let best = Infinity;
  let found: number[] = [];
  for (const key of singleKeys) {
    const typos = typosAllowed(key.length);
    if (typos === 0 || !exactKeys.has(key) || Math.abs(key.length - word.length) > typos) continue;
    const distance = levenshtein(word, key, typos);
    if (distance > typos || distance > best) continue;
    if (distance < best) {
      best = distance;
      found = [];
    }
    for (const concept of exactKeys.get(key)!) if (!found.includes(concept)) found.push(concept);
  }
  return found.length <= 2 ? found : [];
}

const isWeakToken = (token: string) => {
  const named = conceptsOf(token);
  return named.length > 0 && named.every((concept) => concepts[concept]!.weak);
};

/**
 * The words of a query, each of which must match: folded, without stop words (German and the other UI
 * languages'), phrases of the concept vocabulary kept together ("job centre", "дитячий садок"), and words
 * like "help" or "language" left out when the query has others ("help with homework" asks for homework).
 * Not stemmed: how a word matches (its stem, typos, the German words of its concept) is `tokenLookups`.
 */
export function analyzeQuery(text: string): string[] {
  const cached = queryCache.get(text);
  if (cached) return cached;
  const result = analyzeQueryNow(text);
  if (queryCache.size >= LOOKUP_CACHE_LIMIT) queryCache.clear();
  queryCache.set(text, result);
  return result;
}

// Each search analyses its text twice (engine, highlighting) and typing repeats the same prefixes.
const queryCache = new Map<string, string[]>();

function analyzeQueryNow(text: string): string[] {
  const words = splitWords(foldText(text));
  const tokens: string[] = [];
  for (let i = 0; i < words.length;) {
    const phrase = phraseAt(words, i);
    if (phrase) {
      tokens.push(words.slice(i, i + phrase.patterns.length).join(" "));
      i += phrase.patterns.length;
      continue;
    }
    const word = words[i++]!;
    if (!stopwords.has(word) && !foreignStopwords.has(word)) tokens.push(word);
  }
  const strong = tokens.filter((token) => !isWeakToken(token));
  return [...new Set(strong.length > 0 ? strong : tokens)];
}

/** The query text for an engine that matches the words as typed (Meilisearch): without the words that
 * `analyzeQuery` leaves out, so that "help with homework" does not require "help". Unchanged otherwise. */
export function queryTextForWordEngines(text: string): string {
  const tokens = analyzeQuery(text);
  const kept = new Set(tokens.flatMap((token) => token.split(" ")));
  const words = splitWords(foldText(text)).filter((word) => !stopwords.has(word));
  return words.every((word) => kept.has(word)) ? text : tokens.join(" ");
}

/** One lookup in the index for a query token: words starting with `term`, or within `tolerance` typos. */
export type TermLookup = { term: string; tolerance: number };

/** Letters of the suffixes the German stemmer removes (-e, -em, -en, -er, -ern, -es, -s, -end, -ung, -isch, -lich,
 * -heit, -keit, -ig, -ik): a typo can only hide a suffix with one of these, near the end of the word. */
const SUFFIX_LETTERS = "ceghiklmnrstu";
const SUFFIX_REGION = 6;

/**
 * Typo tolerance on the word as typed, before stemming. The stemmer cuts suffixes it recognises, and a typo
 * can hide one: "arabiecher" stems to "arabiech", three letters from "arabischer"'s stem "arab", so typos on
 * the stem alone never reach it. The word's variants one edit away in its last letters are stemmed; stems
 * clearly shorter than the typed word's own (the stemmer found a suffix the typo had hidden) become prefix
 * lookups, so "arabiecher" looks up "arab" like "arabischer" does.
 */
function typoVariantStems(word: string): string[] {
  if (!isLatin(word) || typosAllowed(word.length) === 0) return [];
  const own = stem(word);
  const found = new Set<string>();
  const consider = (variant: string) => {
    if (variant.length < 4) return;
    const variantStem = stem(variant);
    if (variantStem.length >= 3 && variantStem.length <= own.length - 2) found.add(variantStem);
  };
  for (let i = Math.max(1, word.length - SUFFIX_REGION); i <= word.length; i++) {
    const head = word.slice(0, i);
    if (i < word.length) {
      const tail = word.slice(i + 1);
      consider(head + tail); // deletion
      if (i + 1 < word.length) consider(head + word[i + 1]! + word[i]! + word.slice(i + 2)); // transposition
      for (const letter of SUFFIX_LETTERS) if (letter !== word[i]) consider(head + letter + tail); // substitution
    }
    for (const letter of SUFFIX_LETTERS) consider(head + letter + word.slice(i)); // insertion
  }
  return [...found];
}

const lookupCache = new Map<string, TermLookup[]>();
const LOOKUP_CACHE_LIMIT = 10_000;

/**
 * What the index is asked for one token of `analyzeQuery`, any of which lets a document match it: the
 * token's stem (by prefix; `withTypos`: within the typos its length allows, and the stems of the typed
 * word's one-typo variants), and the German words of the concept it names — exactly, by a stem key, by the
 * prefix typed so far or, with typos, by the closest key.
 */
export function tokenLookups(token: string, withTypos: boolean): TermLookup[] {
  const cacheKey = `${withTypos ? "~" : "="}${token}`;
  const cached = lookupCache.get(cacheKey);
  if (cached) return cached;
  const lookups = new Map<string, number>();
  const add = (term: string, tolerance: number) => {
    if (term.length > 0 && (lookups.get(term) ?? -1) < tolerance) lookups.set(term, tolerance);
  };
  const isPhrase = token.includes(" ");
  if (!isPhrase) {
    const stemmed = stem(token);
    add(stemmed, withTypos ? typosAllowed(stemmed.length) : 0);
    if (withTypos) for (const variantStem of typoVariantStems(token)) add(variantStem, 0);
  }
  let named = conceptsOf(token);
  if (named.length === 0 && !isPhrase) named = conceptsByPrefix(token);
  if (named.length === 0 && !isPhrase && withTypos) named = conceptsWithinTypos(token);
  for (const concept of named) for (const term of concepts[concept]!.terms) add(term, 0);
  const result = [...lookups].map(([term, tolerance]) => ({ term, tolerance }));
  if (lookupCache.size >= LOOKUP_CACHE_LIMIT) lookupCache.clear();
  lookupCache.set(cacheKey, result);
  return result;
}

/**
 * For engines with their own synonyms (Meilisearch): every word and phrase of the vocabulary, as typed and,
 * for Arabic, without the article, onto the German words of its concepts. Stem keys ("консультац*") have no
 * place there; the vocabulary lists the common full forms beside them.
 */
export function conceptSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, Set<string>> = {};
  conceptsFile.concepts.forEach((concept, index) => {
    const german = concepts[index]!.german.map((word) => foldText(word));
    for (const language of conceptLanguages) {
      for (const entry of concept[language]) {
        if (entry.includes("*")) continue;
        const key = splitWords(foldText(entry)).join(" ");
        // Also as typed (lowercase): how Meilisearch normalises "ة" or "ı" is its own business.
        const asTyped = splitWords(entry.toLowerCase()).join(" ");
        for (const form of new Set([asTyped, ...(key.includes(" ") ? [key] : wordForms(key))])) {
          if (german.includes(form)) continue;
          synonyms[form] ??= new Set();
          for (const word of german) synonyms[form].add(word);
        }
      }
    }
  });
  return Object.fromEntries(Object.entries(synonyms).map(([key, words]) => [key, [...words]]));
}

/** Stop words of the other UI languages, for engines that take a stop word list (Meilisearch). */
export const otherLanguageStopwords: string[] = [...foreignStopwords];

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

/**
 * Other words to try for a query: the jargon for its German words ("Sprachkurs" → "Deutschkurs",
 * "Integrationskurs"), and the German word of what a word in another language asks for, also with a typo
 * ("danismanlk" → "Beratung").
 */
export function synonymSuggestions(text: string): string[] {
  const words = splitWords(foldText(text));
  const jargon = words.flatMap((word) => synonymsByWord.get(word) ?? []);
  // The first words suffice for a suggestion, and bound the work a long query costs.
  const german = analyzeQuery(text)
    .slice(0, 8)
    .flatMap((token) => {
      let named = conceptsOf(token);
      if (named.length === 0 && !token.includes(" ")) named = conceptsWithinTypos(token);
      return named.map((concept) => concepts[concept]!.german[0]!);
    });
  return [...new Set([...jargon, ...german])].filter((word) => !words.includes(foldText(word))).slice(0, 8);
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
  const candidates = [folded, stem(folded), ...compoundPartsOf(folded).flatMap((part) => [part, stem(part)])];
  return tokenLookups(token, true).some(
    ({ term, tolerance }) =>
      candidates.some((candidate) => candidate.startsWith(term)) ||
      (tolerance > 0 && levenshtein(folded.slice(0, term.length + tolerance), term, tolerance) <= tolerance),
  );
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
