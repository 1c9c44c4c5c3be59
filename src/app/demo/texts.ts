import { pick } from "./random.js";

/** What a seeded mention is meant to read as (the analyser decides what it really is). */
export type Tone = "neg" | "neu" | "pos";

/** A language's seeded voices: texts by tone, the surge's texts, author handles, the source they come from. */
export interface Voice {
  lang: "en" | "es" | "ru";
  source: string;
  urlBase: string;
  texts: Record<Tone, readonly string[]>;
  outage: readonly string[];
  /** Endings that make two mentions of one template different people's words (ticket numbers, days). */
  tails: Record<Tone | "outage", readonly string[]>;
  names: readonly string[];
  /** Reviews carry a star rating (otzovik is a review site). */
  rated: boolean;
}

const SLOTS: Record<string, readonly string[]> = {
  product: ["X5 router", "Fibra 600 plan", "TV box", "mesh kit", "SIM-only plan", "X3 router"],
  productEs: ["router X5", "plan Fibra 600", "decodificador", "kit mesh", "móvil", "router X3"],
  city: ["Madrid", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"],
  cityRu: ["Москве", "Казани", "Самаре", "Туле"],
  month: ["October", "November", "September"],
  monthEs: ["octubre", "noviembre", "septiembre"],
  amount: ["€39.90", "€54.99", "€79.99", "€24.50"],
  weekday: ["Monday", "Tuesday", "Friday", "the weekend"],
  opener: ["", "", "Honestly, ", "Update: ", "Ugh. ", "Quick one: "],
  closer: ["", "", "", " Anyone else?", " #acme", " Thoughts?"],
};

const EN: Record<Tone, readonly string[]> = {
  neg: [
    "{opener}my Acme {product} order still hasn't arrived after {n} days, tracking stuck since {weekday}.{closer}",
    "{opener}Acme charged me twice for {month}, {amount} each time. Nobody explains why.{closer}",
    "{opener}third call to Acme support today and nobody can tell me when the technician comes.{closer}",
    "{opener}the Acme app logs me out every time I try to pay the bill. Useless.{closer}",
    "{opener}my Acme {product} reboots every hour, second unit with the same fault.{closer}",
    "{opener}returned the Acme {product} {n} weeks ago and still no refund.{closer}",
    "{opener}Acme raised my price again without telling me, {amount} a month now.{closer}",
    "{opener}waited {n} hours for an Acme engineer who never showed up.{closer}",
  ],
  neu: [
    "{opener}does the Acme {product} work with a third-party mesh system?{closer}",
    "Acme Telecom announces fibre rollout in {city} for {month}.",
    "{opener}comparing Acme and Globex plans for a family of four.{closer}",
    "The Acme store in {city} has new opening hours from {weekday}.",
    "{opener}how do I change the Wi-Fi password on the Acme {product}?{closer}",
    "Acme Telecom publishes its coverage map for {city} and nearby towns.",
  ],
  pos: [
    "Shout out to Acme support, fixed my {product} in {n} minutes. Great service!",
    "Switched to Acme fibre in {city}, speeds are excellent so far. Happy!",
    "The Acme technician was on time and super friendly, thanks!",
    "Love the new Acme app update, paying the bill takes seconds now.",
    "Acme sorted my billing issue in one call. Impressed, thank you!",
  ],
};

const ES: Record<Tone, readonly string[]> = {
  neg: [
    "Llevo {n} días esperando mi {productEs} de Acme y el pedido sigue sin llegar.",
    "Acme me ha cobrado dos veces la factura de {monthEs}, {amount} cada una. Vergonzoso.",
    "Nadie contesta en el teléfono de atención de Acme, {n} llamadas hoy.",
    "La app de Acme no me deja pagar, da error todo el rato.",
    "El {productEs} de Acme se reinicia cada hora, es el segundo que me falla.",
    "Devolví el {productEs} hace {n} semanas y Acme no me devuelve el dinero.",
  ],
  neu: [
    "¿Alguien sabe si Acme tiene cobertura de fibra en {city}?",
    "Acme abre una tienda nueva en {city} este mes.",
    "¿Cómo se cambia la contraseña del wifi en el {productEs} de Acme?",
    "Comparativa de tarifas de Acme y Globex para autónomos en {city}.",
  ],
  pos: [
    "Gracias a Acme por resolverlo tan rápido, el técnico vino en {n} horas. ¡Genial!",
    "Muy contento con la fibra de Acme en {city}, va de lujo.",
    "Atención de diez en la tienda de Acme de {city}, me lo solucionaron en el momento.",
  ],
};

const RU: Record<Tone, readonly string[]> = {
  neg: [
    "Заказал роутер Акме {n} дней назад, до сих пор не доставили.",
    "Акме списали деньги дважды, поддержка не отвечает уже {n} дней.",
    "Интернет от Акме пропадает каждый вечер, оставил {n} заявок, толку ноль.",
    "Мастер Акме так и не пришёл, ждал весь день.",
  ],
  neu: [
    "Подскажите, есть ли у Акме тариф без роутера в {cityRu}?",
    "Акме Телеком подключает новые дома в {cityRu}, кто уже пробовал?",
  ],
  pos: [
    "Пользуюсь Акме уже {n} года, связь стабильная, рекомендую.",
    "Быстро подключили, мастер пришёл вовремя. Спасибо Акме!",
  ],
};

const OUTAGE_EN = [
  "Acme fibre down in Madrid since {time}? No internet at all here. #acmeoutage",
  "Is Acme having an outage? Whole street in Madrid without internet.",
  "Acme outage again: router lights red, support line busy. Madrid",
  "No internet from Acme in Madrid for {n} hours now. Outage map shows nothing.",
  "Acme fibre outage in Madrid, working from a café. Any ETA?",
  "Whole building in Madrid lost Acme internet at {time}. Outage or what?",
];

const OUTAGE_ES = [
  "Sin internet de Acme en Madrid desde las {time}. ¿Caída general?",
  "Caída de la fibra de Acme en Madrid, nadie da explicaciones.",
  "Otra caída de Acme en Madrid, {n} horas sin internet y el teléfono comunica.",
  "¿Alguien más sin fibra de Acme en Madrid? Caída total en mi barrio.",
];

const NAMES_EN = ["jdoe", "kate_m", "mike.r", "sam_lee", "nina", "tom_h", "priya", "alex_k", "rob", "emma_w"];
const NAMES_ES = ["lucia_g", "javi", "marta.r", "pablo_s", "ana_m", "diego", "carmen_f", "raul"];
const NAMES_RU = ["ivan_p", "olga.s", "dmitry", "anna_k", "sergey", "maria_v"];

/** The three voices of the demo's history, one per sample source. */
export const VOICES: readonly Voice[] = [
  {
    lang: "en",
    source: "google-alerts-en",
    urlBase: "https://forum.broadbandtalk.example/t/",
    texts: EN,
    outage: OUTAGE_EN,
    tails: {
      neg: [" Order {ref}.", " Ticket {ref}, day {n}.", " Case ref {ref}.", " Account {ref}."],
      neu: [
        " Customer since {year}.",
        " Post {ref}.",
        " Asking for my parents ({n} of them on Acme).",
        " Thread {ref}.",
      ],
      pos: [
        " Customer since {year}. 👍",
        " Ticket {ref} closed in no time.",
        " {n} years with Acme, still happy.",
      ],
      outage: [" Ticket {ref}.", " Still down, ticket {ref}.", " Account {ref}."],
    },
    names: NAMES_EN,
    rated: false,
  },
  {
    lang: "es",
    source: "foro-es",
    urlBase: "https://foro.telecos.example/hilo/",
    texts: ES,
    outage: OUTAGE_ES,
    tails: {
      neg: [" Pedido {ref}.", " Incidencia {ref}.", " Cliente {ref}, día {n}."],
      neu: [" Cliente desde {year}.", " Hilo {ref}.", " Gracias, hilo {ref}."],
      pos: [" Cliente desde {year}. 👍", " Incidencia {ref} cerrada.", " {n} años con Acme."],
      outage: [" Incidencia {ref}.", " Cliente {ref}."],
    },
    names: NAMES_ES,
    rated: false,
  },
  {
    lang: "ru",
    source: "otzovik-ru",
    urlBase: "https://otzovik.example/review/",
    texts: RU,
    outage: [],
    tails: {
      neg: [" Заявка №{ref}.", " Договор {ref}."],
      neu: [" Отзыв {ref}.", " Клиент с {year} года."],
      pos: [" Клиент с {year} года. 👍", " Договор {ref}."],
      outage: [""],
    },
    names: NAMES_RU,
    rated: true,
  },
];

/** The template with its slots filled: `{n}` a small number, `{time}` a clock time, the rest from lists. */
export function fill(template: string, rand: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    if (slot === "n") return String(2 + Math.floor(rand() * 12));
    if (slot === "ref") return String(10_000 + Math.floor(rand() * 90_000));
    if (slot === "year") return String(2009 + Math.floor(rand() * 16));
    if (slot === "time")
      return `${17 + Math.floor(rand() * 3)}:${String(Math.floor(rand() * 12) * 5).padStart(2, "0")}`;
    const list = SLOTS[slot];
    return list ? pick(rand, list) : slot;
  });
}

/** A handle from a voice's pool of `size` authors: the name plus a number, so a few hundred people write. */
export function authorName(voice: Voice, index: number): string {
  return `${voice.names[index % voice.names.length]}${index < voice.names.length ? "" : `_${index}`}`;
}
