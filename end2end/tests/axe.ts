import AxeBuilder from "@axe-core/playwright";
import { BrowserContext, expect, Page } from "@playwright/test";

// The rules axe runs: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's own best practices. A serious or
// critical finding fails the journey; the message names each rule, its help text and the first elements.
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"];

export async function axeFindings(page: Page, what: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${what}: ${v.id} (${v.impact}): ${v.help}: ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(" | ")}`);
}

export async function expectAccessible(page: Page, what: string) {
  expect(await axeFindings(page, what), `axe on ${what}`).toEqual([]);
}

// The page's theme is the visitor's choice, kept in a cookie (app::shell::theme); "light" and "dark" pin it.
export async function chooseTheme(context: BrowserContext, baseURL: string, theme: "light" | "dark") {
  await context.addCookies([{ name: "theme", value: theme, url: baseURL }]);
}
