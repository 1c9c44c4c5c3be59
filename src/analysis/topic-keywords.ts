/**
 * Keywords per built-in topic and language; `stem*` matches inflections. Phrases (with spaces)
 * are matched on the joined token string. Listed per language so each text uses only its own.
 */
export const TOPIC_KEYWORDS: Record<string, Record<string, string>> = {
  shipping: {
    en: "shipping shipped ship delivery deliver* courier parcel* package* packages tracking arrive* arrived arrival dispatch* postman mail ups fedex dhl usps shipment* delivered deliveries carrier postal doorstep porch driver pickup transit eta | not arrived | in transit | tracking number | out for delivery | lost in the mail",
    es: "envío* envio* enviad* enviar enviaron envían envian entrega* entregad* paquete* mensajer* repartidor* correos seur mrw llegad* llegó llego llega seguimiento transportista* mensajería mensajeria reparto repartir entregar entregaron recibido recibí recibi transporte domicilio retraso* retrasad* llegar llegará llegue llegaron llegue paquetería paqueteria gls nacex recogida | no ha llegado | pedido sigue | pedido no | no llega | en reparto",
    ru: "доставк* доставил* доставлен* курьер* посылк* посылочк* пришла пришёл пришел пришло трек* почтальон* почтамт* сдэк отправ* пункт* самовывоз* доставят привез* привоз* отправлени* везут везли приедет приехал* получени* задержк* боксберри сдек достав* | почта россии | почтой россии | почте россии | отделение почты | отделении почты | на почте | не пришёл | не пришел | не пришла | не доставили",
  },
  product_defect: {
    en: "broken broke breaks defective faulty damaged cracked crack* scratched stopped dead doesn't works leak* leaking overheat* battery batteries screen defect* malfunction* rattl* peeling snapped flicker* noise noisy rust* torn ripped stitching seam* zipper dud | stopped working | acting up | power on | doesn't work | won't turn on | doesn't turn on | fell apart | doesn't charge | won't charge",
    es: "despegad* rot* estropead* defectuos* defecto* averí* averiad* dañad* rayad* grieta* pantalla* batería* bateria* fuga* calienta* estropea* falla fallo* rompi* romp* desgast* descos* despeg* gotea* pierde ruido* cremallera* costura* | dejó de funcionar | no funciona | no enciende | no carga | se rompió | viene roto | vino roto",
    ru: "отклеил* сломал* сломан* брак бракован* дефект* трещин* царапин* поврежд* разбит* батаре* аккумулятор* экран* перегрев* греется течёт течет протек* лома* разошл* развалил* отвалил* отломал* треснул* протека* шум* гудит скрип* мерца* выключается некачествен* молни* шов швы износ* облез* ржав* | не работает | не включается | не заряжается | перестал работать | перестала работать",
  },
  customer_service: {
    en: "support service agent* staff rep representative* manager* helpdesk hotline chat answer* answered respond* response replied reply call callback rude helpful ignored ignoring employee* operator* bot supervisor chat email emails emailed hotline called calling ticket complaint* cashier clerk | picks up the phone | hung up | customer service | customer support | no one answers | nobody answers | on hold",
    es: "atención atencion soporte reclamaci* agente* operador* operadora* personal empleado* dependient* teleoperador* contestan contesta responden respuesta* atienden atendió llamada* llamé llamar bot supervisor colgó chat llamo llamado email mensaje* contestar respondéis contestáis atender trato encargad* supervisor* queja* | coge el teléfono | en espera | al teléfono | atención al cliente | servicio al cliente | nadie contesta | nadie responde | servicio técnico",
    ru: "поддержк* оператор* менеджер* сотрудник* консультант* хамств* горячей линии отвечают ответили ответа звонок звонил* перезвон* чат* обслуживани* бот трубку руководител* продав* администратор* кассир* дозвонит* трубк* обращени* жалоб* претензи* персонал* | служба поддержки | никто не отвечает | никто не перезвонил",
  },
  returns_refunds: {
    en: "refund* return* returned returning reimburs* exchange money chargeback warranty replacement rma | money back | send it back | store credit",
    es: "devolución* devolucion* devolver devuelvan devuelto* reembolso* reembols* devolv* devuel* garantía garantia abono reintegro desistimiento | me devuelvan | dinero de vuelta | cambio de talla | cambiar el producto | cambiármelo | cambiarmelo",
    ru: "возврат* вернуть верните вернули возмещени* обмен* возвращ* обменя* гаранти* компенсац* | вернуть деньги | верните деньги | вернули деньги | возврат денег | верните мои деньги",
  },
  billing: {
    en: "charge* charged billed billing bill invoice* payment* paid pay card subscription* fee fees overcharg* debit* transaction* receipt bank paypal installment* amount | charged twice",
    es: "cobro* cobrad* cobraron cobran factura* facturación pago* pagado pagar pagué tarjeta* suscripci* cargo* recibo* cuota* banco extracto transferencia domiciliaci* tarifa* bizum paypal importe | dos veces",
    ru: "списал* списани* оплат* оплатил* платеж* платёж* счёт счет карт* карты подписк* комисси* чек* выписк* банк* тариф* сняли снял* перевод* рассрочк* кредит* квитанц* сумм* сбп | два раза | дважды | взяли деньги | деньги взяли",
  },
  promotion: {
    en: "promo* promotion* coupon* discount* voucher* giveaway* contest* sweepstake* raffle* code offer deal* sale bogo winner* prize* | black friday | promo code",
    es: "promoción* promocion* promo* cupón* cupon* descuento* sorteo* concurso* código* codigo* oferta* rebaja* ganador* premio* | black friday",
    ru: "акци* промокод* скидк* купон* розыгрыш* конкурс* распродаж* выигр* приз призы призов бонус* | черная пятница | чёрная пятница | в подарок | подарок за | подарки за | подарок при",
  },
  pricing: {
    en: "price* pricing expensive overpriced cheap cheaper cost* costs pricey afford* worth increase* hike* | price hike | too much",
    es: "precio* caro cara caros carísim* barato* coste* cuesta subida* subieron | sube el precio",
    ru: "цен* дорог* дешев* дешёв* стоимост* подорожал* переплат* подняли",
  },
  website_app: {
    en: "app apps website site login log password account checkout page crash* crashes bug* glitch* update* android ios iphone browser error* server* online signup register username loading loads freez* logged logout sms otp 2fa | log in | sign in",
    es: "app aplicación* aplicacion* web página* pagina* contraseña* cuenta* sesión sesion error* actualizaci* iniciar android iphone carrito descarg* instal* registr* usuario* | la web | la app | se cuelga | se bloquea",
    ru: "приложени* сайт* сайте аккаунт* парол* личный кабинет* вход* войти авторизаци* ошибк* обновлени* вылета* глюч* андроид* айфон* корзин* страниц* логин* регистрац* зарегистр* разлогин* загруж* грузит* виснет зависа* смс сбой",
  },
  legal_safety: {
    en: "lawsuit* lawyer* attorney* sue suing court legal fire fires burn* burned smoke* exploded explod* injur* hurt hospital danger* unsafe hazard* recall* poison* toxic allergic allergy choking | caught fire | consumer protection | class action",
    es: "demanda* demandar abogad* juzgado tribunal* denuncia* denunciar legal fuego incendi* quemad* quemó explot* herid* hospital peligro* intoxicaci* tóxic* alergia* alérgic* retirada* retira retiran | consumo | protección al consumidor | hoja de reclamaciones",
    ru: "суд суда суде судом судебн* иск иска иском иски исков юрист* адвокат* прокуратур* роспотребнадзор* полици* заявлени* пожар* загорел* горел* взорв* ожог* травм* больниц* опасн* отравлени* отравил* аллерги* отзывает отзывают отозвал* отзовите возгоран* | отзыв партии | защите прав потребителей",
  },
  praise: {
    en: "love loved amazing awesome excellent fantastic great perfect brilliant wonderful best recommend* thank thanks kudos impressed superb outstanding delighted",
    es: "encanta encantó encantad* genial excelente increíble maravill* perfecto perfecta recomiend* gracias fantástic* estupend* felicidades enhorabuena mejor impecable",
    ru: "спасибо благодар* отличн* прекрасн* замечательн* супер класс рекоменд* советую молодц* восторг* лучш* обожаю шикарн* великолепн*",
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
