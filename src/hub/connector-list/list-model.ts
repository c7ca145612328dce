import { categoryWords } from '../../contract/category-names.js';
import type { Integration } from '../../contract/hub-responses.js';
import type { HubStrings } from '../strings/en.js';

export { categoryWords };

/** Only active, named entries are listed (CONTRACT.md §E2). */
export function listedIntegrations(integrations: readonly Integration[]): Integration[] {
  return integrations.filter((integration) => integration.active && integration.name);
}

/** Distinct normalised categories in first-seen order; the UI shows pills only when there are two or more. */
export function categoriesOf(integrations: readonly Integration[]): string[] {
  return [...new Set(integrations.map((integration) => categoryWords(integration.type)))];
}

/** The pill text: the category's name in the user's language, upper-cased where the script has case. */
export function categoryLabel(category: string, strings: Pick<HubStrings, 'lang' | 'categoryNames'>): string {
  const name = Object.hasOwn(strings.categoryNames, category) ? (strings.categoryNames[category] ?? category) : category;
  return name.toLocaleUpperCase(strings.lang);
}

/** Case-insensitive substring on the name, within the chosen category (if any). */
export function filterIntegrations(
  integrations: readonly Integration[],
  query: string,
  category: string | undefined,
): Integration[] {
  const needle = query.trim().toLowerCase();
  return integrations.filter(
    (integration) =>
      (!category || categoryWords(integration.type) === category) &&
      (!needle || integration.name.toLowerCase().includes(needle)),
  );
}

/** The entry to open straight away: the only active one, if exactly one is active. */
export function autoSelection(integrations: readonly Integration[]): Integration | undefined {
  const active = integrations.filter((integration) => integration.active);
  return active.length === 1 ? active[0] : undefined;
}

/** Up to two letters for the logo fallback: "Sandbox HRIS" → "SH". */
export function monogram(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? (words[0]?.[0] ?? '') + (words[1]?.[0] ?? '') : name.trim().slice(0, 2);
  return letters.toUpperCase();
}
