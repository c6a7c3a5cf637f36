import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { highlightsStatus } from "./support/highlights.ts";

/**
 * Versions in other scripts: Arabic and Hebrew read right to left, and
 * Chinese and Japanese sentences (ending in 。) stay paragraphs, not
 * sub-headings. The texts are our own short sentences.
 */
const VERSIONS = [
  {
    label: "Arabic",
    paragraphs: [
      "اجتمع قادة أوروبيون وكنديون يوم الثلاثاء لمناقشة خطة السلام. وقال المسؤولون إن المحادثات كانت صريحة.",
      "وأضاف المسؤولون أن المحادثات ستستمر الأسبوع المقبل في بروكسل. ولم يصدر أي بيان مشترك بعد.",
    ],
    direction: "rtl",
  },
  {
    label: "Hebrew",
    paragraphs: [
      "מנהיגים אירופים וקנדים נפגשו ביום שלישי כדי לדון בתוכנית השלום. הפקידים אמרו שהשיחות היו גלויות.",
      "הפקידים הוסיפו שהשיחות יימשכו בשבוע הבא בבריסל. עדיין לא פורסמה הודעה משותפת.",
    ],
    direction: "rtl",
  },
  {
    label: "Chinese",
    paragraphs: [
      "欧洲和加拿大领导人星期二会面，讨论和平计划。官员们说，会谈很坦率。",
      "官员们补充说，会谈将于下周在布鲁塞尔继续。目前还没有发表联合声明。",
    ],
    direction: "ltr",
  },
  {
    label: "Japanese",
    paragraphs: [
      "欧州とカナダの首脳は火曜日に会談し、和平案について話し合った。当局者は率直な協議だったと述べた。",
      "当局者によると、協議は来週ブリュッセルで続く。共同声明はまだ出ていない。",
    ],
    direction: "ltr",
  },
];

const dialog = (page: Page) => page.getByRole("dialog", { name: "New comparison" });

test("Arabic and Hebrew versions read right to left, and CJK paragraphs stay paragraphs", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("article").first()).toBeVisible();
  await page.getByRole("button", { name: "New comparison" }).click();
  await dialog(page).getByLabel("Title").fill("Four scripts");
  for (const [i, version] of VERSIONS.entries()) {
    if (i >= 2) await dialog(page).getByRole("button", { name: "Add a version" }).click();
    await dialog(page)
      .getByLabel(`Version ${i + 1} label`)
      .fill(version.label);
    await dialog(page)
      .getByLabel(`Version ${i + 1} text`)
      .fill(version.paragraphs.join("\n\n"));
  }
  await dialog(page).getByRole("button", { name: "Compare" }).click();
  await expect(highlightsStatus(page)).toBeVisible();

  for (const version of VERSIONS) {
    const column = page.getByRole("article", { name: version.label });
    await expect(column).toBeVisible();
    // No sub-heading was made of a sentence.
    await expect(column.getByRole("heading", { level: 3 })).toHaveCount(0);
    for (const paragraph of version.paragraphs) {
      const block = column.locator("p", { hasText: paragraph.slice(0, 12) });
      await expect(block).toHaveCount(1);
      expect(await block.evaluate((element) => getComputedStyle(element).direction)).toBe(
        version.direction,
      );
    }
  }
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
