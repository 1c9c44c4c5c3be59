/** Smaller sentiment lexicons for pt, fr, de, it: `word score` pairs, `stem*` matches inflections. */
export const LEXICON_PT = `
bom 2 boa 2 ótim* 3 otim* 3 excelente 3.5 maravilhos* 3.5 perfeit* 3 adorei 3 amei 3 gostei 2 obrigad* 2
recomendo 2.5 rápid* 1.5 feliz 2.5 satisfeit* 2.5 melhor 2 lindo 2.5 incrível 3 top 2 parabéns 3
ruim -2.5 péssim* -3.5 pessim* -3.5 horrível -3.5 terrível -3.5 pior -3 odeio -3.5 decepcion* -3 lixo -3.5
quebrad* -2.5 defeito* -3 atras* -2 golpe -3.5 fraude -3.5 vergonha -3 absurdo -3 raiva -3 problema* -1.5
demor* -2 nunca -0.5 ninguém -1 lent* -2 cancel* -1 reclama* -2 caro -1.5 mentira* -3 descaso -3 insatisfeit* -3
`;
export const LEXICON_FR = `
bon 2 bonne 2 bien 1.5 super 3 génial 3 excellent* 3.5 parfait* 3 merveilleu* 3.5 adore 3 aime 2 merci 2
recommande 2.5 rapide 1.5 content* 2 satisfait* 2.5 meilleur* 2 top 2 bravo 3 magnifique 3.5 formidable 3.5
mauvais* -2.5 nul -3 nulle -3 horrible* -3.5 terrible* -3.5 pire -3 déteste -3.5 déçu* -3 decu* -3 décevant* -3
cassé* -2.5 défectueu* -3 retard* -2 arnaque* -3.5 escroc* -3.5 honte -3 inadmissible -3.5 inacceptable -3.5
problème* -1.5 lent* -2 jamais -0.5 personne -0.5 cher -1.5 mensonge* -3 furieu* -3.5 énervé* -3 catastroph* -3.5
`;
export const LEXICON_DE = `
gut 2 gute 2 guter 2 toll 3 super 3 großartig 3.5 ausgezeichnet 3.5 perfekt 3 wunderbar 3.5 liebe 2.5 danke 2
empfehle* 2.5 empfehlenswert 2.5 schnell 1.5 zufrieden 2.5 besten 2.5 beste 2.5 klasse 3 prima 3 freundlich* 2
schlecht* -2.5 furchtbar* -3.5 schrecklich* -3.5 schlimm* -3 schlimmste* -3.5 hasse -3.5 enttäusch* -3
kaputt* -2.5 defekt* -3 verspät* -2 betrug -3.5 betrüger* -3.5 abzocke -3.5 unverschämt* -3.5 inakzeptabel -3.5
problem* -1.5 langsam -2 nie -0.5 niemand -1 teuer -1.5 lüge* -3 ärger* -3 wütend -3.5 katastroph* -3.5 mist -3
`;
export const LEXICON_IT = `
buon* 2 bene 1.5 ottim* 3 eccellente 3.5 fantastic* 3.5 perfett* 3 meraviglios* 3.5 adoro 3 amo 3 grazie 2
consiglio 2 raccomando 2.5 veloce 1.5 contento 2 contenta 2 soddisfatt* 2.5 miglior* 2 bellissim* 3 top 2
brutt* -2.5 pessim* -3.5 orribile -3.5 terribile -3.5 peggio* -3 odio -3.5 delus* -3 deludent* -3 rott* -2.5
difettos* -3 ritard* -2 truffa* -3.5 vergogna -3 inaccettabile -3.5 problem* -1.5 lent* -2 mai -0.5 nessuno -1
caro -1.5 bugi* -3 arrabbiat* -3.5 schifo -3.5 disastro -3.5 inutile -3
`;
/** Negators, boosters and contrast words for pt, fr, de, it. */
export const RULE_WORDS_OTHER = {
  pt: {
    negators: "não nao nunca nem ninguém nada sem",
    boosters: "muito super totalmente tão bem",
    contrast: "mas porém contudo",
  },
  fr: {
    negators: "ne pas jamais rien personne sans aucun ni",
    boosters: "très trop vraiment tellement super",
    contrast: "mais pourtant cependant",
  },
  de: {
    negators: "nicht kein keine keinen nie niemand nichts ohne",
    boosters: "sehr wirklich total extrem super so",
    contrast: "aber jedoch trotzdem",
  },
  it: {
    negators: "non mai niente nessuno senza né",
    boosters: "molto davvero troppo super così",
    contrast: "ma però tuttavia",
  },
} as const;
