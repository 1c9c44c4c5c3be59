/**
 * Spanish complaint and praise phrasings, matched on the folded joined token string (` tok tok … `, lower
 * case, single spaces, accents folded) in one regex pass with the other patterns; weights are sentiment
 * units. Where two patterns match at the same place, the one listed first wins.
 *
 * Written without accents (the text is folded, so "todavia" matches "todavía") and with `\S*` for verb
 * endings, to keep the combined regex small: V8 stops optimising a regex whose source passes 20 KB
 * (kRegExpTooLargeToOptimize) and the Spanish scan then runs some 30× slower. The sentiment-es-breadth
 * test keeps the combined Spanish source under 18,000 characters.
 */
import { type PhrasePattern, p } from "./phrase.js";

const NUM = "(?:\\d+|dos|tres|cuatro|cinco|diez|varios|varias|muchos)";
/** After the leading space: not preceded by "no" (or "no" and one word), so a praise shape skips its negation. */
const NN = "(?<! (?:no|nunca|jamas|ni)(?: \\S+)? )";

/** Neutral uses of words the lexicon scores: the afternoon, a default, hearsay, asking for advice. */
const ES_NEUTRAL: PhrasePattern[] = [
  p(" (?:esta|por la|de la|a la|cada|media) tarde ", 1),
  p(" por defecto ", 1.5),
  p(" pregunta tonta ", 2),
  p("^ (?:hola )?buenas (?!tardes|noches|dias)", -0.5),
  p(" menos mal ", 3.5),
  p(" (?:me|nos|te) ha\\S* recomendado ", -1),
  p(" (?:que|alguien|me|nos) (?:me |nos )?(?:recomendais|recomiendan|recomendar\\S+) ", -0.75),
  p(" gracias (?:de antemano|por adelantado) ", -1.7),
  p(
    " (?:alguien|algun\\S*) (?:mas )?(?:ha|han|tiene|tienen) (?:tenido )?(?:\\S+ )?(?:problema|fallo|error)\\S* ",
    1.2,
  ),
];

/** Waiting, "still not", nobody answering, the same thing again, where is my…, promises, passed around. */
const ES_WAITING: PhrasePattern[] = [
  p(
    " (?:\\d+|una|dos|tres|media|varias|muchas) (?:minuto|hora|dia|semana|mes)\\S* (?:esperando|en espera|al telefono|sin respuesta)",
    -2.5,
  ),
  p(
    " (?:sigo|seguimos|estoy|llevo) a la espera | (?:todavia|aun) (?:espero|estoy esperando)| s(?:igo|eguimos) esperando ",
    -2.5,
  ),
  p(
    " (?:llevo|llevamos|lleva|llevan) (?:toda la|todo el|horas|dias|semanas|meses|una eternidad|desde (?:el|la|hace|ayer)) ",
    -2,
  ),
  p(
    " (?:llevo|llevamos|lleva) (?:mas de |casi )?(?:\\d+|dos|tres|cuatro|cinco|varias|varios|un|una) (?:dia|semana|mes|hora)\\S* ",
    -2.5,
  ),
  p(
    " (?:ya )?han pasado (?:\\S+ ){0,2}(?:dias|semanas|meses) | hace ya (?:\\S+ )?(?:dias|semanas|meses) | a (?:dia|fecha) de hoy ",
    -2,
  ),
  p(
    " (?:todavia|aun) no (?:\\S+ ){0,3}?(?:lleg|contest|respond|devuel|devolv|solucion|recib|envi|arregl|llam|ingres|reembols|abon|repar|activ|funcion|aparec|resuel|mand|entreg|hay noticias)",
    -2.5,
  ),
  p(
    " (?:sigue|siguen|sigo|continua\\S*) (?:igual(?! de)|rot|estropead|fallando|parad|bloquead|caid|pendiente|en las mismas|cobrando)",
    -2.5,
  ),
  p(" (?:sigue|siguen|seguis|seguimos|sigues) sin | y (?:aqui|todavia|aun) (?:sigo|seguimos|estoy) ", -2.5),
  p(" no entiendo como (?:una empresa|podeis|pueden|es posible|teneis|tienen) ", -2),
  p(
    " (?:sigue|siguen|atascad\\S*|parad[oa]s?|lleva|llevan) (?:\\S+ ){0,3}en (?:reparto|transito|aduana|preparacion|almacen)| no se (?:mueve|actualiza) ",
    -2,
  ),
  p(
    " nadie (?:me |nos |le )?(?:ha |han )?(?:contest|respond|llam|atend|dic|dij|solucion|resuel|ayud|hac|devuel|explic|avis|vien|vin|apare|sab|da|dio|se hac)\\S* ",
    -2.5,
  ),
  p(
    " no (?:ha |han )?(?:venido|vino|pasado|aparecido|llamado) (?:nadie|el repartidor|el tecnico)| (?:el tecnico|el repartidor) no (?:aparec|vien|vin|lleg)",
    -2.5,
  ),
  p(
    " (?:silencio absoluto|silencio total|ni mu|ni pio|ni un triste|ni una triste|ni señales de vida|en visto) ",
    -2.5,
  ),
  p(
    " no (?:me |nos )?(?:cogen|coge|leen|hacen caso|hace caso|dan la cara|dan señales)| no (?:hay|dan|dais) (?:ninguna )?(?:respuesta|explicacion|solucion)",
    -2.5,
  ),
  p(" ni (?:siquiera|tan siquiera) ", -1.5),
  p(
    " ni (?:caso|respuesta|una llamada|un correo|una disculpa|una explicacion|rastro|llaman|contestan|responden|avisan) | (?:ni una|ninguna) (?:respuesta|solucion|llamada) ",
    -2.25,
  ),
  p(" sin (?:respuesta|solucion|noticias|reembolso) | sin (?:\\S+ )?(?:mi dinero|mi pedido|mi paquete) ", -2),
  p(
    " (?:otra vez|de nuevo|una vez mas) (?:me |lo |la )?(?:escrib|llam|reclam|explic|toca|tengo que|falla|se ha roto|sin|lo mismo|igual|caid|rot|estropead)",
    -2,
  ),
  p(" (?:tres|cuatro|cinco|seis|diez|mil|\\d+|varias|demasiadas) veces | cuantas veces ", -1.25),
  p(
    " (?:os|te|les) lo (?:he|hemos) (?:dicho|explicado|repetido) | no es la primera vez | (?:una y otra vez|cada dos por tres|de mal en peor) | (?:siempre|otra vez) lo mismo ",
    -2,
  ),
  p(
    " (?:es la|por) (?:segunda|tercera|cuarta|quinta|enesima) vez | (?:tercera|cuarta|quinta|enesima) vez que ",
    -2,
  ),
  p(
    " (?:vuelve|vuelven|volvio) a (?:fall|romp|estrope|cobr|cort|caer|bloque|colg)\\S* | (?:me |nos )?(?:ha|han|habeis) vuelto a ",
    -1.75,
  ),
  p(
    " donde (?:ha acabado|esta mi|estan mis)| que (?:ha pasado|pasa) con (?:mi|mis) (?:pedido|paquete|dinero|reembolso|devolucion)| alguien me explica",
    -2,
  ),
  p(
    " (?:me )?(?:dijeron|dicen|aseguraron|prometieron|prometen|confirmaron) que (?:\\S+ ){0,10}?(?:y|pero) (?:nada|nadie|nunca|ni|sigo|ya van|todavia|aun|no) ",
    -2.5,
  ),
  p(
    " (?:prometieron|dijeron que) (?:\\S+ ){0,6}(?:llamar|devolver|contestar|solucionar)| quedaron en (?:llamar|volver|venir|avisar)| (?:iban|iba) a (?:llamar|venir|devolver|contestar|arreglar)| promesas (?:vacias|incumplidas)",
    -1.75,
  ),
  p(
    " (?:tenia|tenian|debia|iba) que (?:llegar|venir|estar) (?:\\S+ ){0,4}(?:y|pero|hoy|todavia|aun|nada|ni) ",
    -2,
  ),
  p(
    " (?:me|nos) (?:pas|mand|deriv)\\S* (?:\\S+ ){0,3}(?:a otro departamento|con otr[oa]|a otr[oa]|al fabricante)| (?:pasan|pasais|echan) (?:la pelota|la culpa)| (?:peloteo|de uno a otro|de un lado a otro)| balones fuera",
    -2.5,
  ),
  p(" (?:de un|de) (?:departamento|sitio|lado|agente|operador|telefono) (?:a|en) otro ", -2),
  p(" (?:hace|desde hace) (?:\\S+ )?(?:dias|semanas|meses) ", -1),
  p(
    " ya van (?:\\S+ ){0,2}(?:dias|semanas|meses|horas) | (?:eso fue|fue) hace (?:una|dos|tres|\\d+) (?:hora|horas|dias|semanas) ",
    -2,
  ),
  p(
    " (?:me |nos )?(?:tienen|teneis) (?:\\S+ )?esperando | tard\\S* (?:\\S+ ){0,3}(?:una|dos|tres|cuatro|\\d+) (?:semana|semanas|dias|meses) | (?:tarda|tardan|tardais|tardar|tardado) tanto ",
    -2,
  ),
  p(
    ` ${NUM} (?:dias|semanas|meses|horas) sin (?:luz|internet|servicio|noticias|respuesta|linea|señal|agua|telefono|conexion|wifi|fibra|cobertura|mi|mis|el|la|nada) `,
    -2,
  ),
  p(
    ` por que (?:\\S+ ){0,4}${NUM} (?:dias|semanas|meses) | por que (?:me han|me habeis|nos han|me cobr\\S*|otra vez|de nuevo|siempre|todavia|aun|nunca|nadie|tengo que|tarda|tardan|no) `,
    -2,
  ),
  p(
    " (?:segundo|tercer|cuarto|quinto) dia | (?:segunda|tercera|cuarta) semana | (?:es|ya es) (?:viernes|lunes|martes|miercoles|jueves|sabado|domingo) ",
    -1.25,
  ),
];

/** Money: refunds refused or demanded, charges, leaving for a competitor, wasted money. */
const ES_MONEY: PhrasePattern[] = [
  p(
    " (?:quiero|exijo|necesito) (?:que me (?:devuelv|devolv|reembols)\\S*|mi dinero|el dinero|mi reembolso|el reembolso|la devolucion|una explicacion|hablar con (?:un|el) (?:responsable|supervisor|encargado))| devolvedme ",
    -2,
  ),
  p(
    " (?:me doy|me he dado|me di|quiero darme) de baja | (?:me cambio|me paso|me voy|me he cambiado|me he pasado) (?:a|con) (?:la )?(?:competencia|otra compañia|otra empresa|otro operador) ",
    -2.5,
  ),
  p(
    " (?:no pienso|no voy a|nunca voy a|no vuelvo a|no volvere a|no volveria a|nunca volvere a) (?:volver|compr|ped|contrat|pisar|confi|recomend|usar|pagar|renov)\\S* | no (?:renuevo|vuelvo|repito|compro mas) ",
    -2.75,
  ),
  p(
    " (?:cargos?|cobros?|pagos?|recibos?|compras) (?:duplicad|doble|repetid|indebid|no autorizad|que no reconozco|que no hice)| cobr\\S* (?:\\S+ ){0,4}(?:dos veces|doble|de mas|sin avisar|sin permiso|por la cara) ",
    -3,
  ),
  p(
    " (?:han )?(?:subido|suben|subieron|aumentado) (?:\\S+ )?(?:la |el |los )?(?:cuota|tarifa|factura|precio|recibo)\\S*| letra pequeña ",
    -1.75,
  ),
  p(
    " sin (?:autorizacion|motivo|ningun motivo|explicacion|explicaciones|previo aviso|avisar|consultar|preguntar|mi permiso|mi consentimiento|llamar)\\S* ",
    -2,
  ),
  p(
    " (?:me |nos )?(?:nieg|deneg|rechaz)\\S* (?:\\S+ ){0,2}(?:el |la |mi )?(?:reembolso|devolucion|garantia|cambio|reparacion|reclamacion|dinero|baja)",
    -2.5,
  ),
  p(
    " no (?:me |nos )?(?:dejan|deja|permiten|permite) (?:cancelar|dar|devolver|hablar|cambiar|entrar|acceder|pagar|reclamar|usar|iniciar|comprar|registrar)\\S* ",
    -2,
  ),
  p(
    " perdida de (?:tiempo|dinero)| (?:tir|malgast)\\S* (?:el |mi )?(?:dinero|tiempo) | dinero (?:tirad|perdid)",
    -2.5,
  ),
  p(
    " no (?:es|era) (?:problema|cosa|culpa) (?:suy|nuestr|mi)\\S*| no es (?:su|nuestro|mi) (?:problema|culpa)",
    -2.5,
  ),
  p(
    " no (?:se )?(?:quiere|quieren|quiso) (?:hacerse cargo|hacer cargo|asumir|devolv|cambi|arregl|repar|acept|reembols|cubrir)\\S*| no se (?:hace|hacen|hizo) cargo| se (?:han quedado|quedaron) con (?:mi|el|la) (?:dinero|fianza|señal)",
    -2.5,
  ),
  p(
    " (?:gastos|cargos|costes|comisiones) ocult| se lavan las manos | (?:dejado|dejaron|dejan|deja|dejo) tirad[oa]s? ",
    -2.5,
  ),
  p(" con lo que (?:cuesta|cuestan|vale|valen|pague|pago|pagamos) ", -1.5),
  p(
    " para lo que sirve | ni me molesto | (?:un|una|dos|tres|\\d+) (?:mes|meses|semanas|dias) para (?:cambiar|recibir|arreglar|contestar|devolver|enviar|un|una) ",
    -2.5,
  ),
  p(" para esto (?:pago|pagamos|pague|pagais) ", -2.5),
];

/** The product, the delivery and the app going wrong; disappointment and "nothing special". */
const ES_PRODUCT: PhrasePattern[] = [
  p(
    " (?:bateria|carga) (?:\\S+ ){0,2}(?:se descarga|se agota|se acaba|dura (?:poco|poquisimo|nada|muy poco|solo|apenas)|no (?:dura|aguanta|llega)) ",
    -2,
  ),
  p(
    " (?:dej\\S*|ha dejado) de (?:funcion|encend|carg|ir |andar|respond|arranc|calent|conect)| ya no (?:funciona|enciende|carga|va|arranca|calienta|sirve|aguanta|conecta)",
    -2.5,
  ),
  p(
    " no (?:ajusta|encaja|calienta|centrifuga|se enciende|se carga)\\S* | (?:pierde|gotea) (?:agua|aceite)| (?:huele|sabe) a (?:quemado|plastico|podrido|humedad)| partid[oa] en dos",
    -2,
  ),
  p(
    " parece (?:de juguete|un juguete|de los chinos|una imitacion|usad)| de (?:pacotilla|chichinabo|mercadillo) | (?:baja|poca|pobre|dudosa) calidad| calidad (?:baja|pobre|regular|de risa|de pena|cero|nula|ha bajado)| cero calidad",
    -2.5,
  ),
  p(
    " no (?:vale|valen|merece|merecio|valio|compensa) (?:\\S+ )?(?:lo que (?:cuesta|cuestan|vale|pague|piden)|el dinero|la pena|ni la mitad|un duro|un euro) ",
    -3,
  ),
  p(
    " esperaba (?:bastante |mucho |algo )?(?:mas|mejor|otra cosa) | no (?:es|era|son) (?:lo que|como) (?:esperaba|anunci|promet|dicen|describ|pone|sale en|en la foto)\\S*| no (?:es|era) (?:el|la|lo) que (?:pedi|compre)| no se parec\\S* en nada",
    -2.5,
  ),
  p(
    " no (?:es|era) (?:gran cosa|nada del otro mundo|nada especial)| (?:nada del otro mundo|nada especial|nada extraordinario|del monton|ni fu ni fa|sin mas) ",
    -1.3,
  ),
  p(
    " (?:deja|dejan) (?:mucho |bastante |un poco |algo )?que desear | no (?:esta|estaba|estan) (?:\\S+ )?a la altura | no (?:cumpl\\S*|llega a|alcanza) (?:\\S+ ){0,2}(?:expectativas|lo esperado|lo prometido|lo que promet\\S*|lo minimo)",
    -2.75,
  ),
  p(
    " (?:lleg|vin|recib)\\S* (?:\\S+ ){0,3}(?:abiert|vaci|usad|desprecintad)| entregad[oa] (?:\\S+ ){0,5}pero (?:\\S+ ){0,3}(?:no|nadie|nada) | dej\\S* el paquete (?:en la calle|en el suelo|en la puerta|en el portal|al vecino|sin llamar)| con retraso",
    -2,
  ),
  p(
    " (?:se cae|se cayo|se ha caido|se cuelga|se bloquea|se cierra sola)| se (?:queda|quedo) (?:\\S+ )?(?:colgad|pillad|bloquead|en blanco|cargando)| pantalla en blanco| cada vez que (?:\\S+ ){1,5}(?:falla|se cierra|da error) ",
    -2.5,
  ),
  p(
    " se olvid\\S* de (?:mi|avisar|llamar)\\S* | (?:corte|cortes|caida|apagon)\\S* de (?:luz|internet|servicio|linea|fibra|agua)| (?:me|nos) (?:han )?dej\\S* (?:en la estacada|sin (?:luz|internet|servicio|linea|agua|dinero|nada))",
    -2.25,
  ),
  p(
    " (?:ha durado|duro|dura) (?:un suspiro|nada|poquisimo|muy poco) | para (?:llorar|tirarl\\S*) | (?:que|menuda|una) (?:faena|putada|lata) | ni de lejos ",
    -2.25,
  ),
  p(
    " (?:hacia|hace) cosas raras | antes (?:aguantaba|funcionaba|duraba|era) | no (?:lo |la )?reconozco ",
    -1.75,
  ),
  p(" (?:de segunda mano|usad[oa]s?) como nuev[oa]s? ", -2.5),
];

/** How people were treated, outrage, warnings to others. */
const ES_OUTRAGE: PhrasePattern[] = [
  p(
    " (?:me|nos) (?:tom|trat)\\S* (?:por|como) (?:tont|idiota|imbecil|basura|ganado|un numero|mierda)\\S*| se (?:rio|rieron|burl\\S*) (?:de mi|en mi cara)| (?:de malas maneras|de malos modos|con desprecio|a gritos|de mala gana)",
    -2.75,
  ),
  p(
    " (?:les|os|le|te) (?:importa|importamos|da) (?:igual|un pimiento|un bledo|un comino|un pepino|una mierda|poco|nada)| (?:pasan|pasa|paso|pasaron) (?:olimpicamente )?de (?:mi|nosotros|los clientes|contestar|responder) ",
    -2.5,
  ),
  p(
    " (?:falta de|poca|nula|cero|que poca) (?:respeto|profesionalidad|seriedad|educacion|interes|informacion|comunicacion|empatia|tacto|verguenza|ayuda|solucion)\\S* | (?<! un )poc[oa]s? (?:amable|profesional|seri|util|fiable|recomendable|agradable|eficaz|educad|atent|intuitiv|practic|comod)\\S* ",
    -3,
  ),
  p(
    " (?:contesta|atiende|hablar con) (?:un|una) (?:maquina|robot|bot|contestador)| respuestas? (?:automatica|de plantilla|enlatada)\\S*| excusas y mas excusas ",
    -2,
  ),
  p(
    " (?:no|nunca) (?:lo |la |os lo )?(?:recomiendo|recomendaria|aconsejo)| no puedo recomendar| (?:aconsejo|recomiendo) (?:que no|no) | (?:cuidado|ojo) con | me lo (?:pienso|pensare|pensaria) dos veces | no (?:os fieis|te fies) | ni se (?:te|os|le) ocurra | deseo a nadie | no (?:lo |la )?(?:compreis|compres|contrateis) ",
    -2.75,
  ),
  p(
    " ni (?:de coña|de broma|loc[oa]|regalad[oa]|gratis) | (?:ya basta|basta ya)| hasta (?:las narices|los huevos|el moño|el gorro|la coronilla)| no hay derecho | no doy credito | (?:manda|tiene) (?:narices|huevos)| (?:me tienen|estoy) (?:harto|harta)",
    -2.75,
  ),
  p(
    " (?:que|vaya|menud\\S*) (?:morro|jeta|desproposito|marron|panorama|circo|panda) | (?:vaya|menud\\S*) (?:servicio|atencion|empresa|gente|trato|control|tela|forma|manera|experiencia|gestion|rollo|cara|sistema|organizacion|seriedad|calidad) ",
    -2.5,
  ),
  p(
    " (?:son|sois|es|eres) (?:unos|unas|un|una) (?:piratas|chorizos|broma|cachondeo|tomadura de pelo) | de (?:traca|locos|juzgado|chiste|risa|pena|verguenza) ",
    -2.5,
  ),
  p(" increible que ", -4.5),
  p(
    " (?:alucinante|inaudito) que | como (?:es posible|puede ser) que | como se come eso | como que no | (?:mucha|menuda) casualidad | para eso (?:que no|no) | (?:madre mia|por dios|me cago en) ",
    -1.75,
  ),
  p(
    " a ver si (?:\\S+ )?(?:espabil|aprend|arregl|solucion|contest)\\S* | las pilas | dejad de | se aprovech\\S* de | (?:me|nos) (?:colaron|han colado|metieron) | (?:gato por liebre|vender humo|venden humo) ",
    -2.25,
  ),
  p(
    " no se (?:que|a quien) (?:mas )?(?:hacer|acudir|mas) | y ahora que hago | no (?:tienen|tiene) ni (?:idea|puta idea)| no (?:saben|sabe) (?:ni |de nada|hacer nada|resolver|solucionar)",
    -2.25,
  ),
  p(" (?:es|seria) normal que ", -1.5),
  p(" no es (?:normal|serio|de recibo|justo|logico) ", -2.5),
  p(" no hay (?:nadie|quien|dios|modo|manera|forma) ", -2),
  p(" nada de lo que (?:promet|dicen|dijeron|anuncian)\\S* | no tiene nada que ver ", -2),
  p(" (?:ya )?no (?:aguanto|soporto|puedo) mas ", -2.5),
  p(" (?:no|nunca) (?:se )?cumpl\\S* ", -2),
  p(" imposible (?:contactar|hablar|conseguir|comunicarse|localizar) ", -2.5),
  p(" (?:me|nos) (?:colgo|colgaron|cuelgan|cuelguen|han colgado) ", -2.5),
  p(" no (?:pueden|podemos|puedo) hacer nada ", -1.5),
  p(" nunca (?:me |nos )?(?:lleg|contest|respond|devolv|llam|solucion)\\S* ", -2.5),
  p(
    " no (?:me |nos |le |la |lo |se )?(?:ha |han |habeis )?(?:aplic|acept|entrad|llegad|llega|funciona|arranca|carga|enciende|responden|contestan|contesta|devuelven|devolvieron|solucionan|atienden|llamaron|ayudan|sirve|vale|soluciona|corresponde|venid|cumpl|coincid)\\S* ",
    -2,
  ),
  p(" (?:cero|una) estrellas? | (?:nunca mas|ultima vez) ", -2.5),
  p(" (?:me he|nos hemos|me he vuelto a) quedad[oa]s? sin ", -1.5),
  p(" (?:nadie|ninguno|ninguna) (?:me |nos )?(?:ha|han|he) (?:sabido|podido|querido) ", -2.5),
  p(" (?:me|nos) (?:han |habeis )?(?:cortado|cortaron|cortasteis) ", -2),
  p(" se (?:digna|dignan|digne|dignen|dignara|dignaran) | (?:y|pero) nada(?: de nada)? $", -2),
  p(
    " antes (?:erais|eran|era|fuisteis) (?:\\S+ ){0,2}(?:mejor|mejores|buen|buena|buenos|el mejor|la mejor|los mejores) ",
    -4,
  ),
  p(" deberi\\S* (?:\\S+ )?(?:funcionar|ir|ser|estar|llegar|tratar|atender) (?:mejor|bien|como) ", -3.5),
  p(" (?:tira|echa) (?:para|pa) atras | no tiene (?:ninguna )?gracia ", -2.5),
  p(" (?:para que|de que) (?:sirve|sirven|me sirve|os sirve) | cuando (?:pensais|piensan|os dignais) ", -2),
  p(
    " (?:me |nos )?(?:tomais|toman|estan tomando|estais tomando) el pelo | (?:dar|dado|dan|da|dais) largas ",
    -2.75,
  ),
];

/** Praise: will buy again, exceeded expectations, negated negatives, quick solutions, slang. */
const ES_PRAISE: PhrasePattern[] = [
  p(
    ` ${NN}(?:volvere|volveria|volveremos|repetire|repetiria|repetiremos|seguire|pienso volver) (?:a )?(?:compr|ped|confi|contar con|repetir|contrat|elegir)\\S* `,
    2.5,
  ),
  p(
    ` ${NN}(?:supero|supera|superaron|ha superado|cumple|cumplio|cumplen|cumplieron) (?:con )?(?:creces|(?:\\S+ ){0,3}expectativas|(?:todo )?lo (?:que promet\\S*|prometido|esperado)|los plazos|su funcion|perfectamente|de sobra|a la perfeccion)`,
    2.75,
  ),
  p(
    " (?:mejor|mas rapido) de lo (?:que )?(?:esperaba|esperado|imaginaba|previsto|prometido)| (?:lleg|lo recib|me lleg)\\S* (?:\\S+ ){0,3}antes de (?:tiempo|lo (?:previsto|esperado|prometido)|la fecha)",
    2,
  ),
  p(
    ` ${NN}(?:justo|exactamente|tal cual|tal como) (?:lo que|como) (?:buscaba|esperaba|necesitaba|queria|pedi|se describe|en la foto|en las fotos)`,
    2,
  ),
  p(
    " (?:mejor imposible|mejor no se puede|mejor que nunca|lo mejor que) | no (?:puede|podria) (?:ser|estar|ir|salir) mejor | nada (?:\\S+ )?mejor que ",
    3.5,
  ),
  p(
    " no (?:podria|podia|puedo|pudo) (?:estar|ser|quedar|sentirme)(?: \\S+)? mas (?:content|feliz|satisfech|encantad|agradecid)\\S* ",
    5,
  ),
  p(
    " no (?:podria|podia|puedo|pudo) (?:estar|ser|quedar|sentirme)(?: \\S+)? mas (?:decepcionad|enfadad|cabread|indignad|hart|frustrad)\\S* ",
    -6,
  ),
  p(
    " nada (?:malo )?que (?:reprochar|objetar|envidiar|criticar)| no tiene (?:desperdicio|rival|precio)| no (?:me )?(?:puedo|podemos) quejar| todo (?:correcto|perfecto)",
    2.5,
  ),
  p(
    " (?:nunca|no) (?:me )?(?:ha|han|habeis|he) (?:fallado|(?:dado|tenido) (?:ningun |ni un )?(?:problema|fallo)s?) | no (?:tengo|tuve) (?:ninguna |ni una )?queja| (?:cero|ningun|ninguna|ni un|ni una) (?:problema|queja|pega|fallo|complicacion|incidencia|averia)\\S* ",
    3,
  ),
  p(
    " sin (?:ningun |ninguna |ni un )?(?:problema|queja|incidencia|retraso|fallo|pregunta|pega|complicacion|espera)\\S* | sin (?:tener que )?(?:insistir|reclamar|poner pegas) ",
    1.75,
  ),
  p(
    " salv\\S* (?:la vida|el dia)| me quito el sombrero | de los que ya no quedan | como el primer dia | (?:es|son) la (?:caña|bomba) | de puta madre ",
    3,
  ),
  p(
    " (?:sois|eres) (?:los |unos |un )?(?:mejores|cracks|maquinas|genios|top|lo mas) | (?:es|fue) un (?:sol|encanto) | (?:una|que) pasada | (?:vaya|menud\\S*|que) (?:pedazo|crack|maquina|chollo)\\S* ",
    2.25,
  ),
  p(
    " (?<! (?:mas|menos|unos|hace|cada|de|\\d+) )(?:un|de) (?:diez|10)(?! (?:a |dias|minutos|min|horas|semanas|meses|euros|años|veces|personas|de descuento)) | (?:10|diez) (?:de |sobre )?(?:10|diez) | (?:cinco|5) estrellas ",
    2.25,
  ),
  p(
    " gran (?:servicio|atencion|trabajo|calidad|producto|experiencia|compra|equipo|trato|profesional|detalle)| (?:todo un|que) detalle",
    2.25,
  ),
  p(
    " en (?:un plis|un santiamen|un periquete|cuestion de minutos) | a la primera(?! de cambio) | (?:va|van|funciona) (?:muy |como )?(?:fin[oa]|la seda|un reloj|de cine|de perlas|volando) ",
    2,
  ),
  p(
    " (?:devolvieron|han devuelto|reembolsaron|cambiaron|repararon) (?:\\S+ ){0,3}(?:sin (?:problema|pregunta|pega|rechistar|insistir)\\S*|en (?:\\d+|un|una|dos) (?:dia|hora|minuto)\\S*|al momento|enseguida|mismo dia) ",
    2.5,
  ),
  p(
    " (?:por fin|al fin) (?:\\S+ ){0,3}(?:lleg|recib|devuel|solucion|resuel|arregl)| respiro tranquil| regal\\S* (?:\\S+ ){0,2}(?:los gastos|el envio)| sin (?:coste|cargo|coste alguno|gastos) ",
    1.5,
  ),
  p(
    " con (?:mucha |una |infinita )?(?:paciencia|amabilidad|cariño|esmero) | (?:grata|buena) sorpresa | para bien | no (?:lo |te lo |os lo )?(?:dudes|dudeis|pienses|penseis) ",
    2.25,
  ),
  p(
    " (?:os|te) (?:adoro|amo) | (?:os|te) quiero (?:mucho )?$| con una sonrisa | de corazon | que ganas de | se (?:preocupan|desviven|volcaron) ",
    2.25,
  ),
  p(" vivido sin | tocado (?:el|un) (?:sorteo|premio)| ganado (?:el|un) (?:sorteo|premio)", 2.5),
  p(" precios? (?:de risa|de chollo|regalad|increible|inmejorable|tirad)\\S* ", 2.5),
  p(
    ` ${NN}(?:vale|merece|valio|merecio|compensa) (?:mucho |totalmente )?la pena | ${NN}(?:vale|valio) cada (?:euro|centimo) `,
    4.5,
  ),
  p(" (?:dura|aguanta) (?:muchisimo|mucho|años|todo el dia) ", 1.5),
  p(
    " (?<! no(?: \\S+){0,2} )(?:solucionaron|solucionado|solucionasteis|soluciono|resolvieron|resuelto|resolvio|arreglaron|arreglado) (?:\\S+ )?(?:el |mi )?problema ",
    2.5,
  ),
  p(" (?<!(?:usad[oa]s?|mano) )(?:como|cual) nuev[oa]s? | (?:pedazo|menuda maravilla) de ", 1.5),
  p(" (?:da gusto|asi si) ", 2.5),
  p(" hace falta ", 1),
  // "sin" negates the next three words, which is wrong after "sin duda": these put the praise back.
  p(
    " sin (?:ninguna )?(?:duda|dudarlo|dudar|pensarlo) (?:\\S+ )?(?:recomiend|recomendar|mejor|volver|repetir|compraria|excelente|genial|perfect|un acierto|encant)\\S* ",
    3.5,
  ),
  p(" sin (?:ninguna )?duda (?:\\S+ )?peor\\S* ", -5),
  p(
    " apenas (?:funciona|sirve|carga|dura|aguanta|va|enciende|calienta) | no es por (?:quejarme|criticar|nada) ",
    -2,
  ),
  p(
    " (?:tampoco|no) es que (?:sea|fuera|este|vaya) (?:\\S+ ){0,2}(?:maravill|gran cosa|mejor|buen|perfect|barat|rapid|genial|excelente)\\S* ",
    -4.5,
  ),
  p(" no se que (?:haria|hariamos|hacia) sin ", 3),
];

/** Spanish complaint and praise patterns, the counterweights first. */
export const COMPLAINTS_ES: PhrasePattern[] = [
  ...ES_NEUTRAL,
  ...ES_WAITING,
  ...ES_MONEY,
  ...ES_PRODUCT,
  ...ES_OUTRAGE,
  ...ES_PRAISE,
];

/** Spanish sarcasm markers: when one is present, positive words count as negative. */
export const SARCASM_ES =
  /(?<! (?:un|muy|el|qué|tan)) bonito regalo| (?:genial|perfecto|estupendo|maravilloso|fantástico|fenomenal|bravo|olé|muy bien|qué bien|chapó|enhorabuena|gracias),? (?:otra vez|otro|otra|de nuevo|por nada|como siempre|una vez más|para variar)| (?:gracias por nada|gracias por hacerme perder|me encanta cómo|me encanta como|me encanta esperar|qué maravilla la|que maravilla la|sí claro|si claro|muy bien hecho|vaya servicio|menudo servicio|olé por|para variar|bonita manera de|bonita forma de|curiosa manera de|menudo regalo|vaya regalo|qué sorpresa|menuda sorpresa|vaya sorpresa|vaya eficiencia|menuda eficiencia|vaya profesionalidad|menuda profesionalidad|vaya seriedad|menuda seriedad) /u;
