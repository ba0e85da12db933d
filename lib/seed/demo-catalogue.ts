// The raw material of the demo data: kinds of offers as the county's integration network really has them,
// with fictional organisations. Everything generated from this is marked isDemo and uses example.org.

import type { OrganisationKind } from "@/lib/organisations/organisation-kinds";

export type DemoOrganisationKind = Exclude<OrganisationKind, "other">;

export type OfferTemplate = {
  title: string;
  topics: string[]; // topic slugs of the region
  audiences: string[];
  summary: string;
  description: string[]; // paragraphs; {ort} is replaced by the municipality, {organisation} by its name
  costKind: "free" | "reduced" | "paid";
  costNote?: string;
  registrationRequired: boolean;
  slots: { weekday: number; start: string; end: string }[];
  kinds: DemoOrganisationKind[]; // who typically runs it
  // costNote: the template's cost note in that language; the other details are translated in demoDetailTexts.
  translations: Partial<Record<DemoTranslationLocale, { title: string; summary: string; costNote?: string }>>;
};

export type DemoTranslationLocale = "en" | "ar" | "uk" | "tr";

export const organisationNameParts: Record<DemoOrganisationKind, { prefixes: string[]; suffix?: string }> = {
  municipal_office: { prefixes: ["Integrationsbüro", "Fachstelle Zuwanderung", "Bürgerbüro International"] },
  welfare_association: {
    prefixes: ["Wohlfahrtsverband Lindenhof", "Sozialwerk Brückenschlag", "Diakonisches Netz Morgenrot"],
  },
  association: {
    prefixes: [
      "Verein Miteinander",
      "Nachbarschaftsverein Regenbogen",
      "Kulturverein Mosaik",
      "Sportverein Grenzenlos",
    ],
    suffix: "e. V.",
  },
  migrant_organisation: {
    prefixes: [
      "Deutsch-Syrischer Kulturkreis Jasmin",
      "Ukrainische Gemeinschaft Soniachnyk",
      "Polnischer Elternverein Most",
      "Bulgarisch-Deutsches Forum Rila",
    ],
    suffix: "e. V.",
  },
  education_provider: { prefixes: ["Bildungswerk Horizont", "Sprachschule Wortwerk", "Lernhaus Kompass"] },
  volunteer_initiative: { prefixes: ["Initiative Willkommen", "Ehrenamtsnetz Lotsen", "Patenschaftsprojekt Tandem"] },
  company: { prefixes: ["Ausbildungsverbund Werkbank", "Pflegedienst Sonnenblume"], suffix: "GmbH" },
};

export const organisationDescriptions: Record<DemoOrganisationKind, string> = {
  municipal_office:
    "Die Fachstelle der Stadtverwaltung {ort} ist erste Anlaufstelle für Zugewanderte und koordiniert die Angebote vor Ort.",
  welfare_association:
    "Als Wohlfahrtsverband beraten und begleiten wir Menschen mit Einwanderungsgeschichte in {ort} – vertraulich und kostenlos.",
  association:
    "Ein Verein von Menschen aus {ort}, der Begegnung, Sprache und Nachbarschaft fördert. Neue Mitglieder sind willkommen.",
  migrant_organisation:
    "Eine Selbstorganisation von Zugewanderten in {ort}: Wir helfen Neuankommenden in ihrer Sprache und bauen Brücken in die Stadtgesellschaft.",
  education_provider:
    "Bildungsträger mit Sprach- und Integrationskursen, Berufsorientierung und Lernförderung in {ort}.",
  volunteer_initiative:
    "Ehrenamtliche aus {ort} begleiten Geflüchtete und Neuzugewanderte im Alltag – bei Behörden, Schule und Freizeit.",
  company: "Ein Unternehmen aus {ort}, das Ausbildung und Arbeit für Menschen mit Einwanderungsgeschichte öffnet.",
};

export const streetNames = [
  "Musterstraße",
  "Am Beispielpark",
  "Lindenweg",
  "Kirchplatz",
  "Bahnhofstraße",
  "Schulstraße",
  "Marktplatz",
  "Mühlenweg",
  "Am Rathaus",
  "Gartenstraße",
];

export const contactFirstNames = [
  "Anna",
  "Mehmet",
  "Olena",
  "Piotr",
  "Fatima",
  "Jonas",
  "Elena",
  "Yusuf",
  "Maria",
  "Darius",
  "Lea",
  "Ivan",
];
export const contactLastNames = ["Beispiel", "Muster", "Demo", "Platzhalter", "Probe", "Exempel"];

export const offerTemplates: OfferTemplate[] = [
  {
    title: "Deutschkurs für Anfängerinnen und Anfänger (A1)",
    topics: ["sprache-bildung"],
    audiences: ["neu-zugewanderte", "gefluechtete"],
    summary: "Deutsch lernen von Anfang an in einer kleinen Gruppe, mit Kinderbetreuung auf Anfrage.",
    description: [
      "In diesem Kurs lernen Sie die ersten Wörter und Sätze für den Alltag in {ort}: einkaufen, zum Arzt gehen, mit der Schule sprechen.",
      "Der Kurs findet zweimal pro Woche statt. Lernmaterial wird gestellt. Ein Einstieg ist jederzeit möglich.",
    ],
    costKind: "free",
    registrationRequired: true,
    slots: [
      { weekday: 2, start: "09:00", end: "11:30" },
      { weekday: 4, start: "09:00", end: "11:30" },
    ],
    kinds: ["education_provider", "welfare_association", "volunteer_initiative"],
    translations: {
      en: {
        title: "German course for beginners (A1)",
        summary: "Learn German from the very start in a small group; childcare on request.",
      },
      ar: {
        title: "دورة لغة ألمانية للمبتدئين (A1)",
        summary: "تعلّم الألمانية من البداية في مجموعة صغيرة، مع رعاية للأطفال عند الطلب.",
      },
      uk: {
        title: "Курс німецької для початківців (A1)",
        summary: "Вивчайте німецьку з нуля в невеликій групі; догляд за дітьми за запитом.",
      },
      tr: {
        title: "Yeni başlayanlar için Almanca kursu (A1)",
        summary: "Küçük bir grupta sıfırdan Almanca öğrenin; istek üzerine çocuk bakımı.",
      },
    },
  },
  {
    title: "Integrationskurs mit Alphabetisierung",
    topics: ["sprache-bildung"],
    audiences: ["neu-zugewanderte"],
    summary: "Anerkannter Integrationskurs für Menschen, die noch nicht in lateinischer Schrift lesen und schreiben.",
    description: [
      "Der Kurs verbindet Lesen und Schreiben lernen mit Deutsch auf dem Niveau A2/B1 und dem Orientierungskurs.",
      "Mit Berechtigungsschein ist die Teilnahme kostenlos oder kostet 2,29 € pro Unterrichtsstunde. Wir helfen beim Antrag.",
    ],
    costKind: "reduced",
    costNote: "Mit Berechtigungsschein kostenlos oder ermäßigt",
    registrationRequired: true,
    slots: [
      { weekday: 1, start: "08:30", end: "12:45" },
      { weekday: 2, start: "08:30", end: "12:45" },
      { weekday: 3, start: "08:30", end: "12:45" },
      { weekday: 4, start: "08:30", end: "12:45" },
    ],
    kinds: ["education_provider"],
    translations: {
      en: {
        title: "Integration course with literacy training",
        summary: "Recognised integration course for people who do not yet read and write the Latin alphabet.",
      },
      ar: {
        title: "دورة اندماج مع تعليم القراءة والكتابة",
        summary: "دورة اندماج معترف بها لمن لا يقرأ ولا يكتب بالحروف اللاتينية بعد.",
      },
    },
  },
  {
    title: "Sprachcafé",
    topics: ["sprache-bildung", "zusammenleben-teilhabe"],
    audiences: [],
    summary: "Deutsch sprechen üben bei Kaffee und Tee – ohne Anmeldung, ohne Prüfung, mit Menschen aus {ort}.",
    description: [
      "Jede Woche treffen sich Menschen, die Deutsch üben möchten, mit Ehrenamtlichen zum Gespräch. Alle Niveaus sind willkommen.",
      "Kommen Sie einfach vorbei. Getränke und Kekse gibt es gegen eine kleine Spende.",
    ],
    costKind: "free",
    registrationRequired: false,
    slots: [{ weekday: 3, start: "16:00", end: "18:00" }],
    kinds: ["volunteer_initiative", "association", "welfare_association"],
    translations: {
      en: {
        title: "Language café",
        summary: "Practise speaking German over coffee and tea – no registration, no exam.",
      },
      uk: { title: "Мовне кафе", summary: "Практикуйте німецьку за кавою та чаєм – без реєстрації та без іспиту." },
      ar: { title: "مقهى اللغة", summary: "تدرّب على التحدث بالألمانية مع القهوة والشاي – بدون تسجيل وبدون امتحان." },
      tr: { title: "Dil kafesi", summary: "Kahve ve çay eşliğinde Almanca konuşma pratiği – kayıt yok, sınav yok." },
    },
  },
  {
    title: "Hausaufgabenhilfe",
    topics: ["sprache-bildung"],
    audiences: ["kinder", "jugendliche"],
    summary: "Ehrenamtliche helfen Schulkindern bei den Hausaufgaben und beim Lesen.",
    description: [
      "Nach der Schule unterstützen wir Kinder der Klassen 1 bis 7 bei Hausaufgaben, Lesen und Mathematik in {ort}.",
      "Eltern können bei Fragen zur Schule ebenfalls zu uns kommen. Eine Anmeldung hilft uns bei der Planung.",
    ],
    costKind: "free",
    registrationRequired: true,
    slots: [
      { weekday: 1, start: "14:00", end: "16:00" },
      { weekday: 3, start: "14:00", end: "16:00" },
    ],
    kinds: ["volunteer_initiative", "association", "migrant_organisation"],
    translations: {
      en: { title: "Homework help", summary: "Volunteers help schoolchildren with homework and reading." },
      uk: {
        title: "Допомога з домашніми завданнями",
        summary: "Волонтери допомагають школярам з домашніми завданнями та читанням.",
      },
    },
  },
  {
    title: "Migrationsberatung für Erwachsene (MBE)",
    topics: ["zusammenleben-teilhabe", "professionalisierung-institutionen"],
    audiences: ["neu-zugewanderte", "eu-buergerinnen"],
    summary: "Beratung zu Aufenthalt, Sprachkursen, Arbeit, Wohnen und Behörden für Zugewanderte ab 27 Jahren.",
    description: [
      "Wir beraten vertraulich und kostenlos zu allen Fragen rund um das Ankommen in {ort}: Aufenthalt, Integrationskurs, Anerkennung, Jobcenter und Familie.",
      "Termine nach Vereinbarung, offene Sprechstunde einmal pro Woche.",
    ],
    costKind: "free",
    registrationRequired: false,
    slots: [{ weekday: 2, start: "10:00", end: "12:00" }],
    kinds: ["welfare_association"],
    translations: {
      en: {
        title: "Migration advice for adults",
        summary:
          "Advice on residence, language courses, work, housing and authorities for immigrants aged 27 and over.",
      },
      ar: {
        title: "استشارات الهجرة للبالغين",
        summary: "استشارات حول الإقامة ودورات اللغة والعمل والسكن والدوائر الرسمية للمهاجرين من عمر 27 عامًا.",
      },
      uk: {
        title: "Міграційна консультація для дорослих",
        summary: "Консультації щодо перебування, мовних курсів, роботи, житла та установ для мігрантів від 27 років.",
      },
    },
  },
  {
    title: "Jugendmigrationsdienst",
    topics: ["sprache-bildung", "arbeit-wirtschaft"],
    audiences: ["jugendliche"],
    summary: "Begleitung junger Zugewanderter von 12 bis 27 Jahren in Schule, Ausbildung und Beruf.",
    description: [
      "Wir helfen bei der Schulwahl, bei Bewerbungen und bei der Anerkennung von Zeugnissen und begleiten Sie bis in die Ausbildung.",
    ],
    costKind: "free",
    registrationRequired: false,
    slots: [{ weekday: 4, start: "13:00", end: "17:00" }],
    kinds: ["welfare_association"],
    translations: {
      en: {
        title: "Youth migration service",
        summary: "Support for young immigrants aged 12 to 27 in school, training and work.",
      },
    },
  },
  {
    title: "Bewerbungstraining",
    topics: ["arbeit-wirtschaft"],
    audiences: ["fachkraefte", "neu-zugewanderte"],
    summary: "Lebenslauf, Anschreiben und Vorstellungsgespräch – Schritt für Schritt mit persönlicher Begleitung.",
    description: [
      "Gemeinsam erstellen wir Ihre Bewerbungsunterlagen und üben Vorstellungsgespräche. Bringen Sie Zeugnisse und, wenn vorhanden, einen USB-Stick mit.",
      "Wir arbeiten mit Betrieben aus {ort} und Umgebung zusammen.",
    ],
    costKind: "free",
    registrationRequired: true,
    slots: [{ weekday: 5, start: "09:00", end: "12:00" }],
    kinds: ["education_provider", "welfare_association", "company"],
    translations: {
      en: {
        title: "Job application training",
        summary: "CV, cover letter and interview – step by step with personal support.",
      },
      uk: {
        title: "Тренінг із працевлаштування",
        summary: "Резюме, супровідний лист і співбесіда – крок за кроком з особистим супроводом.",
      },
      ar: {
        title: "تدريب على طلبات العمل",
        summary: "السيرة الذاتية وخطاب التقديم والمقابلة – خطوة بخطوة مع مرافقة شخصية.",
      },
    },
  },
  {
    title: "Beratung zur Anerkennung ausländischer Berufsabschlüsse",
    topics: ["arbeit-wirtschaft", "professionalisierung-institutionen"],
    audiences: ["fachkraefte"],
    summary: "Welche Stelle ist zuständig, welche Unterlagen brauche ich? Wir klären den Weg zur Anerkennung.",
    description: [
      "Wir prüfen mit Ihnen, ob Ihr Beruf in Deutschland reglementiert ist, und begleiten den Antrag bis zum Bescheid.",
      "Kosten für Übersetzungen können unter Umständen erstattet werden.",
    ],
    costKind: "free",
    registrationRequired: true,
    slots: [],
    kinds: ["municipal_office", "welfare_association"],
    translations: {
      en: {
        title: "Advice on recognition of foreign qualifications",
        summary: "Which office is responsible and which documents do I need? We clarify the path to recognition.",
      },
    },
  },
  {
    title: "Mieterberatung und Wohnungssuche",
    topics: ["wohnen-mobilitaet"],
    audiences: ["familien", "gefluechtete"],
    summary: "Hilfe bei Wohnungssuche, Mietvertrag, Nebenkosten und Problemen mit Vermietern.",
    description: [
      "Wir erklären Mietverträge und Nebenkostenabrechnungen, helfen bei Anträgen auf Wohngeld und vermitteln bei Konflikten.",
      "Bitte bringen Sie Ihre Unterlagen mit. Beratung auch mit Dolmetscherin nach Absprache.",
    ],
    costKind: "free",
    registrationRequired: false,
    slots: [{ weekday: 1, start: "15:00", end: "17:00" }],
    kinds: ["welfare_association", "municipal_office", "association"],
    translations: {
      en: {
        title: "Tenant advice and flat hunting",
        summary: "Help with finding a flat, the tenancy agreement, service charges and problems with landlords.",
      },
      ar: {
        title: "استشارات المستأجرين والبحث عن سكن",
        summary: "مساعدة في البحث عن شقة وعقد الإيجار والتكاليف الإضافية والمشكلات مع المؤجرين.",
      },
    },
  },
  {
    title: "Pflegeberatung in mehreren Sprachen",
    topics: ["gesundheit-pflege"],
    audiences: ["seniorinnen-senioren", "familien"],
    summary: "Beratung zu Pflegegrad, Pflegediensten und Entlastung für pflegende Angehörige.",
    description: [
      "Wir erklären, wie ein Pflegegrad beantragt wird, welche Leistungen es gibt und welche Pflegedienste in {ort} mehrsprachig arbeiten.",
      "Hausbesuche sind nach Absprache möglich.",
    ],
    costKind: "free",
    registrationRequired: true,
    slots: [{ weekday: 3, start: "09:00", end: "12:00" }],
    kinds: ["welfare_association", "company", "municipal_office"],
    translations: {
      en: {
        title: "Care advice in several languages",
        summary: "Advice on care levels, care services and relief for family carers.",
      },
      uk: {
        title: "Консультації з догляду кількома мовами",
        summary: "Консультації щодо ступеня догляду, служб догляду та підтримки родичів.",
      },
    },
  },
  {
    title: "Gesundheitslotsinnen und -lotsen",
    topics: ["gesundheit-pflege"],
    audiences: ["frauen", "familien"],
    summary: "Geschulte Lotsinnen erklären in der eigenen Sprache, wie das Gesundheitssystem funktioniert.",
    description: [
      "Wo finde ich einen Kinderarzt? Was zahlt die Krankenkasse? Unsere Lotsinnen und Lotsen sprechen Ihre Sprache und begleiten Sie bei Bedarf zum Termin.",
    ],
    costKind: "free",
    registrationRequired: false,
    slots: [{ weekday: 2, start: "15:00", end: "17:00" }],
    kinds: ["migrant_organisation", "volunteer_initiative", "welfare_association"],
    translations: {
      ar: { title: "مرشدات ومرشدو الصحة", summary: "مرشدات مدرَّبات يشرحن بلغتك كيف يعمل النظام الصحي." },
      uk: {
        title: "Помічники у сфері здоров'я",
        summary: "Навчені помічники пояснюють вашою мовою, як працює система охорони здоров'я.",
      },
    },
  },
  {
    title: "Psychosoziale Beratung für Geflüchtete",
    topics: ["gesundheit-pflege"],
    audiences: ["gefluechtete"],
    summary: "Vertrauliche Gespräche bei Belastung, Schlafproblemen und Sorgen – mit Sprachmittlung.",
    description: [
      "Fachkräfte bieten Gespräche für Erwachsene und Jugendliche, die durch Flucht und Ankommen belastet sind. Sprachmittlerinnen sind auf Wunsch dabei.",
    ],
    costKind: "free",
    registrationRequired: true,
    slots: [],
    kinds: ["welfare_association"],
    translations: {
      en: {
        title: "Psychosocial counselling for refugees",
        summary: "Confidential talks about stress, sleep problems and worries – with interpreting.",
      },
      ar: {
        title: "استشارات نفسية اجتماعية للاجئين",
        summary: "محادثات سرية عند الضغط النفسي ومشكلات النوم والقلق – مع ترجمة.",
      },
      uk: {
        title: "Психосоціальна консультація для біженців",
        summary: "Конфіденційні розмови при стресі, проблемах зі сном і тривозі – з перекладом.",
      },
    },
  },
  {
    title: "Frauentreff International",
    topics: ["zusammenleben-teilhabe"],
    audiences: ["frauen"],
    summary: "Frauen aus aller Welt treffen sich zum Austausch, Kochen und für Ausflüge in {ort}.",
    description: [
      "Ein geschützter Raum nur für Frauen: Wir sprechen über Alltag, Familie und Beruf, kochen zusammen und planen Ausflüge.",
      "Kinderbetreuung ist während des Treffens vorhanden.",
    ],
    costKind: "free",
    registrationRequired: false,
    slots: [{ weekday: 4, start: "10:00", end: "12:00" }],
    kinds: ["association", "migrant_organisation", "welfare_association"],
    translations: {
      en: {
        title: "International women's meeting",
        summary: "Women from all over the world meet to talk, cook and go on outings.",
      },
      ar: { title: "ملتقى النساء الدولي", summary: "نساء من كل أنحاء العالم يلتقين للتبادل والطبخ والرحلات." },
    },
  },
  {
    title: "Elterncafé",
    topics: ["zusammenleben-teilhabe", "sprache-bildung"],
    audiences: ["familien"],
    summary: "Eltern tauschen sich über Kita, Schule und Erziehung aus – Kinder spielen nebenan.",
    description: [
      "Im Elterncafé beantworten Fachkräfte aus Kita und Familienzentrum Fragen rund um Kindergarten, Schule und Entwicklung.",
    ],
    costKind: "free",
    registrationRequired: false,
    slots: [{ weekday: 5, start: "09:30", end: "11:00" }],
    kinds: ["education_provider", "municipal_office", "association"],
    translations: {
      en: {
        title: "Parents' café",
        summary: "Parents talk about daycare, school and parenting while the children play next door.",
      },
      uk: { title: "Батьківське кафе", summary: "Батьки обмінюються досвідом щодо садочка, школи та виховання." },
    },
  },
  {
    title: "Fahrradwerkstatt und Radfahrkurs",
    topics: ["wohnen-mobilitaet"],
    audiences: ["frauen", "neu-zugewanderte"],
    summary: "Gebrauchte Fahrräder reparieren, gemeinsam schrauben und sicher Rad fahren lernen.",
    description: [
      "In unserer Werkstatt reparieren wir gespendete Fahrräder und geben sie gegen einen kleinen Beitrag weiter.",
      "Im Frühjahr bieten wir Radfahrkurse für Erwachsene an, auch nur für Frauen.",
    ],
    costKind: "reduced",
    costNote: "Fahrrad gegen Spende ab 20 €",
    registrationRequired: false,
    slots: [{ weekday: 6, start: "10:00", end: "13:00" }],
    kinds: ["volunteer_initiative", "association"],
    translations: {
      en: {
        title: "Bike workshop and cycling course",
        summary: "Repair second-hand bikes together and learn to cycle safely.",
      },
      ar: {
        title: "ورشة دراجات ودورة لركوب الدراجة",
        summary: "إصلاح الدراجات المستعملة معًا وتعلّم ركوب الدراجة بأمان.",
      },
    },
  },
  {
    title: "Begleitung zu Behörden",
    topics: ["zusammenleben-teilhabe", "professionalisierung-institutionen"],
    audiences: ["gefluechtete", "neu-zugewanderte"],
    summary: "Ehrenamtliche begleiten Sie zur Ausländerbehörde, zum Jobcenter oder zum Bürgerbüro.",
    description: [
      "Wir helfen beim Ausfüllen von Formularen und kommen mit zu Terminen bei Ausländerbehörde, Jobcenter, Familienkasse oder Bürgerbüro in {ort}.",
    ],
    costKind: "free",
    registrationRequired: true,
    slots: [],
    kinds: ["volunteer_initiative", "migrant_organisation"],
    translations: {
      en: {
        title: "Accompaniment to public offices",
        summary: "Volunteers accompany you to the immigration office, the job centre or the citizens' office.",
      },
      ar: {
        title: "مرافقة إلى الدوائر الرسمية",
        summary: "متطوعون يرافقونك إلى دائرة الأجانب أو مركز العمل أو مكتب المواطنين.",
      },
      uk: {
        title: "Супровід до установ",
        summary: "Волонтери супроводжують вас до відомства у справах іноземців, центру зайнятості чи бюро громадян.",
      },
    },
  },
  {
    title: "Sprechstunde für Neuzugewanderte aus der EU",
    topics: ["arbeit-wirtschaft", "zusammenleben-teilhabe"],
    audiences: ["eu-buergerinnen"],
    summary:
      "Beratung zu Arbeitsvertrag, Lohn, Krankenversicherung und Anmeldung – auf Polnisch, Rumänisch und Bulgarisch.",
    description: [
      "Viele Menschen aus der EU arbeiten in der Fleisch- und Logistikbranche im Kreis. Wir prüfen Arbeitsverträge und Lohnabrechnungen und helfen bei der Krankenversicherung.",
    ],
    costKind: "free",
    registrationRequired: false,
    slots: [{ weekday: 2, start: "17:00", end: "19:00" }],
    kinds: ["welfare_association", "migrant_organisation"],
    translations: {
      en: {
        title: "Advice for newly arrived EU citizens",
        summary: "Advice on employment contracts, wages, health insurance and registration.",
      },
    },
  },
  {
    title: "Kita-Einstieg: Brücken bauen in frühe Bildung",
    topics: ["sprache-bildung"],
    audiences: ["familien", "kinder"],
    summary: "Spielgruppe und Beratung für Familien, deren Kinder noch keinen Kindergartenplatz haben.",
    description: [
      "Kinder von 2 bis 6 Jahren spielen in einer festen Gruppe, Eltern erfahren, wie die Anmeldung für die Kita in {ort} funktioniert.",
    ],
    costKind: "free",
    registrationRequired: true,
    slots: [
      { weekday: 1, start: "09:00", end: "11:00" },
      { weekday: 3, start: "09:00", end: "11:00" },
    ],
    kinds: ["education_provider", "municipal_office"],
    translations: {
      en: {
        title: "Daycare start: bridges into early education",
        summary: "Playgroup and advice for families whose children do not yet have a daycare place.",
      },
      ar: {
        title: "بداية الروضة: جسور إلى التعليم المبكر",
        summary: "مجموعة لعب واستشارة للعائلات التي لم يحصل أطفالها على مكان في الروضة بعد.",
      },
    },
  },
  {
    title: "Berufssprachkurs Pflege (B2)",
    topics: ["sprache-bildung", "gesundheit-pflege", "arbeit-wirtschaft"],
    audiences: ["fachkraefte"],
    summary: "Fachsprache für Pflegekräfte: Übergaben, Dokumentation und Gespräche mit Angehörigen.",
    description: [
      "Der Kurs bereitet auf die Arbeit in Pflegeeinrichtungen und auf die Prüfung telc Deutsch B1-B2 Pflege vor.",
    ],
    costKind: "free",
    costNote: "Gefördert nach der DeuFöV",
    registrationRequired: true,
    slots: [
      { weekday: 2, start: "17:30", end: "20:45" },
      { weekday: 4, start: "17:30", end: "20:45" },
    ],
    kinds: ["education_provider"],
    translations: {
      en: {
        title: "Professional German for nursing (B2)",
        summary: "Specialist language for care staff: handovers, documentation and talking with relatives.",
      },
    },
  },
  {
    title: "Interkulturelle Schulung für Fachkräfte",
    topics: ["professionalisierung-institutionen"],
    audiences: [],
    summary:
      "Fortbildung für Mitarbeitende aus Verwaltung, Schule und Beratung: interkulturelle Kompetenz und Sprachmittlung.",
    description: [
      "Ein Tag mit Praxisbeispielen aus dem Kreis: Wie gelingen Gespräche mit Sprachmittlung? Wie werden Angebote leichter zugänglich?",
    ],
    costKind: "paid",
    costNote: "45 € pro Person, für Ehrenamtliche kostenlos",
    registrationRequired: true,
    slots: [],
    kinds: ["municipal_office", "education_provider"],
    translations: {},
  },
  {
    title: "Ehrenamtliche Sprachpatenschaften",
    topics: ["sprache-bildung", "zusammenleben-teilhabe"],
    audiences: ["neu-zugewanderte"],
    summary: "Eine Patin oder ein Pate trifft sich regelmäßig mit Ihnen, um Deutsch im Alltag zu üben.",
    description: [
      "Wir bringen Menschen zusammen, die Deutsch lernen, und Menschen aus {ort}, die Zeit schenken möchten.",
    ],
    costKind: "free",
    registrationRequired: true,
    slots: [],
    kinds: ["volunteer_initiative", "association"],
    translations: {
      uk: {
        title: "Мовне наставництво",
        summary: "Наставник регулярно зустрічається з вами, щоб практикувати німецьку в повсякденні.",
      },
    },
  },
  {
    title: "Offener Treff im Stadtteil",
    topics: ["zusammenleben-teilhabe"],
    audiences: ["seniorinnen-senioren", "familien"],
    summary: "Nachbarinnen und Nachbarn aus {ort} kommen zusammen: spielen, reden, gemeinsam feiern.",
    description: ["Jeden Monat gibt es ein internationales Buffet, zu dem alle etwas mitbringen können."],
    costKind: "free",
    registrationRequired: false,
    slots: [{ weekday: 5, start: "15:00", end: "18:00" }],
    kinds: ["association", "municipal_office"],
    translations: {
      en: { title: "Open neighbourhood meeting", summary: "Neighbours come together to play, talk and celebrate." },
    },
  },
  {
    title: "Schuldnerberatung",
    topics: ["wohnen-mobilitaet", "arbeit-wirtschaft"],
    audiences: ["familien"],
    summary: "Hilfe bei Schulden, Mahnungen und dem Weg in ein Pfändungsschutzkonto.",
    description: ["Wir verschaffen Ihnen einen Überblick, verhandeln mit Gläubigern und helfen beim P-Konto."],
    costKind: "free",
    registrationRequired: true,
    slots: [{ weekday: 3, start: "14:00", end: "16:00" }],
    kinds: ["welfare_association"],
    translations: {
      ar: { title: "استشارات الديون", summary: "مساعدة عند الديون والإنذارات وفتح حساب محمي من الحجز." },
    },
  },
  {
    title: "Führerschein-Theorie in der Muttersprache",
    topics: ["wohnen-mobilitaet", "sprache-bildung"],
    audiences: ["jugendliche", "neu-zugewanderte"],
    summary: "Theorieunterricht mit Übersetzung der Fachbegriffe – für mehr Mobilität auf dem Land.",
    description: [
      "Viele Orte im Kreis sind ohne Auto schwer erreichbar. Wir erklären die Theorie und üben mit Fragebögen.",
    ],
    costKind: "paid",
    costNote: "Kursgebühr nach Absprache, Förderung über das Jobcenter möglich",
    registrationRequired: true,
    slots: [{ weekday: 2, start: "18:00", end: "19:30" }],
    kinds: ["education_provider", "migrant_organisation"],
    translations: {
      en: {
        title: "Driving theory in your mother tongue",
        summary: "Theory lessons with translated technical terms – for more mobility in rural areas.",
      },
      ar: { title: "نظرية القيادة بلغتك الأم", summary: "دروس نظرية مع ترجمة المصطلحات – لتنقل أفضل في الريف." },
    },
  },
  {
    title: "Jobcafé: Arbeitgeber kennenlernen",
    topics: ["arbeit-wirtschaft"],
    audiences: ["fachkraefte", "gefluechtete"],
    summary: "Betriebe aus {ort} stellen sich vor, Praktika und Ausbildungsplätze werden direkt vermittelt.",
    description: ["Einmal im Monat kommen Unternehmen aus dem Kreis ins Jobcafé. Bringen Sie Ihren Lebenslauf mit."],
    costKind: "free",
    registrationRequired: false,
    slots: [{ weekday: 4, start: "14:00", end: "16:00" }],
    kinds: ["company", "municipal_office", "education_provider"],
    translations: {
      en: {
        title: "Job café: meet employers",
        summary: "Local companies introduce themselves; internships and apprenticeships are arranged directly.",
      },
      uk: {
        title: "Кафе вакансій: знайомство з роботодавцями",
        summary: "Місцеві компанії представляють себе, стажування та навчання пропонують одразу.",
      },
    },
  },
  {
    title: "Sport für alle: Fußball und Schwimmen",
    topics: ["zusammenleben-teilhabe", "gesundheit-pflege"],
    audiences: ["jugendliche", "kinder"],
    summary: "Offene Sportgruppen und Schwimmkurse für Kinder und Jugendliche, unabhängig von Herkunft und Geldbeutel.",
    description: ["Vereinsbeitrag und Ausrüstung können über das Bildungs- und Teilhabepaket bezahlt werden."],
    costKind: "reduced",
    costNote: "Beitrag über Bildungs- und Teilhabepaket möglich",
    registrationRequired: false,
    slots: [
      { weekday: 2, start: "16:30", end: "18:00" },
      { weekday: 6, start: "11:00", end: "12:30" },
    ],
    kinds: ["association"],
    translations: {
      en: {
        title: "Sport for everyone: football and swimming",
        summary: "Open sports groups and swimming lessons for children and young people.",
        costNote: "The fee can be paid through the education and participation package",
      },
      ar: {
        title: "رياضة للجميع: كرة القدم والسباحة",
        summary: "مجموعات رياضية مفتوحة ودروس سباحة للأطفال والشباب.",
        costNote: "يمكن دفع الاشتراك عبر حزمة التعليم والمشاركة",
      },
    },
  },
  {
    title: "Sozialberatung in türkischer und arabischer Sprache",
    topics: ["zusammenleben-teilhabe"],
    audiences: ["familien", "seniorinnen-senioren"],
    summary: "Hilfe bei Anträgen, Briefen von Ämtern und Fragen zu Sozialleistungen – in Ihrer Sprache.",
    description: [
      "Wir lesen Briefe mit Ihnen, helfen bei Anträgen auf Kindergeld, Bürgergeld oder Rente und vermitteln weiter.",
    ],
    costKind: "free",
    registrationRequired: false,
    slots: [{ weekday: 1, start: "10:00", end: "12:00" }],
    kinds: ["migrant_organisation", "welfare_association"],
    translations: {
      ar: {
        title: "استشارات اجتماعية باللغتين التركية والعربية",
        summary: "مساعدة في الطلبات ورسائل الدوائر وأسئلة المساعدات الاجتماعية – بلغتك.",
      },
      tr: {
        title: "Türkçe ve Arapça sosyal danışmanlık",
        summary: "Başvurular, resmî daire mektupları ve sosyal yardımlarla ilgili sorularda yardım – kendi dilinizde.",
      },
    },
  },
  {
    title: "Willkommenslotsen für Betriebe",
    topics: ["arbeit-wirtschaft", "professionalisierung-institutionen"],
    audiences: ["fachkraefte"],
    summary: "Beratung für Unternehmen, die internationale Fachkräfte einstellen und einarbeiten möchten.",
    description: [
      "Wir beraten Betriebe aus dem Kreis zu Visum, Anerkennung, Wohnungssuche und Willkommenskultur im Team.",
    ],
    costKind: "free",
    registrationRequired: true,
    slots: [],
    kinds: ["municipal_office", "company"],
    translations: {
      en: {
        title: "Welcome guides for employers",
        summary: "Advice for companies hiring and onboarding international skilled workers.",
      },
    },
  },
];

/** Languages the demo offers are given in, with a weight for how often each appears. */
export const serviceLanguageWeights: [string, number][] = [
  ["ar", 0.35],
  ["uk", 0.3],
  ["ru", 0.25],
  ["tr", 0.25],
  ["pl", 0.2],
  ["en", 0.35],
  ["ro", 0.15],
  ["bg", 0.12],
  ["fa", 0.12],
];

/**
 * The generated free-text details in the translation languages: weekday abbreviations and phrases for the
 * schedule text, and each German accessibility and language note the generator uses (keyed by that text).
 */
export const demoDetailTexts: Record<
  DemoTranslationLocale,
  {
    weekdays: string[];
    comma: string;
    notInSchoolHolidays: string;
    byAppointment: string;
    phrases: Record<string, string>;
  }
> = {
  en: {
    weekdays: ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    comma: ", ",
    notInSchoolHolidays: "not during school holidays",
    byAppointment: "By appointment",
    phrases: {
      "Barrierefreier Zugang, Aufzug vorhanden": "Step-free access, lift available",
      "Eingang mit zwei Stufen": "Entrance with two steps",
      "Weitere Sprachen auf Anfrage mit Sprachmittlung.": "Other languages on request, with a language mediator.",
    },
  },
  ar: {
    weekdays: ["", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    comma: "، ",
    notInSchoolHolidays: "ما عدا العطل المدرسية",
    byAppointment: "المواعيد بالاتفاق",
    phrases: {
      "Barrierefreier Zugang, Aufzug vorhanden": "مدخل بلا عوائق، ويوجد مصعد",
      "Eingang mit zwei Stufen": "المدخل فيه درجتان",
      "Weitere Sprachen auf Anfrage mit Sprachmittlung.": "لغات أخرى عند الطلب بمساعدة وسيط لغوي.",
    },
  },
  uk: {
    weekdays: ["", "Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Нд"],
    comma: ", ",
    notInSchoolHolidays: "крім шкільних канікул",
    byAppointment: "За домовленістю",
    phrases: {
      "Barrierefreier Zugang, Aufzug vorhanden": "Безбар’єрний вхід, є ліфт",
      "Eingang mit zwei Stufen": "Вхід із двома сходинками",
      "Weitere Sprachen auf Anfrage mit Sprachmittlung.": "Інші мови – за запитом, із мовним посередником.",
    },
  },
  tr: {
    weekdays: ["", "Pzt", "Sal", "Çar", "Per", "Cum", "Cmt", "Paz"],
    comma: ", ",
    notInSchoolHolidays: "okul tatilleri hariç",
    byAppointment: "Randevuyla",
    phrases: {
      "Barrierefreier Zugang, Aufzug vorhanden": "Engelsiz giriş, asansör var",
      "Eingang mit zwei Stufen": "Girişte iki basamak var",
      "Weitere Sprachen auf Anfrage mit Sprachmittlung.": "Diğer diller talep üzerine, dil aracısı ile.",
    },
  },
};
