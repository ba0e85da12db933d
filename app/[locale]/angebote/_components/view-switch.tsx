/**
 * "List" and "Map" on a phone, where the map follows the list: two plain links to the two panels, so the map is
 * one tap away without JavaScript too. Hidden where list and map stand side by side (globals.css).
 */
export function ViewSwitch({ label, listLabel, mapLabel }: { label: string; listLabel: string; mapLabel: string }) {
  return (
    <nav aria-label={label} className="view-switch">
      <a href="#results-list">{listLabel}</a>
      <a href="#results-map">{mapLabel}</a>
    </nav>
  );
}
