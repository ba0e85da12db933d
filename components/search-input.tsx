"use client";

import { useEffect, useId, useRef, useState } from "react";

type Suggestion = { id: string; title: string; url: string; textLocale: string };

type Props = {
  id: string;
  label: string;
  suggestionsLabel: string;
  locale: string;
  defaultValue?: string;
  placeholder?: string;
};

/**
 * The search box with suggestions while typing (WAI-ARIA combobox with a list of offers). Without JavaScript
 * it is the plain input of the GET form; with it, arrow keys move through up to five matching offers and Enter
 * opens one. Suggestions come from this app's own search API.
 */
export function SearchInput({ id, label, suggestionsLabel, locale, defaultValue = "", placeholder }: Props) {
  const listId = useId();
  const [value, setValue] = useState(defaultValue);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [isOpen, setIsOpen] = useState(false);
  const typed = useRef(false);

  useEffect(() => {
    if (!typed.current || value.trim().length < 2) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ q: value, perPage: "5", locale });
      fetch(`/api/v1/search?${params.toString()}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ hits: Suggestion[] }>) : { hits: [] }))
        .then(({ hits }) => {
          // The same suggestions as before keep the keyboard selection; new ones start from the input again.
          setSuggestions((previous) => {
            const isSame = previous.length === hits.length && previous.every((s, i) => s.id === hits[i]?.id);
            if (!isSame) setActive(-1);
            return isSame ? previous : hits;
          });
          setIsOpen(hits.length > 0);
        })
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value, locale]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (!isOpen || suggestions.length === 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      // -1 is the input itself; the keys cycle through it and the suggestions.
      const last = suggestions.length - 1;
      setActive((current) =>
        event.key === "ArrowDown" ? (current >= last ? -1 : current + 1) : current <= -1 ? last : current - 1,
      );
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.assign(suggestions[active]!.url);
    } else if (event.key === "Escape") {
      setIsOpen(false);
    }
  };

  return (
    <div className="search-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        name="q"
        role="combobox"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={value}
        placeholder={placeholder}
        maxLength={200}
        autoComplete="off"
        onChange={(event) => {
          typed.current = true;
          setValue(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setIsOpen(false), 150)}
        onFocus={() => setIsOpen(suggestions.length > 0)}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={suggestionsLabel}
        className="search-input__suggestions"
        hidden={!isOpen}
      >
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            lang={suggestion.textLocale}
          >
            <a href={suggestion.url} tabIndex={-1}>
              {suggestion.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
