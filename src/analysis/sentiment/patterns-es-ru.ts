/**
 * Further Spanish and Russian complaint and praise phrasings (colloquial forms, complaint questions,
 * "no compréis", "больше не буду"…), matched with the other complaint patterns in one regex pass.
 */
import { type PhrasePattern, p } from "./phrase.js";

const NUM_ES = "(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|varios|varias|muchos|muchas)";

/** More Spanish phrasings: complaint questions, "no compréis", "sin avisar", "ni una disculpa"… */
export const ES_MORE: PhrasePattern[] = [
  p(" (?:es|sería|seria) normal que ", -1.5),
  p(" no es (?:normal|serio|de recibo|justo|lógico|logico) ", -2.5),
  p(" no hay (?:nadie|quien|quién) ", -2),
  p(" nada de lo que (?:prometen|prometéis|prometeis|prometieron|dicen|dijeron|anuncian) ", -2),
  p(" no tiene nada que ver ", -2),
  p(" (?:de segunda mano|usad[oa]s?) como nuev[oa]s? ", -2.5),
  p(
    " no (?:lo |la |los |las |les )?(?:compréis|compreis|compres|compren|contratéis|contrateis|contrates|contraten|pidáis|pidais) ",
    -2.5,
  ),
  p(" (?:ya )?no (?:aguanto|soporto|puedo) más ", -2.5),
  p(" (?:no|nunca) (?:se )?(?:cumple|cumplen|cumplís|cumplieron|cumplisteis) ", -2),
  p(
    ` ${NUM_ES} (?:días|dias|semanas|meses|horas) sin (?:luz|internet|servicio|noticias|respuesta|línea|linea|señal|senal|agua|gas|teléfono|telefono|conexión|conexion|wifi|fibra|cobertura|poder|mi|mis|el|la|los|las|nada) `,
    -2,
  ),
  p(` por qué (?:\\S+ ){0,4}${NUM_ES} (?:días|dias|semanas|meses) `, -2),
  p(" (?:me he|nos hemos|me he vuelto a) quedad[oa]s? sin ", -1.5),
  p(
    " por qué (?:me han|me habéis|nos han|otra vez|de nuevo|siempre|todavía|todavia|aún|aun|nunca|nadie|tengo que|tenemos que|tarda|tardan|tardáis|no) ",
    -2,
  ),
  p(
    "(?<! no(?: \\S+){0,2}) (?:solucionaron|solucionado|solucionasteis|resolvieron|resuelto|resolvisteis|arreglaron|arreglado|arreglasteis) (?:\\S+ )?(?:el |mi )?problema ",
    2.5,
  ),
  p(" (?:gastos|cargos|costes|comisiones) ocult", -2),
  p(" se lavan las manos ", -2.5),
  p(" (?:dejado|dejaron|dejan|deja|dejó) tirad[oa]s? ", -2.5),
  p(" de (?:chiste|risa|pena|vergüenza|verguenza) ", -2),
  p(" (?:tarda|tardan|tardáis|tardais|tardar|tardado) tanto ", -2),
  p(
    " sin (?:avisar|consultar|consultarme|preguntar|preguntarme|mi permiso|mi consentimiento|previo aviso) ",
    -2,
  ),
  p(" (?:segundo|tercer|cuarto|quinto) día | (?:segunda|tercera|cuarta|quinta) semana ", -1.5),
  p(" (?:otra vez|de nuevo) (?:sin|lo mismo|igual|caído|caida|caída|roto|rota|estropead) ", -2),
  p(" (?:pedazo|menuda maravilla) de ", 1.5),
  p(" sin (?:ninguna |ni una )?(?:preguntas|pegas?|complicaciones|rodeos|esperas) ", 2),
  p(" (?:nadie|ninguno|ninguna) (?:me |nos )?(?:ha|han|he) (?:sabido|podido|querido) ", -2.5),
  p(" (?:me|nos) (?:han |habéis |habeis )?(?:cortado|cortaron|cortasteis) ", -2),
  p(" para esto (?:pago|pagamos|pagué|pague|pagáis) ", -2.5),
  p(
    " (?:les|os|le|te) (?:da|importa|importamos|importa un) (?:igual|un pimiento|un bledo|un comino|poco|nada) ",
    -2.5,
  ),
  p(" se (?:digna|dignan|digne|dignen|dignará|dignaran) ", -2),
  p(" no (?:se |te )?(?:lo |la |los |las )?(?:deseo|recomiendo) a nadie ", -2.5),
  p("(?<!(?:usad[oa]s?|mano)) (?:como|cual) nuev[oa]s? ", 1.5),
  p(" (?:y|pero) nada(?: de nada)? $", -2),
  p(" ni se (?:te|os|le|les) ocurra ", -3),
  p(" (?:vale|merece|valió|mereció) la pena ", 3),
  p(
    " antes (?:erais|eran|eráis|era|fuisteis) (?:\\S+ ){0,2}(?:mejor|mejores|buen|buena|buenos|el mejor|la mejor|los mejores) ",
    -4,
  ),
  p(" deberí\\S* (?:\\S+ )?(?:funcionar|ir|ser|estar|llegar|tratar|atender) (?:mejor|bien|como) ", -3.5),
  p(" con lo que (?:cuesta|cuestan|vale|valen|pagué|pague|pago|pagamos) ", -1.5),
  p(" (?:de un|de) (?:departamento|sitio|lado|agente|operador|teléfono) (?:a|en) otro ", -2),
  p(" (?:me|nos) (?:colaron|colasteis|han colado|habéis colado|metieron|han metido) ", -2),
  p(
    " no (?:es|son|era|eran) (?:el|la|lo|los|las) que (?:pedí|pedi|compré|compre|encargué|encargue|pedimos) ",
    -2.5,
  ),
  p(" (?:tira|echa) (?:para|pa) (?:atrás|atras) ", -2.5),
  p(" (?:para qué|para que|de qué) (?:sirve|sirven|me sirve|os sirve) ", -2),
  p(" no tiene (?:ninguna )?gracia ", -2.5),
  p(" (?:cuándo|cuando) (?:pensáis|pensais|piensan|vais a|van a|os dignáis) ", -2),
  p(" hace falta ", 1),
  p(" (?:nada que objetar|todo correcto|todo perfecto|sin queja alguna) ", 2),
  p(" (?:me |nos )?(?:tomáis|tomais|toman|están tomando|estáis tomando) el pelo ", -3),
  p(" (?:dar|dado|dan|da|dais) largas ", -2.5),
];

const ORD_RU = "(?:второй|третий|четвёртый|четвертый|пятый|шестой|десятый|n-?ый)";

/** More Russian phrasings: "больше не буду", "третий день", "почему опять…?", "без предупреждения"… */
export const RU_MORE: PhrasePattern[] = [
  p(
    " больше (?:никогда )?не (?:буду|будем|стану|куплю|купим|закажу|приду|обращусь|возьму|пользуюсь|поведусь|связывайтесь|покупайте) ",
    -2.5,
  ),
  p(" больше ни (?:копейки|рубля|разу|ногой) ", -2.5),
  p(" (?:отказал\\S*|отписал\\S*|отказываюсь|отписываюсь) от ", -1),
  p(
    " почему (?:опять|снова|вновь|до сих пор|постоянно|всегда|каждый раз|я должен|я должна|мне никто|никто|нельзя|так долго|у вас опять) ",
    -2,
  ),
  p(` ${ORD_RU} (?:день|час|месяц|год) `, -2),
  p(" (?:вторую|третью|четвёртую|четвертую|пятую) неделю ", -2),
  p(` ${ORD_RU} раз (?:пишу|звоню|обращаюсь|прошу|жалуюсь|объясняю|приезжаю) `, -2),
  p(
    " (?:дня|дней|недели|недель|месяца|месяцев|часа|часов|сутки|суток) без (?:связи|света|интернета|ответа|денег|воды|газа|заказа|посылки|телефона|звонка|реакции|товара|результата|движения|изменений|новостей) ",
    -2,
  ),
  p(
    " почему (?:\\S+ ){0,4}(?:\\d+|две|два|три|четыре|пять|десять|несколько) (?:недел|дн|дня|дней|месяц)\\S* ",
    -2,
  ),
  p(" (?:сил (?:больше )?нет|нет сил|нервов не хватает) ", -2),
  p(" разводят руками ", -2),
  p(" (?:на ветер|коту под хвост) ", -2.5),
  p(" толку (?:ноль|никакого|нет|мало|ноль) ", -2),
  p(" без (?:предупреждения|спроса|согласия|моего согласия|объяснени\\S*|объяснений) ", -2),
  p(" (?:так себе|ни о чём|ни о чем|ниочём) ", -1.5),
  p(" (?:пять|5) баллов ", 2.5),
  p(" так держать ", 2.5),
  p(" не пожалеете ", 2.5),
  p(" ни разу не подвел", 3),
  p(" не (?:покупайте|берите|заказывайте|связывайтесь|ведитесь|обращайтесь|советую|рекомендую) ", -2.5),
  p(" лучше не (?:связываться|покупать|брать|заказывать|обращаться|пользоваться|рисковать) ", -4),
  p(" (?:в )?очередной раз ", -1.5),
  p(
    " раньше (?:вы )?(?:были|был|была|было) (?:\\S+ ){0,2}(?:лучше|лучшими|лучшим|лучшие|хорошим|хорошими|нормальным\\S*) ",
    -4,
  ),
  p(
    " (?:должно|должен|должна|должны) (?:\\S+ )?(?:работать|быть|ехать|доставляться) (?:нормально|лучше|хорошо|быстрее) ",
    -3,
  ),
  p(" за такие деньги ", -1.5),
  p(" (?:тянут время|кормят завтраками|тянут резину) ", -2.5),
  p(" какой (?:смысл|толк) ", -2),
  p(" (?:уже )?не смешно ", -2.5),
  p(" когда (?:вы |же )?уже ", -2),
  p(" я (?:вам|тебе) что ", -2),
  p(" топ (?:\\d+|десят\\S*) ", -2),
  p(" (?:пять|5) с плюсом ", 3),
  p(" не (?:то|тот|та|те) (?:\\S+ )?что (?:заказывал\\S*|заказал\\S*|просил\\S*|выбирал\\S*) ", -2.5),
  p(
    " (?:товара|заказа|посылки|ответа|возврата|денег|результата|связи|мастера|курьера) (?:до сих пор |так и |всё ещё |все еще |всё равно |опять )?нет ",
    -2,
  ),
  p(" (?:вечно|постоянно|всегда) (?:занято|недоступ\\S*|не берут|не отвечают|сбрасывают) ", -2.5),
  p(" через (?:одно место|жопу|пень колоду) ", -2.5),
  p(" кто (?:вообще|только|это) (?:придумал|додумался|проектировал|разрабатывал|так делает) ", -2.5),
  p("(?<! не) как (?:новый|новая|новое|новенький|новенькая|новенькое) ", 1.5),
  p(" (?:кинули|развели|обманули|надули|нагрели|обули) (?:на|как) ", -2),
  p(" (?:воз и ныне там|ни ответа ни привета) ", -2.5),
];
