/**
 * Phrase patterns matched on the joined token string (` tok tok … `, lower case, single spaces):
 * complaints that carry no negative word, and cheap sarcasm markers. Each hit adds its weight.
 */
export interface PhrasePattern {
  re: RegExp;
  weight: number;
}

const p = (source: string, weight: number): PhrasePattern => ({ re: new RegExp(source, "u"), weight });

const EN_AUX =
  "(?:hasn't|hasnt|haven't|havent|has not|have not|didn't|didnt|did not|doesn't|doesnt|does not|isn't|isnt|is not|won't|wont|can't|cant|cannot|not)";

const NUM_ES = "(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|varios|varias|muchos|muchas)";

/** More Spanish phrasings: complaint questions, "no compréis", "sin avisar", "ni una disculpa"… */
const ES_MORE: PhrasePattern[] = [
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
    " por qué (?:otra vez|de nuevo|siempre|todavía|todavia|aún|aun|nunca|nadie|tengo que|tenemos que|tarda|tardan|tardáis|no) ",
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
  p(" (?:me |nos )?(?:tomáis|tomais|toman|están tomando|estáis tomando) el pelo ", -3),
  p(" (?:dar|dado|dan|da|dais) largas ", -2.5),
];

const ORD_RU = "(?:второй|третий|четвёртый|четвертый|пятый|шестой|десятый|n-?ый)";

/** More Russian phrasings: "больше не буду", "третий день", "почему опять…?", "без предупреждения"… */
const RU_MORE: PhrasePattern[] = [
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
  p(" (?:кинули|развели|обманули|надули|нагрели|обули) (?:на|как) ", -2),
  p(" (?:воз и ныне там|ни ответа ни привета) ", -2.5),
];

/** Complaint patterns per language (weights are negative sentiment units). */
export const COMPLAINTS: Record<string, PhrasePattern[]> = {
  en: [
    p(" (?:acting up|playing up|gave out|died on me) ", -2),
    p(" (?:won't|wont|doesn't|doesnt|can't|cant) (?:even )?(?:power|boot|switch) ", -2),
    p(" (?:zero|no) (?:issues|problems|complaints) ", 2.5),
    p(" (?:haven't|have not|never) heard (?:back|anything) ", -2),
    p(
      " (?:can't|cannot|couldn't|unable to) (?:get through|reach|contact|log ?in|get a refund|get my|get hold) ",
      -2,
    ),
    p(" wrong (?:item|size|colou?r|order|product|address|parcel) ", -2),
    p(" (?:missing|lost) (?:items?|package|parcel|order) ", -2),
    p(" what a (?:joke|mess|disaster|waste|shambles) ", -3),
    p(" how many (?:more )?times ", -1.5),
    p(" (?:sick and tired|sick of|tired of|fed up) ", -2.5),
    p(" (?:five|5) stars? ", 2.5),
    p(" no complaints ", 2),
    p(" (?:works|worked) like a charm ", 3),
    p(" (?:can't|cannot) complain ", 2),
    p(" (?:would|will) (?:definitely )?(?:buy|order) (?:again|from them again) ", 2.5),
    p(` still ${EN_AUX} `, -2.5),
    p(" still (?:waiting|no|nothing|broken|not|missing|pending|stuck) ", -2.5),
    p(
      " (?:no one|nobody|noone|no body) (?:\\w+ )?(?:answers|answered|responds|responded|replies|replied|picks|called|calls|cares|helps|helped|gets|got|is|has|will|bothered) ",
      -2.5,
    ),
    p(
      " never (?:arrived|came|received|got|answered|responded|replied|called|showed|delivered|heard|fixed|refunded|shipped) ",
      -2.5,
    ),
    p(
      ` (?:${EN_AUX.slice(3, -1)}) (?:even )?(?:arrive|arrived|work|working|works|turn|charge|load|open|respond|reply|answer|refund|deliver|ship|fit|start|connect|sync|help|care) `,
      -2,
    ),
    p(" where (?:is|s) my ", -2),
    p(
      " (?:been |am |i'm |im )?waiting (?:for )?(?:over |more than |almost )?(?:\\d+|two|three|four|five|six|a|several|many) (?:days|weeks|months|hours|week|month) ",
      -2.5,
    ),
    p(" (?:for|over|after) (?:\\d+|two|three|four|five|six|several) (?:days|weeks|months|hours) ", -1),
    p(" promised (?:\\w+ ){0,6}(?:call|callback|refund|reply|email|answer)", -1.5),
    p(" it's (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday) ", -1.5),
    p(" (?:charged|billed) (?:me )?(?:twice|double|two times|again) ", -3),
    p(" (?:want|need|demand) (?:my )?(?:money back|a refund|refund) ", -2),
    p(" (?:on hold|put on hold) for ", -2),
    p(" (?:stopped|quit) working ", -2.5),
    p(" (?:fell apart|came apart|gave up) ", -2.5),
    p(" last time i ", -1.5),
    p(" (?:took|take|taking) (?:my )?(?:business|money) elsewhere ", -3),
    p(" (?:i'm|im|i am) done with ", -2.5),
    p(" hung up on ", -2.5),
    p(" (?:that|this) was (?:an|two|three|\\d+) (?:hours?|days?|weeks?) ago ", -2),
    p(" (?:raised|raising|increased|hiked) (?:the |their |its |our )?prices? ", -1.5),
    p(" not (?:renewing|coming back|buying again|recommending) ", -2.5),
    p(" (?:wasn't|was not|weren't|were not) (?:applied|accepted|delivered|refunded|included|honou?red) ", -2),
    p(" nothing (?:they|you|we) can do ", -1.5),
    p(" barely (?:lasts|works|holds|charges|runs) ", -2),
    p(" used to (?:last|work|be) ", -1),
    p(" (?:don't|do not|didn't) recogni[sz]e ", -2),
    p(" only (?:\\d+|one|two|half) (?:\\w+ )?(?:showed up|arrived|came|works?) ", -2),
    p(" (?:second|third|fourth|fifth|nth) time (?:explaining|asking|writing|calling|i) ", -1.5),
    p(" (?:every single time|every time) ", -0.5),
    p(" (?:zero|0|one|1) stars? ", -2.5),
    p(" (?:keeps|kept) (?:crashing|freezing|failing|disconnecting|dropping|logging) ", -2.5),
    p(" (?:how|why) (?:is it so hard|does it take|do i have to|is nobody|has nobody) ", -2),
    p(" no (?:reply|response|answer|refund|update|tracking|way) ", -1.5),
  ],
  es: [
    p(" (?:pasó|pasaron|pasan|pasa) de (?:mí|mi|nosotros) ", -2.5),
    p(" (?:calidad cero|cero calidad|calidad nula) ", -2.5),
    p(" (?:cero|ningún|ningun|ni un) (?:problemas?|queja)s? ", 3),
    p(" (?:da gusto|así sí|asi si) ", 2.5),
    p(" (?:hacía|hace) cosas raras ", -2),
    p(
      " ni (?:caso|respuesta|una llamada|un correo|una disculpa|una explicación|una explicacion|un perdón|rastro) ",
      -2,
    ),
    p(" (?:me |nos )?(?:tienen|tenéis) (?:\\S+ )?esperando ", -2),
    p(" (?:hace|desde hace) (?:\\S+ )?(?:días|dias|semanas|meses) ", -1),
    p(" sin (?:\\S+ )?(?:mi dinero|mi pedido|mi paquete) ", -2),
    p(" (?:cuántas|cuantas) veces ", -1.5),
    p(" (?:es|sois|son) (?:un|una) (?:vergüenza|desastre|estafa|timo|broma|cachondeo) ", -3),
    p(" no hay (?:manera|forma) ", -2),
    p(" imposible (?:contactar|hablar|conseguir|comunicarse|localizar) ", -2.5),
    p(" (?:me tienen|me tenéis|estoy) (?:harto|harta|hasta las narices) ", -3),
    p(" (?:cinco|5) estrellas ", 2.5),
    p(" de (?:diez|10) ", 2),
    p(" sin (?:ningún |ningun )?(?:problema|queja)s? ", 1.5),
    p(" (?:volveré|volvería|volveremos) a (?:comprar|pedir) ", 2.5),
    p(
      " (?:todavía|todavia|aún|aun) no (?:me |nos |lo |la |le |ha |han |he )*(?:lleg|contest|respond|devuelt|devolv|solucion|recib|envi|enví|arregl|llam|está|esta)",
      -2.5,
    ),
    p(" (?:sigue|siguen|seguís|seguimos|sigues) sin ", -2.5),
    p(
      " (?:vaya|menuda|menudo) (?:tela|sistema|servicio|forma|control|atención|empresa|timo|broma|desastre|calidad) ",
      -2.5,
    ),
    p(" (?:me|nos) (?:colgó|colgaron|cuelgan) ", -2.5),
    p(" no (?:lo |la )?reconozco ", -2),
    p(" (?:suben|subido|subir|subieron|sube) (?:los |el )?precios? ", -1.5),
    p(" no (?:renuevo|vuelvo|repito|compro más|recomiendo) ", -2.5),
    p(" ya van (?:\\S+ ){0,2}(?:días|dias|semanas|meses|horas) ", -2),
    p(" no (?:pueden|podemos|puedo) hacer nada ", -1.5),
    p(" antes (?:aguantaba|funcionaba|duraba|era) ", -1.5),
    p(" tarda(?:n|is)? (?:\\S+ ){0,3}(?:dos|tres|cuatro|\\d+) (?:semanas|días|dias|meses) ", -2),
    p(" (?:es la|por) (?:segunda|tercera|cuarta|quinta|enésima) vez ", -2),
    p(" (?:tercera|cuarta|quinta) vez que ", -1.5),
    p(" (?:eso fue|fue) hace (?:una|dos|tres|\\d+) (?:hora|horas|días|semanas) ", -2),
    p(" (?:me |nos )?(?:ha|han|habéis|has) vuelto a ", -1.5),
    p(" me voy (?:a|con) (?:la )?competencia ", -2.5),
    p(" sigo esperando ", -2.5),
    p(
      " nadie (?:me |nos )?(?:contesta|responde|atiende|dice|soluciona|llama|ayuda|coge|da|sabe|resuelve|hace) ",
      -2.5,
    ),
    p(" nunca (?:me |nos )?(?:lleg|contest|respond|devolv|llam|solucion)\\S* ", -2.5),
    p(
      " no (?:me |nos |le |la |lo |se )?(?:ha |han |habéis )?(?:aplic|acept|entrad|llegad|llega|funciona|funcionan|arranca|carga|enciende|responden|contestan|contesta|devuelven|devolvieron|solucionan|atienden|llamaron|ayudan|sirve|vale|corresponde|venid|cumpl|coincid)\\S* ",
      -2,
    ),
    p(
      " (?:llevo|llevamos|lleva) (?:más de |mas de |casi )?(?:\\d+|dos|tres|cuatro|cinco|varias|varios|un|una|muchas) (?:días|dias|semanas|meses|horas|mes|semana) ",
      -2.5,
    ),
    p(" (?:dónde|donde) (?:está|esta|están|estan) (?:mi|mis) ", -2),
    p(" cobr\\S* (?:\\S+ ){0,4}(?:dos veces|doble|de más|de mas) ", -3),
    p(" (?:quiero|exijo) (?:mi dinero|que me devuelvan|la devolución|el reembolso) ", -2),
    p(" (?:dejó|dejo|deja) de funcionar ", -2.5),
    p(
      " (?:prometieron|prometisteis|dijeron que) (?:\\w+ ){0,6}(?:llamar|devolver|contestar|solucionar)",
      -1.5,
    ),
    p(" (?:es|ya es) (?:viernes|lunes|martes|miércoles|jueves|sábado|domingo) ", -1),
    p(" (?:ni una|ninguna) (?:respuesta|solución|llamada) ", -2.5),
    p(" (?:cero|una) estrellas? ", -2.5),
    p(" (?:nunca más|nunca mas|última vez|ultima vez) ", -2.5),
    p(" sin (?:respuesta|solución|solucion|noticias|reembolso) ", -2),
    p(" (?:se cuelga|se bloquea|se cierra sola|se apaga sol)", -2.5),
    ...ES_MORE,
  ],
  ru: [
    p(" (?:наполовину пуст|полупуст)\\S* ", -2),
    p(" (?:на нуле|ниже плинтуса) ", -2.5),
    p(" (?:ни одной проблемы|никаких проблем|ноль проблем) ", 3),
    p(" (?:начал|начала|начало) (?:чудить|глючить|барахлить|тупить) ", -2),
    p(" сколько (?:\\S+ )?(?:можно )?ждать ", -2.5),
    p(" (?:до сих пор|всё ещё|все еще|всё еще) (?:нет|жду|ждём|ждем) ", -2.5),
    p(" нет (?:ответа|реакции|денег|возврата|заказа|посылки|связи|результата) ", -2),
    p(" ни (?:ответа|звонка|письма|денег|посылки) ", -2),
    p(" не могу (?:дозвониться|войти|оплатить|вернуть|получить|связаться|добиться) ", -2),
    p(" (?:невозможно|нереально) (?:дозвониться|связаться|получить|вернуть|добиться) ", -2.5),
    p(" (?:какой|какое|что за) (?:\\S+ )?(?:сервис|отношение|бардак|безобразие) ", -2),
    p(" в который раз ", -2),
    p(" (?:привезли|прислали|отправили|пришёл|пришел|пришло|пришла) не (?:тот|то|ту|те|тот) ", -2.5),
    p(" (?:пять|5) звёзд", 2.5),
    p(" без (?:всяких )?проблем ", 1.5),
    p(" (?:буду|будем) (?:заказывать|покупать|обращаться) (?:ещё|еще|снова) ", 2.5),
    p(" не пожалел", 2.5),
    p(" (?:до сих пор|так и|всё ещё|все еще|всё еще) не ", -2.5),
    p(" (?:это было|было) (?:\\S+ )?(?:час|два часа|\\d+ минут|день|неделю) назад ", -2),
    p(" пришл\\S* только ", -2),
    p(" (?:с меня хватит|ухожу к конкурентам|ни ногой|больше ни ногой) ", -2.5),
    p(" продолжают (?:списывать|снимать|присылать|звонить) ", -2.5),
    p(" а раньше ", -1.5),
    p(" (?:это|просто) (?:смех|цирк|издевательство) ", -2.5),
    p(" по кругу ", -2),
    p(" не (?:узнаю|признаю|заказывал|заказывала|оформлял|оформляла) ", -2),
    p(" бросил\\S* трубку ", -2.5),
    p(" (?:половины|части) (?:\\S+ )?не было ", -2),
    p(" (?:дважды|два раза) (?:списали|сняли|списывают) ", -3),
    p(" (?:в|уже) (?:второй|третий|четвёртый|четвертый|пятый) раз ", -1.5),
    p(" (?:подняли|повысили) цены ", -1.5),
    p(
      " (?:никто|ни один) (?:\\S+ )?не (?:отвечает|ответил|отвечают|перезвонил|перезвонили|звонит|помог|помогает|решает|берёт|берет|реагирует|связался) ",
      -2.5,
    ),
    p(
      " не (?:\\S+ )?(?:принима|ставит|поступ|примен|пришл|пришёл|пришел|приходит|доставил|доставлен|работает|работают|включается|заряжается|отвечают|отвечает|ответили|вернули|возвращают|перезвонил|грузится|открывается|помогли|решили|соответств|совпада|починили|исправили|приехал|привезли)\\S* ",
      -2,
    ),
    p(
      " (?:уже |жду |ждём |ждем )(?:больше |почти |более )?(?:\\d+|две|два|три|четыре|пять|неделю|месяц|несколько) ?(?:недел|дн|дней|месяц|час)\\S* ",
      -2.5,
    ),
    p(" (?:где|куда делся) (?:мой|моя|моё|мое|мои) ", -2),
    p(" (?:списали|сняли) (?:\\S+ )?(?:дважды|два раза|лишн)", -3),
    p(" (?:верните|требую вернуть|хочу вернуть) (?:мои )?(?:деньги|средства) ", -2),
    p(" (?:перестал|перестала|перестало|перестали) (?:работать|включаться|заряжаться) ", -2.5),
    p(" обещали (?:\\S+ ){0,6}(?:перезвонить|вернуть|ответить|решить|доставить)", -1.5),
    p(" (?:уже|сегодня) (?:пятница|понедельник|вторник|среда|четверг|суббота|воскресенье) ", -1),
    p(" (?:ни ответа|ни привета|ноль реакции|никакой реакции|без ответа) ", -2.5),
    p(" (?:больше никогда|в последний раз|ноль звёзд|ноль звезд|одна звезда) ", -2.5),
    p(" (?:постоянно|всё время|вечно) (?:вылетает|зависает|глючит|падает|тормозит|отключается) ", -2.5),
    p(" (?:сколько можно|доколе|когда уже) ", -2),
    ...RU_MORE,
  ],
};

/** Sarcasm markers: when one is present, positive words count as negative. */
export const SARCASM: Record<string, RegExp> = {
  en: / (?:great|wonderful|fantastic|perfect|brilliant|awesome|nice|lovely|thanks|thank you),? (?:another|again|just what|so much for|for nothing|a lot for nothing)| (?:yeah right|thanks for nothing|just great|oh great|oh wonderful|love how|love it when|gotta love|so much for|what a surprise|surprise surprise|well done,? (?:acme|guys|team) ) /u,
  es: / (?:genial|perfecto|estupendo|maravilloso|fantástico|gracias),? (?:otra vez|otro|otra|de nuevo|por nada)| (?:gracias por nada|me encanta cómo|me encanta como|qué maravilla la|que maravilla la|sí claro|si claro|muy bien hecho|vaya servicio|menudo servicio|olé por) /u,
  ru: / (?:отлично|прекрасно|супер|замечательно|спасибо|класс|браво),? (?:опять|снова|ещё|еще|очередн)| (?:спасибо за ничего|ну спасибо|ага конечно|обожаю когда|вот это (?:качество|сервис|доставка|поддержка|скорость|забота|обслуживание)|какой сервис|ну да ну да|браво,? ) /u,
};

/** Emoji that count as sarcasm markers when positive words are around. */
export const SARCASM_EMOJI = new Set(["🙄", "😒", "🙃", "😏", "🤡"]);
