/**
 * Keywords per built-in topic and language. A spec is `words | phrase | phrase …`: whitespace-separated
 * words first, then phrases (matched on the joined token string). Listed per language so each text
 * uses only its own. Markers:
 * - `stem*` matches every token starting with the stem (the longest stem wins, an exact word beats
 *   any stem); a phrase ending in `*` matches any ending of its last word (`колл центр*`);
 * - `~word` is ignored right after a negator in the same clause ("nothing damaged", "без царапин");
 * - `?word` / `?a phrase` is weak: it counts only when none of the topic's `!veto` words is in the
 *   text ("arrived" is shipping, but not in "my refund arrived"; "doesn't work" is a defect, but not
 *   in "the app doesn't work");
 * - `!!veto` cancels the topic whatever else is found (job ads: "hiring customer support agents").
 * A `stem*` also catches unrelated words that start the same way: list the exact forms instead when
 * a stem collides (precio* → preciosa, цен* → центр, пятн* → пятница).
 */
export const TOPIC_KEYWORDS: Record<string, Record<string, string>> = {
  shipping: {
    en: `shipping shipped ship ships shipment* delivery deliveries deliver* parcel* package*
      tracking dispatch* postman postmen mailman postie postal usps ups fedex dhl dpd evri hermes yodel
      parcelforce doorstep porch driver pickup transit eta customs warehouse backorder* ?arrive* ?arrival*
      ?delay* ?recieved ?courier*
      !refund* !return* !money !email* !reply !replies !response !answer* !code !sms !password !payment*
      !promo* !cashback !points
      | in transit | tracking number | out for delivery | lost in the mail | lost in the post | ?not arrived
      | ?never arrived | ?never received | ?haven't received | ?hasn't received | ?didn't receive
      | ?not received | ?yet to receive | ?still waiting for my order | where is my order | where's my order
      | ship to | send it to | sent to the wrong | wrong address | delivery address | shipping address
      | left at the door | left outside | left it outside | on the way | en route | stuck in customs
      | items were missing | items missing | item missing | missing items | missing item | ?showed up
      | ?turned up | click and collect | parcel locker | ?post office | royal mail | canada post
      | australia post | amazon logistics | ?never came | ?still hasn't come | wrong item | wrong items
      | wrong product | wrong order | sent me the wrong | received the wrong | got the wrong | sent my order
      | order is late | order was late | ?still not here | ?not here yet | ?never showed up | lost my order
      | ?waiting for my order | ?waiting on my order | order status | status of my order | ?order hasn't
      | ?order still hasn't | ?order never`,
    es: `envío envíos envio envios ?envia* ?envie* ?envié ?enviá* ?enviad* ?envió entrega entregas entregad*
      entregar* repartidor* reparto* repartir ?mensajer* paquete* paquetería paqueteria transportista*
      seguimiento tracking seur mrw gls nacex dhl ups fedex dpd estafeta servientrega andreani
      chilexpress starken domicilio aduana* extraviad* ?lleg* ?recibido ?recibí ?recibi ?retraso*
      ?retrasad* ?demora* ?demorad* ?transporte ?recogida sucursal ?preparando
      !reembols* !rembols* !dinero !respuesta* !contraseña* !contrasena* !electrónico !electronico !email
      !mail !código* !codigo* !sms !mensaje* !queja* !reclamaci* !factura* !abono !transferencia !devol*
      !devuel* !cashback !puntos
      | correos express | en reparto | en camino | en tránsito | en transito | punto de recogida | recoger en tienda
      | recogida en tienda | dirección de entrega | direccion de entrega | dirección de envío
      | ?no ha llegado | ?no me ha llegado | ?no llega | ?no llegó | ?sin llegar | sin enviar
      | ?no lo han enviado | ?no han enviado | ?no he recibido | ?no recibí | oficina de correos
      | ausente en el domicilio | ?tarda en llegar | ?tardan en llegar | dónde está mi pedido
      | donde esta mi pedido | donde está mi pedido | ?pedido sigue | ?pedido no | ?mi pedido no | ?no vino
      | retiro en sucursal | retirar en sucursal | en preparación | pedido equivocado | producto equivocado
      | artículo equivocado | mandan el pedido | mandaron el pedido | me mandaron otro | me han mandado otro
      | me llegó otro | me ha llegado otro | ?todavía no lo tengo | ?aún no lo tengo | ?sigo esperando el pedido
      | ?sigo esperando mi pedido | ?esperando el pedido | ?esperando mi pedido | estado del pedido
      | estado de mi pedido`,
    ru: `достав* курьер* посылк* посылочк* ?пришла ?пришёл ?пришел ?пришло ?приходит ?придёт ?придет трек*
      почтальон* почтамт* сдэк сдек cdek ?отправ* самовывоз* привез* привоз* отправлени* везут везли
      ?приедет ?приехал* ?получени* ?задержк* ?задерживает* ?опозда* ?опазд* боксберри пвз постамат* почтомат* таможн* транзит
      склад складе склада сортировочн* вручени* ?получател* ?выдач* ?собирается
      !возврат* !деньги !денег !ответ !ответа !письм* !код !кода !смс !парол* !уведомлени* !чек !оплат*
      !оплач* !сообщени* !жалоб* !претензи* !заявк* !фото* !видео !документ* !паспорт* !скан* !бонус*
      !балл* !кэшбэк* !кешбэк* !кэшбек* !кешбек*
      | почта россии | почтой россии | почте россии | почту россии | отделение почты | отделении почты
      | на почте | ?не пришёл | ?не пришел | ?не пришла | ?не пришло | не доставили | не довезли
      | ?не получил | ?не получила | где мой заказ | где заказ | где моя посылка | деловые линии
      | ?заказ не | ?заказ так и не | ?жду заказ | ?до сих пор не пришёл | ?до сих пор не пришел
      | статус заказа | в пути | передан в доставку | не тот товар
      | прислали не то | пришло не то | перепутали заказ`,
    pt: `entrega* entregue* envio* ?enviad* ?enviar frete* correios transportadora* rastreio rastreamento
      encomenda* pacote* ?chegou ?chegar ?chega ?atraso* ?atrasad* sedex carteiro* entregador*
      !reembolso* !estorno* !dinheiro !resposta* !senha* !email !código !codigo
      | ?não chegou | ?nao chegou | ?ainda não chegou | código de rastreio | a caminho | em trânsito
      | saiu para entrega`,
    fr: `livraison* livré livrée livrés livrer livreur* colis expédi* expedi* envoi* transporteur* chronopost
      colissimo ?arrivé ?arrivée ?reçu ?reçue ?retard*
      !rembours* !argent !réponse* !email !mail !code
      | la poste | ?pas arrivé | ?pas reçu | ?jamais reçu | point relais | numéro de suivi
      | en cours de livraison`,
    de: `lieferung* liefer* versand* versendet verschickt paket* päckchen sendung* zusteller* dhl hermes dpd
      gls ups zustellung* ?angekommen ?erhalten ?verspät* ?verzögerung* sendungsverfolgung
      !erstattung* !rückerstattung* !geld !antwort* !email !passwort* !code
      | ?nicht angekommen | nicht geliefert | ?noch nicht da | ?immer noch nicht`,
    it: `spedizion* consegna* consegnat* corriere* pacco pacchi tracciamento tracking brt gls sda spedit*
      ?arrivato ?arrivata ?ricevuto ?ritard*
      !rimbors* !soldi !risposta* !email !password !codice
      | ?non è arrivato | ?non e arrivato | ?mai arrivato | ?non ancora arrivato | poste italiane`,
  },
  product_defect: {
    en: `broken ~broke ~breaks defective defect* faulty ~damaged ~damage ~cracked ~cracks ~crack
      ~scratched ~scratches ~dented ~dent ~dents ~chipped ~shattered snapped ~torn ~leak* ~leaky
      overheat* malfunction* rattl* peeling flicker* noisy grinding squeak* buzzing humming ~rust*
      stitching seam seams zipper dud flimsy wobbly wonky shrunk shrank faded fading discolored discoloured
      pilling frayed fraying unravel* warped ~bent moldy mouldy ~mold ~mould spoiled rotten stale
      dripping clogged jammed jamming ~died battery batteries doa counterfeit knockoff
      !app !apps !website !site !login !password* !account* !update* !checkout !page !link !code !coupon*
      !voucher* !promo* !discount* !payment* !server* !browser !email !otp !sms
      | ?stopped working | ?quit working | ?doesn't work | ?does not work | ?don't work | ?didn't work
      | ?won't work | ?not working | ?no longer works | ?isn't working | ?wasn't working
      | ?keeps turning off | ?turns itself off | ?shuts off | ?won't start | ?doesn't start
      | ?keeps restarting | ?keeps rebooting | won't turn on | doesn't turn on | won't power on
      | doesn't power on | won't switch on | no power | won't charge | doesn't charge | not charging
      | stopped charging | won't hold a charge | doesn't hold a charge | fell apart | falling apart
      | came apart | broke down | acting up | poor quality | bad quality | low quality | cheaply made
      | quality control | doesn't heat | won't heat | doesn't cool | won't pair | doesn't pair
      | won't connect | keeps disconnecting | missing parts | parts missing | missing screws
      | dead on arrival | arrived dead | is dead | went dead | dead pixel* | battery died | battery drains
      | drains fast | barely lasts | doesn't last | didn't last | no sound | burnt out | burned out
      | gave out | power on | poorly made | badly made | doesn't close | won't close | doesn't shut
      | won't stay | doesn't stay | came loose | came off | fell off | falling off | resets itself
      | keeps resetting | randomly resets | rubbish quality | terrible quality | awful quality | only lasted
      | use by date | out of date | plastic smell | chemical smell | burning smell | smells like burning
      | not waterproof | makes a noise | making a noise | weird noise | strange noise | loud noise
      | grinding noise | clicking noise | buzzing noise | packed in | packed up | bare wire* | exposed wire*
      | not as described | not as advertised`,
    es: `~rot* ~romp* ~estropea* defectuos* defecto* ~avería ~averías ~averia ~averias averiad* ~dañad* ~daño*
      ~rayad* ~rayón ~rayones ~arañazo* grieta* agrietad* ~abollad* ~golpes batería* bateria* fuga* gotea*
      goteo ruidos ruidosa ruidoso ruidosas ruidosos chirri* zumb* parpade* cremallera* costura* ~descos* ~despeg* ~desgast* ~deshilach*
      descolori* desteñ* destiñ* ~encogi* ~oxidad* ~óxido ~oxido ~manchad* ~mancha* agujero* ~destrozad*
      sobrecalent* moho ?caducad* podrid* chapuza cutre endeble ?~falla ?~fallo* ?~fallan ?~falló ?fallando
      ?fallar pitido* pita derriti* derretid*
      !app !apps !aplicación* !aplicacion* !web !página* !pagina* !contraseña* !sesión !sesion
      !actualizaci* !código* !codigo* !cupón* !cupon* !descuento* !tarjeta* !pago* !pagar !enlace !link
      !servidor* !login !cuenta
      | ?no funciona | ?no funcionan | ?dejó de funcionar | ?deja de funcionar | ?ha dejado de funcionar
      | ?dejo de funcionar | ?funciona mal | ?no arranca | ?se apaga | ?se reinicia | no enciende
      | no se enciende | no prende | no carga | no se carga | no calienta | no enfría | no enfria
      | no aguanta | no dura | hace cosas raras | hace un ruido | hace ruido | mucho ruido | ruido raro
      | ruido extraño | un ruido | se rompió | se ha roto | se estropeó
      | se calienta | pierde agua | pierde aceite | mala calidad | baja calidad | pésima calidad
      | calidad pésima | calidad cero | control de calidad | falta una pieza | faltan piezas | le falta una
      | un golpe | vino roto | viene roto | vino rota | viene rota | de fábrica | se descose | se destiñe
      | se deshace | se suelta | huele a plástico | olor a plástico | huele a quemado | no ajusta | no encaja | no cierra bien | partida en dos | partido en dos | ni arranca
      | ni enciende | ni carga | dejó de encender | deja de encender | dejó de cargar | no es como en la foto
      | no corresponde con`,
    ru: `?~сломал* ?~сломан* брак бракован* дефект* ~трещин* ~царапин* ~поцарап* ~поврежд* ~разбит* батаре*
      аккумулятор* перегрев* греется ~течёт ~течет ~протек* ~протека* ~лома* отклеил* разошл* развалил*
      отвал* отломал* треснул* лопнул* ~порвал* ~порван* ~дыр* пятна пятно пятнами пятен шум шума шумит шумно шумный шумная шумное шумят гудит
      скрип скрипа скрипит скрипят скрипел* мерца* ?выключается ?выключился ?отключается ?перезагружа* некачествен* молни* шов швы
      износ* изнош* облез* облупил* ~ржав* скол сколы ~вмятин* погнут* неисправ* поломк* барахл* чудит
      шипит трещит хрипит пищит плесен* протух* просрочен* сдох сдохла сдохло умер умерла умерло разболтал*
      перетёр* перетер* западают воня* расплавил* оплавил* подделк* катышк* линяет линяют полинял*
      хлипк*
      !приложени* !сайт* !обновлени* !аккаунт* !парол* !промокод* !купон* !оплат* !ссылк* !сервер*
      !кабинет* | ?не работает | ?не работают | ?перестал работать | ?перестала работать | ?перестало работать
      | ?перестали работать | ?не запускается | не включается | не заряжается | не держит заряд
      | быстро садится | быстро разряжается | не греет | не морозит | не охлаждает | не печатает
      | не заводится | не ловит | не крутит | не качает | села после стирки | плохое качество
      | ужасное качество | качество на нуле | качество ужасное | кривая сборка | контроль качества
      | перестал заряжаться | перестала заряжаться | перестало заряжаться | некомплект* | нет в комплекте
      | не было в комплекте | не соответствует описанию | не как на фото | перестал включаться
      | перестала включаться | перестало включаться | перестал крутиться | перестал греть | перестала греть
      | перестал подключаться | в кирпич | начал течь | начала течь | не закрывается | в комплекте нет
      | неполная комплектация | комплектация неполная | нитки торчат | запах пластика | пахнет пластиком`,
    pt: `quebrad* ~quebrou defeito* defeituos* ~danificad* ~riscad* rachad* vazando ~estragad* enferruj*
      !app !aplicativo* !site !senha* !login
      | ?não funciona | ?nao funciona | ?parou de funcionar | não liga | nao liga | não carrega
      | veio quebrado | veio com defeito | má qualidade | qualidade ruim | péssima qualidade`,
    fr: `cassé cassée cassés défectueu* defectueu* défaut* ~abîmé* ~abime* ~rayé* fissur* fuite* panne*
      ~endommag* rouill*
      !appli !application* !site !connexion !compte
      | ?ne fonctionne pas | ?ne marche pas | ?ne marche plus | ?ne fonctionne plus | ne s'allume pas
      | ne charge pas | mauvaise qualité | tombé en panne`,
    de: `kaputt defekt* ~beschädigt* ~zerkratzt* gerissen gebrochen ~kratzer* undicht ausgelaufen rost*
      mangelhaft*
      !app !website !webseite !login !passwort* !konto
      | ?funktioniert nicht | ?geht nicht | ?geht nicht mehr | ?funktioniert nicht mehr
      | lässt sich nicht einschalten | schlechte qualität`,
    it: `rotto rotta rotti ~danneggiat* ~graffiat* difettos* difetto* crepat* guast* ruggin*
      !app !sito !password !account !login
      | ?non funziona | ?smesso di funzionare | non si accende | non carica | scarsa qualità
      | pessima qualità`,
  },
  customer_service: {
    en: `support ?service agent* staff rep reps representative* manager* helpdesk helpline hotline chat
      chatbot bot answer* respond* unresponsive response responses replied reply replies callback ?call
      ?called ?calling ?calls ?phoned rude rudely rudeness helpful unhelpful ignored ignoring ignore ignores
      employee* operator* supervisor* emailed emailing ticket tickets ?complaint* cashier* clerk* salesperson
      salesman saleswoman escalat* apolog* team unprofessional polite courteous condescending dismissive
      patronising patronizing contacted contacting ghosted dm dms dm'd dmed
      !fee !fees !charge* !subscription* !courier* !driver !scam* !regulator* !ombudsman !ftc
      !!hiring !!vacancy !!vacancies !!recruiting
      | !trading standards | !!job opening* | customer service | customer support | customer care | tech support | technical support
      | call center | call centre | contact center | contact centre | service desk | picks up the phone
      | pick up the phone | answer the phone | on the phone | phone line | by phone | phone number
      | hung up | hang up | on hold | hold music | no one answers | nobody answers | no one replies
      | nobody replies | no response | no reply | never replied | never responded | never heard back
      | haven't heard back | heard nothing back | get back to me | got back to me | contact me | reach me
      | talk to a | talk to someone | speak to a | speak to someone | speak with | real person | real human
      | actual person | live person | a human | case number | ticket number | above and beyond
      | the guy at | the woman at | the lady at | the girl at | the staff | store manager | shop assistant
      | sales assistant | live chat | left on read | virtual assistant | my email is | my number is
      | my phone number is | here's my email | here is my email | technician | engineer | department*`,
    es: `atención atencion soporte ?reclamaci* ?reclamo* ?reclamé agente* operador* operadora* empleado*
      empleada* dependient* teleoperador* teleoperadora* contestan contesta contestó contestaron contestar
      contestáis contestais responden respondéis respondeis respondió respondieron responder respuesta*
      atienden atendió atendieron atendido atendida atender atiende atendiendo ?llamada* ?llamé ?llamar
      ?llamado contestador llamadme llámame llamame llámenme llamenme llámeme bot chatbot supervisor* colgó colgaron
      colgado chat mensajes trato encargad* queja* asesor* asesora* cajer* vendedor* vendedora* amable
      amables resolutiv* maleducad* grosero* grosera* prepotent* contactar* contacten contactad* contacto
      ignorad* postventa posventa personal whatsapp incidencia* escalad* disculpa* departamento* llaméis
      llamarme escribidme escríbanme escribanme escríbeme contactadme
      !repartidor* !mensajero* !consumo !omic !denuncia* !!ere !!despidos !!vacante* !!contratando
      | !hoja de reclamaciones | !libro de reclamaciones | !!oferta de empleo | !!ofertas de empleo
      | !!busca agentes | !!busca personal | coge el teléfono | cogen el teléfono | coger el teléfono | contesta el teléfono
      | contestan el teléfono | en espera | al teléfono | por teléfono | atención al cliente
      | atencion al cliente | servicio al cliente | servicio de atención | servicio técnico
      | servicio tecnico | call center | centro de atención | línea de atención | nadie contesta
      | nadie responde | nadie me contesta | nadie me responde | nadie me atiende | nadie atiende | ni caso
      | he escrito | os he escrito | les he escrito | les escribí | me ignoran | nos ignoran | me ignoró
      | pasó de mí | pasan de mí | pasa de mí | de malas maneras | mal educado | mala atención | una borde
      | un borde | muy borde | qué borde | al equipo | equipo de atención | equipo de soporte
      | vuestro equipo | todo el equipo | en contacto | la chica de | la chica del | el chico de
      | el chico del | el señor de | la señora de | hablar con una persona | hablar con alguien
      | persona real | un humano | llamo y | le llamo | les llamo | os llamo | llamo al | llamo a
      | asistente virtual | nadie me llama | no me llaman | nadie me ha llamado | no me han llamado
      | un responsable | con el responsable | hablar con un | hablar con el | me dicen que | me dijeron que
      | me han dicho que | por privado | un privado | mensaje privado | el técnico | al técnico | un técnico
      | mi teléfono es | mi correo es | mi mail es | mi email es | os dejo mi | os paso mis datos`,
    ru: `поддержк* оператор* менеджер* сотрудник* консультант* хамств* хамил* нахамил* хамк* хамло хамят
      хамит хамск* грубил* нагрубил* грубиян* вежлив* невежлив* ответили ответа отвечают ответил ответила
      ответить отвечает ответ ?звонок ?звонк* ?звонил* ?звоню ?позвонил* ?позвонить перезвон* дозвон* чат* бот
      трубк* руководител* продавц* продавец продавщиц* администратор* кассир* обращени* ?~жалоб* ?~претензи*
      персонал* игнор* молчат молчит отписк* автоответ* связаться свяжитесь связались специалист* обслуж*
      команде командой сотрудниц* сервисн* извинил* извинени* заявк* тикет*
      !курьер* !доставщик* !мошенник* !роспотребнадзор* !суд !прокуратур* !!ваканси* !!набирает
      | !!ищет работу | !!ищет сотрудников | !!ищет операторов | !!ищет продавц* | !!ищет менеджер*
      | !в дверь | мой телефон | моя почта | мой номер | служба поддержки | горячей линии | горячая линия | горячую линию | на линии | никто не отвечает
      | никто не перезвонил | никто не берёт | никто не берет | не берут трубку | колл центр* | кол центр*
      | контакт центр* | обратной связи | обратная связь | живого человека | живой человек | с человеком
      | заботы о клиентах | служба заботы | ни ответа | без ответа | в сервис | в сервисе`,
    pt: `atendimento atendente* suporte sac atendeu atendem respondem resposta* ligação ligações liguei chat
      operador* vendedor* gerente* funcionári* funcionario* grosseir* reclamaç* reclamacao
      | ninguém responde | ninguém atende | ninguem responde | central de atendimento | mal educado
      | mal educada`,
    fr: `sav conseill* vendeu* vendeuse agent* opérateur* hotline réponse* répondu répondent appel* appelé
      rappel* chat accueil personnel employé* impoli* malpoli*
      | service client | service clients | service après vente | personne ne répond | au téléphone`,
    de: `kundenservice* kundendienst* support hotline mitarbeiter* berater* verkäufer* antwort* geantwortet
      angerufen anruf* erreichbar unfreundlich* warteschleife chat
      | niemand antwortet | keine antwort | in der warteschleife`,
    it: `assistenza operator* addett* commess* risposta* rispondono risposto chiamat* telefonato maleducat*
      scortes* chat
      | servizio clienti | nessuno risponde | numero verde`,
  },
  returns_refunds: {
    en: `refund* return* reimburs* exchange exchanged exchanging chargeback* rma restocking
      | money back | send it back | sent it back | sending it back | send back | sent back | sending back
      | store credit | return label | take it back | took it back | give me my money | want my money`,
    es: `devolución* devolucion* devolver* devuelvan devuelto* devuelta* reembols* rembols* devolv* devuel*
      abono reintegr* desistimiento reposición reposicion contracargo
      | me devuelvan | dinero de vuelta | cambio de talla | cambiar el producto | cambiármelo
      | cambiarmelo | cambiármela | cambiarmela | me lo cambien | me la cambien | me lo cambian
      | me la cambian | quieren cambiar | cambiar la talla | cambio por otro | cambio por otra
      | por uno nuevo | por una nueva | nota de crédito | nota de credito | saldo a favor
      | recuperar mi dinero | recuperar el dinero`,
    ru: `возврат* вернуть верните вернули вернул вернула вернут вернёт вернет вернёте вернете верну
      возмещени* обмен* обменя* возвращ* компенсац* замен* чарджбэк* чарджбек* рефанд*
      | вернуть деньги | верните деньги | вернули деньги | возврат денег | верните мои деньги
      | деньги назад | сдать обратно | сдал обратно | сдала обратно | принять обратно | забрать обратно
      | отказ от товара | отказаться от товара | поменять товар | обменять товар`,
    pt: `reembolso* estorno* devoluç* devolucao devolver devolvam devolveram troca trocar trocaram
      | dinheiro de volta | meu dinheiro`,
    fr: `rembours* retour* retourn* échange* echange*`,
    de: `rückerstattung* erstattung* erstattet rückgabe* zurückgeschickt zurückschicken retoure* umtausch*
      umtauschen rücksendung* widerruf* | geld zurück`,
    it: `rimbors* reso resi restituzion* restituit* sostituzion* | soldi indietro`,
  },
  billing: {
    en: `charged charges overcharg* billed billing bill bills invoice* ?payment* ?pay
      subscription* fee fees debit* transaction* paypal klarna afterpay clearpay installment* instalment*
      unauthori* autopay autorenew* dispute* vat renewal finance financing
      !app !apps !website !site !checkout !crash* !login !button !error* !page !cart !delivery !shipping
      !price* !expensive
      | charged twice | double charged | credit card | debit card | card declined | card details
      | card payment | charged my card | billing my card | apple pay | google pay | direct debit
      | bank transfer | bank statement | bank account | auto renew* | the charge | charge on | charge from
      | this charge | that charge | extra charge | hidden charge | unknown charge | monthly charge
      | charge of | card declined | payment declined`,
    es: `cobr* factura* facturación facturacion facturar facturad* ?pago* ?pagado ?pagar ?pagué ?pague
      ?pagando ?pagó tarjeta* suscripci* subscripci* cuota* extracto transferencia
      domiciliaci* bizum paypal importe iva duplicad* mercadopago oxxo recibos cargos
      !app !apps !aplicación* !aplicacion* !web !página* !pagina* !botón !boton !error* !carrito
      !actualizaci* !envío !envio !envíos !entrega !precio !precios
      | cobrado dos veces | cobraron dos veces | cobro doble | doble cargo | cargo doble
      | cargo duplicado | mercado pago | meses sin intereses | cobro indebido | apple pay | google pay
      | me cargaron | un recibo | el recibo | recibo de | un cargo | cargo de más | cargo indebido
      | cargo no reconocido | cargo en mi | cargo en la`,
    ru: `списал* списани* списыва* ?оплат* ?оплач* платеж* платёж* ?платить ?заплатил* ?заплатить ?платн*
      ?счёт ?счет ?счета ?карты ?карту ?картой банковск* подписк* комисси* ?чек ?чека ?чеке ?чеком ?чеки
      выписк* тариф* рассрочк* кредит* квитанц* ?сумм* сбп автоплатеж* автоплатёж* автопродлени* ?доплат*
      навязал* ~навязыва* ндс инвойс*
      !приложени* !сайт* !кнопк* !ошибк* !корзин* !обновлени* !страниц* !возврат* !вернул* !вернут* !вернуть
      !вернули !гаранти* !вычет* !доставк* !курьер*
      | сняли деньги | снимают деньги | сняли с карты | снимают с карты | сняли с меня | взяли деньги
      | деньги взяли | apple pay | google pay | банковский перевод | банковским переводом | !за свой счёт
      | !за свой счет | !за счёт | !за счет`,
    pt: `cobran* cobrad* cobraram cobrar fatura* boleto* ?pagamento* ?paguei ?pagar cartão cartao
      assinatura* mensalidade* pix parcela* débito debito
      !app !aplicativo* !site !erro*
      | cobrado duas vezes | cobrança indevida`,
    fr: `factur* prélev* prelev* ?paiement* ?payé ?payer carte abonnement* débit* frais
      !appli !application* !site !erreur*
      | débité deux fois | prélevé deux fois`,
    de: `rechnung* abbuchung* abgebucht ?zahlung* ?bezahlt ?bezahlen karte kreditkarte* abo abonnement*
      lastschrift* gebühr*
      !app !website !webseite !fehler*
      | doppelt abgebucht | zweimal abgebucht`,
    it: `addebit* fattur* ?pagament* ?pagato ?pagare carta abbonament* commission*
      !app !sito !errore*
      | addebitato due volte`,
  },
  promotion: {
    en: `promo* promotion* coupon* discount* voucher* giveaway* contest* sweepstake* raffle* offers deals
      sale bogo winners prize* freebie* cashback rebate* referral* clearance rewards
      | black friday | cyber monday | prime day | boxing day | gift card | gift cards | gift with purchase
      | free gift | special offer | limited offer | limited time offer | offer ends | the offer
      | this offer | great deal | good deal | best deal | deal of the day | percent off | reward points
      | buy one get one | 2 for 1 | 3 for 2 | code didn't work | code doesn't work | code isn't working
      | code not working | code won't work | code expired | the winner | winner of | loyalty program*
      | free shipping | free delivery | win a | win an | chance to win | winner announced
      | winners announced
      | loyalty points | loyalty card | loyalty scheme | loyalty club`,
    es: `promoción* promocion* promo* promocional* cupón* cupon* descuento* sorteo* sorteamos concurso*
      oferta* rebaja* ganador* premio* rifa* liquidación liquidacion cashback
      | black friday | cyber monday | hot sale | buen fin | código de descuento | codigo de descuento
      | código promocional | codigo promocional | tarjeta regalo | cheque regalo | vale descuento
      | vale de descuento | de regalo | regalo por | regalo con | 2 x 1 | 3 x 2 | programa de puntos
      | envío gratis | envío gratuito | envíos gratis | envio gratis | sin gastos de envío`,
    ru: `акция акции акцию акцией акций акциях акционн* промо промокод* промоакци* скидк* скидочк* купон* розыгрыш* конкурс* распродаж* выигр* приз
      призы призов призом бонус* кэшбэк* кешбэк* кэшбек* кешбек* cashback уценк* спецпредложени*
      подарочн* лояльност* реферал* киберпонедельник*
      дарит дарим дарят
      | черная пятниц* | чёрная пятниц* | черной пятниц* | чёрной пятниц* | черную пятниц* | чёрную пятниц*
      | бесплатная доставк* | бесплатной доставк* | бесплатную доставк* | доставка бесплатно | в подарок | подарок за | подарки за | подарок при | 2 по цене 1
      | два по цене одного`,
    pt: `promoç* promocao cupom cupons desconto* sorteio* concurso* oferta* liquidação liquidacao brinde*
      cashback | black friday | código promocional`,
    fr: `promo* réduction* reduction* remise* soldes coupon* concours gagnant* offre* | black friday
      | code promo | bon de réduction`,
    de: `rabatt* gutschein* aktion* angebot* gewinnspiel* sale ausverkauf | black friday`,
    it: `promo* sconto sconti coupon offert* saldi concorso omaggio | black friday | codice sconto`,
  },
  pricing: {
    en: `price* pricing expensive overpriced ?cheap cheaper cheapest ~cost ~costs costing costly pricey afford*
      unaffordable hike* markup* ripoff inflation shrinkflation gouging bargain
      !plastic !quality !made !feels !looks !flimsy
      | price hike | rip off | ripped off | costs too much | charge too much | charging too much
      | too much money | way too much | paying too much | value for money | money's worth
      | daylight robbery | highway robbery | costs a fortune | cost a fortune | not worth the money
      | not worth the price | isn't worth the | for the price | worth every penny | worth the money
      | worth the price | good value | great value | half the price`,
    es: `precio precios preciazo caro caros carísim* carisim* carito ?barato* baratísim* ~coste* ~costo* cuesta
      cuestan tarifa* subida* subieron subís encarec* clavada atraco
      !plástico* !plastico* !calidad
      | muy cara | demasiado cara | bastante cara | más cara | mas cara | es cara | está cara
      | un poco cara | algo cara | muy caras | demasiado caras | es un robo | un robo | menuda clavada
      | sube el precio | suben los precios | subir los precios | subido el precio | subido los precios
      | no lo vale | no los vale | no vale lo que cuesta | para lo que cuesta | por lo que cuesta`,
    ru: `цена цены цену ценой цене цен ценам ценами ценах ценник* ценов* ценообразовани* дорого дороговато
      дорогой дорогая дорогое дорогие дорогих дорогим дорогую дороже дорогущ* ?дешев* ?дешёв* стоимост*
      подорож* переплат* переплач* наценк* втридорога грабёж грабеж бюджетн*
      !пластик* !качеств*
      | подняли цены | подняли цену | подняли стоимость | повысили цены | повысили цену | задрали цены
      | задрали цену | не по карману | за такие деньги | за свои деньги | для своих денег | за эти деньги`,
    pt: `preço* preco* caro caros caríssim* carissim* barato* custo* custa | muito caro | muito cara`,
    fr: `prix cher chère chers chères coût* cout* coûte coute tarif* | trop cher | trop chère
      | hors de prix`,
    de: `preis* teuer* billig* kosten kostet überteuert* wucher* | zu teuer`,
    it: `prezzo prezzi caro cari costoso costosa costa rincar* | troppo caro | troppo cara`,
  },
  website_app: {
    en: `app apps ?website ?websites ?site webpage webshop homepage login logins logged logout password*
      ?account ?accounts checkout ?page ?pages crash* bug bugs buggy bugged glitch* android ios browser* ?error ?errors
      signup username* loading freezes froze sms otp captcha cart firmware interface ui ux url 404 outage
      downtime laggy lag lags hacked uninstall* reinstall* download* wishlist notification* verification
      register
      !says !said !according !price* !refund* !bank !iban !money !find !found !bought !ordered !purchased
      | !in error | !human error | log in | log out | sign in | sign up | signing in | dark mode | app store | play store
      | google play | ?online store | ?online shop | ?web site | server down | servers down | server error
      | site is down | app is down | website is down | won't load | doesn't load | not loading
      | keeps loading | blank page | locked out | reset password | password reset | forgot password
      | verification code | two factor | error message | error code | app update | the update
      | latest update | new update | software update | since the update | after the update
      | keeps freezing | search bar | add to cart | shopping cart | add to basket`,
    es: `app apps aplicación* aplicacion* ?web ?página* ?pagina* contraseña* contrasena* sesión sesion ?error
      ?errores actualizaci* android ios carrito descargar* descargu* descargad* registr* navegador* servidor*
      notificaci* verificaci* captcha login logue* interfaz bug bugs crashea*
      !según !pone !ponía !precio !precios !cuesta !euros !dinero !reembols* !banco !transferencia !encuentro
      !encontré !compré !comprado !pedí
      | !por error | ?la web | la app | se cuelga | se bloquea | se cierra sola | pantalla en blanco
      | ?página web | ?pagina web | ?sitio web | ?tienda online | ?tienda en línea | iniciar sesión
      | iniciar sesion | ?mi cuenta | tu cuenta | crear cuenta | crear una cuenta | cuenta bloqueada
      | código de verificación | modo oscuro | app store | play store | google play | no me deja entrar
      | no puedo entrar | no me deja acceder | no puedo acceder`,
    ru: `приложени* приложух* прилк* ?сайт* аккаунт* парол* авторизаци* войти обновлени* вылет* глюч*
      андроид* android ios корзин* страниц* логин* регистрац* зарегистр* разлогин* загруж* грузит*
      виснет зависа* зависл* смс сбой сбои интерфейс* браузер* веб вебсайт сервер* капч* взлом* пуш пуши
      пушей лагает лаги лагать кабинет* техработ*
      !цена !цену !цены !цене !стоит !стоимост* !наличи* !написано !указано !описани* !отзыв* !купил*
      !заказал*
      | личный кабинет | личном кабинете | личного кабинета | код подтверждения | выдаёт ошибку
      | выдает ошибку | выдаёт ошибки | выдает ошибки | пишет ошибку | пишет ошибка | ошибка при
      | ошибку при | ошибка сервера | код ошибки | не могу войти | не могу зайти | google play
      | гугл плей | app store | плей маркет | play market | тёмная тема | темная тема`,
    pt: `app aplicativo* site login senha* cadastro* erro* atualizaç* travando carrinho navegador
      | não consigo entrar | nao consigo entrar | fazer login`,
    fr: `appli application* app site connexion connecter bug* beug* erreur* | mot de passe | mise à jour
      | site web`,
    de: `app website webseite login passwort* anmeld* fehler* update* absturz* abgestürzt | stürzt ab
      | lädt nicht`,
    it: `app sito login password account errore* aggiornament* crash* | sito web
      | non riesco ad accedere`,
  },
  legal_safety: {
    en: `lawsuit* lawyer* attorney* sue suing sued court courts legal illegal* smoke smoking exploded
      explod* explosion* injur* hurt hospital hospitalised hospitalized danger* unsafe hazard*
      poison* toxic allergic allergy allergies anaphyla* choking choked rash rashes scald* electrocut* recalls
      recalled recalling
      sparks sparking sparked fraud fraudulent regulator* ombudsman ftc cpsc fda police settlement fined
      fines watchdog* scammer* fraudster* gdpr breach contaminat* salmonella listeria asbestos flames fumes
      | caught fire | catch fire | catches fire | catching fire | burst into flames | fire hazard
      | fire risk | started a fire | set fire | fire department | fire brigade | burned my | burnt my
      | burned me | burnt me | got burned | got burnt | burned his | burned her | burnt his | burnt her
      | electric shock | short circuit | class action | consumer protection | trading standards
      | legal action | small claims | data breach | data leak | leaked my data | personal data
      | food poisoning | e coli | cut myself | sharp edge* | report you to | reporting you to
      | reported you to | carbon monoxide | gas leak | glass in | metal in | foreign object
      | health risk | safety risk | safety issue | safety hazard | unsafe for | product recall | a recall
      | the recall | safety recall | recall notice | under investigation | investigation into | got a shock
      | nasty shock | shock off | shock from | bare wire* | exposed wire*`,
    es: `demandar* demandas abogad* juzgado* tribunal* denuncia* denunciar legal ilegal* fuego incendi*
      quemad* quemó explot* herid* hospital* peligro* intoxic* tóxic* toxic* alergia* alérgic* alergic*
      retirada* retira retiran chispa* cortocircuito electrocut* calambre quemadura* lesión lesion* urgencias
      policía policia fraude fraudulent* multa multas multad* sancion* sanción hackeo hackead* filtración
      filtracion omic profeco sernac indecopi facua ocu envenen* atragant* asfixi* humo ardiendo
      estafador*
      | a consumo | en consumo | según consumo | ministerio de consumo | oficina de consumo
      | protección al consumidor | defensa del consumidor | derechos del consumidor
      | hoja de reclamaciones | libro de reclamaciones | demanda colectiva | descarga eléctrica
      | datos personales | protección de datos | filtración de datos | brecha de seguridad | una demanda
      | la demanda contra | poner una demanda | interponer una demanda`,
    ru: `суд суда суде судом суду судебн* судиться засуж* иск иска иском иски исков юрист* адвокат*
      прокуратур* роспотребнадзор* роскомнадзор* полици* пожар* загорел* воспламен* взорв* взрыв* ожог*
      травм* больниц* опасн* отравлени* отравил* аллерги* отзывает отзывают отозвал* отзовите возгоран*
      током замыкани* искрит искрил искрила искрило искрят искры искрами заискрил* оголён* оголен* дым дыма дымит дымил* задымил*
      порезал* поранил* токсичн* ядовит* штраф* оштрафова* мошенничеств* мошенник* незаконн* нелегальн* врач*
      зпп фас утечк*
      скорую
      | отзыв партии | прав потребителей | права потребителей | утечка данных | утечки данных
      | утечке данных | слили данные | слив данных | персональные данные | персональных данных
      | возбудила дело | возбудил дело | возбуждено дело | уголовное дело | дело против`,
    pt: `advogad* procon justiça justica tribunal* processar incêndio incendio fogo explodiu explos*
      queimad* queimou ferid* hospital perigo* perigos* alergia* intoxica* recall anvisa polícia policia
      fraude* | pegou fogo | vazamento de dados | dados pessoais | defesa do consumidor`,
    fr: `avocat* tribunal* procès dangereu* danger incendie brûl* brul* explos* bless* hôpital hopital
      allergi* intoxicat* dgccrf police fraude* illégal* | porter plainte | pris feu | a pris feu
      | fuite de données | données personnelles`,
    de: `anwalt* klage* gericht* verklagen polizei gefährlich* gefahr brand explod* verletz* krankenhaus
      allergi* rückruf* verbraucherzentrale* betrug* datenleck* datenschutz* | in brand | fing feuer`,
    it: `avvocat* denuncia* tribunale polizia pericolos* pericolo incendio esplos* ustion* ferit* ospedale
      allergi* intossicazion* richiam* frode* codacons antitrust | preso fuoco`,
  },
  praise: {
    en: `love loved loves lovely amazing awesome excellent fantastic great perfect perfectly brilliant
      wonderful best recommend* thank thanks thx kudos impressed superb outstanding delighted happy
      pleased satisfied glad nice flawless exceeded exceeds stellar terrific phenomenal incredible cheers
      grateful appreciate* legend legends lifesaver gem reliable smooth seamless helpful friendly
      | top notch | five stars | 5 stars | well done | good job | great job | spot on | hats off
      | shout out | life saver`,
    es: `encanta encantó encantad* encantador* genial excelente increíble maravill* perfecto perfecta
      perfectos perfectas recomiend* recomendable gracias fantástic* estupend* felicidades enhorabuena
      mejor impecable contento contenta contentos contentas satisfech* agradecid* agradezco crack cracks
      lujo top genio genia buenísim* chulísim* guay chévere chido padrísim* bacán bacan felicit*
      | de diez | un diez | una pasada | da gusto | qué padre | 10 de 10`,
    ru: `спасибо благодар* отличн* прекрасн* замечательн* супер класс классн* рекоменд* советую молодц*
      восторг* лучш* обожаю шикарн* великолепн* огонь топ кайф* доволен довольна довольны понравил*
      нравится респект идеальн* чётко четко радует рад рада удобн* качественн* приятн* годн* зачёт зачет
      спс умнички умничк* здорово круто крут*
      | на высоте | пять звёзд | пять звезд`,
    pt: `obrigad* excelente ótimo otimo ótima otima maravilh* perfeito perfeita recomendo amei adorei amo
      incrível incrivel parabéns parabens top sensacional melhor`,
    fr: `merci excellent excellente génial genial parfait parfaite super top recommande* bravo adore
      incroyable formidable magnifique meilleur* ravi ravie`,
    de: `danke super toll klasse perfekt empfehle* empfehlenswert hervorragend ausgezeichnet großartig
      grossartig begeistert zufrieden spitze top`,
    it: `grazie ottimo ottima eccellente perfetto perfetta fantastic* consiglio stupend* bravissim* bravi
      top meraviglios* super contento contenta`,
  },
};

/** Severity per topic, 0–25, for priority (legal_safety highest). */
export const TOPIC_SEVERITY: Record<string, number> = {
  legal_safety: 25,
  product_defect: 12,
  billing: 12,
  customer_service: 9,
  returns_refunds: 9,
  shipping: 8,
  website_app: 6,
  pricing: 4,
  promotion: 4,
  praise: 0,
};
