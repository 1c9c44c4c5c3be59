/**
 * Spanish complaint and praise phrasings, matched on the joined token string (` tok tok … `, lower
 * case, single spaces) in one regex pass with the other patterns; weights are sentiment units.
 */
import { type PhrasePattern, p } from "./phrase.js";

const NUM_ES = "(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|varios|varias|muchos|muchas)";

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

/** Spanish complaint patterns: the core set, then the colloquial ones above. */
export const COMPLAINTS_ES: PhrasePattern[] = [
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
    " no (?:me |nos |le |la |lo |se )?(?:ha |han |habéis )?(?:aplic|acept|entrad|llegad|llega|funciona|funcionan|arranca|carga|enciende|responden|contestan|contesta|devuelven|devolvieron|solucionan|atienden|llamaron|ayudan|sirve|vale|soluciona|corresponde|venid|cumpl|coincid)\\S* ",
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
  p(" (?:prometieron|prometisteis|dijeron que) (?:\\w+ ){0,6}(?:llamar|devolver|contestar|solucionar)", -1.5),
  p(" (?:es|ya es) (?:viernes|lunes|martes|miércoles|jueves|sábado|domingo) ", -1),
  p(" (?:ni una|ninguna) (?:respuesta|solución|llamada) ", -2.5),
  p(" (?:cero|una) estrellas? ", -2.5),
  p(" (?:nunca más|nunca mas|última vez|ultima vez) ", -2.5),
  p(" sin (?:respuesta|solución|solucion|noticias|reembolso) ", -2),
  p(" (?:se cuelga|se bloquea|se cierra sola|se apaga sol)", -2.5),
  ...ES_MORE,
];

/** Spanish sarcasm markers: when one is present, positive words count as negative. */
export const SARCASM_ES =
  / (?:genial|perfecto|estupendo|maravilloso|fantástico|gracias),? (?:otra vez|otro|otra|de nuevo|por nada)| (?:gracias por nada|me encanta cómo|me encanta como|qué maravilla la|que maravilla la|sí claro|si claro|muy bien hecho|vaya servicio|menudo servicio|olé por) /u;
