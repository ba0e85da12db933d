import type { OfferSearchIndex, OfferSearchQuery } from "@/lib/search/offer-search-index";

// How well residents find in their own language what the German query finds: each need is asked in German
// and in the nine other UI languages, the way people type it (words of everyday speech, not the German
// jargon), and each translated query's hits are compared with the German query's. Used by the db test
// (language-coverage.db.test.ts) and by `npm run bench:languages`.

export const coverageLocales = ["en", "ar", "uk", "ru", "tr", "pl", "ro", "bg", "fa"] as const;
export type CoverageLocale = (typeof coverageLocales)[number];

export type Need = { de: string } & Record<CoverageLocale, string>;

export const needs: Need[] = [
  {
    de: "Beratung",
    en: "counselling",
    ar: "استشارة",
    uk: "консультація",
    ru: "консультация",
    tr: "danışmanlık",
    pl: "doradztwo",
    ro: "consiliere",
    bg: "консултация",
    fa: "مشاوره",
  },
  {
    de: "Migrationsberatung",
    en: "migration advice",
    ar: "استشارات الهجرة",
    uk: "міграційна консультація",
    ru: "миграционная консультация",
    tr: "göç danışmanlığı",
    pl: "doradztwo migracyjne",
    ro: "consiliere pentru migranți",
    bg: "миграционна консултация",
    fa: "مشاوره مهاجرت",
  },
  {
    de: "Deutschkurs",
    en: "German course",
    ar: "دورة لغة ألمانية",
    uk: "курс німецької мови",
    ru: "курсы немецкого языка",
    tr: "Almanca kursu",
    pl: "kurs niemieckiego",
    ro: "curs de germană",
    bg: "курс по немски",
    fa: "کلاس زبان آلمانی",
  },
  {
    de: "Integrationskurs",
    en: "integration course",
    ar: "دورة الاندماج",
    uk: "інтеграційний курс",
    ru: "интеграционный курс",
    tr: "uyum kursu",
    pl: "kurs integracyjny",
    ro: "curs de integrare",
    bg: "интеграционен курс",
    fa: "دوره ادغام",
  },
  {
    de: "Kita",
    en: "kindergarten",
    ar: "روضة الأطفال",
    uk: "дитячий садок",
    ru: "детский сад",
    tr: "kreş",
    pl: "przedszkole",
    ro: "grădiniță",
    bg: "детска градина",
    fa: "مهدکودک",
  },
  {
    de: "Schule",
    en: "school",
    ar: "مدرسة",
    uk: "школа",
    ru: "школа",
    tr: "okul",
    pl: "szkoła",
    ro: "școală",
    bg: "училище",
    fa: "مدرسه",
  },
  {
    de: "Hausaufgabenhilfe",
    en: "help with homework",
    ar: "مساعدة في الواجبات المدرسية",
    uk: "допомога з домашнім завданням",
    ru: "помощь с домашним заданием",
    tr: "ödev yardımı",
    pl: "pomoc w odrabianiu lekcji",
    ro: "ajutor la teme",
    bg: "помощ с домашните",
    fa: "کمک به تکالیف مدرسه",
  },
  {
    de: "Jobcenter",
    en: "job centre",
    ar: "مركز العمل",
    uk: "джобцентр",
    ru: "джобцентр",
    tr: "iş kurumu",
    pl: "urząd pracy",
    ro: "agenția de ocupare",
    bg: "бюро по труда",
    fa: "اداره کار",
  },
  {
    de: "Arbeit",
    en: "work",
    ar: "عمل",
    uk: "робота",
    ru: "работа",
    tr: "iş",
    pl: "praca",
    ro: "muncă",
    bg: "работа",
    fa: "کار",
  },
  {
    de: "Bewerbung",
    en: "job application",
    ar: "طلب عمل",
    uk: "резюме",
    ru: "резюме",
    tr: "iş başvurusu",
    pl: "aplikacja o pracę",
    ro: "aplicare la job",
    bg: "кандидатстване за работа",
    fa: "درخواست کار",
  },
  {
    de: "Ausbildung",
    en: "apprenticeship",
    ar: "تدريب مهني",
    uk: "професійне навчання",
    ru: "профессиональное обучение",
    tr: "meslek eğitimi",
    pl: "szkolenie zawodowe",
    ro: "ucenicie",
    bg: "професионално обучение",
    fa: "آموزش حرفه ای",
  },
  {
    de: "Anerkennung",
    en: "recognition of qualifications",
    ar: "الاعتراف بالشهادات",
    uk: "визнання дипломів",
    ru: "признание дипломов",
    tr: "diploma denkliği",
    pl: "uznanie kwalifikacji",
    ro: "recunoașterea diplomelor",
    bg: "признаване на дипломи",
    fa: "ارزشیابی مدرک",
  },
  {
    de: "Wohnung",
    en: "flat",
    ar: "شقة",
    uk: "квартира",
    ru: "квартира",
    tr: "ev",
    pl: "mieszkanie",
    ro: "apartament",
    bg: "жилище",
    fa: "آپارتمان",
  },
  {
    de: "Arzt",
    en: "doctor",
    ar: "طبيب",
    uk: "лікар",
    ru: "врач",
    tr: "doktor",
    pl: "lekarz",
    ro: "medic",
    bg: "лекар",
    fa: "دکتر",
  },
  {
    de: "Gesundheit",
    en: "health",
    ar: "الصحة",
    uk: "здоров'я",
    ru: "здоровье",
    tr: "sağlık",
    pl: "zdrowie",
    ro: "sănătate",
    bg: "здраве",
    fa: "سلامت",
  },
  {
    de: "Psychosoziale Beratung",
    en: "psychological help",
    ar: "دعم نفسي",
    uk: "психологічна допомога",
    ru: "психологическая помощь",
    tr: "psikolojik destek",
    pl: "pomoc psychologiczna",
    ro: "ajutor psihologic",
    bg: "психологическа помощ",
    fa: "کمک روانی",
  },
  {
    de: "Frauen",
    en: "women",
    ar: "نساء",
    uk: "жінки",
    ru: "женщины",
    tr: "kadınlar",
    pl: "kobiety",
    ro: "femei",
    bg: "жени",
    fa: "زنان",
  },
  {
    de: "Kinder",
    en: "children",
    ar: "أطفال",
    uk: "діти",
    ru: "дети",
    tr: "çocuklar",
    pl: "dzieci",
    ro: "copii",
    bg: "деца",
    fa: "کودکان",
  },
  {
    de: "Jugendliche",
    en: "young people",
    ar: "الشباب",
    uk: "молодь",
    ru: "молодежь",
    tr: "gençler",
    pl: "młodzież",
    ro: "tineri",
    bg: "младежи",
    fa: "نوجوانان",
  },
  {
    de: "Familien",
    en: "families",
    ar: "العائلات",
    uk: "сім'ї",
    ru: "семьи",
    tr: "aileler",
    pl: "rodziny",
    ro: "familii",
    bg: "семейства",
    fa: "خانواده ها",
  },
  {
    de: "Eltern",
    en: "parents",
    ar: "أولياء الأمور",
    uk: "батьки",
    ru: "родители",
    tr: "ebeveynler",
    pl: "rodzice",
    ro: "părinți",
    bg: "родители",
    fa: "والدین",
  },
  {
    de: "Senioren",
    en: "seniors",
    ar: "كبار السن",
    uk: "літні люди",
    ru: "пожилые люди",
    tr: "yaşlılar",
    pl: "seniorzy",
    ro: "vârstnici",
    bg: "възрастни хора",
    fa: "سالمندان",
  },
  {
    de: "Geflüchtete",
    en: "refugees",
    ar: "لاجئين",
    uk: "біженці",
    ru: "беженцы",
    tr: "mülteciler",
    pl: "uchodźcy",
    ro: "refugiați",
    bg: "бежанци",
    fa: "پناهندگان",
  },
  {
    de: "Ehrenamt",
    en: "volunteering",
    ar: "تطوع",
    uk: "волонтерство",
    ru: "волонтерство",
    tr: "gönüllülük",
    pl: "wolontariat",
    ro: "voluntariat",
    bg: "доброволчество",
    fa: "داوطلبی",
  },
  {
    de: "Treff",
    en: "meeting place",
    ar: "ملتقى",
    uk: "місце зустрічі",
    ru: "место встречи",
    tr: "buluşma yeri",
    pl: "miejsce spotkań",
    ro: "loc de întâlnire",
    bg: "място за срещи",
    fa: "محل دیدار",
  },
  {
    de: "Sport",
    en: "sports",
    ar: "رياضة",
    uk: "спорт",
    ru: "спорт",
    tr: "spor",
    pl: "sport",
    ro: "sport",
    bg: "спорт",
    fa: "ورزش",
  },
  {
    de: "Schuldnerberatung",
    en: "debt counselling",
    ar: "استشارات الديون",
    uk: "консультація з боргів",
    ru: "консультация по долгам",
    tr: "borç danışmanlığı",
    pl: "doradztwo dla zadłużonych",
    ro: "consiliere pentru datorii",
    bg: "консултация за дългове",
    fa: "مشاوره بدهی",
  },
  {
    de: "Übersetzung",
    en: "interpreter",
    ar: "ترجمة",
    uk: "перекладач",
    ru: "переводчик",
    tr: "tercüman",
    pl: "tłumacz",
    ro: "traducere",
    bg: "преводач",
    fa: "مترجم",
  },
  {
    de: "Fahrrad",
    en: "bike",
    ar: "دراجة",
    uk: "велосипед",
    ru: "велосипед",
    tr: "bisiklet",
    pl: "rower",
    ro: "bicicletă",
    bg: "колело",
    fa: "دوچرخه",
  },
  {
    de: "Führerschein",
    en: "driving licence",
    ar: "رخصة القيادة",
    uk: "водійські права",
    ru: "водительские права",
    tr: "ehliyet",
    pl: "prawo jazdy",
    ro: "permis de conducere",
    bg: "шофьорска книжка",
    fa: "گواهینامه رانندگی",
  },
  {
    de: "Pflege",
    en: "nursing care",
    ar: "رعاية المسنين",
    uk: "догляд",
    ru: "уход за больными",
    tr: "bakım",
    pl: "opieka",
    ro: "îngrijire",
    bg: "грижи",
    fa: "پرستاری",
  },
  {
    de: "Sprachcafé",
    en: "language café",
    ar: "مقهى اللغة",
    uk: "мовне кафе",
    ru: "языковое кафе",
    tr: "dil kafesi",
    pl: "kawiarnia językowa",
    ro: "cafenea lingvistică",
    bg: "езиково кафе",
    fa: "کافه زبان",
  },
];

/**
 * Other phrasings of some needs — other inflections, no diacritics, articles, small additions ("for women",
 * "kurs niemieckiego dla dorosłych") — written after the vocabulary as a check that it does not only know its
 * own test. Honest history: they first found 83.6 % of the German hits; then the vocabulary got the weak
 * "angebot" concept (service, group, free … left out beside other words) and four forms they had shown missing.
 * Not asserted: the benchmark prints their share beside the main table.
 */
export const otherPhrasings: Need[] = [
  {
    de: "Beratung",
    en: "counseling services",
    ar: "استشارات",
    uk: "консультації",
    ru: "консультации",
    tr: "danismanlik",
    pl: "porady",
    ro: "consiliere gratuită",
    bg: "консултации",
    fa: "مشاوره رایگان",
  },
  {
    de: "Deutschkurs",
    en: "german classes",
    ar: "دورات ألمانية",
    uk: "курси німецької",
    ru: "немецкий язык",
    tr: "almanca kurs",
    pl: "kurs niemieckiego dla dorosłych",
    ro: "cursuri germana",
    bg: "немски език",
    fa: "کلاس آلمانی",
  },
  {
    de: "Kita",
    en: "kindergarten place",
    ar: "حضانة أطفال",
    uk: "садочок",
    ru: "детсад",
    tr: "anaokulu",
    pl: "przedszkola",
    ro: "gradinita",
    bg: "детски градини",
    fa: "مهد",
  },
  {
    de: "Arzt",
    en: "family doctor",
    ar: "طبيب أطفال",
    uk: "лікарі",
    ru: "врачи",
    tr: "doktorlar",
    pl: "lekarze",
    ro: "medici",
    bg: "лекари",
    fa: "پزشک",
  },
  {
    de: "Frauen",
    en: "women's group",
    ar: "مجموعة نسائية",
    uk: "жінкам",
    ru: "женщинам",
    tr: "kadinlar",
    pl: "dla kobiet",
    ro: "pentru femei",
    bg: "за жени",
    fa: "برای زنان",
  },
  {
    de: "Kinder",
    en: "kids",
    ar: "أطفال صغار",
    uk: "дітям",
    ru: "детям",
    tr: "cocuklar",
    pl: "dla dzieci",
    ro: "pentru copii",
    bg: "за деца",
    fa: "برای کودکان",
  },
  {
    de: "Wohnung",
    en: "finding a flat",
    ar: "سكن",
    uk: "житло",
    ru: "жильё",
    tr: "ev arıyorum",
    pl: "mieszkania",
    ro: "locuinte",
    bg: "квартири",
    fa: "خانه",
  },
  {
    de: "Geflüchtete",
    en: "refugee",
    ar: "لاجئ",
    uk: "біженців",
    ru: "беженцев",
    tr: "multeciler",
    pl: "uchodzcy",
    ro: "refugiati",
    bg: "бежанците",
    fa: "پناهجو",
  },
  {
    de: "Schuldnerberatung",
    en: "debt help",
    ar: "ديون",
    uk: "борги",
    ru: "долги",
    tr: "borc",
    pl: "dlugi",
    ro: "datorii",
    bg: "дългове",
    fa: "بدهکاری",
  },
  {
    de: "Führerschein",
    en: "driving lessons",
    ar: "رخصة سياقة",
    uk: "водійське посвідчення",
    ru: "автошкола",
    tr: "ehliyet kursu",
    pl: "prawo jazdy kurs",
    ro: "scoala de soferi",
    bg: "шофьорски курс",
    fa: "آموزش رانندگی",
  },
  {
    de: "Pflege",
    en: "elderly care",
    ar: "التمريض",
    uk: "догляду",
    ru: "уход за пожилыми",
    tr: "yasli bakimi",
    pl: "opieka nad seniorami",
    ro: "ingrijire batrani",
    bg: "грижа за възрастни",
    fa: "مراقبت از سالمندان",
  },
  {
    de: "Sport",
    en: "football",
    ar: "كرة القدم",
    uk: "футбол",
    ru: "футбол",
    tr: "futbol",
    pl: "piłka nożna",
    ro: "fotbal",
    bg: "футбол",
    fa: "فوتبال",
  },
];

export type NeedOutcome = {
  need: string;
  locale: CoverageLocale;
  query: string;
  german: number;
  found: number; // German hits among the translated query's hits
  extra: number; // hits of the translated query that the German one does not have
};

export type LocaleCoverage = {
  locale: CoverageLocale;
  germanHits: number;
  found: number;
  share: number;
  misses: string[];
};

async function hitIds(
  index: OfferSearchIndex,
  text: string,
  query: Omit<OfferSearchQuery, "text">,
): Promise<Set<string>> {
  const result = await index.search({ ...query, text });
  return new Set(result.hits.map((hit) => hit.document.id));
}

/** Every need in every language against the German query, on whatever the index holds. */
export async function measureLanguageCoverage(
  index: OfferSearchIndex,
  now: Date,
  asked: Need[] = needs,
): Promise<{ outcomes: NeedOutcome[]; perLocale: LocaleCoverage[]; overall: number }> {
  const query: Omit<OfferSearchQuery, "text"> = {
    filters: { municipality: [], topic: [], language: [], audience: [], isFree: false, near: null, bbox: null },
    sort: "relevance",
    page: 1,
    perPage: 100_000,
    now,
  };
  const outcomes: NeedOutcome[] = [];
  for (const need of asked) {
    const german = await hitIds(index, need.de, query);
    for (const locale of coverageLocales) {
      const hits = await hitIds(index, need[locale], query);
      const found = [...german].filter((id) => hits.has(id)).length;
      outcomes.push({
        need: need.de,
        locale,
        query: need[locale],
        german: german.size,
        found,
        extra: hits.size - found,
      });
    }
  }
  const perLocale = coverageLocales.map((locale) => {
    const rows = outcomes.filter((o) => o.locale === locale);
    const germanHits = rows.reduce((sum, o) => sum + o.german, 0);
    const found = rows.reduce((sum, o) => sum + o.found, 0);
    return {
      locale,
      germanHits,
      found,
      share: germanHits === 0 ? 1 : found / germanHits,
      misses: rows.filter((o) => o.german > 0 && o.found < o.german).map((o) => `${o.query} (${o.found}/${o.german})`),
    };
  });
  const germanHits = perLocale.reduce((sum, l) => sum + l.germanHits, 0);
  const found = perLocale.reduce((sum, l) => sum + l.found, 0);
  return { outcomes, perLocale, overall: germanHits === 0 ? 1 : found / germanHits };
}

/** The per-language table for a terminal or a closing note. */
export function formatCoverageTable(perLocale: LocaleCoverage[], overall: number): string {
  const lines = ["locale  German hits  found  share"];
  for (const row of perLocale) {
    lines.push(
      `${row.locale.padEnd(8)}${String(row.germanHits).padStart(11)}${String(row.found).padStart(7)}${`${(row.share * 100).toFixed(1)} %`.padStart(9)}`,
    );
  }
  lines.push(`overall ${`${(overall * 100).toFixed(1)} %`.padStart(27)}`);
  return lines.join("\n");
}
