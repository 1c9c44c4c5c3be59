/** Spanish sentiment lexicon: `word score` pairs, score in [-4, 4]; `stem*` matches inflections. */
export const LEXICON_ES = `
bueno 2 buen 2 buena 2 buenos 2 buenas 1 bien 1.5 genial 3 excelente 3.5 excelentes 3.5 increíble 3 increible 3
maravillos* 3.5 perfect* 3 fantástic* 3.5 fantastic* 3.5 estupend* 3 encant* 3 encanta 3 encantó 3 amo 3
gusta 1.5 gustó 2 gustado 2 feliz 2.5 felices 2.5 content* 2 satisfech* 2.5 mejor 2 mejores 2 recomiend* 2.5
recomendad* 2.5 gracias 2 agradecid* 2.5 agradezco 2.5 amable* 2 atent* 2 rápid* 1.5 rapid* 1.5 fácil 1.5
útil 2 cómod* 2 precios* 3 bonit* 2.5 hermos* 3 delicios* 3 rico 1.5 ric* 1 calidad 1 top 2 crack 2 ole 2
chulo 2 guay 2.5 impecable 3 eficiente* 2 profesional* 2 resuelto 1.5 solucionad* 1.5 funciona 0.5 fiable 2
maravilla 3 favorit* 2.5 ideal 2 lujo 2 brutal 1.5 volveré 2 volveremos 2 felicidades 3 enhorabuena 3 bravo 3
malo -2.5 mala -2.5 malos -2.5 malas -2.5 mal -2.5 pésim* -3.5 pesim* -3.5 horrible* -3.5 terrible* -3.5
fatal -3 peor -3 peores -3 odio -3.5 odi* -3 decepci* -3 decepcionad* -3 frustr* -3 enfadad* -3 cabread* -3.5
harto -3 harta -3 hartos -3 molest* -2 indignad* -3.5 vergüenza -3 verguenza -3 vergonzos* -3 inútil* -3
inutil* -3 basura -3.5 mierd* -3 porquería -3 porqueria -3 rot* -2 estropead* -2.5 defectuos* -3 dañad* -2.5
roto -2.5 rota -2.5 perdid* -2 tarde -1 retras* -2 error* -1.5 fall* -2 problema* -1.5 avería -2.5 averiad* -2.5
lent* -2 grosero* -3 maleducad* -3 incompetent* -3.5 ignor* -2.5 estafa* -3.5 fraude -3.5 timo -3.5 timad* -3.5
robo -3 rob* -2.5 ladron* -3.5 engañ* -3 inaceptable -3.5 ridícul* -3 ridicul* -3 lamentable* -3.5 penos* -3
desastre* -3.5 desastros* -3.5 caos -2.5 queja* -2 reclamaci* -2 reclam* -1.5 cancel* -1 triste -2 lástima -2
peligros* -3 quemad* -2.5 fuego -2 humo -2 explot* -3 caro -1.5 cara -0.5 caros -1.5 abusiv* -3 mentira* -3
mient* -3 falso -2.5 falsa -2.5 evitad* -2.5 cuidado -1 preocupad* -2 imposible -2 pesadilla -3.5 asco -3.5
asqueros* -3.5 sucio* -2.5 sucia* -2.5 tomadura -3 cutre* -2.5 chapuza* -3 timo -3 desesperad* -3 hartazgo -3
carísim* -2.5 empapad* -2 parpade* -2 alergia -2 abogad* -1.5 indignad* -3.5 imbécil -3 payasos -3
sinvergüenza* -3 convencido 1 gratamente 2 ganga 2.5 facilísim* 2 fluid* 1.5 justo 0.5 diez 0.5 sorprendid* 1
nefast* -3.5 deplorable* -3.5 indignante* -3.5 impresentable* -3.5 surrealista -2 kafkian* -2.5 desesperante* -3
incompetencia -3.5 dejadez -3 pasotismo -3 abandonad* -2 falta -1 faltaba* -1.5 faltan -1.5 mojad* -2 fría -1.5
frío -1 fríos -1 excusa* -1.5 culpa -1.5 broma -1.5 risa -1 cansad* -2 agotad* -1 ruido* -1 raro -1 rara -1
estafador* -3.5 tirar -1 tirado -1.5 defraudad* -3 decepcionante* -3 penoso -3 cochambros* -3 roñoso -2.5
vergonzos* -3 horroros* -3.5 espantos* -3.5 malísim* -3.5 fatal -3 desastros* -3.5 indecente* -3
ninguna -0.5 ningún -0.5 pésimo -3.5 tardísimo -2 lentísim* -2.5 carísimo -2.5 imposible -2 harta -3
estupendamente 3 genialmente 3 encantadísim* 3.5 rapidísim* 2.5 amabilísim* 3 puntual* 2 impecable* 3
despegad* -2 resolutiv* 2 gusto 1.5 mejorcito 2 rastro -0.5
óxid* -2 oxidad* -2 chapó 3 birria* -3 dineral -1.5 desteñ* -2.5 destiñ* -2.5 fatales -3 porquerías -3 chapeau 3 pena -2 penita -2 eternidad -2 chasco -2.5 correcto 1 correcta 1 inadmisible* -3.5 aplastad* -2.5
mientras 0 contenido* 0 precios 0 robot* 0 robust* 1.5 arrepient* -2.5 arrepentid* -2.5 cachondeo -2.5
chiste -1.5 borde -1.5 bordes -1.5 pasota* -2 timador* -3.5 mentiros* -3 chapucer* -3 desgracia* -3 horror* -3.5
patétic* -3.5 patetic* -3.5 hartas -3 hartísim* -3.5 rayad* -2 rayón -2 rayones -2 golpead* -2 destrozad* -3
incomplet* -2 ocult* -1.5 recargo* -1.5 abuso* -3 caradura* -3 atraco -3.5 pesadez -2 cansino* -2
recomendable* 2.5 amor 2 cracks 2.5 contentísim* 3 satisfactori* 2 majísim* 3 majo 2 maja 2 simpátic* 2
rapidez 2 eficaz 2 agradable* 2 inmejorable* 3.5 buenísim* 3.5 maravillad* 3 gustazo 3 espectacular* 3
nunca -0.5 espera -0.5 esperando -1.5 esperar -0.5 sin -0.3 nadie -1 mediocre -2 regular -1 decente 1 aceptable 0.5
`;

/** Booster words and diminishers. */
export const BOOSTERS_ES =
  "muy muchísimo muchisimo mucho tan súper super realmente totalmente completamente absolutamente bastante demasiado re";
export const DIMINISHERS_ES = "algo poco un_poco ligeramente apenas casi medio";
/** Negators: a negative word within three tokens before flips the sentiment word. */
export const NEGATORS_ES = "no nunca jamás jamas ni nadie nada tampoco sin ningún ningun ninguna ninguno";
/** Contrast words. */
export const CONTRAST_ES = "pero aunque sin_embargo sino no_obstante";
