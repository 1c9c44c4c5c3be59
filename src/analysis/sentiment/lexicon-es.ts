/**
 * Spanish sentiment lexicon: `word score` pairs, score in [-4, 4] (mild 1, clear 2–2.5, strong 3–3.5);
 * `stem*` matches every token that starts with it (the longest stem wins, an exact word beats a stem).
 * Stems are kept long enough not to catch neutral words; where a stem would (contenido, rompecabezas,
 * agradecería…), the neutral form is listed with 0. The map folds accents both ways (pésimo = pesimo), so
 * one spelling is enough; a few older pairs remain. Domain words (pedido, envío, precio, soporte…) are
 * deliberately absent.
 */

/** Praise: adjectives, adverbs and their superlatives. */
const PRAISE = `
bueno 2 buen 2 buena 2 buenos 2 buenas 0.7 buenísim* 3.5 buenisim* 3.5 buenazo 2.5 buenaza 2.5 rebueno 3 rebuena 3
bien 1.5 bn 1 biee* 1.5 genial* 3 excelent* 3.5 excelencia 3 exelente 3.5 exelentes 3.5 increíble 2 increible 2
increíbles 2 increibles 2 maravillos* 3.5 maravilla 3 maravillas 3 maravillad* 3 perfect* 3 fantástic* 3.5
fantastic* 3.5 estupend* 3 encant* 3 magnífic* 3.5 magnific* 3.5 espléndid* 3 esplendid* 3 fenomenal* 3 fenómeno 2
fenomeno 2 espectacular* 3 extraordinari* 3 sobresaliente* 3 impresionante* 2.5 asombros* 2.5 sensacional* 3
formidable* 3 excepcional* 3 admirable* 2.5 brillante 1.5 brillantes 1.5 notable 1.5 estelar 2 divino 2.5 divina 2.5
top 2 topísim* 3 topisim* 3 crack 2 cracks 2.5 genio 2.5 genios 2.5 ídolo 2 idolo 2 ídolos 2 idolos 2 ole 2 olé 2
bravo 3 bravísimo 3 bravisimo 3 chapó 3 chapeau 3 enhorabuena 3 felicidades 3 felicit* 3 gracias 2 graciass 2
graciasss 2 grasias 2 grax 2 tqm 2.5 agradec* 2.5 agradezco 2.5 agradecería 0 agradeceria 0 agradeceríamos 0
agradeceriamos 0 agradeceré 0.5 agradecere 0.5 gratitud 2.5 amable* 2 amabilidad 2.5 amabilísim* 3 amabilisim* 3
simpátic* 2 simpatic* 2 simpatía 2 simpatia 2 encantador* 3 atento 2 atenta 2 atentos 2 atentas 2 atentísim* 3
atentisim* 3 educad* 2 majo 2 maja 2 majos 2 majas 2 majete 2 majeta 2 majísim* 3 majisim* 3 servicial* 2.5
resolutiv* 2 eficient* 2 eficientísim* 3 eficaz 2 eficaces 2 eficazmente 2 eficacia 2 eficiencia 2 profesional* 2
rápid* 1.5 rapid* 1.5 rapidez 2 rapidísim* 2.5 rapidisim* 2.5 puntual* 2 veloz 1.5 ágil 1.5 agil 1.5 agilidad 1.5
fácil 1.5 facil 1.5 fáciles 1.5 faciles 1.5 fácilmente 1 facilmente 1 facilidad 1.5 facilidades 1 facilísim* 2
facilisim* 2 sencillo 1 sencilla 1 sencillos 1 sencillas 1 sencillez 1.5 sencillísim* 2 sencillisim* 2 intuitiv* 1.5
práctico 1.5 prácticos 1.5 practiquísimo 2 útil 2 util 2 útiles 2 utiles 1.5 utilísim* 2.5 utilisim* 2.5 cómod* 2
comod* 2 comodidad 2 fiable 2 fiables 2 confiable* 2 fiabilidad 1.5 resistente* 1.5 duradero 1.5 duradera 1.5
duraderos 1.5 duraderas 1.5 robust* 1.5 sólido 1 sólida 1 silencios* 1.5 bonit* 2.5 lindo 2.5 linda 2.5 lindos 2.5
lindas 2.5 lindísim* 3 lindisim* 3 hermos* 3 precios* 3 guapo 2 guapa 2 guapos 2 guapas 2 guapísim* 3 guapisim* 3
elegante* 2 elegancia 2 chulo 2 chula 2 chulos 2 chulas 2 chulada 2.5 chuladas 2.5 chulísim* 3 chulisim* 3 guay 2.5
guays 2.5 mola 2.5 molan 2.5 moló 2.5 molaba 2 molón 2 molona 2 molones 2 flipante* 2.5 bestial 2 brutal 1.5
pasote 3 gozada 3 delicia 3 delicias 2.5 placer 2 lujo 2 lujazo 3 bombazo 2.5 cojonud* 3 chachi 2.5 chupi 2
dabuti 2.5 chévere 2.5 chevere 2.5 bacán 2.5 bacan 2.5 bacano 2.5 bacana 2.5 bkn 2 chido 2.5 chida 2.5 chidos 2.5
chidas 2.5 padrísim* 3 padrisim* 3 copado 2 copada 2 macanud* 2.5 cool 2 delicios* 3 riquísim* 3 riquisim* 3
rico 1.5 rica 1.5 ricos 1.5 ricas 1.5 sabros* 2.5 exquisit* 3 ideal 2 ideales 2 óptimo 2.5 óptima 2.5 óptimos 2.5
óptimas 2.5 optimo 2.5 optima 2.5 inmejorable* 3.5 insuperable* 3.5 imbatible* 2.5 impecable* 3 intachable* 3
satisfech* 2.5 satisfacción 2 satisfaccion 2 satisfactori* 2 content* 2 contentísim* 3 contentisim* 3 feliz 2.5
felices 2.5 felicidad 2.5 felizmente 2 alegr* 2 alegrón 2.5 ilusión 1.5 ilusion 1.5 ilusionad* 2.5 emocionad* 2
emocionante* 2.5 orgullos* 2 tranquilidad 1 confianza 1.5 confío 1 confio 1 favorit* 2.5 preferid* 1.5 acierto 2.5
aciertos 2 acertad* 2 acerté 2.5 acerte 2 acertamos 2.5 éxito 2 exito 2 éxitos 2 exitos* 2 ganga 2.5 gangas 2
chollo 2.5 chollos 2 chollazo 3 ofertón 2.5 ofertones 2.5 ofertaza 2.5 detallazo 3 detallazos 3 compensa 1.5 disfrut* 2.5 gusta 1.5 gustan 1.5 gustó 2 gusto 1.5 gustaron 2 gustado 2
gustaba 1.5 gustaban 1.5 gustará 1.5 gustazo 3 encanta 3 encantó 3 encantaría 0.5 encantaria 0.5 amo 3 amamos 3
adoro 3 adoramos 3 adoré 3 adora 2.5 adoran 2.5 amor 2 cariño 1.5 mimo 2 esmer* 2.5 cuidan 1.5 cuidaron 1.5
currazo 2.5 currado 2 currada 2 curradísim* 3 curradisim* 3 curran 1.5 gratamente 2 grato 2 grata 2 gratos 2 gratas 2
agradable* 2 acogedor* 2 correcto 0.5 correcta 0.5 correctos 0.5 correctas 0.5 correctamente 1 decente 1 decentes 1
aceptable 0.5 aceptables 0.5 mejor 2 mejores 2 mejorado 1.5 mejorada 1.5 mejoría 1.5 mejoria 1.5 mejoró 1.5
mejorcito 2 ventaja 1 ventajas 1 solucionad* 1.5 solucionaron 2 solucionó 2 solucionasteis 2 resolvieron 2
resolvió 2 resolvio 2 resolvisteis 2 resuelto 1.5 resuelta 1.5 arreglaron 1.5 arregló 1.5 arreglasteis 1.5
arreglado 1 arreglada 1 ayudaron 1.5 ayudó 1.5 ayudado 1.5 ayudasteis 1.5 funciona 0.5 funcionan 0.5 cumplidor* 2
honest* 2 honrad* 2 transparente* 1.5 transparencia 1.5 fluid* 1.5 estupendamente 3 afortunadamente 1.5 salvavidas 2
premiad* 2 galardonad* 2 galardón 2 galardon 2 ganador* 1.5 recomiendo 2.5 recomendamos 2.5 recomiendan 1.5
recomienda 1.5 recomiendas 1 recomendáis 1 recomendais 1 recomendaría 2 recomendaria 2 recomendable* 2.5
recomendad* 2.5 recomendadme 0 recomendadnos 0 recomendad 0 recomendadísim* 3 recomendadisim* 3 aconsejable* 2 volveré 2 volvere 2 volveremos 2 volvería 1.5
volveria 1.5 repetiré 2.5 repetire 2.5 repetiremos 2.5 repetiría 2 repetiria 2 convencido 1 convencida 1 convence 1.5
convencen 1.5 convenció 1.5 convencio 1.5 sorprendid* 1 calidad 1 barato 0.5 barata 0.5 baratos 0.5 baratas 0.5
asequible* 1.5 competitiv* 1 justo 0.5 gloria 2 bendición 2 bendicion 2 flechazo 2.5 joyita 2 genialidad 3
profesionalidad 2 maravillosamente 3 ok 0.5 okey 0.5 oki 0.5
`;

/** Complaints: adjectives, nouns and verb forms of bad quality, bad service, anger and disappointment. */
const COMPLAINT = `
parpade* -2 aplastad* -2.5 birria* -3 malo -2.5 mala -2.5 malos -2.5 malas -2.5 mal -2.5 malísim* -3.5 malisim* -3.5 malamente -2.5 malillo -1.5
malucho -1.5 pésim* -3.5 pesim* -3.5 pesimis* -1 horribl* -3.5 horible -3.5 orrible -3.5 horroros* -3.5 horror* -3.5
horrores -1 horrend* -3.5 terribl* -3.5 terriblemente -2.5 fatal* -3 espantos* -3.5 espanto -3 atroz -3.5 atroces -3.5
nefast* -3.5 deplorable* -3.5 lamentable* -3.5 lamentablemente -1.5 penos* -3 penosamente -3 patétic* -3.5
patetic* -3.5 bochorn* -3 vergonzos* -3 vergüenza -3 verguenza -3 vergüenzas -3 berguenza -3 vergonzante* -3
desastre* -3.5 desastros* -3.5 desastroz* -3.5 catástrofe -3.5 catastrofe -3.5 catastróf* -3.5 catastrof* -3.5
chapuza* -3 chapucer* -3 chapucill* -2.5 cutre* -2.5 cutrez -2.5 cutrísim* -3 cutrisim* -3 mediocre* -2
mediocridad -2.5 deficiente* -2.5 deficiencia* -2 insuficiente* -2 defectuos* -3 defecto -1.5 defectos -2
inservible* -3 inutilizable* -3 inútil* -3 inutil* -3 basura -3.5 basuras -3.5 basurilla -3 porquería* -3
porqueria* -3 mierd* -3 mrd -2.5 cagada* -3 cagado -2 cagaron -3 cagasteis -3 cagó -2.5 timo -3 timos -3.5
timad* -3.5 timador* -3.5 timan -3.5 timaron -3.5 timar -3 estafa* -3.5 estafan -3.5 estafar -3.5 estafaron -3.5
estafó -3.5 estafo -3 estafando -3.5 fraude* -3.5 fraudulent* -3.5 engañ* -3 engañabobos -3.5 desengañ* -2
mentira* -3 mentiros* -3 miente -3 mienten -3 mientes -3 mientan -3 mintiendo -3 mintieron -3 mintió -3 mintio -3
mentido -3 mentir -3 mentís -3 falso -2.5 falsa -2.5 falsos -2.5 falsas -2.5 falsedad* -3 falsificad* -3
falsificación -3 fake -2.5 ladron* -3.5 ladrón -3.5 mangante* -3.5 sinvergüenza* -3 sinverguenza* -3 caradura* -3
robo -3 robos -3 robar -3 robado -2.5 robada -2.5 robados -2.5 robaron -3 roban -3 robando -3 robáis -3 robais -3
robó -3 abus* -3 atraco -3.5 atracos -3.5 sablazo -3 clavada -2 carísim* -2.5 carisim* -2.5 caro -1.5 cara -0.5
caros -1.5 caras -0.5 excesiv* -2 desorbitad* -2.5 exorbitant* -2.5 desproporcionad* -2 prohibitiv* -2 inflad* -1.5
exagerad* -1.5 decepci* -3 desilusi* -2.5 desencant* -2.5 frustr* -3 enfad* -3 enoj* -3 cabread* -3.5 cabreo -3
cabreos -3 cabrea -3 cabrean -3 cabreante* -3 cabrear -3 cabreadísim* -3.5 mosquead* -2 mosqueo -2 mosquea -2
indign* -3.5 harto -3 harta -3 hartos -3 hartas -3 hartazgo -3 hartísim* -3.5 hartisim* -3.5 harté -3 hartan -3
molest* -2 fastidi* -2 jorobad* -2 irritante* -2.5 irrita -2 irritad* -2.5 irritación -2 irritacion -2
insoportable* -3.5 inaguantable* -3.5 intolerable* -3.5 inadmisible* -3.5 inaceptable* -3.5 injustificable* -3
impresentable* -3.5 indecente* -3 inconcebible* -3 incomprensible* -2.5 absurd* -2.5 ridícul* -3 ridicul* -3
surrealista -2 kafkian* -2.5 esperpent* -3 incompetent* -3.5 incompetencia -3.5 inept* -3.5 ineptitud -3.5
negligen* -3 irresponsab* -3 impuntual* -2.5 desorganiz* -2.5 caos -2.5 caótic* -2.5 caotic* -2.5 cachondeo -2.5
descontrol -2.5 desbarajuste -2.5 follón -2 follon -2 lío -1.5 lio -1.5 líos -1.5 quilombo -2.5 pasota* -2
pasotismo -3 dejadez -3 desidia -3 desinterés -2.5 desinteres -2.5 indiferencia -2 grosero* -3 grosera* -3
grosería* -3 groseria* -3 maleducad* -3 borde -1.5 bordes -1.5 bordería -2.5 borderia -2.5 antipátic* -3
antipatic* -3 desagradable* -3 prepotente* -3 prepotencia -3 chulería -2.5 chuleria -2.5 chulesc* -2.5
arrogante* -2.5 arrogancia -2.5 despectiv* -2.5 despreci* -3 faltón -2.5 faltona -2.5 irrespetuos* -3
condescendiente* -2 humill* -3 insolente* -3 impertinente* -2.5 déspota* -3 despota* -3 cachondean -2.5 burla* -3
burlándose -3 burlandose -3 incapaz -2.5 incapaces -2.5 ineficaz -2.5 ineficaces -2.5 ineficien* -2.5 inoperante* -2.5
lento -2 lenta -2 lentos -2 lentas -2 lentitud -2 lentísim* -2.5 lentisim* -2.5 lentamente -1 tarde -1 tardísimo -2
tardisimo -2 tardanza -2 tardón -1.5 tardona -1.5 retras* -2 demora -2 demoras -2 demorad* -2 demoran -2 demoró -2
colapsad* -2.5 colapso -2.5 saturad* -1.5 caído -1.5 caido -1.5 caída -1 caida -1 caídas -1
bloquead* -1.5 colgad* -1.5 estrope* -2.5 avería -2.5 averías -2.5 averia -2.5 averias -2.5 averiad* -2.5
roto -2.5 rota -2.5 rotos -2.5 rotas -2.5 rotura -2.5 roturas -2.5 romp* -2.5 rompecabeza* 0 rompeolas 0
rompedor* 1 destroz* -3 dañad* -2.5 daño -2 daños -2 dañó -2.5 daña -2 dañan -2 dañin* -2.5 abollad* -2.5 rayad* -2
rayón -2 rayones -2 arañazo* -2 arañad* -2 rasguñ* -2 golpe -1.5 golpes -1.5 golpead* -2 agrietad* -2.5 grieta* -2
rajad* -2 descosid* -2.5 descolorid* -2 desteñ* -2.5 destiñ* -2.5 encogid* -2 deshilachad* -2 despegad* -2
despega -1.5 óxid* -2 oxid* -2 moho -3 mohos* -3 enmohecid* -3 podrid* -3.5 pudr* -3 caducad* -1.5 rancio -2.5
rancia -2.5 rancios -2.5 rancias -2.5 insípid* -2 insipid* -2 soso -1.5 incomible* -3.5 intragable* -3 asqueros* -3.5
asco -3.5 ascazo -3.5 repugnante* -3.5 repugna -3 nauseabund* -3.5 apesta -3 apestan -3 apestos* -3 hedor -3
grima -2.5 sucio* -2.5 sucia* -2.5 suciedad -2.5 mugre -3 mugrient* -3 cochambr* -3 guarro -2.5 guarrada -3
cerdada -3 pocilga -3 roñoso -2.5 roñosa -2.5 cucaracha* -3 gusano* -2.5 plaga -2.5 defraud* -3 triste -2 tristes -2
tristeza -2 tristemente -1.5 dolid* -2.5 ofendid* -2.5 ofensiv* -3 insult* -3 preocupad* -2 preocupante* -2.5
angusti* -2.5 agobi* -2.5 estresad* -2 estresante* -2.5 estrés -2 estres -2 desesper* -3 miedo -2 asustad* -2
susto -2 peligr* -3 riesgo -1.5 riesgos -1.5 incendi* -3 explot* -3 quemad* -2.5 quemó -2.5 chamuscad* -2.5
chispas -2 calambre* -2 cortocircuito* -3 humo -2 fuego -2 fuga -2 fugas -2 gotea -2 gotean -2 goteo -2
intoxic* -3.5 indigest* -2 vomit* -3 vómit* -3 diarrea -3 enfermo -2 enferma -2 enfermos -2 alergia -2 alérgic* -2
alergic* -2 sarpullido* -2.5 herid* -2.5 lesión -2 lesion -2 accidente -2 incidente -1.5 tóxic* -3 toxic* -3
nociv* -2.5 contaminad* -2.5 denunci* -2 abogad* -1.5 multa -2 multas -2 multad* -2 sanción -2 sancion -2
sancionad* -2 condenad* -2.5 quiebra -3 brecha -1.5 filtración -2 filtracion -2 hackeo -2.5
hackead* -2.5 hackearon -2.5 ciberataque* -2.5 polémic* -1.5 polemic* -1.5 escándalo* -3 escandalo* -3
escandalos* -3 crisis -1.5 boicot* -2.5 discrimin* -3 racista* -3 racismo -3 machista* -3 machismo -3 corrupt* -3
corrupción -3 corrupcion -3 ilegal* -2.5 mafia* -3 mafios* -3 chantaj* -3 amenaz* -2.5 acoso -3 acosan -3
spam -1.5 obligan -1.5 obligaron -1.5
`;

/** Colloquial, regional and vulgar words, slang and interjections of annoyance. */
const COLLOQUIAL = `
chungo -2.5 chunga -2.5 chungos -2.5 chungas -2.5 chusta -2.5 pufo -3 truño -3 bodrio* -3 coñazo -3 tostón -2.5
toston -2.5 peñazo -2.5 pestiño -2.5 patatero* -2.5 mierdoso -3 mierdosa -3 sacacuartos -3 sacadineros -3 vacile -2
pitorreo -3 recochineo -3 mamoneo -3 chafa -2.5 chafas -2.5 gacho -2 gacha -2 trucho -2.5 trucha -2.5 truchos -2.5
berreta -2.5 chimbo -2.5 garca -3 chanta -2.5 afano -3 fome -2 penca -2.5 paila -2 mamera -2 ladilla -2
roche -2 pinche -1.5 naco -2 naca -2 fiasco -3 chasco -2.5 fracas* -3 fail -2 cringe -2 meh -1.5 puf -1 puff* -1.5
pff* -1.5 buf -1.5 buff* -1.5 uf -1 uff* -1 argh* -2 agh -1.5 joder -2 jodido -2.5 jodida -2.5 jodidos -2.5
jodidas -2.5 jode -2 jodieron -2.5 jodió -2.5 puto -1.5 puta -1.5 putos -1.5 putas -1.5 putada -3 putean -3
puteado -3 puteo -3 puñeter* -2 maldit* -2.5 mrda -2.5 hdp -3 lpm -2 wtf -2 petardo -1.5 bronca -2 rabia -2.5
odisea -2.5 calvario -3 tortura -3 infierno -3.5 martirio -3 suplicio -3 viacrucis -3 drama -2 dramón -2.5
dramon -2.5 pesadilla -3.5 tragedia -3 castigo -2 penitencia -2 ruina -2.5 quebradero* -2.5 colmo -2.5 sinsentido -2.5
chorrada* -2.5 tontería* -2 tonteria* -2 gilipollez -3 gilipolleces -3 estúpid* -3 estupid* -3 idiota* -3
imbécil* -3 imbecil* -3 gilipollas -3.5 capullo* -3 cabrón -3.5 cabron* -3.5 payaso* -3 buitre* -2.5
sanguijuela* -3 carroñer* -3 ratas -2.5 tonto -2 tonta -2 tontos -2 tontas -2 pringad* -2.5 tramposo -3 tramposa -3
tramposos -3 tramposas -3 embaucador* -3 charlatán -2.5 charlatan* -2.5 farsant* -3 hipócrit* -3 hipocrit* -3
hipocresía -3 hipocresia -3 cínico -2.5 cínicos -2.5 cinismo -2.5 deshonest* -3 aprovechado -2.5 aprovechada -2.5 aprovechados -2.5 aprovechadas -2.5 aprovechad 1.5 aprovechadlo 1.5 aprovechadla 1.5 vago -1.5 vagos -1.5
gandul* -2 torpe* -2 hortera* -2 casposo -2 cutrón -2.5 endeble* -2 frágil -1.5 fragil -1.5 feo -2 fea -2 feos -2
feas -2 feísim* -3 feisim* -3 grotesc* -2.5 tosco -1.5 tosca -1.5
`;

/** More praise: regional, colloquial and less frequent words. */
const PRAISE_MORE = `
apañado 1.5 apañada 1.5 resultón 2 resultona 2 cuqui 2 bonico 2 bonica 2 suave 1 suavecito 1.5 potente* 1.5
versátil* 1.5 versatil* 1.5 innovador* 1.5 vistoso 1.5 vistosa 1.5 espacioso 1.5 espaciosa 1.5 limpito 1.5 impolut* 2.5 reluciente* 1.5
nuevecit* 1.5 flamante* 2 encomiable* 2.5 loable* 2 modélic* 2.5 irreprochable* 3 inigualable* 3 incomparable* 2.5
sublime* 3 celestial 2 mágic* 2 idílic* 2 envidiable* 2 jugoso 1.5 jugosa 1.5 fascin* 3 enamor* 3 triunfo 2 triunfazo 3
entusiasmo 2.5 entusiasmad* 2.5 admiración 2.5 orgullo 2 alivio 1.5 aliviad* 1.5 tranquilo 1 tranquila 1
tranquilos 1 tranquilas 1 deseando 1.5 yupi 2 hurra 2 divinamente 2.5 pepinazo 2.5 fetén 2 chingón 2.5 chingona 2.5
chingones 2.5 chingonería 2.5 groso 2 grosa 2 grosso 2 pulento 2.5 pulenta 2.5 wapo 2 wapa 2 presios* 3
delisios* 3 completísim* 2 destacable 1.5 valoro 1 gratificante* 2.5 reconfortante* 2 estimulante* 1.5
gozo 2 chuli 2 monísim* 2.5 baratito 1 baratita 1 rentable* 1.5 deslumbrante* 2.5 brillantemente 2 atinad* 2
empatía 1.5 empátic* 2 generos* 2 detallista* 2 solvente* 1.5 diligente* 2 diligencia 1.5 proactiv* 2 respetuos* 1.5
imprescindible* 2 indispensable* 1.5 ilusiona 2 emociona 1.5 agrado 1.5 placenter* 2 relajante* 1.5 limpísim* 2
intact* 1.5 ágilmente 1.5 estable 1 estabilidad 1 ergonómic* 1.5 potentísim* 2 nítid* 1.5 nitidez 1.5 piola 1.5
superrápid* 2 superrapid* 2 superbien 2 superbuen* 2.5 supercómod* 2.5 superamable* 2.5 superfácil* 2
superfacil* 2 supercontent* 2.5 superrecomendable* 3 superútil* 2.5 superchul* 2.5 superbonit* 3 superlent* -2.5
supercaro -2 supercara -2 renuevo 1 renovaré 1.5 renovaremos 1.5
céntrico 1 céntrica 1 abundante* 1.5 favorece 1.5 fiel 1.5 fieles 1.5
`;

/** More complaint words: character, disorder, feelings, regional insults. */
const COMPLAINT_MORE = `
enrevesad* -2 farragos* -2 interminable* -2 eterna -1 eternas -1 exasperante* -3 exasper* -2.5 cargante* -2 plasta -2
plastas -2 pelma -2 pelmazo* -2 insistente* -1.5 invasiv* -2 desleal* -2.5 traicion* -3 cobarde* -2.5 mezquin* -3
rácan* -2 racan* -2 tacañ* -2 miserable* -3 ruin -3 ruines -3 infame* -3.5 vil -3 viles -3 chabacan* -2 zafio -2 zafia -2 zafios -2
vulgar -1.5 vulgares -1.5 precari* -2 fatídic* -2.5 fatidic* -2.5 funest* -3 trágic* -2.5 tragic* -2.5 gravísim* -2.5
gravisim* -2.5 alarmante* -2.5 lesiv* -2 arbitrari* -2 irregularidad* -2 extraño -1 extraña -1 extraños -1 extrañas -1
desorden -2 despropósito* -3 disparate* -2.5 trapicheo* -2.5 chanchullo* -3 tejemaneje* -2.5 enchufismo -2
desgobierno -2 ninguneo -3 abandono -2 atasco -1.5 apagón -2.5 apagones -2.5 cuelgue -2 cuelgues -2 lag -1.5
lagazo -2 impotencia -2.5 ansiedad -2 inseguridad -1.5 incertidumbre -1.5 hastío -2.5 resignación -1.5 desánimo -2
desanimad* -2 avergonzad* -2.5 avergüenza -2.5 avergüenzo -2.5 ofende -2 preocupa -1.5 asusta -1.5 muermo -2
jolín -1 jolines -1 jopé -1 mecachis -1.5 leches -1 demonios -1 diablos -1 coño -1.5 snif -1.5 sniff -1.5
chingado -2.5 chingada -2.5 culero -3 culeros -3 mamón -2.5 forro -2 pelotudo -3 pelotudos -3 pelotudez -3 charcha -2.5
huachafo -2 bardo -2 olvidaron -1.5
rastrer* -3 traidor* -3 desagradecid* -2.5 desconsiderad* -2.5 desatent* -2.5 desatendid* -2.5 descuidad* -2
descuido -2 despistad* -1.5 desinformad* -2 malinformad* -2 desinformación -2 desorientad* -1.5 confundid* -1.5
desesperanzad* -2.5 furios* -3 furia -3 rabios* -2.5 encabronad* -3.5 enfurecid* -3 asquead* -3 hastiad* -2.5
agotador* -2 nervios* -1 inquietante* -2 escalofriante* -2.5 terrorífic* -3 aberrante* -3 denigrante* -3
vejatori* -3 abusón -2.5 abusones -2.5 cutrerío -2.5 guarrer* -3 marranada* -3 caca -2.5 mojón -3 robazo -3
timazo -3.5 estafón -3.5 lentorro -2 lentorra -2 eterno -1 insufrible* -3.5 malhumorad* -2.5 malhablad* -2.5
malcriad* -2.5 embuster* -3 choriceo -3 saqueo -3 usura -3 usurer* -3 avaricios* -2.5 avaricia -2.5 codicia -2.5
codicios* -2.5 oportunista* -2 carero -2 carera -2 careros -2 cicater* -2 revienta -2 reventad* -2 cansa -1.5
estresa -2 quicio -2.5 enerv* -2.5 repatea -2.5 fundió -2 fundido -1.5 derrit* -2.5 derretid* -2.5 rajó -2
descosió -2 encogió -2 anularon -1.5 extraviaron -2 balurdo -2 guachafita -2 mamarrach* -2.5 pichirre -2 mufa -1.5
garrón -2.5 afanan -3 afanaron -3
intermitente* -2 microcortes -2 phishing -2 suplantación -2.5 suplantacion -2.5 overbooking -3 masificad* -1.5
chinches -3 grasient* -2 aceitos* -1.5 raquític* -2 raquitic* -2 encoge -2 encogen -2 deformad* -2 deforma -2
bolitas -1.5 transparenta -1.5 traquete* -1.5 vibraciones -1.5 tirones -1.5 pixelad* -2
`;

/** Verb forms and nouns of the customer journey going wrong: waiting, losing, breaking, ignoring, regret. */
const JOURNEY = `
error* -1.5 erróne* -2 erroneo -2 fall* -2 bug -1.5 bugs -1.5 crashea -2.5 crashear -2 peta -2.5 petando -2.5 petó -2.5
problema* -1.5 problemón -2.5 problemon -2.5 problemilla -0.5 inconveniente* -1 queja* -2 quejo -1.5
quejarme -1.5 quejar -1.5 quejando -1.5 quejándome -1.5 reclamaci* -2 reclam* -1.5 cancel* -1 odio -3.5 odi* -3
detest* -3.5 arrepent* -2.5 arrepient* -2.5 arrepentí -2.5 lamento -1 lamentamos -0.5 desgracia* -3
desgraciadamente -1.5 desafortunadamente -1.5 sufr* -2 tardando -1.5
ignor* -2.5 incumpl* -2.5 palabrería -2.5 palabreria -2.5 empeor* -2.5 peor -3
peores -3 bajón -2 bajon -2 aburrid* -2 aburre -2 aburrimiento -2 cansad* -2 cansino* -2 pesadez -2 agotad* -1
nunca -0.5 nadie -1 sin -0.3 ninguna -0.5 ningún -0.5 espera -0.5 esperando -1.5 esperar -0.5 falta -1 faltaba* -1.5
faltan -1.5 faltó -1.5 falto -1 faltaron -1.5 mojad* -2 empapad* -2 fría -1.5 frío -1 fríos -1 frías -1.5 excusa* -1.5
culpa -1.5 culpan -2 culpables -2 broma -1.5 risa -1 chiste -1.5 tirar -1 tirado -1.5 tiré -1.5 ruido* -1
ruidos* -2 raro -1 rara -1 raros -1 raras -1 eternidad -2 rastro -0.5 pena -2 penita -2 lástima -2 lastima -2
dineral -1.5 recargo* -1.5 ocult* -1.5 incomplet* -2 imposible -2 imposibles -2 difícil -1 dificil -1 difíciles -1
dificiles -1 complicad* -1.5 complicadísim* -2 lioso -1.5 liosa -1.5 engorros* -2 tedios* -2 confus* -1.5
pérdida -2 pérdidas -2 perdid* -2 perder -1.5 perdí -1.5 perdi -1 pierdo -1.5 perdiendo -1.5 perdieron -2
perdisteis -2 extraviad* -2 extravío -2 extravio -2 desaparec* -1.5 desperdicio -3 derroche -2 malgast* -2.5
desaconsej* -3 huid -3 huyan -3 huye -2.5 huir -2 alejaos -3 aléjense -3 alejense -3 evitad* -2.5 eviten -2.5
evítenlo -2.5 evitenlo -2.5 desconfi* -2.5 sospechos* -2 dudos* -1.5 equivoc* -1.5 equivoqué -1 equivoque -1 equivocad* -2 incorrect* -2
indebid* -2.5 atascad* -2 estancad* -1.5 paralizad* -2 retenid* -1 espabil* -1.5 marean -2 mareando -2 marear -1.5
ningune* -3 perjudic* -2.5 perjuicio* -2.5 agresiv* -2.5 agresión -3 agresion -3 agredid* -3 gritó -2 gritaron -2 gritos -1.5 abandonad* -2 abandonan -2 abandonaron -2 torean -2 toreando -2 chulean -2 vacilan -1.5
suspenso -2 penalizac* -1.5 tomadura -3 flojo -2 floja -2 flojos -2 flojas -2 flojit* -1.5 flojill* -1.5 regular -1
regulín -1.5 regulin -1.5 regulero -1.5 regulera -1.5 mejorable* -1.5 justito -1 justita -1 normalito -0.5
normalita -0.5 pasable -0.5 escaso -1.5 escasa -1.5 escasos -1.5 escasas -1.5 pobre -1.5 pobres -1.5 nulo -2 nula -2
nulos -2 nulas -2 inexistente* -2 deprimente* -2.5 decadente* -2 obsolet* -1.5 anticuad* -1.5 inestable* -2
incómod* -2 incomod* -2 inseguro -2 insegura -2 insatisfech* -3 insatisfacción -3 insatisfaccion -3 descontent* -3
disgust* -2.5 inaccesible* -2 injust* -3 atropello -3 maltrat* -3 desfachatez -3 descaro -3 descarad* -3
tristísim* -2.5 bicho -1.5 bichos -2 injustamente -2.5
`;

/** Neutral words that a stem above would otherwise catch. */
const NOT_SENTIMENT = `
contenido* 0 contenedor* 0 precios 0 falleci* -1 fallas 0 perfeccion* 0.5 ignoro 0 molestias -0.5 cancelar -0.5
cancelación -0.5 cancelacion -0.5 educador* 0 puntualiz* 0 comodín 0 comodin 0 esmerald* 0 honestamente 0
inflador* 0 colgador* 0 rompope 0 quemador* 0 buffet* 0 torped* 0
`;

export const LEXICON_ES = [
  PRAISE,
  PRAISE_MORE,
  COMPLAINT,
  COMPLAINT_MORE,
  COLLOQUIAL,
  JOURNEY,
  NOT_SENTIMENT,
].join("\n");

/** Booster words (×1.4 on the sentiment word within the next two tokens) and diminishers (×0.6). */
export const BOOSTERS_ES =
  "muy mu muu* muchísimo muchisimo mucho muchas muchos muchísima muchisima muchísimas muchisimas muchísimos muchisimos " +
  "tan súper super realmente totalmente completamente absolutamente bastante demasiado re extremadamente sumamente " +
  "increíblemente increiblemente tremendamente enormemente verdaderamente altamente híper hiper ultra mega requete " +
  "recontra tope mazo mil gran rematadamente profundamente puro pura auténtico auténtica autentico autentica " +
  "verdadero verdadera";
export const DIMINISHERS_ES =
  "algo poco poquito poquitín poquitin pelín pelin ligeramente levemente casi medio relativamente " +
  "medianamente moderadamente parcialmente";
/** Negators: a negator within three tokens before flips the sentiment word (×-0.6); "apenas hace ruido" is praise. */
export const NEGATORS_ES =
  "no noo* nunca jamás jamas ni nadie nada nadita tampoco sin apenas ningún ningun ninguna ninguno ningunos ningunas nah";
/**
 * Contrast words: the part after the last one weighs ×1.5, the part before ×0.5. Not "aunque": the clause it
 * opens is the concession, not the point ("Me gusta, aunque es caro" is praise).
 */
export const CONTRAST_ES = "pero sin_embargo embargo sino no_obstante obstante";
