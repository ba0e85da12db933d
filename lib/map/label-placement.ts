// Where each town name goes beside its dot, so that names do not cover each other or another town's dot. Pure
// geometry in screen pixels, so it runs in the browser on every zoom and is tested without one.

/** Beside the dot: east (right), west, north (above), south. */
export type Placement = "e" | "w" | "n" | "s";

/** A label to place: its dot in pixels and the size of its text. */
export type LabelToPlace = { x: number; y: number; width: number; height: number };

export type Box = { left: number; top: number; right: number; bottom: number };

export const PLACEMENTS: readonly Placement[] = ["e", "w", "n", "s"];

/** Distance from the dot's centre to the text, in pixels (the dot's radius and some air). */
export const LABEL_GAP = 5;
const DOT_RADIUS = 3;
/** The least space between two names. */
const PADDING = 2;

/** The text's box for a placement, in the same pixels as the dot. */
export function textBox({ x, y, width, height }: LabelToPlace, placement: Placement): Box {
  switch (placement) {
    case "e":
      return { left: x + LABEL_GAP, right: x + LABEL_GAP + width, top: y - height / 2, bottom: y + height / 2 };
    case "w":
      return { left: x - LABEL_GAP - width, right: x - LABEL_GAP, top: y - height / 2, bottom: y + height / 2 };
    case "n":
      return { left: x - width / 2, right: x + width / 2, top: y - LABEL_GAP - height, bottom: y - LABEL_GAP };
    case "s":
      return { left: x - width / 2, right: x + width / 2, top: y + LABEL_GAP, bottom: y + LABEL_GAP + height };
  }
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.left < b.right + PADDING && b.left < a.right + PADDING && a.top < b.bottom + PADDING && b.top < a.bottom + PADDING
  );
}

/** How much of a box lies inside the frame, from 0 to 1. */
function visibleShare(box: Box, frame: Box): number {
  const width = Math.max(0, Math.min(box.right, frame.right) - Math.max(box.left, frame.left));
  const height = Math.max(0, Math.min(box.bottom, frame.bottom) - Math.max(box.top, frame.top));
  return (width * height) / ((box.right - box.left) * (box.bottom - box.top) || 1);
}

/**
 * Places labels greedily in the given order (most important first): each takes the first placement whose text
 * touches no name or dot already placed, preferring the one that shows most of the name inside `frame` (the
 * visible map), so a town near the edge is named towards the middle; a label for which none is free is left out
 * (null) at this zoom.
 */
export function placeLabels(labels: readonly LabelToPlace[], frame?: Box): (Placement | null)[] {
  const taken: Box[] = [];
  return labels.map((label) => {
    const dot = {
      left: label.x - DOT_RADIUS,
      right: label.x + DOT_RADIUS,
      top: label.y - DOT_RADIUS,
      bottom: label.y + DOT_RADIUS,
    };
    if (taken.some((box) => overlaps(box, dot))) return null;
    const free = PLACEMENTS.filter((candidate) => {
      const box = textBox(label, candidate);
      return !taken.some((other) => overlaps(other, box));
    });
    // The first free side wins unless a later one shows more of the name (reduce keeps the first of equals).
    const placement = frame
      ? free.reduce<Placement | undefined>(
          (best, candidate) =>
            best === undefined ||
            visibleShare(textBox(label, candidate), frame) > visibleShare(textBox(label, best), frame)
              ? candidate
              : best,
          undefined,
        )
      : free[0];
    if (!placement) return null;
    taken.push(dot, textBox(label, placement));
    return placement;
  });
}
