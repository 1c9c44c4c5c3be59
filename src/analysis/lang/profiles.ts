/**
 * Hand-built language profiles for Latin-script languages: frequent function words and
 * distinctive letters and endings. Weights are summed per token; the best-scoring language wins.
 */
export const STOPWORDS: Record<string, string> = {
  en: "the a and is are was were to of in it that this for with you my me have has had not but they be been on at from your our we what when will would can could just so do does did an or if about there their its it's i'm don't didn't can't won't hasn't isn't still after again ordered order they're i've been why how who which very really never any some get got out up came through asked took takes then than now here all only one two three day days week weeks time today yesterday new good great bad best worst service customer support company store help please thank thanks because since until while should could my me who whoever runs total first last next over more most much many every each back want need know think said says",
  es: "el la los las de del que y a en un una es ser por para con no se su al lo como más mas pero sus le ya o este esta está están muy sin sobre también me mi hay donde dónde quien desde todo nos durante ni otro eso les yo él ella qué cuando hace tengo tiene pedido llegó han he ha sido son estoy nada bien porque aún todavía hoy ayer mis gracias semana días también después antes muy poco algo siempre nunca esta este estos estas ese esa aquí ahí dos tres mismo otra otro vez veces hacer tiene tienen puedo pueden quiero llevo cuando mejor peor servicio cliente tienda empresa paquete compra pedí envío días hora horas si alguien nadie algún alguna ningún ninguno ninguna cada tanto todos todas vosotros os vuestro vuestra usted ustedes estáis sois soy eres fue fui era pues así luego entonces mucho mucha muchos muchas ahora ver",
  pt: "o a os as de do da dos das que e em um uma é por para com não se seu sua ao no na nos nas mais mas eu meu minha já está estão muito sem também há onde quem desde tudo foi ser isso ele ela quando tenho tem pedido chegou obrigado obrigada você vocês até agora ainda hoje porque",
  fr: "le la les de des du que et en un une est pour par avec ne pas se son sa au aux dans sur plus mais je mon ma mes ce cette il elle nous vous ils on qui où tout été être c'est j'ai très sans aussi avoir fait toujours commande reçu depuis n'est jamais rien quand encore aujourd'hui parce",
  de: "der die das und ist nicht zu den von mit sich des auf für im dem ein eine einen es ich sie wir ihr mein meine nach bei aus wie aber auch noch nur war wurde wenn kein keine schon sehr seit bis habe hat haben sind bestellt bestellung immer heute wieder warum über",
  it: "il lo la i gli le di del della che e è un una per con non si suo sua al nel nella sono ma mi mio mia ho ha hanno anche più come quando già ancora questo questa molto senza tutto stato essere fatto ordine ordinato arrivato oggi perché dopo sempre niente nessuno",
};

/**
 * Frequent words of real tweets (the datasets' development half, ../shared/datasets): headlines and
 * chat carry few function words ("Apple Bears Get Paid as Put Contracts Double"), so these count like
 * stop words. Names, and words Portuguese, French or Italian share, were left out.
 */
export const TWEET_WORDS: Record<string, string> = {
  en: "tomorrow going flight like see night link by sunday saturday his monday us game make tonight off love thursday watch show wait pm even people she take her happy big down too phone right morning cancelled him way tuesday well before them i'll hours free work man better ever world into hope home gonna live win call play wednesday party watching guys coming say getting news hold open season also miss that's same another being hour you're sure birthday he's set tickets team anyone other line where september thing start look late long flights already plane life against concert trying give doesn't excited looking let ready yet march music someone left white waiting called october might weekend old place movie end august shit find delayed everyone run november launch went july keep lost album playing book always school gate use talk nice looks put january bag december times little done national stop those tell around buy guy fly though football we're wanna awesome change half price feel due saw song",
  es: "vuelo día hola año mañana solo feliz bueno hasta años voy nuevo vuelos vía tan buenos gobierno menos dice cosas sí puede avión buen esto gran maleta huelga noche tiempo igual buena entre creo parece espero vamos estar navidad nueva mundo tener trabajo veo verdad pasa jajaja toda aeropuerto primer primera sólo será gusta decir cómo amigos sé buenas pasado volar quiere unos siento fin casi necesito dicen hecho viaje felicidades aunque triste personas cuenta estaba estamos abrazo familia saludos grande parte equipaje hemos claro poder equipo diciembre maletas sigue esperando billete tarde saber extraño tras atención salir dinero dar pasajeros viajar acabo viernes respuesta suerte mí otros hacen haciendo dormir tenemos presidente partido dias amigo único falta meses tierra empleo tienes sabe enero retraso pagar lindo llegar mejores nuestro genial feo página política seguro cosa cierto comprar esos persona dios fuera billetes somos queda mierda camino hablar pasar además ley jajajaja nuevos tampoco",
};

/** Letters that point to a language, with their weight per occurrence. */
export const LETTER_HINTS: Record<string, Record<string, number>> = {
  ñ: { es: 2.5 },
  "¿": { es: 2.5 },
  "¡": { es: 2 },
  ã: { pt: 2.5 },
  õ: { pt: 2.5 },
  ç: { pt: 1, fr: 1 },
  ß: { de: 3 },
  ä: { de: 2 },
  ö: { de: 2 },
  ü: { de: 1.5 },
  è: { fr: 1, it: 1.2 },
  à: { fr: 1, it: 0.8, pt: 0.3 },
  ù: { fr: 1, it: 0.5 },
  ê: { fr: 1.2, pt: 1 },
  â: { fr: 1, pt: 0.8 },
  î: { fr: 1.5 },
  ô: { fr: 1.2, pt: 0.6 },
  û: { fr: 1.5 },
  œ: { fr: 2 },
  ì: { it: 2 },
  ò: { it: 2 },
  í: { es: 0.6, pt: 0.6 },
  ó: { es: 0.6, pt: 0.5 },
  á: { es: 0.6, pt: 0.6 },
  ú: { es: 0.6, pt: 0.4 },
  é: { fr: 0.5, es: 0.3, pt: 0.3, it: 0.2 },
};

/** Word endings that point to a language: `[ending, lang, weight]`. */
export const SUFFIX_HINTS: [string, string, number][] = [
  ["ção", "pt", 2],
  ["ções", "pt", 2],
  ["ões", "pt", 1.5],
  ["ción", "es", 2],
  ["ciones", "es", 2],
  ["idad", "es", 1],
  ["zione", "it", 2],
  ["zioni", "it", 2],
  ["ung", "de", 1],
  ["keit", "de", 1.5],
  ["heit", "de", 1.5],
  ["lich", "de", 1],
  ["eux", "fr", 1],
  ["eau", "fr", 1],
  ["ing", "en", 0.7],
  ["ly", "en", 0.5],
  ["ed", "en", 0.3],
  ["tion", "en", 0.4],
  ["mente", "es", 0.3],
  ["encia", "es", 1],
  ["ência", "pt", 1],
];
