import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { berlinDay } from "@/lib/events/event-time";
import type { Region } from "@/lib/region/region";
import { createRandom } from "@/lib/seed/random";

// The demo's needs survey: open, on every core topic, with made-up answers from integration workers in several
// municipalities and languages, so the atlas shows survey results (and hides the small groups) from the start.
// Every text says it is a demo.

export const DEMO_SURVEY_SLUG = "bedarfsumfrage-demo";
const RESPONSES = 48;

const TEXTS: { locale: string; text: string }[] = [
  { locale: "de", text: "Demo: Sprachkurse am Abend fehlen, tagsüber arbeiten viele." },
  { locale: "de", text: "Demo: Beratung auf Arabisch gibt es nur in Gütersloh, der Bus fährt selten." },
  { locale: "ar", text: "تجريبي: نحتاج إلى مواعيد استشارة باللغة العربية قريبة من السكن." },
  { locale: "uk", text: "Демо: бракує груп для дітей після школи." },
  { locale: "tr", text: "Demo: Kadınlar için buluşma yerleri az." },
  { locale: "de", text: "Demo: Wohnungssuche ist das größte Problem, es gibt kaum Begleitung." },
];

export async function insertDemoSurvey(prisma: PrismaClient, region: Region, now: Date): Promise<void> {
  const random = createRandom(16);
  const topics = region.topics.map((topic) => topic.slug);
  const municipalities = region.municipalities.map((m) => m.slug);
  const survey = await prisma.survey.create({
    data: {
      slug: DEMO_SURVEY_SLUG,
      title: "Bedarfsumfrage Integration 2026 (Demo)",
      introduction:
        "Wo fehlt im Kreis etwas für Menschen mit Einwanderungsgeschichte? Die Antworten sind anonym. (Demo-Daten)",
      topicsJson: JSON.stringify(topics),
      access: "open",
      status: "open",
    },
    select: { id: true },
  });
  for (let i = 0; i < RESPONSES; i += 1) {
    // Most answers from the larger towns, so some municipalities stay below the threshold of five.
    const municipality = random.chance(0.6) ? random.pick(municipalities.slice(0, 4)) : random.pick(municipalities);
    const written = random.chance(0.4) ? random.pick(TEXTS) : null;
    await prisma.surveyResponse.create({
      data: {
        id: randomUUID(),
        surveyId: survey.id,
        submittedOn: berlinDay(new Date(now.getTime() - random.int(0, 30) * 86_400_000)),
        municipality: random.chance(0.85) ? municipality : null,
        language: random.pick(["de", "ar", "uk", "tr", "ru", null]),
        locale: written?.locale ?? "de",
        answers: {
          create: random.sample(topics, random.int(2, topics.length)).map((topic, index) => ({
            topic,
            rating: random.int(1, 5),
            text: index === 0 && written ? written.text : null,
          })),
        },
      },
    });
  }
}
