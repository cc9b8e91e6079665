// Every word the verifier shows, one table per language. {name} is filled in by the page.
// English is the source; a key missing in another language falls back to English.
// French, Arabic and Swahili were drafted with the page, then reviewed against the app's
// own words (the same terms as Tutor's screens in each language).
var STRINGS = {
  en: {
    pageTitle: "Check a Tutor certificate",
    language: "Language",
    intro: "Check that a certificate from a Tutor learning centre is genuine. Open its file, " +
      "a photo of its QR code, or paste its text. Nothing leaves this computer: no internet is needed.",
    dropHere: "Drop a file here",
    openFile: "Open a file",
    openHint: "A certificate (.pdf), a badge (.png), a credential (.json), a photo of the QR code " +
      "(.jpg, .png), or a centre card (.json).",
    scan: "Scan with the camera",
    stopScan: "Stop the camera",
    scanning: "Hold the certificate's QR code in front of the camera.",
    noCamera: "No camera could be opened. Take a photo of the QR code and open the photo instead.",
    pasteLabel: "Or paste the text of the QR code (it starts with TVC1:) or of the .json file:",
    check: "Check",
    checking: "Checking…",
    print: "Print",
    checkedOn: "Checked on {date} with the Tutor certificate verifier.",
    colon: ": ",
    resultTitle: "Result",

    valid: "Valid",
    validText: "This certificate is genuine: {centre} signed it, and nothing in it was changed since.",
    tampered: "Not valid: changed or false",
    tamperedText: "Do not trust this certificate. It was changed after the centre signed it, " +
      "or the signature is not the centre's.",
    unknown: "Unknown centre",
    unknownText: "The signature is correct, but it was made with a key that is not on the card of " +
      "any centre you trust. The certificate says it comes from {centre}. Ask that centre for its " +
      "centre card, check that its key fingerprint is {fingerprint}, and open the card here.",
    revoked: "Not valid: the centre withdrew its key",
    revokedText: "{centre} withdrew the key that signed this certificate ({reason}, on {date}). " +
      "Do not trust it: ask the centre.",
    reasonCompromised: "the key was lost or stolen",
    reasonReplaced: "the key was replaced",
    expired: "Expired",
    expiredText: "This certificate was genuine, but it was valid only until {date}. " +
      "Ask the learner for a newer one.",
    notCredential: "Not a certificate",
    notCredentialText: "There is no Tutor certificate in this. Open the certificate's .pdf, " +
      ".png or .json file, or a photo of its QR code.",
    noCrypto: "This browser cannot check signatures",
    noCryptoText: "Open this page in a recent browser: Chrome or Edge 137 or newer, Firefox 129 or " +
      "newer, or Safari 17 or newer.",
    cardAdded: "Centre card added",
    cardAddedText: "Certificates signed by {centre} ({place}) are trusted on this page until you " +
      "close it.",
    cardRefused: "Centre card refused",
    cardRefusedText: "This centre card's signature is not correct: it may have been changed. " +
      "Ask the centre for its card again.",

    tooBig: "This file is larger than 20 MB: too large to be a certificate.",
    noQr: "No QR code could be read in this picture. Take a sharper photo, closer, with the whole " +
      "code in the picture and light on it.",
    empty: "The box is empty: paste the text first.",
    damaged: "This file is damaged, or it is not a kind of file this page can read.",
    noPdfCredential: "This PDF file has no certificate inside it.",
    qrDamaged: "This QR code's text is damaged or incomplete.",

    whatItSays: "What the certificate says",
    whatItSaysUntrusted: "What the file says (do not trust it)",
    learner: "Learner",
    achievement: "Achievement",
    results: "Results",
    howAssessed: "How it was assessed",
    date: "Date",
    centre: "Centre",
    place: "Place",
    validUntil: "Valid until",
    noEnd: "no end date",
    fingerprint: "Centre's key fingerprint",
    trustedAs: "Trusted centre card",
    attestation: "The centre's trainer attests that the person named here did this assessment " +
      "under supervision.",

    trustedTitle: "Trusted centres",
    trustedNone: "No centre is trusted yet: every certificate will show \"Unknown centre\" until " +
      "you open the centre card that the centre gave you.",
    trustedIntro: "Certificates signed by these centres are accepted:",
    fromPage: "given with this page",
    fromVisit: "opened now, until you close this page",
    openCard: "Open a centre card",
    embeddedRefused: "{count} centre card(s) given with this page were refused: their signature " +
      "is not correct.",
    embeddedDamaged: "The list of trusted centres in this page is damaged: no centre from it is " +
      "trusted.",

    howTitle: "How does this work?",
    howText: "A Tutor centre signs each certificate with its secret key. This page checks the " +
      "signature with the centre's public key, using your browser's own cryptography, so it " +
      "knows whether anything was changed. A centre card says which key belongs to which centre; " +
      "get it from the centre itself (on paper or as a file) and compare the key fingerprint.",
    footer: "Tutor certificate verifier. It works without the internet. QR codes are read with " +
      "jsQR (Apache License 2.0)."
  },

  fr: {
    pageTitle: "Vérifier une attestation Tutor",
    language: "Langue",
    intro: "Vérifiez qu'une attestation délivrée par un centre de formation Tutor est " +
      "authentique. Ouvrez son fichier ou une photo de son code QR, ou collez son texte. Rien ne " +
      "quitte cet ordinateur\u00a0: pas besoin d'internet.",
    dropHere: "Déposez un fichier ici",
    openFile: "Ouvrir un fichier",
    openHint: "Une attestation (.pdf), un badge (.png), les données d'une attestation (.json), " +
      "une photo du code QR (.jpg, .png), ou la fiche d'un centre (.json).",
    scan: "Scanner avec la caméra",
    stopScan: "Arrêter la caméra",
    scanning: "Tenez le code QR de l'attestation devant la caméra.",
    noCamera: "Aucune caméra n'a pu être ouverte. Prenez plutôt une photo du code QR, puis " +
      "ouvrez cette photo.",
    pasteLabel: "Ou collez le texte du code QR (il commence par TVC1:) ou celui du fichier " +
      ".json\u00a0:",
    check: "Vérifier",
    checking: "Vérification…",
    print: "Imprimer",
    checkedOn: "Vérifié le {date} avec la page de vérification des attestations Tutor.",
    colon: "\u00a0: ",
    resultTitle: "Résultat",

    valid: "Valide",
    validText: "Cette attestation est authentique\u00a0: {centre} l'a signée, et rien n'y a été " +
      "modifié depuis.",
    tampered: "Non valide\u00a0: modifiée ou fausse",
    tamperedText: "Ne vous fiez pas à cette attestation. Elle a été modifiée après la signature " +
      "du centre, ou la signature n'est pas celle du centre.",
    unknown: "Centre inconnu",
    unknownText: "La signature est correcte, mais elle a été faite avec une clé qui ne figure " +
      "sur la fiche d'aucun centre de confiance. L'attestation dit venir de {centre}. Demandez " +
      "sa fiche à ce centre, vérifiez que l'empreinte de sa clé est {fingerprint}, puis ouvrez " +
      "la fiche ici.",
    revoked: "Non valide\u00a0: le centre a retiré sa clé",
    revokedText: "{centre} a retiré la clé qui a signé cette attestation ({reason}, le {date}). " +
      "Ne vous y fiez pas\u00a0: renseignez-vous auprès du centre.",
    reasonCompromised: "la clé a été perdue ou volée",
    reasonReplaced: "la clé a été remplacée",
    expired: "Expirée",
    expiredText: "Cette attestation était authentique, mais elle n'était valable que jusqu'au " +
      "{date}. Demandez-en une plus récente à la personne.",
    notCredential: "Ce n'est pas une attestation",
    notCredentialText: "Il n'y a pas d'attestation Tutor ici. Ouvrez le fichier .pdf, .png ou " +
      ".json de l'attestation, ou une photo de son code QR.",
    noCrypto: "Ce navigateur ne peut pas vérifier les signatures",
    noCryptoText: "Ouvrez cette page dans un navigateur récent\u00a0: Chrome ou Edge 137 ou plus " +
      "récent, Firefox 129 ou plus récent, ou Safari 17 ou plus récent.",
    cardAdded: "Fiche de centre ajoutée",
    cardAddedText: "Les attestations signées par {centre} ({place}) sont acceptées sur cette " +
      "page jusqu'à ce que vous la fermiez.",
    cardRefused: "Fiche de centre refusée",
    cardRefusedText: "La signature de cette fiche de centre n'est pas correcte\u00a0: elle a " +
      "peut-être été modifiée. Demandez de nouveau sa fiche au centre.",

    tooBig: "Ce fichier dépasse 20\u00a0Mo\u00a0: il est trop gros pour être une attestation.",
    noQr: "Aucun code QR n'a pu être lu sur cette image. Prenez une photo plus nette, de plus " +
      "près, avec tout le code dans l'image et bien éclairé.",
    empty: "La case est vide\u00a0: collez d'abord le texte.",
    damaged: "Ce fichier est abîmé, ou cette page ne sait pas lire ce type de fichier.",
    noPdfCredential: "Ce fichier PDF ne contient pas d'attestation.",
    qrDamaged: "Le texte de ce code QR est abîmé ou incomplet.",

    whatItSays: "Ce que dit l'attestation",
    whatItSaysUntrusted: "Ce que dit le fichier (ne vous y fiez pas)",
    learner: "Apprenant",
    achievement: "Évaluation réussie",
    results: "Résultats",
    howAssessed: "Règle de l'évaluation",
    date: "Date",
    centre: "Centre",
    place: "Lieu",
    validUntil: "Fin de validité",
    noEnd: "aucune",
    fingerprint: "Empreinte de la clé du centre",
    trustedAs: "Fiche du centre (de confiance)",
    attestation: "Le formateur du centre atteste que la personne nommée ici a passé cette " +
      "évaluation sous surveillance.",

    trustedTitle: "Centres de confiance",
    trustedNone: "Aucun centre n'est encore de confiance\u00a0: chaque attestation affichera " +
      "«\u00a0Centre inconnu\u00a0» tant que vous n'aurez pas ouvert la fiche que le centre vous " +
      "a donnée.",
    trustedIntro: "Les attestations signées par ces centres sont acceptées\u00a0:",
    fromPage: "fournie avec cette page",
    fromVisit: "ouverte maintenant, jusqu'à la fermeture de cette page",
    openCard: "Ouvrir la fiche d'un centre",
    embeddedRefused: "Fiches de centre fournies avec cette page et refusées, car leur signature " +
      "n'est pas correcte\u00a0: {count}.",
    embeddedDamaged: "La liste des centres de confiance de cette page est abîmée\u00a0: aucun " +
      "centre de cette liste n'est accepté.",

    howTitle: "Comment ça marche\u00a0?",
    howText: "Un centre Tutor signe chaque attestation avec sa clé secrète. Cette page vérifie " +
      "la signature avec la clé publique du centre, grâce à la cryptographie de votre " +
      "navigateur\u00a0: elle sait ainsi si quelque chose a été modifié. La fiche d'un centre " +
      "dit quelle clé appartient à quel centre\u00a0; obtenez-la auprès du centre lui-même (sur " +
      "papier ou en fichier) et comparez l'empreinte de la clé.",
    footer: "Page de vérification des attestations Tutor. Elle fonctionne sans internet. Les " +
      "codes QR sont lus avec jsQR (licence Apache 2.0)."
  },

  ar: {
    pageTitle: "التحقق من شهادة Tutor",
    language: "اللغة",
    intro: "تحقّق من أن شهادة صادرة عن مركز تدريب يستخدم Tutor أصلية. افتح ملفها، أو صورة رمز QR " +
      "الخاص بها، أو الصق نصها. لا يخرج أي شيء من هذا الحاسوب، ولا حاجة إلى الإنترنت.",
    dropHere: "اسحب ملفًا وأفلته هنا",
    openFile: "فتح ملف",
    openHint: "شهادة (‎.pdf)، أو شارة (‎.png)، أو شهادة رقمية (‎.json)، أو صورة رمز QR " +
      "(‎.jpg، ‎.png)، أو بطاقة مركز (‎.json).",
    scan: "المسح بالكاميرا",
    stopScan: "إيقاف الكاميرا",
    scanning: "ضع رمز QR الخاص بالشهادة أمام الكاميرا.",
    noCamera: "تعذّر فتح أي كاميرا. التقط صورة لرمز QR ثم افتح الصورة.",
    pasteLabel: "أو الصق نص رمز QR (يبدأ بـ TVC1:) أو نص ملف ‎.json:",
    check: "تحقّق",
    checking: "جارٍ التحقق…",
    print: "طباعة",
    checkedOn: "جرى التحقق بتاريخ {date} بأداة التحقق من شهادات Tutor.",
    colon: ": ",
    resultTitle: "النتيجة",

    valid: "صالحة",
    validText: "هذه الشهادة أصلية: وقّعها {centre}، ولم يتغيّر فيها شيء منذ ذلك الحين.",
    tampered: "غير صالحة: معدّلة أو مزيّفة",
    tamperedText: "لا تثق بهذه الشهادة. لقد عُدّلت بعد أن وقّعها المركز، أو أن التوقيع ليس توقيع المركز.",
    unknown: "مركز غير معروف",
    unknownText: "التوقيع صحيح، لكنه أُنشئ بمفتاح غير موجود في بطاقة أي مركز تثق به. تذكر الشهادة " +
      "أنها من {centre}. اطلب من هذا المركز بطاقته، وتأكّد من أن بصمة مفتاحه هي {fingerprint}، ثم افتح البطاقة هنا.",
    revoked: "غير صالحة: سحب المركز مفتاحه",
    revokedText: "سحب {centre} المفتاح الذي وُقّعت به هذه الشهادة ({reason}، بتاريخ {date}). لا تثق بها: " +
      "اسأل المركز.",
    reasonCompromised: "فُقد المفتاح أو سُرق",
    reasonReplaced: "استُبدل المفتاح",
    expired: "منتهية الصلاحية",
    expiredText: "كانت هذه الشهادة أصلية، لكنها كانت صالحة حتى {date} فقط. اطلب من المتعلّم شهادة أحدث.",
    notCredential: "ليست شهادة",
    notCredentialText: "لا توجد هنا شهادة Tutor. افتح ملف الشهادة ‎.pdf أو ‎.png أو ‎.json، أو صورة رمز QR الخاص بها.",
    noCrypto: "لا يستطيع هذا المتصفح التحقق من التواقيع",
    noCryptoText: "افتح هذه الصفحة في متصفح حديث: Chrome أو Edge الإصدار 137 أو أحدث، أو Firefox 129 " +
      "أو أحدث، أو Safari 17 أو أحدث.",
    cardAdded: "أُضيفت بطاقة المركز",
    cardAddedText: "الشهادات التي وقّعها {centre} ({place}) موثوقة في هذه الصفحة حتى تغلقها.",
    cardRefused: "رُفضت بطاقة المركز",
    cardRefusedText: "توقيع بطاقة المركز هذه غير صحيح: ربما عُدّلت. اطلب بطاقته من المركز مرة أخرى.",

    tooBig: "حجم هذا الملف أكبر من 20 ميغابايت: أكبر من أن يكون شهادة.",
    noQr: "تعذّرت قراءة رمز QR في هذه الصورة. التقط صورة أوضح وأقرب، يظهر فيها الرمز كله في ضوء جيد.",
    empty: "الخانة فارغة: الصق النص أولًا.",
    damaged: "هذا الملف تالف، أو ليس من نوع تستطيع هذه الصفحة قراءته.",
    noPdfCredential: "لا يحتوي ملف PDF هذا على شهادة.",
    qrDamaged: "نص رمز QR هذا تالف أو ناقص.",

    whatItSays: "ما تذكره الشهادة",
    whatItSaysUntrusted: "ما يذكره الملف (لا تثق به)",
    learner: "المتعلّم",
    achievement: "الإنجاز",
    results: "النتائج",
    howAssessed: "طريقة التقييم",
    date: "التاريخ",
    centre: "المركز",
    place: "المكان",
    validUntil: "صالحة حتى",
    noEnd: "بلا تاريخ انتهاء",
    fingerprint: "بصمة مفتاح المركز",
    trustedAs: "بطاقة مركز موثوقة",
    attestation: "يشهد مدرّب المركز أن الشخص المذكور هنا أجرى هذا التقييم تحت الإشراف.",

    trustedTitle: "المراكز الموثوقة",
    trustedNone: "لا يوجد مركز موثوق بعد: ستظهر نتيجة كل شهادة «مركز غير معروف» حتى تفتح " +
      "بطاقة المركز التي أعطاك إياها المركز.",
    trustedIntro: "الشهادات التي وقّعتها هذه المراكز مقبولة:",
    fromPage: "مرفقة بهذه الصفحة",
    fromVisit: "فُتحت الآن، حتى تغلق هذه الصفحة",
    openCard: "فتح بطاقة مركز",
    embeddedRefused: "رُفضت {count} من بطاقات المراكز المرفقة بهذه الصفحة: توقيعها غير صحيح.",
    embeddedDamaged: "قائمة المراكز الموثوقة في هذه الصفحة تالفة: لا يُقبل أي مركز منها.",

    howTitle: "كيف يعمل هذا؟",
    howText: "يوقّع مركز Tutor كل شهادة بمفتاحه السري. تتحقق هذه الصفحة من التوقيع بالمفتاح العام للمركز، " +
      "باستخدام التشفير المدمج في متصفحك، فتعرف إن كان أي شيء قد تغيّر. تبيّن بطاقة المركز أيّ مفتاح يخصّ أيّ مركز؛ " +
      "احصل عليها من المركز نفسه (على ورق أو كملف) وقارن بصمة المفتاح.",
    footer: "أداة التحقق من شهادات Tutor. تعمل دون إنترنت. تُقرأ رموز QR بمكتبة jsQR (رخصة Apache 2.0)."
  },

  sw: {
    pageTitle: "Kagua cheti cha Tutor",
    language: "Lugha",
    intro: "Kagua kama cheti kutoka kituo cha mafunzo cha Tutor ni halisi. Fungua faili lake, picha " +
      "ya msimbo wake wa QR, au bandika maandishi yake. Hakuna kinachotoka kwenye kompyuta hii: " +
      "intaneti haihitajiki.",
    dropHere: "Buruta faili na uliachie hapa",
    openFile: "Fungua faili",
    openHint: "Cheti (.pdf), beji (.png), hati ya sifa (.json), picha ya msimbo wa QR (.jpg, .png), " +
      "au kadi ya kituo (.json).",
    scan: "Soma kwa kamera",
    stopScan: "Zima kamera",
    scanning: "Shika msimbo wa QR wa cheti mbele ya kamera.",
    noCamera: "Kamera haikuweza kufunguliwa. Piga picha ya msimbo wa QR, kisha fungua picha hiyo.",
    pasteLabel: "Au bandika maandishi ya msimbo wa QR (yanaanza na TVC1:) au ya faili la .json:",
    check: "Kagua",
    checking: "Inakagua…",
    print: "Chapisha",
    checkedOn: "Imekaguliwa tarehe {date} kwa ukurasa wa kukagua vyeti vya Tutor.",
    colon: ": ",
    resultTitle: "Matokeo",

    valid: "Halali",
    validText: "Cheti hiki ni halisi: kimetiwa sahihi na {centre}, na hakuna kilichobadilishwa ndani " +
      "yake tangu hapo.",
    tampered: "Si halali: kimebadilishwa au ni bandia",
    tamperedText: "Usikiamini cheti hiki. Kilibadilishwa baada ya kituo kukitia sahihi, au sahihi " +
      "yake si ya kituo.",
    unknown: "Kituo kisichojulikana",
    unknownText: "Sahihi iko sawa, lakini iliwekwa kwa ufunguo ambao haupo kwenye kadi ya kituo " +
      "chochote unachokiamini. Cheti kinasema kinatoka {centre}. Kiombe kituo hicho kadi yake ya " +
      "kituo, hakikisha alama ya utambulisho wa ufunguo wake ni {fingerprint}, kisha ufungue kadi hiyo hapa.",
    revoked: "Si halali: kituo kimeuondoa ufunguo wake",
    revokedText: "Ufunguo uliotia sahihi cheti hiki uliondolewa na {centre} ({reason}, tarehe {date}). " +
      "Usikiamini: wasiliana na kituo hicho.",
    reasonCompromised: "ufunguo ulipotea au uliibiwa",
    reasonReplaced: "ufunguo ulibadilishwa",
    expired: "Muda wake umekwisha",
    expiredText: "Cheti hiki kilikuwa halisi, lakini kilikuwa halali hadi {date} tu. " +
      "Mwombe mwanafunzi cheti kipya zaidi.",
    notCredential: "Si cheti",
    notCredentialText: "Hakuna cheti cha Tutor hapa. Fungua faili la cheti la .pdf, .png au .json, " +
      "au picha ya msimbo wake wa QR.",
    noCrypto: "Kivinjari hiki hakiwezi kukagua sahihi",
    noCryptoText: "Fungua ukurasa huu kwenye kivinjari cha toleo jipya: Chrome au Edge toleo 137 au " +
      "jipya zaidi, Firefox 129 au jipya zaidi, au Safari 17 au jipya zaidi.",
    cardAdded: "Kadi ya kituo imeongezwa",
    cardAddedText: "Vyeti vilivyotiwa sahihi na {centre} ({place}) vinaaminiwa kwenye ukurasa huu " +
      "hadi utakapoufunga.",
    cardRefused: "Kadi ya kituo imekataliwa",
    cardRefusedText: "Sahihi ya kadi hii ya kituo haiko sawa: huenda kadi imebadilishwa. Kiombe " +
      "kituo kadi yake tena.",

    tooBig: "Faili hili ni kubwa kuliko MB 20: ni kubwa mno kuwa cheti.",
    noQr: "Msimbo wa QR haukuweza kusomwa kwenye picha hii. Piga picha iliyo wazi zaidi, ukiwa " +
      "karibu zaidi, msimbo wote ukiwa ndani ya picha na ukiwa na mwanga wa kutosha.",
    empty: "Kisanduku ni tupu: bandika maandishi kwanza.",
    damaged: "Faili hili limeharibika, au si aina ya faili ambayo ukurasa huu unaweza kusoma.",
    noPdfCredential: "Faili hili la PDF halina cheti ndani yake.",
    qrDamaged: "Maandishi ya msimbo huu wa QR yameharibika au hayajakamilika.",

    whatItSays: "Cheti kinasema nini",
    whatItSaysUntrusted: "Faili linasema nini (usiliamini)",
    learner: "Mwanafunzi",
    achievement: "Mafanikio",
    results: "Matokeo",
    howAssessed: "Jinsi ujuzi ulivyopimwa",
    date: "Tarehe",
    centre: "Kituo",
    place: "Mahali",
    validUntil: "Halali hadi",
    noEnd: "haina tarehe ya mwisho",
    fingerprint: "Alama ya utambulisho wa ufunguo wa kituo",
    trustedAs: "Kadi ya kituo kinachoaminiwa",
    attestation: "Mkufunzi wa kituo anathibitisha kwamba mtu aliyetajwa hapa alifanya tathmini hii " +
      "chini ya usimamizi.",

    trustedTitle: "Vituo vinavyoaminiwa",
    trustedNone: "Bado hakuna kituo kinachoaminiwa: kila cheti kitaonyesha \"Kituo kisichojulikana\" " +
      "hadi ufungue kadi ya kituo uliyopewa na kituo hicho.",
    trustedIntro: "Vyeti vilivyotiwa sahihi na vituo hivi vinakubaliwa:",
    fromPage: "imetolewa pamoja na ukurasa huu",
    fromVisit: "imefunguliwa sasa, hadi utakapofunga ukurasa huu",
    openCard: "Fungua kadi ya kituo",
    embeddedRefused: "Kadi {count} za vituo zilizotolewa pamoja na ukurasa huu zimekataliwa: sahihi " +
      "zao haziko sawa.",
    embeddedDamaged: "Orodha ya vituo vinavyoaminiwa katika ukurasa huu imeharibika: hakuna kituo " +
      "chochote kutoka kwenye orodha hiyo kinachoaminiwa.",

    howTitle: "Inafanyaje kazi?",
    howText: "Kituo cha Tutor kinatia sahihi kila cheti kwa ufunguo wake wa siri. Ukurasa huu " +
      "unakagua sahihi hiyo kwa ufunguo wa umma wa kituo, kwa kutumia usimbaji fiche uliomo ndani ya " +
      "kivinjari chako, na hivyo unatambua kama kuna kitu kilichobadilishwa. Kadi ya kituo inaonyesha " +
      "ufunguo upi ni wa kituo kipi; ipate kutoka kwa kituo chenyewe (kwenye karatasi au kama faili) " +
      "na ulinganishe alama ya utambulisho wa ufunguo.",
    footer: "Ukurasa wa kukagua vyeti vya Tutor. Unafanya kazi bila intaneti. Misimbo ya QR inasomwa " +
      "kwa jsQR (leseni ya Apache 2.0)."
  }
};
var LANGUAGE_NAMES = {en: "English", fr: "Français", ar: "العربية", sw: "Kiswahili"};
var RIGHT_TO_LEFT = {ar: true};
