<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tutor</source>
        <translation>Kuhusu Tutor</translation>
    </message>
    <message>
        <source>Tutor {version}</source>
        <translation>Tutor {version}</translation>
    </message>
    <message>
        <source>Digital skills for work, for adult beginners.</source>
        <translation>Ujuzi wa kidijitali kwa ajili ya kazi, kwa watu wazima wanaoanza.</translation>
    </message>
    <message>
        <source>Your data folder: {path}</source>
        <translation>Folda yako ya data: {path}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Faili la kumbukumbu: {path}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Programu huria chini ya leseni ya GNU General Public License, toleo la 3 au jipya zaidi.</translation>
    </message>
</context>
<context>
    <name>AssessmentRoom</name>
    <message>
        <source>This assessment cannot open its test here. Ask your trainer.</source>
        <translation>Tathmini hii haiwezi kufungua mtihani wake hapa. Muulize mkufunzi wako.</translation>
    </message>
    <message>
        <source>Pasting is not allowed in this test.</source>
        <translation>Kubandika hakuruhusiwi katika mtihani huu.</translation>
    </message>
    <message>
        <source>Time left: {minutes}:{seconds:02d}</source>
        <translation>Muda uliobaki: {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>End the test</source>
        <translation>Maliza mtihani</translation>
    </message>
    <message>
        <source>End the test now? It cannot be started again; it is recorded as it is now.</source>
        <translation>Je, unataka kumaliza mtihani sasa? Hautaweza kuanzwa tena; utahifadhiwa kama ulivyo sasa.</translation>
    </message>
    <message>
        <source>The test is over: {name}</source>
        <translation>Mtihani umekwisha: {name}</translation>
    </message>
    <message>
        <source>Nothing unusual in the keystroke log.</source>
        <translation>Hakuna jambo lisilo la kawaida katika kumbukumbu ya mibonyezo ya vitufe.</translation>
    </message>
    <message>
        <source>The time is over.</source>
        <translation>Muda umekwisha.</translation>
    </message>
    <message>
        <source>Everything is done.</source>
        <translation>Kila kitu kimekamilika.</translation>
    </message>
    <message>
        <source>The task is answered.</source>
        <translation>Kazi imejibiwa.</translation>
    </message>
    <message>
        <source>The test was ended before its time.</source>
        <translation>Mtihani ulimalizwa kabla ya muda wake kwisha.</translation>
    </message>
    <message>
        <source>The test ended: too many keys were recorded.</source>
        <translation>Mtihani umekwisha: mibonyezo ya vitufe iliyorekodiwa ni mingi mno.</translation>
    </message>
    <message>
        <source>Passed.</source>
        <translation>Umefaulu.</translation>
    </message>
    <message>
        <source>Not passed yet.</source>
        <translation>Bado hujafaulu.</translation>
    </message>
    <message>
        <source>Net speed: {net} words a minute (gross {gross}). Errors: {errors} (at most {limit}). Accuracy: {accuracy} %. Needed: {pass_mark} net words a minute.</source>
        <translation>Kasi halisi: maneno {net} kwa dakika (jumla {gross}). Makosa: {errors} (yasizidi {limit}). Usahihi: {accuracy} %. Lengo: maneno halisi {pass_mark} kwa dakika.</translation>
    </message>
    <message>
        <source>Speed: {kph} keystrokes an hour. Fields right: {accuracy} % (rows given: {rows}). Needed: {min_kph} keystrokes an hour and {min_accuracy} % right.</source>
        <translation>Kasi: mibonyezo {kph} kwa saa. Sehemu sahihi: {accuracy} % (mistari iliyotumwa: {rows}). Lengo: mibonyezo {min_kph} kwa saa na {min_accuracy} % sahihi.</translation>
    </message>
    <message>
        <source>Score: {score} %.</source>
        <translation>Alama: {score} %.</translation>
    </message>
    <message>
        <source>That is not the trainer password. Try again, or save without confirmation.</source>
        <translation>Hilo si nenosiri la mkufunzi. Jaribu tena, au hifadhi bila uthibitisho.</translation>
    </message>
    <message>
        <source>Saved. The trainer confirmed watching the test.</source>
        <translation>Imehifadhiwa. Mkufunzi amethibitisha kwamba aliusimamia mtihani.</translation>
    </message>
    <message>
        <source>Saved, not confirmed by a trainer.</source>
        <translation>Imehifadhiwa, bila uthibitisho wa mkufunzi.</translation>
    </message>
    <message>
        <source>Leave the test</source>
        <translation>Ondoka kwenye mtihani</translation>
    </message>
    <message>
        <source>Leave the test? It ends now and cannot be started again; it is recorded as it is now.</source>
        <translation>Je, unataka kuondoka kwenye mtihani? Utaisha sasa na hautaweza kuanzwa tena; utahifadhiwa kama ulivyo sasa.</translation>
    </message>
    <message>
        <source>No assessment is waiting</source>
        <translation>Hakuna tathmini inayosubiri</translation>
    </message>
    <message>
        <source>An assessment is started by a trainer, from the trainer&apos;s screen.</source>
        <translation>Tathmini huanzishwa na mkufunzi, kutoka kwenye skrini ya mkufunzi.</translation>
    </message>
    <message>
        <source>The test takes {minutes} minutes at most. Once started it cannot be paused or started again; the time left is shown at the top. Tutor records your keys, pastes and when you leave Tutor&apos;s window, for your trainer and your certificate. Your trainer, {supervisor}, watches the test.</source>
        <translation>Mtihani huu hauzidi dakika {minutes}. Ukishaanza, hauwezi kusimamishwa kwa muda wala kuanzwa upya; muda uliobaki unaonyeshwa juu. Tutor inarekodi vitufe unavyobonyeza, unachobandika, na unapotoka kwenye dirisha la Tutor, kwa ajili ya mkufunzi wako na cheti chako. Mkufunzi wako, {supervisor}, anausimamia mtihani.</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Anza mtihani</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rudi</translation>
    </message>
    <message>
        <source>Trainer: type the trainer password to confirm that you watched the learner during the whole test.</source>
        <translation>Mkufunzi: andika nenosiri la mkufunzi ili kuthibitisha kwamba ulimsimamia mwanafunzi katika muda wote wa mtihani.</translation>
    </message>
    <message>
        <source>Confirm and save</source>
        <translation>Thibitisha na uhifadhi</translation>
    </message>
    <message>
        <source>Save without confirmation</source>
        <translation>Hifadhi bila uthibitisho</translation>
    </message>
    <message>
        <source>Back home</source>
        <translation>Rudi mwanzo</translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation>Nenosiri la mkufunzi</translation>
    </message>
    <message>
        <source>What the keystroke log shows</source>
        <translation>Kumbukumbu ya mibonyezo ya vitufe inaonyesha nini</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Muda uliobaki</translation>
    </message>
</context>
<context>
    <name>BasicsRoom</name>
    <message>
        <source>Steps done: {done} of {steps}.</source>
        <translation>Hatua zilizokamilika: {done} kati ya {steps}.</translation>
    </message>
    <message>
        <source>Slips: {slips} (at most {allowed}).</source>
        <translation>Makosa: {slips} (yasizidi {allowed}).</translation>
    </message>
    <message>
        <source>Targets done: {done} of {targets}.</source>
        <translation>Malengo yaliyofikiwa: {done} kati ya {targets}.</translation>
    </message>
    <message>
        <source>Right the first time: {first} of {targets} (asked: {asked}).</source>
        <translation>Sahihi mara ya kwanza: {first} kati ya {targets} (lengo: {asked}).</translation>
    </message>
    <message>
        <source>Aim: on average {percent}% of the way from the centre to the edge.</source>
        <translation>Usahihi: kwa wastani {percent}% ya umbali kutoka katikati hadi ukingoni.</translation>
    </message>
    <message>
        <source>Double-clicks fast enough: {fast} of {tried}.</source>
        <translation>Kubofya mara mbili kwa kasi ya kutosha: {fast} kati ya {tried}.</translation>
    </message>
    <message>
        <source>This exercise is not ready yet. Choose another one in the list.</source>
        <translation>Zoezi hili bado halijawa tayari. Chagua jingine kwenye orodha.</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>Umemaliza {done} kati ya {total}</translation>
    </message>
    <message>
        <source>Good!</source>
        <translation>Vizuri!</translation>
    </message>
    <message>
        <source>Two clicks, not a double-click. Click faster.</source>
        <translation>Hiyo ni mibofyo miwili, si kubofya mara mbili. Bofya haraka zaidi.</translation>
    </message>
    <message>
        <source>Keep the mouse still between the two clicks.</source>
        <translation>Usisogeze kipanya kati ya mibofyo hiyo miwili.</translation>
    </message>
    <message>
        <source>Press two times, fast.</source>
        <translation>Bonyeza mara mbili, haraka.</translation>
    </message>
    <message>
        <source>Use the right button.</source>
        <translation>Tumia kitufe cha kulia.</translation>
    </message>
    <message>
        <source>Use the left button.</source>
        <translation>Tumia kitufe cha kushoto.</translation>
    </message>
    <message>
        <source>Not that one. Find: {item}</source>
        <translation>Si hicho. Tafuta: {item}</translation>
    </message>
    <message>
        <source>Keep the arrow on the circle. Again.</source>
        <translation>Weka mshale juu ya duara. Tena.</translation>
    </message>
    <message>
        <source>Use the bar at the side.</source>
        <translation>Tumia upau ulio pembeni.</translation>
    </message>
    <message>
        <source>Hold the button down while you move.</source>
        <translation>Shikilia kitufe unaposogeza kipanya.</translation>
    </message>
    <message>
        <source>Let go when it is on its place.</source>
        <translation>Achilia unapofika mahali pake.</translation>
    </message>
    <message>
        <source>Not on it. Try again.</source>
        <translation>Umekosa. Jaribu tena.</translation>
    </message>
    <message>
        <source>Not quite. Try again.</source>
        <translation>Bado kidogo. Jaribu tena.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Hongera!</translation>
    </message>
    <message>
        <source>Not yet. Try it again.</source>
        <translation>Bado. Jaribu tena.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
    <message>
        <source>Time for each one: {seconds} seconds.</source>
        <translation>Muda kwa kila moja: sekunde {seconds}.</translation>
    </message>
    <message>
        <source>Your double-click time: {ms} thousandths of a second (this computer&apos;s: {system}).</source>
        <translation>Muda wako wa kubofya mara mbili: milisekunde {ms} (wa kompyuta hii: {system}).</translation>
    </message>
    <message>
        <source>You listened again {count} times.</source>
        <translation>Ulisikiliza tena mara {count}.</translation>
    </message>
    <message>
        <source>Time: {seconds} seconds.</source>
        <translation>Muda: sekunde {seconds}.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Masomo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anza</translation>
    </message>
    <message>
        <source>Read each step aloud</source>
        <translation>Soma kila hatua kwa sauti</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sauti</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Endelea</translation>
    </message>
    <message>
        <source>Choose a lesson, then press Start. Each step shows a picture and says what to do.</source>
        <translation>Chagua somo, kisha bonyeza Anza. Kila hatua inaonyesha picha na inasema la kufanya.</translation>
    </message>
    <message>
        <source>There are no lessons here yet. Ask your trainer.</source>
        <translation>Bado hakuna masomo hapa. Muulize mkufunzi wako.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Maendeleo</translation>
    </message>
</context>
<context>
    <name>BoxesTask</name>
    <message>
        <source>Boxes drawn: {count}</source>
        <translation>Visanduku ulivyochora: {count}</translation>
    </message>
    <message>
        <source>person</source>
        <translation>mtu</translation>
    </message>
    <message>
        <source>car</source>
        <translation>gari</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>baiskeli</translation>
    </message>
    <message>
        <source>bag</source>
        <translation>mkoba</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>simu</translation>
    </message>
    <message>
        <source>bottle</source>
        <translation>chupa</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>mti</translation>
    </message>
    <message>
        <source>house</source>
        <translation>nyumba</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>mbwa</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>kiti</translation>
    </message>
    <message>
        <source>Draw a box round each {thing} in the picture: press, drag, release. Click a box and press Delete to remove it.</source>
        <translation>Chora kisanduku kuzunguka kila {thing} kwenye picha: bonyeza, buruta, kisha achilia. Ili kuondoa kisanduku, kibofye kisha ubonyeze Delete.</translation>
    </message>
    <message>
        <source>The picture: draw the boxes here</source>
        <translation>Picha: chora visanduku hapa</translation>
    </message>
    <message>
        <source>Remove box</source>
        <translation>Ondoa kisanduku</translation>
    </message>
</context>
<context>
    <name>CapsLockLight</name>
    <message>
        <source>Caps Lock on</source>
        <translation>Caps Lock imewashwa</translation>
    </message>
    <message>
        <source>Caps Lock off</source>
        <translation>Caps Lock imezimwa</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <source>Centre card</source>
        <translation>Kadi ya kituo</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Alama ya utambulisho wa ufunguo</translation>
    </message>
    <message>
        <source>To check a certificate from this centre, open the verifier file (verifier.html) in a web browser, or scan the certificate&apos;s QR code with it. No internet is needed.</source>
        <translation>Ili kukagua cheti cha kituo hiki, fungua faili la kukagua vyeti (verifier.html) kwenye kivinjari, au tumia faili hilo kusoma msimbo wa QR wa cheti. Intaneti haihitajiki.</translation>
    </message>
    <message>
        <source>The fingerprint above must match the one the verifier shows for this centre.</source>
        <translation>Alama ya utambulisho iliyo hapo juu lazima ilingane na ile inayoonyeshwa na ukurasa wa kukagua vyeti kwa kituo hiki.</translation>
    </message>
    <message>
        <source>Card made on {day}</source>
        <translation>Kadi imetengenezwa tarehe {day}</translation>
    </message>
    <message>
        <source>This card is too big for a QR code: give the card file (.json) with this page.</source>
        <translation>Kadi hii ni kubwa mno kwa msimbo wa QR: toa faili la kadi (.json) pamoja na ukurasa huu.</translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation>Nenosiri la mkufunzi</translation>
    </message>
    <message>
        <source>(this centre)</source>
        <translation>(kituo hiki)</translation>
    </message>
    <message>
        <source>The centre&apos;s key is ready. Save or print the centre card for employers.</source>
        <translation>Ufunguo wa kituo uko tayari. Hifadhi au chapisha kadi ya kituo kwa ajili ya waajiri.</translation>
    </message>
    <message>
        <source>Save the centre card</source>
        <translation>Hifadhi kadi ya kituo</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Imehifadhiwa: {path}</translation>
    </message>
    <message>
        <source>Print the card page (PDF)</source>
        <translation>Chapisha ukurasa wa kadi (PDF)</translation>
    </message>
    <message>
        <source>Save the verifier for employers</source>
        <translation>Hifadhi ukurasa wa kukagua vyeti kwa ajili ya waajiri</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Ukurasa wa wavuti</translation>
    </message>
    <message>
        <source>Saved: {path}. Copy it to the employer&apos;s computer or a USB stick; it opens in any web browser.</source>
        <translation>Imehifadhiwa: {path}. Linakili kwenye kompyuta ya mwajiri au kwenye flash ya USB; linafunguka kwenye kivinjari chochote.</translation>
    </message>
    <message>
        <source>Back up the key</source>
        <translation>Hifadhi nakala ya akiba ya ufunguo</translation>
    </message>
    <message>
        <source>Type the trainer password. The backup opens only with this password: remember it.</source>
        <translation>Andika nenosiri la mkufunzi. Nakala ya akiba itafunguka kwa nenosiri hili tu: usilisahau.</translation>
    </message>
    <message>
        <source>Centre key backup</source>
        <translation>Nakala ya akiba ya ufunguo wa kituo</translation>
    </message>
    <message>
        <source>Saved: {path}. Keep it in a safe place: with its password, it signs certificates in your centre&apos;s name.</source>
        <translation>Imehifadhiwa: {path}. Iweke mahali salama: ikiwa na nenosiri lake, inaweza kutia sahihi vyeti kwa jina la kituo chako.</translation>
    </message>
    <message>
        <source>Move the key to this PC</source>
        <translation>Hamishia ufunguo kwenye kompyuta hii</translation>
    </message>
    <message>
        <source>The backup opens with the trainer password of the PC it was made on. On this PC, the key will then open with this PC&apos;s trainer password.</source>
        <translation>Nakala ya akiba inafunguka kwa nenosiri la mkufunzi la kompyuta ambako nakala hiyo ilitengenezwa. Kisha kwenye kompyuta hii, ufunguo utafunguka kwa nenosiri la mkufunzi la kompyuta hii.</translation>
    </message>
    <message>
        <source>The backup&apos;s password</source>
        <translation>Nenosiri la nakala ya akiba</translation>
    </message>
    <message>
        <source>This computer is certified by {centre}.</source>
        <translation>Kompyuta hii imethibitishwa na {centre}.</translation>
    </message>
    <message>
        <source>This computer is not certified yet.</source>
        <translation>Kompyuta hii bado haijathibitishwa.</translation>
    </message>
    <message>
        <source>Certify this lab computer</source>
        <translation>Thibitisha kompyuta hii ya maabara</translation>
    </message>
    <message>
        <source>The backup opens with the trainer password of the PC it was made on. The key is used once to certify this computer and is not kept here.</source>
        <translation>Nakala ya akiba hufunguliwa kwa nenosiri la mkufunzi la kompyuta ilipotengenezwa. Ufunguo unatumika mara moja tu kuthibitisha kompyuta hii na hauhifadhiwi hapa.</translation>
    </message>
    <message>
        <source>This computer is certified by {centre}: its progress files are signed in the centre&apos;s name.</source>
        <translation>Kompyuta hii imethibitishwa na {centre}: faili za maendeleo zinazotengenezwa hapa zimetiwa sahihi kwa jina la kituo.</translation>
    </message>
    <message>
        <source>Trainer password of this PC</source>
        <translation>Nenosiri la mkufunzi la kompyuta hii</translation>
    </message>
    <message>
        <source>The key of {name} is on this PC now.</source>
        <translation>Ufunguo wa {name} sasa uko kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>First choose why the key is replaced.</source>
        <translation>Kwanza chagua sababu ya kubadilisha ufunguo.</translation>
    </message>
    <message>
        <source>Every certificate signed with the old key will show as NOT valid, old ones too. Make the certificates you still need again after this.</source>
        <translation>Kila cheti kilichotiwa sahihi kwa ufunguo wa zamani kitaonyeshwa kuwa SI HALALI, hata vyeti vya zamani. Baada ya hapa, tengeneza upya vyeti ambavyo bado unavihitaji.</translation>
    </message>
    <message>
        <source>Certificates signed before today stay valid.</source>
        <translation>Vyeti vilivyotiwa sahihi kabla ya leo vinabaki halali.</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Badilisha ufunguo</translation>
    </message>
    <message>
        <source>Type the trainer password to replace the key.</source>
        <translation>Andika nenosiri la mkufunzi ili kubadilisha ufunguo.</translation>
    </message>
    <message>
        <source>The key was replaced. Give the new centre card and a new verifier file to employers and partner centres.</source>
        <translation>Ufunguo umebadilishwa. Wape waajiri na vituo washirika kadi mpya ya kituo na faili jipya la kukagua vyeti.</translation>
    </message>
    <message>
        <source>Change the name and place</source>
        <translation>Badilisha jina na mahali</translation>
    </message>
    <message>
        <source>Type the trainer password. The centre card is signed again with the new name.</source>
        <translation>Andika nenosiri la mkufunzi. Kadi ya kituo itatiwa sahihi upya kwa jina jipya.</translation>
    </message>
    <message>
        <source>Saved. Give the new centre card to employers and partner centres.</source>
        <translation>Imehifadhiwa. Wape waajiri na vituo washirika kadi mpya ya kituo.</translation>
    </message>
    <message>
        <source>Add a centre card</source>
        <translation>Ongeza kadi ya kituo</translation>
    </message>
    <message>
        <source>This is the card of this centre. It is trusted already.</source>
        <translation>Hii ni kadi ya kituo hiki. Tayari inaaminiwa.</translation>
    </message>
    <message>
        <source>{name} is a partner centre now: its certificates show as valid here.</source>
        <translation>{name} sasa ni kituo mshirika: vyeti vyake vinaonyeshwa kuwa halali hapa.</translation>
    </message>
    <message>
        <source>Removed. Certificates of that centre show as from an unknown centre now.</source>
        <translation>Imeondolewa. Sasa vyeti vya kituo hicho vinaonyeshwa kuwa vya kituo kisichojulikana.</translation>
    </message>
    <message>
        <source>Centre and credentials</source>
        <translation>Kituo na hati za sifa</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Kituo</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>Ufunguo</translation>
    </message>
    <message>
        <source>Partner centres</source>
        <translation>Vituo washirika</translation>
    </message>
    <message>
        <source>Set up your centre&apos;s key once. Tutor signs the certificates it makes with this key, so an employer can check that a certificate comes from your centre and was not changed.</source>
        <translation>Andaa ufunguo wa kituo chako mara moja tu. Tutor inatia sahihi vyeti inavyotengeneza kwa ufunguo huu, ili mwajiri aweze kukagua kwamba cheti kinatoka kituo chako na hakijabadilishwa.</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>Jina la kituo</translation>
    </message>
    <message>
        <source>Place (town, country)</source>
        <translation>Mahali (mji, nchi)</translation>
    </message>
    <message>
        <source>Is your centre set up on another PC already? Bring its key here from a backup file.</source>
        <translation>Je, kituo chako tayari kimeandaliwa kwenye kompyuta nyingine? Leta ufunguo wake hapa kutoka kwenye faili la nakala ya akiba.</translation>
    </message>
    <message>
        <source>A lab computer that does not keep the key: certify it with the key&apos;s backup, so the progress files made here are signed in the centre&apos;s name.</source>
        <translation>Kompyuta ya maabara isiyohifadhi ufunguo: ithibitishe kwa nakala ya akiba ya ufunguo, ili faili za maendeleo zinazotengenezwa hapa zitiwe sahihi kwa jina la kituo.</translation>
    </message>
    <message>
        <source>Set up the centre&apos;s key</source>
        <translation>Andaa ufunguo wa kituo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Tarehe ya kutengenezwa</translation>
    </message>
    <message>
        <source>Give the centre card (a file or the printed page) to employers and partner centres. The verifier for employers is one file: it checks your certificates in a web browser, with no internet.</source>
        <translation>Wape waajiri na vituo washirika kadi ya kituo (faili au ukurasa uliochapishwa). Ukurasa wa kukagua vyeti kwa ajili ya waajiri ni faili moja: unakagua vyeti vyako kwenye kivinjari, bila intaneti.</translation>
    </message>
    <message>
        <source>Keep a copy of the key on a USB stick, in a safe place, in case this PC breaks. It opens with today&apos;s trainer password.</source>
        <translation>Weka nakala ya ufunguo kwenye flash ya USB, mahali salama, endapo kompyuta hii itaharibika. Nakala hiyo inafunguka kwa nenosiri la mkufunzi la leo.</translation>
    </message>
    <message>
        <source>Bring the centre&apos;s key from a backup file, to sign certificates on this PC too.</source>
        <translation>Leta ufunguo wa kituo kutoka kwenye faili la nakala ya akiba, ili kutia sahihi vyeti kwenye kompyuta hii pia.</translation>
    </message>
    <message>
        <source>The old key is lost, or someone else may have it</source>
        <translation>Ufunguo wa zamani umepotea, au huenda mtu mwingine anao</translation>
    </message>
    <message>
        <source>A planned change</source>
        <translation>Mabadiliko yaliyopangwa</translation>
    </message>
    <message>
        <source>Careful: if the old key is lost or someone else may have it, every certificate signed with it shows as NOT valid, old ones too. After a planned change, certificates made before it stay valid.</source>
        <translation>Tahadhari: ikiwa ufunguo wa zamani umepotea au huenda mtu mwingine anao, kila cheti kilichotiwa sahihi kwa ufunguo huo kitaonyeshwa kuwa SI HALALI, hata vyeti vya zamani. Baada ya mabadiliko yaliyopangwa, vyeti vilivyotengenezwa kabla yake vinabaki halali.</translation>
    </message>
    <message>
        <source>Name and place</source>
        <translation>Jina na mahali</translation>
    </message>
    <message>
        <source>Certificates from the centres listed here show as valid on this PC. Add a partner centre from its centre card (a .json file).</source>
        <translation>Vyeti kutoka vituo vilivyoorodheshwa hapa vinaonyeshwa kuwa halali kwenye kompyuta hii. Ongeza kituo mshirika kutoka kwenye kadi yake ya kituo (faili la .json).</translation>
    </message>
    <message>
        <source>Trusted centres</source>
        <translation>Vituo vinavyoaminiwa</translation>
    </message>
</context>
<context>
    <name>ClassLevelsDialog</name>
    <message>
        <source>No placement yet</source>
        <translation>Bado hajapimwa kiwango</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Haijapimwa</translation>
    </message>
    <message>
        <source>Below level 1</source>
        <translation>Chini ya kiwango cha 1</translation>
    </message>
    <message>
        <source>Level {level} of {top}</source>
        <translation>Kiwango {level} kati ya {top}</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>The class by level</source>
        <translation>Darasa kwa viwango</translation>
    </message>
    <message>
        <source>Groups by the level in:</source>
        <translation>Vikundi kwa kiwango cha:</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Mwanafunzi</translation>
    </message>
    <message>
        <source>Work chosen</source>
        <translation>Kazi iliyochaguliwa</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Kupima kiwango</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
</context>
<context>
    <name>ClassifyTask</name>
    <message>
        <source>Read the message, then choose its label (or press its number).</source>
        <translation>Soma ujumbe, kisha uchague lebo yake (au ubonyeze namba ya lebo).</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Ujumbe</translation>
    </message>
</context>
<context>
    <name>CodingPlacement</name>
    <message>
        <source>The output chosen is what the program prints.</source>
        <translation>Matokeo uliyochagua ndiyo programu inachapisha.</translation>
    </message>
</context>
<context>
    <name>CodingPlacementItem</name>
    <message>
        <source>This question cannot be shown. Go on to the next one.</source>
        <translation>Swali hili haliwezi kuonyeshwa. Endelea na linalofuata.</translation>
    </message>
    <message>
        <source>When the program asks, the person types: {answers}</source>
        <translation>Programu inapouliza, mtu anaandika: {answers}</translation>
    </message>
    <message>
        <source>What does this program print? Choose its output.</source>
        <translation>Programu hii inachapisha nini? Chagua matokeo yake.</translation>
    </message>
    <message>
        <source>Getting the program ready...</source>
        <translation>Inaandaa programu...</translation>
    </message>
    <message>
        <source>What the program prints</source>
        <translation>Programu inachapisha nini</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>Programu</translation>
    </message>
</context>
<context>
    <name>CodingRoom</name>
    <message>
        <source>There are no coding lessons yet. Ask your trainer to install them.</source>
        <translation>Bado hakuna masomo ya kuandika programu. Mwombe mkufunzi wako ayaweke.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>imekamilika</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Mfano</translation>
    </message>
    <message>
        <source>Your task:</source>
        <translation>Kazi yako:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Programu inaendeshwa…</translation>
    </message>
    <message>
        <source>Your program could not be checked. Tell your trainer.</source>
        <translation>Programu yako haikuweza kukaguliwa. Mwambie mkufunzi wako.</translation>
    </message>
    <message>
        <source>The program ended.</source>
        <translation>Programu imemaliza kufanya kazi.</translation>
    </message>
    <message>
        <source>The program did not end well: read why below.</source>
        <translation>Programu haikumaliza vizuri: soma sababu hapa chini.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Inakagua…</translation>
    </message>
    <message>
        <source>Well done! This step is passed.</source>
        <translation>Hongera! Umefaulu hatua hii.</translation>
    </message>
    <message>
        <source>Not yet. Read this and try again:</source>
        <translation>Bado. Soma maelezo haya kisha ujaribu tena:</translation>
    </message>
    <message>
        <source>Checked with these answers: {answers}</source>
        <translation>Imekaguliwa kwa kutumia majibu haya: {answers}</translation>
    </message>
    <message>
        <source>Hint {number}:</source>
        <translation>Kidokezo {number}:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
    <message>
        <source>You can see the solution after {count} more tries.</source>
        <translation>Utaweza kuona suluhisho baada ya majaribio {count} zaidi.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Somo</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Masomo</translation>
    </message>
    <message>
        <source>Steps of the lesson</source>
        <translation>Hatua za somo</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>Somo</translation>
    </message>
    <message>
        <source>Your program</source>
        <translation>Programu yako</translation>
    </message>
    <message>
        <source>Tab adds four spaces. To leave the editor, press Ctrl+Tab (or Ctrl+Shift+Tab to go back). F5 or Ctrl+Enter runs your program.</source>
        <translation>Kitufe cha Tab kinaongeza nafasi nne. Ili kutoka kwenye kihariri, bonyeza Ctrl+Tab (au Ctrl+Shift+Tab kurudi nyuma). F5 au Ctrl+Enter huendesha programu yako.</translation>
    </message>
    <message>
        <source>The solution</source>
        <translation>Suluhisho</translation>
    </message>
    <message>
        <source>What Tutor says about your program</source>
        <translation>Tutor inasema nini kuhusu programu yako</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Vidokezo</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Endesha</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Kidokezo</translation>
    </message>
    <message>
        <source>Show the solution</source>
        <translation>Onyesha suluhisho</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Hatua inayofuata</translation>
    </message>
    <message>
        <source>Run the example</source>
        <translation>Endesha mfano</translation>
    </message>
    <message>
        <source>Run your program (F5 or Ctrl+Enter)</source>
        <translation>Endesha programu yako (F5 au Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Maandishi madogo zaidi</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Maandishi makubwa zaidi</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Remove the attachment {name}</source>
        <translation>Ondoa kiambatisho {name}</translation>
    </message>
    <message>
        <source>Who is this email for? Write an address in To.</source>
        <translation>Barua pepe hii ni ya nani? Andika anwani kwenye sehemu ya Kwa.</translation>
    </message>
    <message>
        <source>New email</source>
        <translation>Barua pepe mpya</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kutoka</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kwa</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Nakala (Cc)</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Nakala fiche (Bcc)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>From: your address</source>
        <translation>Kutoka: anwani yako</translation>
    </message>
    <message>
        <source>To: the people the email is for</source>
        <translation>Kwa: watu unaowaandikia</translation>
    </message>
    <message>
        <source>Cc, copy: these people get it too, and everyone sees their address</source>
        <translation>Nakala (Cc): watu hawa wanaipata pia, na kila mtu anaona anwani zao</translation>
    </message>
    <message>
        <source>Bcc, hidden copy: these people get it, and nobody sees their address</source>
        <translation>Nakala fiche (Bcc): watu hawa wanaipata, na hakuna mtu anayeona anwani zao</translation>
    </message>
    <message>
        <source>Add Cc: a copy for other people</source>
        <translation>Ongeza Cc: nakala kwa watu wengine</translation>
    </message>
    <message>
        <source>Add Bcc: a hidden copy</source>
        <translation>Ongeza Bcc: nakala iliyofichwa</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Ujumbe wako</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Ambatisha</translation>
    </message>
    <message>
        <source>Attach a file from Documents</source>
        <translation>Ambatisha faili kutoka kwenye nyaraka zako</translation>
    </message>
    <message>
        <source>Add my signature</source>
        <translation>Ongeza sahihi yangu</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Tuma</translation>
    </message>
    <message>
        <source>Save as a file</source>
        <translation>Hifadhi kama faili</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Send the email (Ctrl+Enter)</source>
        <translation>Tuma barua pepe (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ControlsPage</name>
    <message>
        <source>Practice form</source>
        <translation>Fomu ya mazoezi</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Upau wa menyu</translation>
    </message>
    <message>
        <source>Click where the pointer looks like this:</source>
        <translation>Bofya kisanduku ambapo kiashiria kina umbo hili:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jina lako</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Nakubali</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Orodha inayofunguka</translation>
    </message>
    <message>
        <source>Area {number}</source>
        <translation>Kisanduku {number}</translation>
    </message>
</context>
<context>
    <name>CredentialFiles</name>
    <message>
        <source>Certificate of assessment</source>
        <translation>Cheti cha tathmini</translation>
    </message>
    <message>
        <source>{centre} certifies that</source>
        <translation>{centre} inathibitisha kwamba</translation>
    </message>
    <message>
        <source>passed, under the supervision of a trainer:</source>
        <translation>amefaulu, chini ya usimamizi wa mkufunzi:</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>tarehe {date}</translation>
    </message>
    <message>
        <source>The rule of the assessment:</source>
        <translation>Kigezo cha tathmini:</translation>
    </message>
    <message>
        <source>This certificate is signed by the centre. To check it, open the centre&apos;s verifier page (verifier.html) in a web browser and scan this QR code, or open the certificate&apos;s PDF or its .json file there. No internet is needed.</source>
        <translation>Cheti hiki kimetiwa sahihi na kituo. Ili kukikagua, fungua ukurasa wa kituo wa kukagua vyeti (verifier.html) kwenye kivinjari, kisha usome msimbo huu wa QR, au ufungue humo faili la PDF la cheti au faili lake la .json. Intaneti haihitajiki.</translation>
    </message>
    <message>
        <source>The centre&apos;s key fingerprint: {fingerprint}</source>
        <translation>Alama ya utambulisho wa ufunguo wa kituo: {fingerprint}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Halali hadi {date}</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Yes</source>
        <translation>Ndiyo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hapana</translation>
    </message>
    <message>
        <source>No supervised assessment yet. Start one with &quot;Start an assessment&quot;.</source>
        <translation>Bado hakuna tathmini iliyosimamiwa. Anzisha moja kwa &quot;Anza tathmini&quot;.</translation>
    </message>
    <message>
        <source>Set up the centre&apos;s key first (&quot;Centre and credentials&quot;).</source>
        <translation>Kwanza andaa ufunguo wa kituo (&quot;Kituo na hati za sifa&quot;).</translation>
    </message>
    <message>
        <source>Sign the credential</source>
        <translation>Tia sahihi hati ya sifa</translation>
    </message>
    <message>
        <source>The centre&apos;s key signs the credential. Type the trainer password to open it.</source>
        <translation>Ufunguo wa kituo ndio unaotia sahihi hati ya sifa. Andika nenosiri la mkufunzi ili kuufungua.</translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation>Nenosiri la mkufunzi</translation>
    </message>
    <message>
        <source>Where to save the credential</source>
        <translation>Mahali pa kuhifadhi hati ya sifa</translation>
    </message>
    <message>
        <source>Saved in {folder}: {files}</source>
        <translation>Imehifadhiwa katika {folder}: {files}</translation>
    </message>
    <message>
        <source>Credentials: {name}</source>
        <translation>Hati za sifa: {name}</translation>
    </message>
    <message>
        <source>A credential says, signed by the centre, what the learner did in a supervised assessment. An employer can check it with no internet. Only a passed assessment that you confirmed gets one.</source>
        <translation>Hati ya sifa inaeleza, kwa sahihi ya kituo, kile mwanafunzi alichofanya katika tathmini iliyosimamiwa. Mwajiri anaweza kuikagua bila intaneti. Hati ya sifa hutolewa tu kwa tathmini ambayo mwanafunzi amefaulu na wewe umeithibitisha.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Tathmini</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Hati ya sifa</translation>
    </message>
    <message>
        <source>The learner&apos;s assessments</source>
        <translation>Tathmini za mwanafunzi</translation>
    </message>
    <message>
        <source>Make the credential</source>
        <translation>Tengeneza hati ya sifa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
</context>
<context>
    <name>DataEntryTask</name>
    <message>
        <source>The first keyer typed: {value}</source>
        <translation>Mwingizaji wa kwanza aliandika: {value}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tupu)</translation>
    </message>
    <message>
        <source>Double entry: where your entry and the first keyer&apos;s differ, check against the document, correct yours if needed, then Submit.</source>
        <translation>Kuingiza mara mbili: pale ingizo lako na la mwingizaji wa kwanza vinapotofautiana, angalia hati, rekebisha lako ikihitajika, kisha Tuma.</translation>
    </message>
    <message>
        <source>Double entry: type each field of the document as the second keyer; your entry is then compared with the first keyer&apos;s. Tab goes to the next field; Enter in the last field submits.</source>
        <translation>Kuingiza mara mbili: andika kila sehemu ya hati kama mwingizaji wa pili; ingizo lako litalinganishwa na la mwingizaji wa kwanza. Tab inakupeleka sehemu inayofuata; Enter katika sehemu ya mwisho inatuma.</translation>
    </message>
    <message>
        <source>Type each field of the document into the form. Tab goes to the next field; Enter in the last field submits.</source>
        <translation>Andika kila sehemu ya hati kwenye fomu. Tab inakupeleka kwenye sehemu inayofuata; Enter kwenye sehemu ya mwisho inatuma kazi yako.</translation>
    </message>
</context>
<context>
    <name>DataEntryTest</name>
    <message>
        <source>Row {row} of {count}</source>
        <translation>Mstari {row} kati ya {count}</translation>
    </message>
    <message>
        <source>Key each line of the document into the form. Tab goes to the next field; Enter gives the row.</source>
        <translation>Ingiza kila mstari wa hati kwenye fomu. Tab inakupeleka sehemu inayofuata; Enter inatuma mstari.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Hati</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>Mstari unaofuata</translation>
    </message>
</context>
<context>
    <name>DialogBox</name>
    <message>
        <source>Question</source>
        <translation>Swali</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Uhifadhi mabadiliko?</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
</context>
<context>
    <name>DocumentReviewTask</name>
    <message>
        <source>Check another worker&apos;s typing against the document: tick &quot;Wrong&quot; beside each value that is not what the document says.</source>
        <translation>Linganisha alichoandika mfanyakazi mwingine na hati: weka alama kwenye “Si sahihi” kando ya kila thamani isiyolingana na hati.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sehemu</translation>
    </message>
    <message>
        <source>Typed by the other worker</source>
        <translation>Alichoandika mfanyakazi mwingine</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tupu)</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Si sahihi</translation>
    </message>
    <message>
        <source>{field} is wrong</source>
        <translation>{field}: si sahihi</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Zoom out</source>
        <translation>Punguza ukubwa</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ongeza ukubwa</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Hati</translation>
    </message>
</context>
<context>
    <name>EmailPlacementItem</name>
    <message>
        <source>An email task</source>
        <translation>Zoezi la barua pepe</translation>
    </message>
</context>
<context>
    <name>EmailRoom</name>
    <message>
        <source>Save the email as a file</source>
        <translation>Hifadhi barua pepe kama faili</translation>
    </message>
    <message>
        <source>Email files (*.eml)</source>
        <translation>Faili za barua pepe (*.eml)</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>Faili halikuweza kuhifadhiwa: {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Imehifadhiwa kama {path}</translation>
    </message>
    <message>
        <source>Your work is saved.</source>
        <translation>Kazi yako imehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>EntitiesTask</name>
    <message>
        <source>Select words in the text, then click their label to mark them.</source>
        <translation>Chagua maneno kwenye maandishi, kisha ubofye lebo inayofaa ili kuyawekea alama.</translation>
    </message>
    <message>
        <source>The text to mark</source>
        <translation>Maandishi ya kuwekea alama</translation>
    </message>
    <message>
        <source>Mark as {label}</source>
        <translation>Weka alama ya {label}</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Alama ulizoweka</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Ondoa alama</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Kuna tatizo</translation>
    </message>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>Samahani, kuna tatizo limetokea.</translation>
    </message>
    <message>
        <source>The work you finished before is saved. You can go on.</source>
        <translation>Kazi uliyomaliza awali imehifadhiwa. Unaweza kuendelea.</translation>
    </message>
    <message>
        <source>For your trainer, the details are in {path}</source>
        <translation>Kwa mkufunzi wako: maelezo yamo katika {path}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
</context>
<context>
    <name>ExplorerDelegate</name>
    <message>
        <source>New name</source>
        <translation>Jina jipya</translation>
    </message>
</context>
<context>
    <name>ExplorerPage</name>
    <message>
        <source>Up</source>
        <translation>Juu</translation>
    </message>
    <message>
        <source>Go up to the folder above</source>
        <translation>Nenda kwenye folda ya juu</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Folda mpya</translation>
    </message>
    <message>
        <source>Make a new folder here</source>
        <translation>Unda folda mpya hapa</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Kata</translation>
    </message>
    <message>
        <source>Cut: to move it to another folder</source>
        <translation>Kata: ili kuhamisha kwenda folda nyingine</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Nakili</translation>
    </message>
    <message>
        <source>Copy: to put a copy somewhere</source>
        <translation>Nakili: ili kuweka nakala mahali pengine</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Bandika</translation>
    </message>
    <message>
        <source>Paste here what you cut or copied</source>
        <translation>Bandika hapa ulichokata au kunakili</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Badilisha jina</translation>
    </message>
    <message>
        <source>Give it a new name</source>
        <translation>Weka jina jipya</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Put it in the Recycle Bin</source>
        <translation>Weka kwenye Pipa la Taka</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rejesha</translation>
    </message>
    <message>
        <source>Put it back where it was</source>
        <translation>Rudisha mahali pake</translation>
    </message>
    <message>
        <source>Copy to USB stick</source>
        <translation>Nakili kwenye flash ya USB</translation>
    </message>
    <message>
        <source>Put a copy on the USB stick</source>
        <translation>Weka nakala kwenye flash ya USB</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <source>Take back what you just did</source>
        <translation>Tendua ulichofanya sasa hivi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Funga faili</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Hifadhi kama…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Hifadhi kama</translation>
    </message>
    <message>
        <source>A new document is open. Save it with a name.</source>
        <translation>Faili jipya limefunguliwa. Lihifadhi kwa jina.</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Faili na folda</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anwani</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Kompyuta Hii</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Eneo-kazi</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Hati</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Vipakuliwa</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Muziki</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Recycle Bin</source>
        <translation>Pipa la Taka</translation>
    </message>
    <message>
        <source>USB stick ({letter})</source>
        <translation>Flash ya USB ({letter})</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folda</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Flash ya USB</translation>
    </message>
    <message>
        <source>Text document</source>
        <translation>Faili la maandishi</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Lahajedwali</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Faili la PDF</translation>
    </message>
    <message>
        <source>Tutor progress file</source>
        <translation>Faili la maendeleo la Tutor</translation>
    </message>
    <message>
        <source>Compressed folder</source>
        <translation>Folda iliyobanwa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>{kind}, from {place}</source>
        <translation>{kind}, kutoka {place}</translation>
    </message>
    <message>
        <source>Go to {folder}</source>
        <translation>Nenda kwenye {folder}</translation>
    </message>
    <message>
        <source>(This practice file is empty.)</source>
        <translation>(Faili hili la mazoezi ni tupu.)</translation>
    </message>
    <message>
        <source>That is not what this step asks. Press Undo (Ctrl+Z) to take it back.</source>
        <translation>Hicho sicho hatua hii inachoomba. Bofya Tendua (Ctrl+Z) ili kutendua ulichofanya.</translation>
    </message>
    <message>
        <source>Cut. Now open the folder to put it in, and Paste.</source>
        <translation>Umekata. Sasa fungua folda unayotaka, kisha bofya Bandika.</translation>
    </message>
    <message>
        <source>Copied. Now open the folder to put it in, and Paste.</source>
        <translation>Umenakili. Sasa fungua folda unayotaka, kisha bofya Bandika.</translation>
    </message>
    <message>
        <source>A copy is on the USB stick now.</source>
        <translation>Sasa nakala iko kwenye flash ya USB.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>Paste into this folder</source>
        <translation>Bandika ndani ya folda hii</translation>
    </message>
    <message>
        <source>Things to buy: rice, oil, tea, soap.</source>
        <translation>Vitu vya kununua: mchele, mafuta, chai, sabuni.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>{done} of {total} done</source>
        <translation>Umemaliza {done} kati ya {total}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>umefaulu</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>bado</translation>
    </message>
    <message>
        <source>Nothing yet. Choose a skill to start.</source>
        <translation>Bado hakuna kitu. Chagua ujuzi ili uanze.</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>Hujambo, {name}!</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Hatua inayofuata</translation>
    </message>
    <message>
        <source>Next step: {exercise}</source>
        <translation>Hatua inayofuata: {exercise}</translation>
    </message>
    <message>
        <source>What do you want to practise?</source>
        <translation>Unataka kujizoeza nini?</translation>
    </message>
    <message>
        <source>No skill is installed yet. Ask your trainer to install a newer version of Tutor.</source>
        <translation>Bado hakuna ujuzi uliowekwa. Mwombe mkufunzi wako aweke toleo jipya zaidi la Tutor.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Ujuzi</translation>
    </message>
    <message>
        <source>What you did recently</source>
        <translation>Ulichofanya hivi karibuni</translation>
    </message>
</context>
<context>
    <name>InstructionBar</name>
    <message>
        <source>Instructions</source>
        <translation>Maelekezo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Acha kusoma</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Soma kwa sauti</translation>
    </message>
    <message>
        <source>Read the instructions aloud</source>
        <translation>Soma maelekezo kwa sauti</translation>
    </message>
</context>
<context>
    <name>JobsRoom</name>
    <message>
        <source>Opens when you qualify in a project of level {level}</source>
        <translation>Inafunguka ukifuzu katika mradi wa kiwango cha {level}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Bado hujaanza</translation>
    </message>
    <message>
        <source>Not qualified yet (tries: {tries})</source>
        <translation>Bado hujafuzu (majaribio: {tries})</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Umefuzu</translation>
    </message>
    <message>
        <source>Qualified · quality {quality}% · {tasks} tasks · {speed} tasks an hour</source>
        <translation>Umefuzu · ubora {quality}% · kazi {tasks} · kazi {speed} kwa saa</translation>
    </message>
    <message>
        <source>Where to save your work</source>
        <translation>Mahali pa kuhifadhi kazi yako</translation>
    </message>
    <message>
        <source>Nothing to export yet: answers to sort, mark or box come out in the formats the real tools use.</source>
        <translation>Hakuna cha kuhamisha bado: majibu ya kupanga, kuweka alama au kuchora visanduku hutoka kwa miundo ya zana halisi.</translation>
    </message>
    <message>
        <source>The files could not be written in {folder}.</source>
        <translation>Faili hazikuweza kuandikwa katika {folder}.</translation>
    </message>
    <message>
        <source>Saved in {folder}: {files}.</source>
        <translation>Imehifadhiwa katika {folder}: {files}.</translation>
    </message>
    <message>
        <source>This task cannot be shown. Go on to the next one.</source>
        <translation>Kazi hii haiwezi kuonyeshwa. Endelea na inayofuata.</translation>
    </message>
    <message>
        <source>Right. Score {score}%.</source>
        <translation>Sahihi. Alama: {score}%.</translation>
    </message>
    <message>
        <source>Not right. Score {score}%.</source>
        <translation>Si sahihi. Alama: {score}%.</translation>
    </message>
    <message>
        <source>Qualification: task {n} of {count}</source>
        <translation>Mtihani wa kufuzu: kazi ya {n} kati ya {count}</translation>
    </message>
    <message>
        <source>Task {n} of the queue</source>
        <translation>Kazi ya {n} kwenye foleni</translation>
    </message>
    <message>
        <source>Quality {quality}% · {speed} tasks an hour</source>
        <translation>Ubora {quality}% · kazi {speed} kwa saa</translation>
    </message>
    <message>
        <source>You qualified: {right} of {count} right. The queue is open.</source>
        <translation>Umefuzu: {right} kati ya {count} ni sahihi. Foleni ya kazi imefunguliwa.</translation>
    </message>
    <message>
        <source>Not yet: {right} of {count} right; {needed}% is needed. Read the guidelines again, then try once more.</source>
        <translation>Bado: {right} kati ya {count} ni sahihi; inahitajika {needed}%. Soma maelekezo tena, kisha ujaribu mara nyingine.</translation>
    </message>
    <message>
        <source>Not yet: {right} of {count} right; {needed}% is needed. Ask your trainer, practise the skill, and come back to this project.</source>
        <translation>Bado: {right} kati ya {count} ni sahihi; inahitajika {needed}%. Muulize mkufunzi wako, jizoeze ujuzi huu, kisha urudi kwenye mradi huu.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
    <message>
        <source>Work as on an online platform: read the guidelines, pass the qualification (gold tasks, 80% right), then work through the queue. Your quality and speed are measured as the platforms measure them.</source>
        <translation>Fanya kazi kama kwenye jukwaa la kazi mtandaoni: soma maelekezo, faulu mtihani wa kufuzu (kazi zenye majibu yanayojulikana; unahitaji 80% sahihi), kisha fanya kazi zilizo kwenye foleni. Ubora na kasi yako vinapimwa kama majukwaa yanavyovipima.</translation>
    </message>
    <message>
        <source>Client: {client}. The guidelines:</source>
        <translation>Mteja: {client}. Maelekezo:</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>Nenda kwenye foleni</translation>
    </message>
    <message>
        <source>Start the qualification</source>
        <translation>Anza mtihani wa kufuzu</translation>
    </message>
    <message>
        <source>You are qualified for this project.</source>
        <translation>Umefuzu kwa mradi huu.</translation>
    </message>
    <message>
        <source>The qualification: {count} tasks; {needed}% right is needed.</source>
        <translation>Mtihani wa kufuzu: kazi {count}; unahitaji {needed}% sahihi.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>Export my answers</source>
        <translation>Hamisha majibu yangu</translation>
    </message>
    <message>
        <source>Back to the projects</source>
        <translation>Rudi kwenye miradi</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Maelekezo</translation>
    </message>
    <message>
        <source>Stop for now</source>
        <translation>Acha kwa sasa</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Endelea</translation>
    </message>
    <message>
        <source>Read the guidelines</source>
        <translation>Soma maelekezo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Miradi</translation>
    </message>
    <message>
        <source>An example of the work</source>
        <translation>Mfano wa kazi</translation>
    </message>
</context>
<context>
    <name>KeyboardPicture</name>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Alt Gr</source>
        <translation>Alt Gr</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Practice box</source>
        <translation>Kisanduku cha mazoezi</translation>
    </message>
    <message>
        <source>Second box</source>
        <translation>Kisanduku cha pili</translation>
    </message>
    <message>
        <source>Your keyboard</source>
        <translation>Kibodi yako</translation>
    </message>
    <message>
        <source>Text to type</source>
        <translation>Maandishi ya kuandika</translation>
    </message>
    <message>
        <source>This letter is in the keyboard&apos;s other language: switch it with Alt + Shift.</source>
        <translation>Herufi hii iko katika lugha nyingine ya kibodi: badilisha lugha kwa Alt + Shift.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Nafasi</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Caps Lock</source>
        <translation>Caps Lock</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Alt Gr</source>
        <translation>Alt Gr</translation>
    </message>
</context>
<context>
    <name>LabelReviewTask</name>
    <message>
        <source>Check another worker&apos;s label for this message: tick &quot;Wrong&quot; if it is not the right one.</source>
        <translation>Kagua lebo aliyochagua mfanyakazi mwingine kwa ujumbe huu: weka alama kwenye “Si sahihi” kama si lebo sahihi.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <source>The other worker chose:</source>
        <translation>Mfanyakazi mwingine alichagua:</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Si sahihi</translation>
    </message>
    <message>
        <source>The label chosen is wrong</source>
        <translation>Lebo iliyochaguliwa si sahihi</translation>
    </message>
    <message>
        <source>The labels of this project:</source>
        <translation>Lebo za mradi huu:</translation>
    </message>
</context>
<context>
    <name>LearnerDetailDialog</name>
    <message>
        <source>Typing speed (blue, words per minute) and the score of each try (green, dashed)</source>
        <translation>Kasi ya kuandika (bluu, maneno kwa dakika) na alama ya kila jaribio (kijani, mstari wa vistari)</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Majaribio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
</context>
<context>
    <name>MailClient</name>
    <message>
        <source>The task</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(hakuna kichwa)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Kikasha</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Zilizotumwa</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Rasimu</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Barua taka</translation>
    </message>
    <message>
        <source>Choose a message in the list to read it.</source>
        <translation>Chagua ujumbe kwenye orodha ili uusome.</translation>
    </message>
    <message>
        <source>From: {who}</source>
        <translation>Kutoka: {who}</translation>
    </message>
    <message>
        <source>To: {who}</source>
        <translation>Kwa: {who}</translation>
    </message>
    <message>
        <source>Cc: {who}</source>
        <translation>Nakala (Cc): {who}</translation>
    </message>
    <message>
        <source>Bcc: {who}</source>
        <translation>Nakala fiche (Bcc): {who}</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Viambatisho:</translation>
    </message>
    <message>
        <source>Open the attachment {name}</source>
        <translation>Fungua kiambatisho {name}</translation>
    </message>
    <message>
        <source>Tutor does not open {name}. A file like this can hold a virus: open an attachment only when you know the sender and expected the file.</source>
        <translation>Tutor haifungui {name}. Faili la aina hii linaweza kuwa na virusi: fungua kiambatisho tu kama unamjua mtumaji na ulikuwa unatarajia faili hilo.</translation>
    </message>
    <message>
        <source>This link goes to: {target}</source>
        <translation>Kiungo hiki kinakupeleka: {target}</translation>
    </message>
    <message>
        <source>Tutor never opens links. In a real mail client this would open {target}. Check where a link goes before you click it.</source>
        <translation>Tutor haifungui viungo kamwe. Katika programu halisi ya barua pepe, kiungo hiki kingefungua {target}. Hakikisha kiungo kinakwenda wapi kabla ya kukibofya.</translation>
    </message>
    <message>
        <source>Report “{subject}” as phishing</source>
        <translation>Ripoti “{subject}” kama barua ya ulaghai</translation>
    </message>
    <message>
        <source>Tick at least one reason.</source>
        <translation>Chagua angalau sababu moja.</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Sambaza</translation>
    </message>
    <message>
        <source>Reply all</source>
        <translation>Jibu wote</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Jibu</translation>
    </message>
    <message>
        <source>New email</source>
        <translation>Barua pepe mpya</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Kwanza chagua jibu.</translation>
    </message>
    <message>
        <source>Back to the tasks</source>
        <translation>Rudi kwenye mazoezi</translation>
    </message>
    <message>
        <source>I have checked every message</source>
        <translation>Nimekagua jumbe zote</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Kagua jibu langu</translation>
    </message>
    <message>
        <source>✎ New email</source>
        <translation>✎ Barua pepe mpya</translation>
    </message>
    <message>
        <source>Report phishing</source>
        <translation>Ripoti ulaghai</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Ripoti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Folda</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Jumbe</translation>
    </message>
    <message>
        <source>Columns of the message list</source>
        <translation>Safu za orodha ya jumbe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kutoka</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Kichwa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <source>The attachment</source>
        <translation>Kiambatisho</translation>
    </message>
    <message>
        <source>Why do you think it is a fake? Tick every reason you see.</source>
        <translation>Kwa nini unafikiri ni ujumbe wa uongo? Chagua kila sababu unayoiona.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tutor</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Mwanzo</translation>
    </message>
    <message>
        <source>Switch learner</source>
        <translation>Badilisha mwanafunzi</translation>
    </message>
    <message>
        <source>My settings</source>
        <translation>Mipangilio yangu</translation>
    </message>
    <message>
        <source>Problems with lessons</source>
        <translation>Matatizo ya masomo</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Kuhusu</translation>
    </message>
    <message>
        <source>Progress file</source>
        <translation>Faili la maendeleo</translation>
    </message>
    <message>
        <source>Save my progress to a file</source>
        <translation>Hifadhi maendeleo yangu kwenye faili</translation>
    </message>
    <message>
        <source>Load progress from a file</source>
        <translation>Fungua maendeleo kutoka kwenye faili</translation>
    </message>
</context>
<context>
    <name>NewLearnerScreen</name>
    <message>
        <source>A PIN is 4 numbers. Type them on the number row or the number pad.</source>
        <translation>PIN ni namba 4. Ziandike kwenye mstari wa namba au kwenye kibodi ya namba.</translation>
    </message>
    <message>
        <source>Touch the picture you like.</source>
        <translation>Gusa picha unayoipenda.</translation>
    </message>
    <message>
        <source>A PIN is 4 numbers, like 2580.</source>
        <translation>PIN ina tarakimu 4, kwa mfano 2580.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>PIN hizo mbili hazifanani. Ziandike tena.</translation>
    </message>
    <message>
        <source>Welcome! Let us make your profile.</source>
        <translation>Karibu! Tuunde wasifu wako.</translation>
    </message>
    <message>
        <source>Step {step} of {count}</source>
        <translation>Hatua {step} kati ya {count}</translation>
    </message>
    <message>
        <source>What is your name?</source>
        <translation>Jina lako ni nani?</translation>
    </message>
    <message>
        <source>Choose your picture. You will find yourself by it.</source>
        <translation>Chagua picha yako. Itakusaidia kupata wasifu wako.</translation>
    </message>
    <message>
        <source>Which language do you read best?</source>
        <translation>Unasoma lugha gani vizuri zaidi?</translation>
    </message>
    <message>
        <source>Which keyboard does your computer have?</source>
        <translation>Kompyuta yako ina kibodi ya aina gani?</translation>
    </message>
    <message>
        <source>You can choose 4 secret numbers (a PIN) to protect your profile. Leave it empty if you do not want one.</source>
        <translation>Unaweza kuchagua tarakimu 4 za siri (PIN) ili kulinda wasifu wako. Acha nafasi hii wazi kama hutaki PIN.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jina lako</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Type the same 4 numbers again:</source>
        <translation>Andika tena tarakimu zile zile 4:</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Rudia PIN</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Picha</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rudi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Maliza</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Endelea</translation>
    </message>
</context>
<context>
    <name>OpenProjectsDialog</name>
    <message>
        <source>Job tasks: projects open</source>
        <translation>Kazi za mtandaoni: miradi iliyo wazi</translation>
    </message>
    <message>
        <source>Open every project to this learner now (otherwise a level opens once the learner qualifies at the level below)</source>
        <translation>Fungua miradi yote kwa mwanafunzi huyu sasa (vinginevyo kiwango hufunguka mwanafunzi akifuzu katika kiwango cha chini yake)</translation>
    </message>
</context>
<context>
    <name>OrderTask</name>
    <message>
        <source>Put the steps in the right order: drag a step to its place, or choose it and press Up or Down.</source>
        <translation>Panga hatua kwa mpangilio sahihi: buruta hatua hadi mahali pake, au ichague kisha ubonyeze Juu au Chini.</translation>
    </message>
    <message>
        <source>The steps, in your order</source>
        <translation>Hatua, kwa mpangilio wako</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Juu</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>Panda hatua juu</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Panda hatua juu (Alt+Juu)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Chini</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>Shusha hatua chini</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Shusha hatua chini (Alt+Chini)</translation>
    </message>
    <message>
        <source>Or press Alt+Up and Alt+Down.</source>
        <translation>Au bonyeza Alt+Juu na Alt+Chini.</translation>
    </message>
</context>
<context>
    <name>OutputPanel</name>
    <message>
        <source>Output</source>
        <translation>Matokeo</translation>
    </message>
    <message>
        <source>What your program shows</source>
        <translation>Kile ambacho programu yako inaonyesha</translation>
    </message>
    <message>
        <source>Your program is waiting for an answer. Type it here and press Enter.</source>
        <translation>Programu yako inasubiri jibu. Liandike hapa kisha ubonyeze Enter.</translation>
    </message>
    <message>
        <source>Answer for your program</source>
        <translation>Jibu kwa ajili ya programu yako</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Andika jibu lako</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Tuma</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Tuma jibu</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Trainer</source>
        <translation>Mkufunzi</translation>
    </message>
    <message>
        <source>First use: choose a trainer password (at least 6 characters). Learners must not know it.</source>
        <translation>Matumizi ya kwanza: chagua nenosiri la mkufunzi (angalau herufi 6). Wanafunzi hawapaswi kulijua.</translation>
    </message>
    <message>
        <source>Type the trainer password.</source>
        <translation>Andika nenosiri la mkufunzi.</translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation>Nenosiri la mkufunzi</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Rudia nenosiri lile lile</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Manenosiri hayo mawili hayafanani.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait {seconds} seconds, then try again.</source>
        <translation>Nywila nyingi zisizo sahihi. Subiri sekunde {seconds}, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>That is not the trainer password.</source>
        <translation>Hilo si nenosiri la mkufunzi.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
</context>
<context>
    <name>PathDialog</name>
    <message>
        <source>Levels and path: {name}</source>
        <translation>Viwango na njia: {name}</translation>
    </message>
    <message>
        <source>No placement yet. &quot;Start a placement now&quot; opens it for this learner.</source>
        <translation>Bado hajapimwa kiwango. &quot;Anza kupima kiwango sasa&quot; kunamfungulia mwanafunzi huyu.</translation>
    </message>
    <message>
        <source>Placement of {day}. The work chosen: {work}.</source>
        <translation>Kupima kiwango kwa tarehe {day}. Kazi iliyochaguliwa: {work}.</translation>
    </message>
    <message>
        <source>{skill} · level {level} · {exercise}</source>
        <translation>{skill} · kiwango {level} · {exercise}</translation>
    </message>
    <message>
        <source> (your order)</source>
        <translation> (mpangilio wako)</translation>
    </message>
    <message>
        <source>Nothing: no placement yet, or the path is done.</source>
        <translation>Hakuna: bado hajapimwa kiwango, au njia imekamilika.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Ujuzi</translation>
    </message>
    <message>
        <source>At the placement</source>
        <translation>Wakati wa kupima</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sasa</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Viwango</translation>
    </message>
    <message>
        <source>Next exercises</source>
        <translation>Mazoezi yanayofuata</translation>
    </message>
    <message>
        <source>Your order for this learner</source>
        <translation>Mpangilio wako kwa mwanafunzi huyu</translation>
    </message>
    <message>
        <source>These exercises come first, in this order, until each is passed; then the path goes on by itself.</source>
        <translation>Mazoezi haya yanakuja kwanza, kwa mpangilio huu, hadi kila moja lifaulu; kisha njia inaendelea yenyewe.</translation>
    </message>
    <message>
        <source>An exercise to add</source>
        <translation>Zoezi la kuongeza</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ongeza</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ondoa</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Juu</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Chini</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Futa yote</translation>
    </message>
    <message>
        <source>Start a placement now</source>
        <translation>Anza kupima kiwango sasa</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Kupima kiwango</translation>
    </message>
</context>
<context>
    <name>PickerScreen</name>
    <message>
        <source>I am new</source>
        <translation>Mimi ni mpya</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Ukurasa {page} kati ya {pages}</translation>
    </message>
    <message>
        <source>Who are you? Touch your picture.</source>
        <translation>Wewe ni nani? Gusa picha yako.</translation>
    </message>
    <message>
        <source>Find your name</source>
        <translation>Tafuta jina lako</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tafuta</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Wanafunzi</translation>
    </message>
    <message>
        <source>I have a progress file</source>
        <translation>Nina faili la maendeleo</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Mkufunzi</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Ukurasa uliopita</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Ukurasa unaofuata</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Subiri sekunde {seconds}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Your PIN</source>
        <translation>PIN yako</translation>
    </message>
    <message>
        <source>{name}, type your 4 secret numbers.</source>
        <translation>{name}, andika tarakimu zako 4 za siri.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>A PIN is 4 numbers. Type them on the number row or the number pad.</source>
        <translation>PIN ni namba 4. Ziandike kwenye mstari wa namba au kwenye kibodi ya namba.</translation>
    </message>
    <message>
        <source>That is not your PIN. Tries left: {count}.</source>
        <translation>Hiyo si PIN yako. Majaribio yaliyobaki: {count}.</translation>
    </message>
</context>
<context>
    <name>PlacementRoom</name>
    <message>
        <source>Task {number}</source>
        <translation>Kazi ya {number}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
    <message>
        <source>The work you want</source>
        <translation>Kazi unayotaka</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Bado haijapimwa</translation>
    </message>
    <message>
        <source>After the mouse</source>
        <translation>Baada ya kipanya</translation>
    </message>
    <message>
        <source>Start at the beginning</source>
        <translation>Anza mwanzoni</translation>
    </message>
    <message>
        <source>Level {level} of {top}: all of it</source>
        <translation>Kiwango {level} kati ya {top}: chote</translation>
    </message>
    <message>
        <source>Level {level} of {top}</source>
        <translation>Kiwango {level} kati ya {top}</translation>
    </message>
    <message>
        <source>My skill map</source>
        <translation>Ramani ya ujuzi wangu</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Endelea</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anza</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Anza upya</translation>
    </message>
    <message>
        <source>My last skill map</source>
        <translation>Ramani yangu ya mwisho ya ujuzi</translation>
    </message>
    <message>
        <source>I can&apos;t do this</source>
        <translation>Siwezi kufanya hili</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Bado sijui</translation>
    </message>
    <message>
        <source>Start my path</source>
        <translation>Anza njia yangu</translation>
    </message>
    <message>
        <source>A few short tasks show what you can already do. Do what you can; press &quot;I can&apos;t do this&quot; when you cannot. Then choose the work you want.</source>
        <translation>Kazi chache fupi zinaonyesha unachoweza kufanya tayari. Fanya unachoweza; bonyeza &quot;Siwezi kufanya hili&quot; usipoweza. Kisha chagua kazi unayotaka.</translation>
    </message>
    <message>
        <source>What work would you like to do? Click its picture.</source>
        <translation>Ungependa kufanya kazi gani? Bofya picha yake.</translation>
    </message>
</context>
<context>
    <name>PlacementTrainer</name>
    <message>
        <source>Levels found by the placement of {date}</source>
        <translation>Viwango vilivyopatikana kwa kupima kiwango tarehe {date}</translation>
    </message>
    <message>
        <source>Work chosen</source>
        <translation>Kazi iliyochaguliwa</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>haijapimwa</translation>
    </message>
    <message>
        <source>not asked (stopped at the mouse)</source>
        <translation>haikuulizwa (ilisimama kwenye kipanya)</translation>
    </message>
    <message>
        <source>below level 1</source>
        <translation>chini ya kiwango cha 1</translation>
    </message>
    <message>
        <source>{level} of {top}</source>
        <translation>{level} kati ya {top}</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>haijachaguliwa</translation>
    </message>
</context>
<context>
    <name>PointerArea</name>
    <message>
        <source>Open the page</source>
        <translation>Fungua ukurasa</translation>
    </message>
</context>
<context>
    <name>PointerPage</name>
    <message>
        <source>Practice area: {title}</source>
        <translation>Eneo la mazoezi: {title}</translation>
    </message>
    <message>
        <source>A long page</source>
        <translation>Ukurasa mrefu</translation>
    </message>
    <message>
        <source>Scroll bar</source>
        <translation>Upau wa kusogeza</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems with lessons</source>
        <translation>Matatizo ya masomo</translation>
    </message>
    <message>
        <source>These lesson files have mistakes and were left out. The other lessons work. A trainer can fix the files and start Tutor again.</source>
        <translation>Mafaili haya ya masomo yana makosa, kwa hiyo yameachwa. Masomo mengine yanafanya kazi. Mkufunzi anaweza kurekebisha mafaili haya kisha kufungua Tutor tena.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Progress chart: {count} tries</source>
        <translation>Chati ya maendeleo: majaribio {count}</translation>
    </message>
</context>
<context>
    <name>ProgressTransfer</name>
    <message>
        <source>Save my progress</source>
        <translation>Hifadhi maendeleo yangu</translation>
    </message>
    <message>
        <source>Tutor progress (*{suffix})</source>
        <translation>Maendeleo ya Tutor (*{suffix})</translation>
    </message>
    <message>
        <source>Load progress from a file</source>
        <translation>Fungua maendeleo kutoka kwenye faili</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>{name}, type your 4 secret numbers.</source>
        <translation>{name}, andika tarakimu zako 4 za siri.</translation>
    </message>
    <message>
        <source>{name}, choose 4 secret numbers to protect your profile on this computer.</source>
        <translation>{name}, chagua namba 4 za siri kulinda wasifu wako kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>Type the same 4 numbers again.</source>
        <translation>Andika tena namba zile zile 4.</translation>
    </message>
    <message>
        <source>The two PINs must be the same 4 numbers. Try again.</source>
        <translation>PIN zote mbili lazima ziwe namba zile zile 4. Jaribu tena.</translation>
    </message>
    <message>
        <source>There is already a learner called {name} on this computer. Is it the same person? If you say yes, the progress is added to that learner.</source>
        <translation>Tayari kuna mwanafunzi anayeitwa {name} kwenye kompyuta hii. Je, ni mtu yule yule? Ukijibu ndiyo, maendeleo haya yataongezwa kwa mwanafunzi huyo.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Maendeleo</translation>
    </message>
    <message>
        <source>Saved: {count} activities in {path}. Take this file to the other computer and load it there.</source>
        <translation>Imehifadhiwa: shughuli {count} katika {path}. Peleka faili hili kwenye kompyuta nyingine na ulifungue huko.</translation>
    </message>
    <message>
        <source>That is not the right PIN. Nothing was loaded.</source>
        <translation>Hiyo si PIN sahihi. Hakuna kilichoingizwa.</translation>
    </message>
    <message>
        <source>Welcome, {name}! Your progress is loaded: {added} activities.</source>
        <translation>Karibu, {name}! Maendeleo yako yameingizwa: shughuli {added}.</translation>
    </message>
    <message>
        <source>{name}: {added} new activities added ({already} were already on this computer).</source>
        <translation>{name}: shughuli mpya {added} zimeongezwa ({already} zilikuwa tayari kwenye kompyuta hii).</translation>
    </message>
    <message>
        <source>{name}: this computer already had all these activities. Nothing changed.</source>
        <translation>{name}: kompyuta hii tayari ilikuwa na shughuli hizi zote. Hakuna kilichobadilika.</translation>
    </message>
    <message>
        <source>Checked: signed at {centre}: {count}</source>
        <translation>Zimekaguliwa: zilitiwa sahihi katika {centre}: {count}</translation>
    </message>
    <message>
        <source>Could not be checked ({why}): {count}</source>
        <translation>Hazikuweza kukaguliwa ({why}): {count}</translation>
    </message>
    <message>
        <source>Could not be checked before, and now checked: {count}</source>
        <translation>Hazikuweza kukaguliwa awali, na sasa zimekaguliwa: {count}</translation>
    </message>
    <message>
        <source>Activities that could not be checked stay in the learner&apos;s progress, but reports and certificates do not count them.</source>
        <translation>Shughuli ambazo hazikuweza kukaguliwa zinabaki katika maendeleo ya mwanafunzi, lakini ripoti na vyeti havizihesabu.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <source>Job tasks: quality and speed</source>
        <translation>Kazi za mtandaoni: ubora na kasi</translation>
    </message>
    <message>
        <source>One row per learner and project tried. Quality: the mean score of the queue&apos;s tasks; platforms often ask 80% or more.</source>
        <translation>Mstari mmoja kwa kila mwanafunzi na kila mradi aliojaribu. Ubora: wastani wa alama za kazi za foleni; mara nyingi majukwaa huhitaji 80% au zaidi.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Mwanafunzi</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Mradi</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Amefuzu</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Kazi</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Ubora</translation>
    </message>
    <message>
        <source>Tasks an hour</source>
        <translation>Kazi kwa saa</translation>
    </message>
    <message>
        <source>Keystrokes an hour</source>
        <translation>Mibonyezo kwa saa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ndiyo</translation>
    </message>
    <message>
        <source>not yet (tries: {tries})</source>
        <translation>bado (majaribio: {tries})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
</context>
<context>
    <name>ProposalTask</name>
    <message>
        <source>Words: {count} (asked: {min} to {max})</source>
        <translation>Maneno: {count} (yanayotakiwa: {min} hadi {max})</translation>
    </message>
    <message>
        <source>Words: {count}</source>
        <translation>Maneno: {count}</translation>
    </message>
    <message>
        <source>Read the job post, then write your proposal: a greeting, what you will do, one experience like this job, your price and your time, a closing and your name.</source>
        <translation>Soma tangazo la kazi, kisha andika pendekezo lako: salamu, utakachofanya, uzoefu mmoja unaofanana na kazi hii, bei yako na muda wako, hitimisho na jina lako.</translation>
    </message>
    <message>
        <source>The job post</source>
        <translation>Tangazo la kazi</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Maandishi yako</translation>
    </message>
    <message>
        <source>Write here.</source>
        <translation>Andika hapa.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tafuta ndani ya:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Jina la faili:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Aina ya faili:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Fungua</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Hifadhi</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chagua</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folda:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rudi nyuma</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Mbele</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folda ya juu</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Unda folda mpya</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Orodha</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Maelezo kamili</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Hifadhi kama</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Faili zote (*)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folda mpya</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Mahali pa karibuni</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Faili</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folda</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukubwa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tarehe ya kubadilishwa</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Onyesha maelezo...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ficha maelezo...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Sawa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Fungua</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ndiyo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hapana</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Tupa</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tumia</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Msaada</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Progress report</source>
        <translation>Ripoti ya maendeleo</translation>
    </message>
    <message>
        <source>Certificate of achievement</source>
        <translation>Cheti cha mafanikio</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Ripoti ya darasa</translation>
    </message>
    <message>
        <source>This certificate is awarded to</source>
        <translation>Cheti hiki kinatolewa kwa</translation>
    </message>
    <message>
        <source>for completing, at {centre}:</source>
        <translation>kwa kukamilisha, katika {centre}:</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Ujuzi</translation>
    </message>
    <message>
        <source>Exercises passed</source>
        <translation>Mazoezi aliyofaulu</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Majaribio</translation>
    </message>
    <message>
        <source>Best typing speed: {wpm} words per minute, {accuracy}% accurate</source>
        <translation>Kasi bora ya kuandika: maneno {wpm} kwa dakika, usahihi {accuracy}%</translation>
    </message>
    <message>
        <source>No typing test yet.</source>
        <translation>Bado hajafanya jaribio la kuandika.</translation>
    </message>
    <message>
        <source>Last activity: {date}</source>
        <translation>Shughuli ya mwisho: {date}</translation>
    </message>
    <message>
        <source>Made on {date} by Tutor.</source>
        <translation>Imetengenezwa na Tutor tarehe {date}.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Mwanafunzi</translation>
    </message>
    <message>
        <source>Needs help with</source>
        <translation>Anahitaji msaada katika</translation>
    </message>
    <message>
        <source>Best typing speed</source>
        <translation>Kasi bora ya kuandika</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} kati ya {total}</translation>
    </message>
    <message>
        <source>Trainer&apos;s signature</source>
        <translation>Sahihi ya mkufunzi</translation>
    </message>
    <message>
        <source>Results brought from another computer that could not be checked, and are not counted here: {count}</source>
        <translation>Matokeo yaliyoletwa kutoka kompyuta nyingine ambayo hayakuweza kukaguliwa, kwa hiyo hayahesabiwi hapa: {count}</translation>
    </message>
    <message>
        <source>Results brought from other computers that could not be checked are not counted in this report (for all learners: {count}).</source>
        <translation>Matokeo yaliyoletwa kutoka kompyuta nyingine ambayo hayakuweza kukaguliwa hayahesabiwi katika ripoti hii (kwa wanafunzi wote: {count}).</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Well done!</source>
        <translation>Hongera!</translation>
    </message>
    <message>
        <source>Not yet. Read the hints and try again.</source>
        <translation>Bado. Soma vidokezo kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>Score: {percent}%</source>
        <translation>Alama: {percent}%</translation>
    </message>
    <message>
        <source>met</source>
        <translation>imetimizwa</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>bado haijatimizwa</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Kilichokaguliwa</translation>
    </message>
    <message>
        <source>An example of a good answer</source>
        <translation>Mfano wa jibu zuri</translation>
    </message>
    <message>
        <source>Why each message is real or fake</source>
        <translation>Kwa nini kila ujumbe ni wa kweli au wa uongo</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Barua pepe yako</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>Zoezi linalofuata</translation>
    </message>
    <message>
        <source>Back to the tasks</source>
        <translation>Rudi kwenye mazoezi</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <source>Save as</source>
        <translation>Hifadhi kama</translation>
    </message>
    <message>
        <source>Folder to save in</source>
        <translation>Folda ya kuhifadhi</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Folda</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Hifadhi katika:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Jina la faili</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Andika jina</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Jina la faili:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Hifadhi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <source>Choose a folder to save in.</source>
        <translation>Chagua folda ya kuhifadhi.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Saved.</source>
        <translation>Imehifadhiwa.</translation>
    </message>
    <message>
        <source>A PIN is 4 numbers, like 2580.</source>
        <translation>PIN ina tarakimu 4, kwa mfano 2580.</translation>
    </message>
    <message>
        <source>Your PIN is saved.</source>
        <translation>PIN yako imehifadhiwa.</translation>
    </message>
    <message>
        <source>PIN removed.</source>
        <translation>PIN imeondolewa.</translation>
    </message>
    <message>
        <source>My settings</source>
        <translation>Mipangilio yangu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lugha</translation>
    </message>
    <message>
        <source>Lessons in</source>
        <translation>Masomo kwa lugha ya</translation>
    </message>
    <message>
        <source>The language of the screens</source>
        <translation>Lugha ya skrini</translation>
    </message>
    <message>
        <source>Language of the lessons</source>
        <translation>Lugha ya masomo</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Ukubwa wa maandishi</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Utofautishaji mkubwa</translation>
    </message>
    <message>
        <source>High contrast: white on black</source>
        <translation>Utofautishaji mkubwa: nyeupe juu ya nyeusi</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Kibodi</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN mpya</translation>
    </message>
    <message>
        <source>4 numbers</source>
        <translation>tarakimu 4</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Hifadhi PIN</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>Bila PIN</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Ondoa PIN</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Nimemaliza</translation>
    </message>
</context>
<context>
    <name>SheetsPlacementItem</name>
    <message>
        <source>A spreadsheet task</source>
        <translation>Zoezi la lahajedwali</translation>
    </message>
</context>
<context>
    <name>SheetsRoom</name>
    <message>
        <source>Cell</source>
        <translation>Kisanduku</translation>
    </message>
    <message>
        <source>{cell} uses its own cell: a circular reference. Change its formula.</source>
        <translation>Kisanduku {cell} kinajitumia chenyewe katika fomula yake (circular reference). Badilisha fomula yake.</translation>
    </message>
    <message>
        <source>Open a file instead?</source>
        <translation>Kufungua faili badala yake?</translation>
    </message>
    <message>
        <source>The file you open will replace your work on this sheet. To keep your work, save it first.</source>
        <translation>Faili utakalofungua litachukua nafasi ya kazi yako kwenye karatasi hii. Ili kuiweka kazi yako, ihifadhi kwanza.</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Fungua faili</translation>
    </message>
    <message>
        <source>Open a spreadsheet</source>
        <translation>Fungua lahajedwali</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Lahajedwali (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the spreadsheet</source>
        <translation>Hifadhi lahajedwali</translation>
    </message>
    <message>
        <source>Saved in {file}</source>
        <translation>Imehifadhiwa katika {file}</translation>
    </message>
    <message>
        <source>Well done! Everything is right. Saved.</source>
        <translation>Hongera! Kila kitu ni sahihi. Kazi imehifadhiwa.</translation>
    </message>
    <message>
        <source>Not yet: {score}% right. Saved. Read the list, correct, and check again.</source>
        <translation>Bado: {score}% ni sahihi. Kazi imehifadhiwa. Soma orodha, rekebisha, kisha ukague tena.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Tendua</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Tendua badiliko la mwisho (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rudia</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Y)</source>
        <translation>Rudisha ulichotendua (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Herufi nzito</translation>
    </message>
    <message>
        <source>Bold text (Ctrl+B)</source>
        <translation>Maandishi ya herufi nzito (Ctrl+B)</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Pesa</translation>
    </message>
    <message>
        <source>Show as money, with 2 decimals</source>
        <translation>Onyesha kama pesa, na nafasi 2 za desimali</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Show as a percentage</source>
        <translation>Onyesha kama asilimia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarehe</translation>
    </message>
    <message>
        <source>Show as a date</source>
        <translation>Onyesha kama tarehe</translation>
    </message>
    <message>
        <source>.0+</source>
        <translation>.0+</translation>
    </message>
    <message>
        <source>One more decimal place</source>
        <translation>Ongeza nafasi moja ya desimali</translation>
    </message>
    <message>
        <source>.0-</source>
        <translation>.0-</translation>
    </message>
    <message>
        <source>One decimal place less</source>
        <translation>Punguza nafasi moja ya desimali</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Jaza chini</translation>
    </message>
    <message>
        <source>Copy the top cell into the selected cells below (Ctrl+D)</source>
        <translation>Nakili kisanduku cha juu kwenye visanduku ulivyochagua chini yake (Ctrl+D)</translation>
    </message>
    <message>
        <source>Fill right</source>
        <translation>Jaza kulia</translation>
    </message>
    <message>
        <source>Copy the left cell into the selected cells on the right (Ctrl+R)</source>
        <translation>Nakili kisanduku cha kushoto kwenye visanduku ulivyochagua upande wa kulia (Ctrl+R)</translation>
    </message>
    <message>
        <source>Insert row</source>
        <translation>Ingiza mstari</translation>
    </message>
    <message>
        <source>Insert a row above the selection</source>
        <translation>Ingiza mstari juu ya sehemu uliyochagua</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Futa mstari</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Futa mistari uliyochagua</translation>
    </message>
    <message>
        <source>Sort A to Z</source>
        <translation>Panga A hadi Z</translation>
    </message>
    <message>
        <source>Sort the selected rows by the current column, smallest first</source>
        <translation>Panga mistari uliyochagua kwa kufuata safu ya sasa, kuanzia ndogo hadi kubwa</translation>
    </message>
    <message>
        <source>Sort Z to A</source>
        <translation>Panga Z hadi A</translation>
    </message>
    <message>
        <source>Sort the selected rows by the current column, largest first</source>
        <translation>Panga mistari uliyochagua kwa kufuata safu ya sasa, kuanzia kubwa hadi ndogo</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chati</translation>
    </message>
    <message>
        <source>Make a chart of the selected cells</source>
        <translation>Tengeneza chati ya visanduku ulivyochagua</translation>
    </message>
    <message>
        <source>New sheet</source>
        <translation>Laha mpya</translation>
    </message>
    <message>
        <source>Add a sheet to the workbook</source>
        <translation>Ongeza laha kwenye kitabu cha kazi</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Fungua…</translation>
    </message>
    <message>
        <source>Open an .xlsx file</source>
        <translation>Fungua faili la .xlsx</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Hifadhi…</translation>
    </message>
    <message>
        <source>Save as an .xlsx file for LibreOffice or Excel</source>
        <translation>Hifadhi kama faili la .xlsx kwa ajili ya LibreOffice au Excel</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Zaidi</translation>
    </message>
    <message>
        <source>More tools: the buttons that do not fit here</source>
        <translation>Zana zaidi: vitufe visivyotosha hapa</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Zana zaidi</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Mihimili</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Mstari</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Mazoezi</translation>
    </message>
    <message>
        <source>Spreadsheet grid</source>
        <translation>Gridi ya lahajedwali</translation>
    </message>
    <message>
        <source>Arrows, Enter and Tab move between cells. To leave the grid, press Ctrl+Tab (or Ctrl+Shift+Tab to go back).</source>
        <translation>Mishale, Enter na Tab hukusogeza kutoka kisanduku kimoja hadi kingine. Ili kutoka kwenye gridi, bonyeza Ctrl+Tab (au Ctrl+Shift+Tab kurudi nyuma).</translation>
    </message>
    <message>
        <source>Column letters</source>
        <translation>Herufi za safu</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>Namba za mistari</translation>
    </message>
    <message>
        <source>Formula bar: the content of the cell</source>
        <translation>Upau wa fomula: kilichomo kwenye kisanduku</translation>
    </message>
    <message>
        <source>Type a value or a formula like =A1+B1</source>
        <translation>Andika thamani au fomula kama =A1+B1</translation>
    </message>
    <message>
        <source>Current cell</source>
        <translation>Kisanduku kilichochaguliwa</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Laha</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>Onyesha kidokezo</translation>
    </message>
    <message>
        <source>Check my work</source>
        <translation>Kagua kazi yangu</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Anza upya</translation>
    </message>
    <message>
        <source>{task} (passed)</source>
        <translation>{task} (umefaulu)</translation>
    </message>
    <message>
        <source>Start again?</source>
        <translation>Kuanza upya?</translation>
    </message>
    <message>
        <source>Your work on this sheet will be replaced by the task&apos;s start. This cannot be undone.</source>
        <translation>Kazi yako kwenye karatasi hii itabadilishwa na mwanzo wa zoezi. Hutaweza kuirudisha.</translation>
    </message>
    <message>
        <source>Keep my work</source>
        <translation>Baki na kazi yangu</translation>
    </message>
    <message>
        <source>Leave this sheet?</source>
        <translation>Kuondoka kwenye karatasi hii?</translation>
    </message>
    <message>
        <source>This sheet is too large to be kept: if you leave it, your work on it is lost. Save it as a file first to keep it.</source>
        <translation>Karatasi hii ni kubwa mno kuhifadhiwa: ukiiacha, kazi yako juu yake itapotea. Ihifadhi kwanza kama faili ili uiweke.</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>Iache</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Baki</translation>
    </message>
    <message>
        <source>Start the task again</source>
        <translation>Anza zoezi upya</translation>
    </message>
    <message>
        <source>What is right and what to correct</source>
        <translation>Kilicho sahihi na cha kurekebisha</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Start an assessment: {name}</source>
        <translation>Anza tathmini: {name}</translation>
    </message>
    <message>
        <source>{assessment} (its exercise is not installed)</source>
        <translation>{assessment} (zoezi lake halijawekwa)</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)
{description}</source>
        <translation>{name} (dakika {minutes})
{description}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>amefaulu</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>hajafaulu</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>imethibitishwa</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>haijathibitishwa</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Bado hakuna.</translation>
    </message>
    <message>
        <source>Choose the assessment. The learner takes it once, without pausing, while you watch; at the end you type the trainer password to confirm you were there.</source>
        <translation>Chagua tathmini. Mwanafunzi ataifanya mara moja, bila kusimama, wewe ukimsimamia; mwishoni utaandika nenosiri la mkufunzi ili kuthibitisha kwamba ulikuwepo.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Tathmini</translation>
    </message>
    <message>
        <source>I am in the room and I watch the learner during the test</source>
        <translation>Niko chumbani na ninamsimamia mwanafunzi wakati wa mtihani</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Jina lako</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>Tathmini za awali</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Anza sasa</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>1 result waiting for the centre server</source>
        <translation>Tokeo 1 linasubiri kutumwa kwa seva ya kituo</translation>
    </message>
    <message>
        <source>{count} results waiting for the centre server</source>
        <translation>Matokeo {count} yanasubiri kutumwa kwa seva ya kituo</translation>
    </message>
    <message>
        <source>Saved on this PC.</source>
        <translation>Imehifadhiwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>Saved: this PC</source>
        <translation>Imehifadhiwa: kompyuta hii</translation>
    </message>
    <message>
        <source>Saved on the centre server.</source>
        <translation>Imehifadhiwa kwenye seva ya kituo.</translation>
    </message>
    <message>
        <source>Saved: centre</source>
        <translation>Imehifadhiwa: kituo</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} zinasubiri</translation>
    </message>
    <message>
        <source>The centre server cannot be reached at the moment. Your results are safe on this PC and will be sent to it later.</source>
        <translation>Seva ya kituo haipatikani kwa sasa. Matokeo yako yako salama kwenye kompyuta hii na yatatumwa kwake baadaye.</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>done</source>
        <translation>limekamilika</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>bado halijakamilika</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Choose a task. Each one is an email to read, write or check, like at work.</source>
        <translation>Chagua zoezi. Kila zoezi ni barua pepe ya kusoma, kuandika au kukagua, kama kazini.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Mazoezi</translation>
    </message>
    <message>
        <source>Start the task</source>
        <translation>Anza zoezi</translation>
    </message>
</context>
<context>
    <name>TaskWidget</name>
    <message>
        <source>Submit</source>
        <translation>Tuma</translation>
    </message>
</context>
<context>
    <name>TextDisplay</name>
    <message>
        <source>Text to type</source>
        <translation>Maandishi ya kuandika</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Typing thresholds</source>
        <translation>Viwango vya kufaulu kuandika</translation>
    </message>
    <message>
        <source>Speed asked (× the lesson&apos;s)</source>
        <translation>Kasi inayotakiwa (× kasi ya somo)</translation>
    </message>
    <message>
        <source>Accuracy asked, minus (%)</source>
        <translation>Punguza usahihi unaotakiwa kwa (%)</translation>
    </message>
    <message>
        <source>Adaptive practice target (WPM)</source>
        <translation>Lengo la zoezi la vitufe dhaifu (maneno kwa dakika)</translation>
    </message>
</context>
<context>
    <name>TrainerScreen</name>
    <message>
        <source>Learner</source>
        <translation>Mwanafunzi</translation>
    </message>
    <message>
        <source>Best typing speed</source>
        <translation>Kasi bora ya kuandika</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Shughuli ya mwisho</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>Anahitaji msaada</translation>
    </message>
    <message>
        <source>{count} activities cannot be read</source>
        <translation>Shughuli {count} haziwezi kusomwa</translation>
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} kati ya {total}</translation>
    </message>
    <message>
        <source>No learner</source>
        <translation>Hakuna mwanafunzi</translation>
    </message>
    <message>
        <source>Choose a learner in the table first.</source>
        <translation>Kwanza chagua mwanafunzi kwenye jedwali.</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Mkufunzi</translation>
    </message>
    <message>
        <source>Folder with progress files</source>
        <translation>Folda yenye mafaili ya maendeleo</translation>
    </message>
    <message>
        <source>No progress files in {folder}.</source>
        <translation>Hakuna mafaili ya maendeleo katika {folder}.</translation>
    </message>
    <message>
        <source>Loading progress files…</source>
        <translation>Mafaili ya maendeleo yanaingizwa…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <source>Files loaded: {files}. New activities: {added}.</source>
        <translation>Mafaili yaliyoingizwa: {files}. Shughuli mpya: {added}.</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Yaliyokataliwa:</translation>
    </message>
    <message>
        <source>Export the class (CSV)</source>
        <translation>Hamisha data ya darasa (CSV)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Imehifadhiwa: {path}</translation>
    </message>
    <message>
        <source>Class report (PDF)</source>
        <translation>Ripoti ya darasa (PDF)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Badilisha jina</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Jina jipya:</translation>
    </message>
    <message>
        <source>{name} has no PIN now.</source>
        <translation>{name} sasa hana PIN.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unganisha</translation>
    </message>
    <message>
        <source>Which profile is the same person as {name}? Its activities move to {name}, and it disappears.</source>
        <translation>Ni wasifu upi ni wa mtu yule yule na {name}? Shughuli zake zitahamishiwa kwa {name}, na wasifu huo utaondolewa.</translation>
    </message>
    <message>
        <source>{count} activities moved to {name}.</source>
        <translation>Shughuli {count} zimehamishiwa kwa {name}.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Hifadhi kama PDF</translation>
    </message>
    <message>
        <source>Trainer: the class</source>
        <translation>Mkufunzi: darasa</translation>
    </message>
    <message>
        <source>Centre name:</source>
        <translation>Jina la kituo:</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>Jina la kituo</translation>
    </message>
    <message>
        <source>The class</source>
        <translation>Darasa</translation>
    </message>
    <message>
        <source>Find a learner</source>
        <translation>Tafuta mwanafunzi</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Futa</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tafuta</translation>
    </message>
    <message>
        <source>Load a folder of progress files</source>
        <translation>Ingiza folda ya mafaili ya maendeleo</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Hamisha CSV</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Ondoa PIN</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Weka kando</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Ripoti ya maendeleo</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Cheti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Maelezo zaidi</translation>
    </message>
    <message>
        <source>Centre and credentials</source>
        <translation>Kituo na hati za sifa</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Iliyotangulia</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Endelea</translation>
    </message>
    <message>
        <source>More about the class</source>
        <translation>Zaidi kuhusu darasa</translation>
    </message>
    <message>
        <source>More for this learner</source>
        <translation>Zaidi kwa mwanafunzi huyu</translation>
    </message>
</context>
<context>
    <name>TranscribeTask</name>
    <message>
        <source>Keys: Esc or F4 play or pause, F1 or Ctrl+Left back 5 seconds, F2 or Ctrl+Right forward 5 seconds.</source>
        <translation>Vitufe: Esc au F4 kucheza au kusimamisha, F1 au Ctrl+Kushoto kurudi sekunde 5, F2 au Ctrl+Kulia kusonga mbele sekunde 5.</translation>
    </message>
    <message>
        <source>Full verbatim: type every word as said, with every um, uh and false start (I w- I will). Write [inaudible] for a word you cannot hear and [crosstalk] when two people speak at once.</source>
        <translation>Neno kwa neno kamili: andika kila neno kama lilivyosemwa, pamoja na kila &quot;um&quot;, &quot;uh&quot; na kila mwanzo uliokatika (I w- I will). Andika [inaudible] kwa neno usilolisikia na [crosstalk] watu wawili wanapoongea pamoja.</translation>
    </message>
    <message>
        <source>Clean verbatim: leave out um, uh and false starts; use normal punctuation. Write [inaudible] for a word you cannot hear and [crosstalk] when two people speak at once.</source>
        <translation>Neno kwa neno safi: acha &quot;um&quot;, &quot;uh&quot; na mianzo iliyokatika; tumia alama za uandishi za kawaida. Andika [inaudible] kwa neno usilolisikia na [crosstalk] watu wawili wanapoongea pamoja.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Simamisha</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Cheza</translation>
    </message>
    <message>
        <source>The recording is missing: ask your trainer. You can still type.</source>
        <translation>Rekodi haipo: muulize mkufunzi wako. Bado unaweza kuandika.</translation>
    </message>
    <message>
        <source>This recording cannot be played on this computer. You can still type.</source>
        <translation>Rekodi hii haiwezi kuchezwa kwenye kompyuta hii. Bado unaweza kuandika.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found: plug them in to hear the recording.</source>
        <translation>Hakuna spika wala vipokea sauti vilivyopatikana: vichomeke ili usikie rekodi.</translation>
    </message>
    <message>
        <source>Back 5 s</source>
        <translation>Rudi sek 5</translation>
    </message>
    <message>
        <source>Back 5 seconds (F1)</source>
        <translation>Rudi sekunde 5 (F1)</translation>
    </message>
    <message>
        <source>Forward 5 s</source>
        <translation>Mbele sek 5</translation>
    </message>
    <message>
        <source>Forward 5 seconds (F2)</source>
        <translation>Mbele sekunde 5 (F2)</translation>
    </message>
    <message>
        <source>Slower (0.75x)</source>
        <translation>Polepole (0.75x)</translation>
    </message>
    <message>
        <source>Slower, three quarters of the speed</source>
        <translation>Polepole, robo tatu ya kasi</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Mahali kwenye rekodi</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Muda</translation>
    </message>
    <message>
        <source>Your transcript</source>
        <translation>Unukuzi wako</translation>
    </message>
    <message>
        <source>Type the transcript here.</source>
        <translation>Andika unukuzi hapa.</translation>
    </message>
</context>
<context>
    <name>TypingPlacementItem</name>
    <message>
        <source>Copy a line</source>
        <translation>Nakili mstari</translation>
    </message>
    <message>
        <source>Copy this line. Type it as it is, as quickly and as correctly as you can.</source>
        <translation>Nakili mstari huu. Uandike kama ulivyo, haraka na kwa usahihi kadiri unavyoweza.</translation>
    </message>
</context>
<context>
    <name>TypingRoom</name>
    <message>
        <source>Pass the lesson before to open this one.</source>
        <translation>Somo hili litafunguka ukifaulu somo lililotangulia.</translation>
    </message>
    <message>
        <source>Well done! Saved.</source>
        <translation>Hongera! Matokeo yamehifadhiwa.</translation>
    </message>
    <message>
        <source>Not yet. Saved. Try again!</source>
        <translation>Bado hujafaulu. Matokeo yamehifadhiwa. Jaribu tena!</translation>
    </message>
    <message>
        <source>{count} stars of 3</source>
        <translation>Nyota {count} kati ya 3</translation>
    </message>
    <message>
        <source>Last time: {wpm} words per minute, accuracy {accuracy}%.</source>
        <translation>Mara iliyopita: maneno {wpm} kwa dakika, usahihi {accuracy}%.</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy}%, asked: {min}%.</source>
        <translation>Usahihi: {accuracy}%, lengo: {min}%.</translation>
    </message>
    <message>
        <source>Keys with errors</source>
        <translation>Vitufe vilivyokosewa</translation>
    </message>
    <message>
        <source>Keys that caused errors: {keys}</source>
        <translation>Vitufe vilivyokosewa: {keys}</translation>
    </message>
    <message>
        <source>Row {row} of {count}</source>
        <translation>Mstari {row} kati ya {count}</translation>
    </message>
    <message>
        <source>Speed: {wpm} words per minute ({cpm} characters per minute), asked: {min} words per minute.</source>
        <translation>Kasi: maneno {wpm} kwa dakika (herufi {cpm} kwa dakika), inayotakiwa: maneno {min} kwa dakika.</translation>
    </message>
    <message>
        <source>Speed: {kph} keystrokes per hour, asked: {min}.</source>
        <translation>Kasi: mibonyezo {kph} kwa saa, lengo: {min}.</translation>
    </message>
    <message>
        <source>Fields right: {accuracy}%, asked: {min}%.</source>
        <translation>Visanduku sahihi: {accuracy}%, lengo: {min}%.</translation>
    </message>
    <message>
        <source>Last time: {kph} keystrokes per hour.</source>
        <translation>Mara ya mwisho: mibonyezo {kph} kwa saa.</translation>
    </message>
    <message>
        <source>Pass the first lesson: then you can practise the letters it taught you.</source>
        <translation>Faulu somo la kwanza: kisha utaweza kufanya mazoezi ya herufi ulizojifunza humo.</translation>
    </message>
    <message>
        <source>Practice of the letters your lessons have taught you: {letters}. Your weakest one comes most often: {key}.</source>
        <translation>Mazoezi ya herufi ulizofundishwa na masomo yako: {letters}. Herufi unayoimudu kidogo zaidi inarudiwa mara nyingi zaidi: {key}.</translation>
    </message>
    <message>
        <source>Your speed (blue, words per minute) and accuracy (green, %) over time.</source>
        <translation>Kasi yako (mstari wa bluu, maneno kwa dakika) na usahihi wako (mstari wa kijani, %) kwa muda.</translation>
    </message>
    <message>
        <source>No typing yet: your progress will show here.</source>
        <translation>Bado hujafanya zoezi la kuandika: maendeleo yako yataonekana hapa.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Masomo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anza</translation>
    </message>
    <message>
        <source>Practise my weak keys</source>
        <translation>Zoezi la vitufe vinavyonipa shida</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Maendeleo yangu</translation>
    </message>
    <message>
        <source>Stop on errors</source>
        <translation>Subiri kitufe sahihi baada ya kosa</translation>
    </message>
    <message>
        <source>Allow Backspace</source>
        <translation>Ruhusu kitufe cha kufuta (Backspace)</translation>
    </message>
    <message>
        <source>Show the keyboard</source>
        <translation>Onyesha kibodi</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Jaribu tena</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Somo linalofuata</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>Mstari unaofuata</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Kozi:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kozi</translation>
    </message>
    <message>
        <source>Table to copy</source>
        <translation>Jedwali la kunakili</translation>
    </message>
</context>
<context>
    <name>TypingScreen</name>
    <message>
        <source>Open the course for this keyboard</source>
        <translation>Fungua kozi ya kibodi hii</translation>
    </message>
    <message>
        <source>Typing exercise</source>
        <translation>Zoezi la kuandika</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Kibodi</translation>
    </message>
    <message>
        <source>Your keyboard seems to type like the {layout} keyboard, not like this course&apos;s. Choose the course for your keyboard, or ask your trainer to change the keyboard setting of the computer.</source>
        <translation>Inaonekana kibodi yako inaandika kama kibodi ya {layout}, si kama ya kozi hii. Chagua kozi inayolingana na kibodi yako, au mwombe mkufunzi wako abadilishe mpangilio wa kibodi ya kompyuta.</translation>
    </message>
    <message>
        <source>Open the course for the {layout} keyboard</source>
        <translation>Fungua kozi ya kibodi ya {layout}</translation>
    </message>
    <message>
        <source>Your keyboard is typing Latin letters. Switch the computer&apos;s keyboard to Arabic (often with Alt+Shift), then go on.</source>
        <translation>Kibodi yako inaandika herufi za Kilatini. Badilisha kibodi ya kompyuta iwe ya Kiarabu (mara nyingi kwa Alt+Shift), kisha uendelee.</translation>
    </message>
    <message>
        <source>{finger}, with Shift under your {other}</source>
        <translation>{finger}, huku ukishikilia Shift kwa {other}</translation>
    </message>
    <message>
        <source>First the accent key, then: {finger}</source>
        <translation>Kwanza kitufe cha alama (^), kisha: {finger}</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy}%</source>
        <translation>Usahihi: {accuracy}%</translation>
    </message>
    <message>
        <source>Speed: {wpm} words per minute · Accuracy: {accuracy}%</source>
        <translation>Kasi: maneno {wpm} kwa dakika · Usahihi: {accuracy}%</translation>
    </message>
    <message>
        <source>Paused. Type the next key to go on.</source>
        <translation>Zoezi limesimama kwa muda. Bonyeza kitufe kinachofuata ili uendelee.</translation>
    </message>
    <message>
        <source>space</source>
        <translation>nafasi</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Wrong key: {typed}. Type {expected}.</source>
        <translation>Kitufe si sahihi: {typed}. Andika {expected}.</translation>
    </message>
</context>
<context>
    <name>TypingTest</name>
    <message>
        <source>Copy this text:</source>
        <translation>Andika maandishi haya:</translation>
    </message>
    <message>
        <source>The text to copy</source>
        <translation>Maandishi ya kuandika</translation>
    </message>
    <message>
        <source>Type here:</source>
        <translation>Andika hapa:</translation>
    </message>
    <message>
        <source>Your typing</source>
        <translation>Ulichoandika</translation>
    </message>
</context>
<context>
    <name>WindowPage</name>
    <message>
        <source>Notes</source>
        <translation>Madokezo</translation>
    </message>
    <message>
        <source>This is a window. Move it, change its size, make it small or large, close it and open it again.</source>
        <translation>Hili ni dirisha. Lisogeze, badilisha ukubwa wake, lifanye dogo au kubwa, lifunge kisha ulifungue tena.</translation>
    </message>
    <message>
        <source>Title bar</source>
        <translation>Upau wa kichwa</translation>
    </message>
    <message>
        <source>Change the size</source>
        <translation>Badilisha ukubwa</translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation>Punguza</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
    <message>
        <source>Practice desktop</source>
        <translation>Eneo-kazi la mazoezi</translation>
    </message>
    <message>
        <source>Taskbar</source>
        <translation>Upau wa kazi</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rejesha</translation>
    </message>
    <message>
        <source>Maximise</source>
        <translation>Panua</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <source>Typing test, 5 minutes</source>
        <translation>Mtihani wa kuandika kwa kibodi, dakika 5</translation>
    </message>
    <message>
        <source>Copy a printed text for 5 minutes, as quickly and as correctly as you can. You may correct with Backspace.</source>
        <translation>Andika maandishi yaliyochapishwa kwa dakika 5, haraka na kwa usahihi kadiri uwezavyo. Unaweza kurekebisha kwa Backspace.</translation>
    </message>
    <message>
        <source>Data-entry test, 5 minutes</source>
        <translation>Mtihani wa kuingiza data, dakika 5</translation>
    </message>
    <message>
        <source>Key invoice lines from a document into a form for 5 minutes, as quickly and as correctly as you can.</source>
        <translation>Ingiza mistari ya ankara kutoka kwenye hati hadi kwenye fomu kwa dakika 5, haraka na kwa usahihi kadiri uwezavyo.</translation>
    </message>
    <message>
        <source>Email task</source>
        <translation>Kazi ya barua pepe</translation>
    </message>
    <message>
        <source>Answer an email about a job interview, alone, within 15 minutes.</source>
        <translation>Jibu barua pepe kuhusu usaili wa kazi, peke yako, ndani ya dakika 15.</translation>
    </message>
    <message>
        <source>Spreadsheet task</source>
        <translation>Kazi ya lahajedwali</translation>
    </message>
    <message>
        <source>Finish an invoice in a spreadsheet, alone, within 15 minutes.</source>
        <translation>Kamilisha ankara kwenye lahajedwali, peke yako, ndani ya dakika 15.</translation>
    </message>
    <message>
        <source>Program task</source>
        <translation>Kazi ya programu</translation>
    </message>
    <message>
        <source>Read a short program and say what it prints, alone, within 10 minutes.</source>
        <translation>Soma programu fupi na useme inachapisha nini, peke yako, ndani ya dakika 10.</translation>
    </message>
    <message>
        <source>At least {mark} net words a minute: {value}.</source>
        <translation>Angalau maneno halisi {mark} kwa dakika: {value}.</translation>
    </message>
    <message>
        <source>At most {mark} errors: {value}.</source>
        <translation>Makosa yasiyozidi {mark}: {value}.</translation>
    </message>
    <message>
        <source>At least {mark} keystrokes an hour: {value}.</source>
        <translation>Angalau mibonyezo {mark} kwa saa: {value}.</translation>
    </message>
    <message>
        <source>At least {mark} % of the fields right: {value} %.</source>
        <translation>Angalau {mark} % ya sehemu ziwe sahihi: {value} %.</translation>
    </message>
    <message>
        <source>The task was answered within its time.</source>
        <translation>Kazi ilijibiwa ndani ya muda wake.</translation>
    </message>
</context>
<context>
    <name>coding</name>
    <message>
        <source>The program is too long to check.</source>
        <translation>Programu ni ndefu mno kukaguliwa.</translation>
    </message>
    <message>
        <source>Your program runs to the end without an error.</source>
        <translation>Programu yako inaendeshwa hadi mwisho bila kosa.</translation>
    </message>
    <message>
        <source>The output is right.</source>
        <translation>Matokeo ni sahihi.</translation>
    </message>
    <message>
        <source>Your program printed nothing. It should print:
{expected}</source>
        <translation>Programu yako haikuonyesha chochote. Inapaswa kuonyesha:
{expected}</translation>
    </message>
    <message>
        <source>Line {line} of your output is one line too many: {got}</source>
        <translation>Mstari {line} wa matokeo yako ni wa ziada, haupaswi kuwepo: {got}</translation>
    </message>
    <message>
        <source>Your output stops too early: line {line} should be: {expected}</source>
        <translation>Matokeo yako yanaishia mapema mno: mstari {line} unapaswa kuwa: {expected}</translation>
    </message>
    <message>
        <source>Line {line} of your output shows a decimal number where the task asks for a whole number:
yours:     {got}
expected:  {expected}</source>
        <translation>Mstari {line} wa matokeo yako una namba ya desimali ambapo zoezi linaomba namba kamili:
wako:      {got}
sahihi:    {expected}</translation>
    </message>
    <message>
        <source>Line {line} of your output has spaces in the wrong place:
yours:     «{got}»
expected:  «{expected}»</source>
        <translation>Mstari {line} wa matokeo yako una nafasi mahali pasipofaa:
wako:      «{got}»
sahihi:    «{expected}»</translation>
    </message>
    <message>
        <source>Line {line} of your output has capital and small letters mixed up:
yours:     {got}
expected:  {expected}</source>
        <translation>Mstari {line} wa matokeo yako umechanganya herufi kubwa na ndogo:
wako:      {got}
sahihi:    {expected}</translation>
    </message>
    <message>
        <source>Line {line} of your output is not right:
yours:     {got}
expected:  {expected}</source>
        <translation>Mstari {line} wa matokeo yako si sahihi:
wako:      {got}
sahihi:    {expected}</translation>
    </message>
    <message>
        <source>With the answer {answers}:</source>
        <translation>Kwa jibu {answers}:</translation>
    </message>
    <message>
        <source>With the answers {answers}:</source>
        <translation>Kwa majibu {answers}:</translation>
    </message>
    <message>
        <source>With the answer {answers}, your program does not run to the end:</source>
        <translation>Kwa jibu {answers}, programu yako haifiki mwisho:</translation>
    </message>
    <message>
        <source>With the answers {answers}, your program does not run to the end:</source>
        <translation>Kwa majibu {answers}, programu yako haifiki mwisho:</translation>
    </message>
    <message>
        <source>The output is right with each of the {count} sets of answers tried.</source>
        <translation>Matokeo ni sahihi kwa kila moja ya seti {count} za majibu zilizojaribiwa.</translation>
    </message>
    <message>
        <source>Other sets of answers that give a wrong output too: {count}.</source>
        <translation>Seti nyingine za majibu zinazotoa matokeo yasiyo sahihi pia: {count}.</translation>
    </message>
    <message>
        <source>There is no function named {name}. Write it with: def {name}(...):</source>
        <translation>Hakuna fanksheni inayoitwa {name}. Iandike hivi: def {name}(...):</translation>
    </message>
    <message>
        <source>{call} stopped with an error:</source>
        <translation>{call} ilisimama kwa sababu ya kosa:</translation>
    </message>
    <message>
        <source>{call} gives {got}, but the task asks for a whole number: {expected}.</source>
        <translation>{call} inatoa {got}, lakini zoezi linaomba namba kamili: {expected}.</translation>
    </message>
    <message>
        <source>{call} gives None: your function prints its result. Give it back with return instead.</source>
        <translation>{call} inatoa None: fanksheni yako inaonyesha jibu lake kwa print. Badala yake, lirudishe kwa return.</translation>
    </message>
    <message>
        <source>{call} gives None: the function needs a line with return.</source>
        <translation>{call} inatoa None: fanksheni inahitaji mstari wenye return.</translation>
    </message>
    <message>
        <source>{call} gives {got}, but it should give {expected}.</source>
        <translation>{call} inatoa {got}, lakini inapaswa kutoa {expected}.</translation>
    </message>
    <message>
        <source>Your function {name} gives the right results.</source>
        <translation>Fanksheni yako {name} inatoa majibu sahihi.</translation>
    </message>
    <message>
        <source>Other calls of {name} that give a wrong result too: {count}.</source>
        <translation>Miito mingine ya {name} inayotoa jibu lisilo sahihi pia: {count}.</translation>
    </message>
    <message>
        <source>Your program was still running after {seconds} seconds, so it was stopped. A while loop whose condition never becomes false runs for ever: check that something inside the loop changes it.</source>
        <translation>Programu yako ilikuwa bado inaendelea baada ya sekunde {seconds}, kwa hiyo imesimamishwa. Kitanzi cha while ambacho sharti lake halibadiliki kamwe kuwa la uongo (False) huendelea milele: hakikisha kuna kitu ndani ya kitanzi kinachobadilisha sharti hilo.</translation>
    </message>
    <message>
        <source>Your program used too much memory, so it was stopped. Does a list or a text grow very big, in a loop perhaps?</source>
        <translation>Programu yako imetumia kumbukumbu nyingi mno, kwa hiyo imesimamishwa. Je, orodha au maandishi yanakua makubwa sana, labda ndani ya kitanzi?</translation>
    </message>
    <message>
        <source>You stopped the program.</source>
        <translation>Umesimamisha programu.</translation>
    </message>
    <message>
        <source>The program stopped suddenly (it crashed). Python itself had a problem; try again, and tell your trainer if it happens again.</source>
        <translation>Programu ilisimama ghafla (ilianguka). Python yenyewe ilipata tatizo; jaribu tena, na mwambie mkufunzi wako tatizo likitokea tena.</translation>
    </message>
    <message>
        <source>The program ended early with the exit code {code}.</source>
        <translation>Programu iliisha mapema kwa msimbo wa kumaliza (exit code) {code}.</translation>
    </message>
    <message>
        <source>The program could not be started: {detail}</source>
        <translation>Programu haikuweza kuanzishwa: {detail}</translation>
    </message>
    <message>
        <source>Your program printed too much: more than {limit} characters (the first {lines} lines are shown), so Tutor stopped it. Print less: fewer lines, or only what the task asks for.</source>
        <translation>Programu yako imechapisha maandishi mengi mno: zaidi ya herufi {limit} (mistari {lines} ya kwanza inaonyeshwa), kwa hiyo Tutor imeisimamisha. Chapisha kidogo: mistari michache, au kile tu ambacho kazi inaomba.</translation>
    </message>
    <message>
        <source>Line {line}: Python does not know the name &apos;{name}&apos;. Did you mean &apos;{close}&apos;?</source>
        <translation>Mstari {line}: Python hailijui jina &apos;{name}&apos;. Ulikusudia &apos;{close}&apos;?</translation>
    </message>
    <message>
        <source>Line {line}: Python does not know the name &apos;{name}&apos;. Give it a value first (name = ...), check its spelling, or put it in quotes if it is text.</source>
        <translation>Mstari {line}: Python hailijui jina &apos;{name}&apos;. Kwanza lipe thamani (name = ...), angalia tahajia yake, au liweke ndani ya alama za nukuu kama ni maandishi.</translation>
    </message>
    <message>
        <source>Line {line}: you are adding text and a number. Python cannot add them. Turn the number into text with str(...), or the text into a number with int(...).</source>
        <translation>Mstari {line}: unajumlisha maandishi na namba. Python haiwezi kuvijumlisha. Geuza namba kuwa maandishi kwa str(...), au geuza maandishi kuwa namba kwa int(...).</translation>
    </message>
    <message>
        <source>Line {line}: you are comparing text with a number. input() always gives text: turn it into a number with int(input(...)).</source>
        <translation>Mstari {line}: unalinganisha maandishi na namba. input() hutoa maandishi kila mara: yageuze kuwa namba kwa int(input(...)).</translation>
    </message>
    <message>
        <source>Line {line}: you are calculating with text. input() always gives text: turn it into a number with int(...) or float(...).</source>
        <translation>Mstari {line}: unafanya hesabu kwa kutumia maandishi. input() hutoa maandishi kila mara: yageuze kuwa namba kwa int(...) au float(...).</translation>
    </message>
    <message>
        <source>Line {line}: a function got the wrong number of values between its brackets ({detail}).</source>
        <translation>Mstari {line}: fanksheni imepewa idadi isiyo sahihi ya thamani ndani ya mabano yake ({detail}).</translation>
    </message>
    <message>
        <source>Line {line}: a value of the wrong kind is used here ({detail}).</source>
        <translation>Mstari {line}: hapa imetumika thamani ya aina isiyofaa ({detail}).</translation>
    </message>
    <message>
        <source>Line {line}: {function} can only turn a number written in digits into a number, but it got {value}. Type a number, like 42.</source>
        <translation>Mstari {line}: {function} inaweza kugeuza kuwa namba tu kitu kilichoandikwa kwa tarakimu, lakini imepewa {value}. Andika namba, kama 42.</translation>
    </message>
    <message>
        <source>Line {line}: this value cannot be used here ({detail}).</source>
        <translation>Mstari {line}: thamani hii haiwezi kutumika hapa ({detail}).</translation>
    </message>
    <message>
        <source>Line {line}: your program divided by zero, which is impossible. Check the number after /, // or %.</source>
        <translation>Mstari {line}: programu yako iligawanya kwa sifuri, jambo lisilowezekana. Angalia namba iliyo baada ya /, // au %.</translation>
    </message>
    <message>
        <source>Line {line}: there is no item at this position in the list. Positions start at 0, and the last one is len(list) - 1.</source>
        <translation>Mstari {line}: hakuna kipengele katika nafasi hii ya orodha. Nafasi zinaanzia 0, na nafasi ya mwisho ni len(list) - 1.</translation>
    </message>
    <message>
        <source>Line {line}: the dictionary has no key {key}. Check its spelling, or add it first.</source>
        <translation>Mstari {line}: kamusi (dictionary) haina ufunguo {key}. Angalia tahajia yake, au kwanza uuongeze.</translation>
    </message>
    <message>
        <source>Line {line}: a {kind} has no &apos;{name}&apos;. Did you mean &apos;{close}&apos;?</source>
        <translation>Mstari {line}: kitu cha aina {kind} hakina &apos;{name}&apos;. Ulikusudia &apos;{close}&apos;?</translation>
    </message>
    <message>
        <source>Line {line}: this is not possible here ({detail}).</source>
        <translation>Mstari {line}: hili haliwezekani hapa ({detail}).</translation>
    </message>
    <message>
        <source>Line {line}: the function {function} calls itself again and again, without end. A function that calls itself needs a case where it stops.</source>
        <translation>Mstari {line}: fanksheni {function} inajiita yenyewe tena na tena, bila mwisho. Fanksheni inayojiita yenyewe inahitaji hali ambapo inasimama.</translation>
    </message>
    <message>
        <source>Line {line}: the program asked for an answer with input(), but there was no answer left to give. Does it ask more questions than the exercise says?</source>
        <translation>Mstari {line}: programu iliomba jibu kwa input(), lakini hakukuwa na jibu lililobaki. Je, inauliza maswali mengi kuliko zoezi linavyosema?</translation>
    </message>
    <message>
        <source>Line {line}: {kind}: {detail}</source>
        <translation>Mstari {line}: {kind}: {detail}</translation>
    </message>
    <message>
        <source>Line {line} mixes tabs and spaces. Indent with 4 spaces only (the Tab key here types 4 spaces).</source>
        <translation>Mstari {line} umechanganya Tab na nafasi. Sogeza mistari ndani kwa nafasi 4 tu (hapa kitufe cha Tab kinaandika nafasi 4).</translation>
    </message>
    <message>
        <source>Line {line}: after the line ending with &apos;:&apos; (line {block_line}), the next lines must be indented: start them with 4 spaces.</source>
        <translation>Mstari {line}: baada ya mstari unaoishia na &apos;:&apos; (mstari {block_line}), mistari inayofuata lazima isogezwe ndani: ianze na nafasi 4.</translation>
    </message>
    <message>
        <source>Line {line} starts with spaces, but it should not: only the lines inside an if, a loop or a def are indented.</source>
        <translation>Mstari {line} unaanza na nafasi, lakini haupaswi: mistari iliyo ndani ya if, kitanzi (loop) au def tu ndiyo husogezwa ndani.</translation>
    </message>
    <message>
        <source>Line {line}: its spaces at the start do not match the lines above. Lines of the same block start at the same place.</source>
        <translation>Mstari {line}: nafasi zake za mwanzo hazilingani na za mistari iliyo juu yake. Mistari ya kundi moja huanzia mahali pamoja.</translation>
    </message>
    <message>
        <source>Line {line}: the spaces at the start of the line are not right ({detail}).</source>
        <translation>Mstari {line}: nafasi za mwanzo wa mstari si sahihi ({detail}).</translation>
    </message>
    <message>
        <source>Line {line}: a line that starts with &apos;{word}&apos; must end with a colon &apos;:&apos;.</source>
        <translation>Mstari {line}: mstari unaoanza na &apos;{word}&apos; lazima uishie na nukta mbili &apos;:&apos;.</translation>
    </message>
    <message>
        <source>Line {line}: a bracket &apos;{bracket}&apos; is opened but never closed. Add &apos;{closing}&apos; where it should end.</source>
        <translation>Mstari {line}: mabano &apos;{bracket}&apos; yamefunguliwa lakini hayajafungwa. Ongeza &apos;{closing}&apos; mahali yanapopaswa kuishia.</translation>
    </message>
    <message>
        <source>Line {line}: there is a closing bracket &apos;{bracket}&apos; without its opening bracket, or the brackets do not match.</source>
        <translation>Mstari {line}: kuna mabano ya kufunga &apos;{bracket}&apos; bila mabano yake ya kufungua, au mabano hayalingani.</translation>
    </message>
    <message>
        <source>Line {line}: a text is opened with a quote but not closed. Put the same quote &quot; at its end.</source>
        <translation>Mstari {line}: maandishi yamefunguliwa kwa alama ya nukuu lakini hayajafungwa. Weka alama ile ile ya nukuu &quot; mwishoni mwake.</translation>
    </message>
    <message>
        <source>Line {line}: print needs brackets: print(&quot;Hello&quot;).</source>
        <translation>Mstari {line}: print inahitaji mabano: print(&quot;Hello&quot;).</translation>
    </message>
    <message>
        <source>Line {line}: to compare two values, use == (two equal signs). One = gives a value to a variable.</source>
        <translation>Mstari {line}: ili kulinganisha thamani mbili, tumia == (alama mbili za sawa). Alama moja = inakipa kigezo (variable) thamani.</translation>
    </message>
    <message>
        <source>Line {line} has a character Python does not accept ({detail}). Use straight quotes &quot; and &apos;, typed on the keyboard.</source>
        <translation>Mstari {line} una herufi ambayo Python haikubali ({detail}). Tumia alama za nukuu zilizonyooka &quot; na &apos;, unazoandika kwenye kibodi.</translation>
    </message>
    <message>
        <source>Line {line}: something is missing between two values. Did you forget a comma, or a + between a text and a variable?</source>
        <translation>Mstari {line}: kuna kitu kinachokosekana kati ya thamani mbili. Je, umesahau koma, au + kati ya maandishi na kigezo (variable)?</translation>
    </message>
    <message>
        <source>Line {line}: Python cannot understand this line ({detail}). Check its brackets, quotes and colons.</source>
        <translation>Mstari {line}: Python haielewi mstari huu ({detail}). Angalia mabano, alama za nukuu na nukta mbili (:) zake.</translation>
    </message>
    <message>
        <source>Try a few more times before you look at the solution.</source>
        <translation>Jaribu mara chache zaidi kabla ya kuangalia suluhisho.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Haiwezekani kusoma {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text.</source>
        <translation>{file} si maandishi ya UTF-8.</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <source>This is not a keystroke log of Tutor: {what}.</source>
        <translation>Hii si kumbukumbu ya mibonyezo ya vitufe ya Tutor: {what}.</translation>
    </message>
    <message>
        <source>The keystroke log is too large to check ({what}, at most {limit}).</source>
        <translation>Kumbukumbu ya mibonyezo ya vitufe ni kubwa mno kukaguliwa ({what}, kikomo ni {limit}).</translation>
    </message>
    <message>
        <source>{count} keys in a row came less than {limit} ms apart, at {at} s: faster than fingers can type.</source>
        <translation>Mibonyezo {count} mfululizo ilikuja kwa tofauti ya chini ya {limit} ms, katika {at} s: haraka kuliko vidole vinavyoweza kuandika.</translation>
    </message>
    <message>
        <source>Pastes: {count} ({characters} characters in all).</source>
        <translation>Mara za kubandika: {count} (herufi {characters} kwa jumla).</translation>
    </message>
    <message>
        <source>{count} keys in a row came at the same interval ({gap} ms), at {at} s: a machine&apos;s rhythm, not a hand&apos;s.</source>
        <translation>Mibonyezo {count} mfululizo ilikuja kwa muda ule ule kati yake ({gap} ms), katika {at} s: huu ni mdundo wa mashine, si wa mkono.</translation>
    </message>
    <message>
        <source>The time between keys hardly varies ({spread} % over {count} keys; a person&apos;s varies by 30 % or more).</source>
        <translation>Muda kati ya mibonyezo karibu haubadiliki ({spread} % katika mibonyezo {count}; kwa mtu, hubadilika kwa 30 % au zaidi).</translation>
    </message>
    <message>
        <source>Tutor&apos;s window was left for {limit} s or more: {count} (the longest {longest} s; away {total} s in all).</source>
        <translation>Dirisha la Tutor liliachwa kwa {limit} s au zaidi: mara {count} (muda mrefu zaidi {longest} s; jumla ya muda nje {total} s).</translation>
    </message>
    <message>
        <source>not signed (made by an older Tutor, or brought from a computer that could not vouch for it)</source>
        <translation>hazina sahihi (zilifanywa kwenye toleo la zamani la Tutor, au zililetwa kutoka kompyuta isiyoweza kuzithibitisha)</translation>
    </message>
    <message>
        <source>changed after it was signed</source>
        <translation>zilibadilishwa baada ya kutiwa sahihi</translation>
    </message>
    <message>
        <source>from a centre this computer does not trust</source>
        <translation>zinatoka kituo ambacho kompyuta hii haikiamini</translation>
    </message>
    <message>
        <source>signed with a key its centre withdrew</source>
        <translation>zilitiwa sahihi kwa ufunguo ambao kituo chake kiliuondoa</translation>
    </message>
    <message>
        <source>Net words per minute</source>
        <translation>Maneno halisi kwa dakika</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Makosa</translation>
    </message>
    <message>
        <source>Gross words per minute</source>
        <translation>Jumla ya maneno kwa dakika</translation>
    </message>
    <message>
        <source>Words right (%)</source>
        <translation>Maneno sahihi (%)</translation>
    </message>
    <message>
        <source>Keystrokes per hour</source>
        <translation>Mibonyezo kwa saa</translation>
    </message>
    <message>
        <source>Fields exactly right (%)</source>
        <translation>Sehemu sahihi kabisa (%)</translation>
    </message>
    <message>
        <source>Records keyed</source>
        <translation>Rekodi zilizoingizwa</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Alama (%)</translation>
    </message>
    <message>
        <source>Valid: {centre} signed this credential and nothing in it was changed.</source>
        <translation>Halali: hati hii ya sifa imetiwa sahihi na {centre} na hakuna kilichobadilishwa ndani yake.</translation>
    </message>
    <message>
        <source>Not valid: this credential was changed after it was signed, or the signature is not the centre&apos;s.</source>
        <translation>Si halali: hati hii ya sifa ilibadilishwa baada ya kutiwa sahihi, au sahihi si ya kituo.</translation>
    </message>
    <message>
        <source>Unknown centre: the signature holds, but its key ({fingerprint}) is not on any centre card this computer trusts. It says it comes from {centre}: ask that centre for its card.</source>
        <translation>Kituo kisichojulikana: sahihi iko sawa, lakini ufunguo wake ({fingerprint}) haupo kwenye kadi yoyote ya kituo inayoaminiwa na kompyuta hii. Hati inasema inatoka {centre}: kiombe kituo hicho kadi yake.</translation>
    </message>
    <message>
        <source>Not valid: {centre} withdrew the key that signed this credential.</source>
        <translation>Si halali: ufunguo uliotia sahihi hati hii ya sifa umeondolewa na {centre}.</translation>
    </message>
    <message>
        <source>Expired: this credential was valid until {date}. Ask the learner for a newer one.</source>
        <translation>Muda wake umekwisha: hati hii ya sifa ilikuwa halali hadi {date}. Mwombe mwanafunzi hati mpya zaidi.</translation>
    </message>
    <message>
        <source>This file holds no Tutor credential.</source>
        <translation>Faili hili halina hati ya sifa ya Tutor.</translation>
    </message>
    <message>
        <source>Only a supervised assessment gets a credential.</source>
        <translation>Ni tathmini iliyosimamiwa tu inayopata hati ya sifa.</translation>
    </message>
    <message>
        <source>Not passed: no credential.</source>
        <translation>Hajafaulu: hakuna hati ya sifa.</translation>
    </message>
    <message>
        <source>The trainer did not confirm watching this assessment: no credential.</source>
        <translation>Mkufunzi hakuthibitisha kwamba aliisimamia tathmini hii: hakuna hati ya sifa.</translation>
    </message>
    <message>
        <source>Done at another centre or on another computer: only the centre where it was done can certify it.</source>
        <translation>Ilifanywa katika kituo kingine au kwenye kompyuta nyingine: kituo ambako ilifanywa ndicho pekee kinachoweza kuithibitisha.</translation>
    </message>
</context>
<context>
    <name>cue</name>
    <message>
        <source>Type the text you see.</source>
        <translation>Andika maandishi unayoyaona.</translation>
    </message>
    <message>
        <source>Type the numbers with the number pad.</source>
        <translation>Andika namba kwa kibodi ya namba.</translation>
    </message>
    <message>
        <source>Copy each line into the form.</source>
        <translation>Nakili kila mstari kwenye fomu.</translation>
    </message>
    <message>
        <source>Read the email, then answer.</source>
        <translation>Soma barua pepe, kisha ujibu swali.</translation>
    </message>
    <message>
        <source>Write a new email.</source>
        <translation>Andika barua pepe mpya.</translation>
    </message>
    <message>
        <source>Reply to the email.</source>
        <translation>Jibu barua pepe.</translation>
    </message>
    <message>
        <source>Reply to everyone.</source>
        <translation>Wajibu wote.</translation>
    </message>
    <message>
        <source>Forward the email.</source>
        <translation>Sambaza barua pepe.</translation>
    </message>
    <message>
        <source>Find the fake emails.</source>
        <translation>Tafuta barua pepe za uongo.</translation>
    </message>
    <message>
        <source>Type in the cells.</source>
        <translation>Andika kwenye visanduku.</translation>
    </message>
    <message>
        <source>Write a formula.</source>
        <translation>Andika fomula.</translation>
    </message>
    <message>
        <source>Sort the table.</source>
        <translation>Panga jedwali.</translation>
    </message>
    <message>
        <source>Make a chart.</source>
        <translation>Tengeneza chati.</translation>
    </message>
    <message>
        <source>Change how the cells look.</source>
        <translation>Badilisha muonekano wa visanduku.</translation>
    </message>
    <message>
        <source>Write the code, then press Run.</source>
        <translation>Andika msimbo, kisha bonyeza Endesha.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
    </message>
</context>
<context>
    <name>email</name>
    <message>
        <source>Write at least one address in To, or nobody gets your email.</source>
        <translation>Andika angalau anwani moja kwenye sehemu ya Kwa, la sivyo hakuna mtu atakayepata barua pepe yako.</translation>
    </message>
    <message>
        <source>Every address is complete and well written.</source>
        <translation>Anwani zote zimekamilika na zimeandikwa vizuri.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kwa</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Nakala (Cc)</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Nakala fiche (Bcc)</translation>
    </message>
    <message>
        <source>Put {address} in Bcc, not in {field}: in Bcc, the other people do not see this address.</source>
        <translation>Weka {address} kwenye sehemu ya Nakala fiche (Bcc), si kwenye {field}: kwenye Nakala fiche, watu wengine hawaioni anwani hii.</translation>
    </message>
    <message>
        <source>{address} is in {field}, but belongs in {right}.</source>
        <translation>{address} iko kwenye sehemu ya {field}, lakini inapaswa kuwa kwenye sehemu ya {right}.</translation>
    </message>
    <message>
        <source>Add {address} in the {field} field.</source>
        <translation>Ongeza {address} kwenye sehemu ya {field}.</translation>
    </message>
    <message>
        <source>Remove {address}: this email is not for them.</source>
        <translation>Ondoa {address}: barua pepe hii si ya mtu huyu.</translation>
    </message>
    <message>
        <source>The right people are in To, Cc and Bcc.</source>
        <translation>Watu sahihi wako kwenye Kwa, Nakala (Cc) na Nakala fiche (Bcc).</translation>
    </message>
    <message>
        <source>You answered with Reply all, so everyone in the conversation gets the answer.</source>
        <translation>Umetumia Jibu wote, kwa hiyo kila mtu kwenye mazungumzo anapata jibu lako.</translation>
    </message>
    <message>
        <source>Open the message and press Reply all: the subject then starts with Re: and everyone in the conversation gets your answer.</source>
        <translation>Fungua ujumbe kisha ubofye Jibu wote: kichwa kitaanza na Re: na kila mtu kwenye mazungumzo atapata jibu lako.</translation>
    </message>
    <message>
        <source>You answered with Reply: the subject starts with Re:.</source>
        <translation>Umetumia Jibu: kichwa kinaanza na Re:</translation>
    </message>
    <message>
        <source>Open the message and press Reply: the subject then starts with Re: and the person sees it is an answer.</source>
        <translation>Fungua ujumbe kisha ubofye Jibu: kichwa kitaanza na Re: na mtu huyo ataona kwamba ni jibu.</translation>
    </message>
    <message>
        <source>You used Forward: the subject starts with Fwd: and the message is below yours.</source>
        <translation>Umetumia Sambaza: kichwa kinaanza na Fwd: na ujumbe wa awali uko chini ya wako.</translation>
    </message>
    <message>
        <source>Open the message and press Forward: the message and its attachments then go with yours.</source>
        <translation>Fungua ujumbe kisha ubofye Sambaza: ujumbe huo na viambatisho vyake vitatumwa pamoja na wako.</translation>
    </message>
    <message>
        <source>Write a subject: a few words that say what the email is about.</source>
        <translation>Andika kichwa: maneno machache yanayoeleza barua pepe inahusu nini.</translation>
    </message>
    <message>
        <source>Your subject “{subject}” does not say what the email is about. Use a word like “{example}”.</source>
        <translation>Kichwa chako “{subject}” hakielezi barua pepe inahusu nini. Tumia neno kama “{example}”.</translation>
    </message>
    <message>
        <source>The subject says what the email is about.</source>
        <translation>Kichwa kinaeleza barua pepe inahusu nini.</translation>
    </message>
    <message>
        <source>Your email starts with a greeting.</source>
        <translation>Barua pepe yako inaanza na salamu.</translation>
    </message>
    <message>
        <source>“{word}” is for friends. For this email, start with a polite greeting such as “{example}”.</source>
        <translation>“{word}” ni kwa marafiki. Kwa barua pepe hii, anza na salamu ya heshima kama “{example}”.</translation>
    </message>
    <message>
        <source>Check the spelling of your greeting: did you mean “{word}”?</source>
        <translation>Angalia tahajia ya salamu yako: ulikusudia kuandika “{word}”?</translation>
    </message>
    <message>
        <source>Start with a greeting on the first line, like “{example}” and the person&apos;s name.</source>
        <translation>Anza na salamu kwenye mstari wa kwanza, kama “{example}” pamoja na jina la mtu huyo.</translation>
    </message>
    <message>
        <source>“{closing}” is for friends. For this email, end with a closing such as “{example}”.</source>
        <translation>«{closing}» ni kwa marafiki. Kwa barua hii, maliza kwa maneno kama «{example}».</translation>
    </message>
    <message>
        <source>Your email ends with a polite closing.</source>
        <translation>Barua pepe yako inamalizika kwa maneno ya heshima ya kuagana.</translation>
    </message>
    <message>
        <source>End with a closing line such as “{example}”, then your name.</source>
        <translation>Malizia kwa maneno ya kuagana kama “{example}”, kisha jina lako.</translation>
    </message>
    <message>
        <source>Write your name on the last line, under the closing, so the reader knows who wrote.</source>
        <translation>Andika jina lako kwenye mstari wa mwisho, chini ya maneno ya kuaga, ili msomaji ajue nani ameandika.</translation>
    </message>
    <message>
        <source>You signed with your name.</source>
        <translation>Umesaini kwa jina lako.</translation>
    </message>
    <message>
        <source>You clearly say yes.</source>
        <translation>Unasema ndiyo waziwazi.</translation>
    </message>
    <message>
        <source>You clearly confirm.</source>
        <translation>Unathibitisha waziwazi.</translation>
    </message>
    <message>
        <source>You clearly and politely say no.</source>
        <translation>Unakataa waziwazi na kwa adabu.</translation>
    </message>
    <message>
        <source>You clearly say that you cannot come.</source>
        <translation>Unasema waziwazi kwamba huwezi kuja.</translation>
    </message>
    <message>
        <source>The task asks you to say yes, but your email says no: “{said}”. Write for example “{example}”.</source>
        <translation>Kazi inakuomba useme ndiyo, lakini barua yako inasema hapana: «{said}». Andika kwa mfano «{example}».</translation>
    </message>
    <message>
        <source>The task asks you to say no, but your email says yes: “{said}”. Write for example “{example}”.</source>
        <translation>Kazi inakuomba useme hapana, lakini barua yako inasema ndiyo: «{said}». Andika kwa mfano «{example}».</translation>
    </message>
    <message>
        <source>Say clearly what you answer, for example “{example}”.</source>
        <translation>Sema jibu lako waziwazi, kwa mfano «{example}».</translation>
    </message>
    <message>
        <source>Check {wrong}: the task does not say that. Give the right information{missing}.</source>
        <translation>Angalia {wrong}: kazi haisemi hivyo. Toa taarifa sahihi{missing}.</translation>
    </message>
    <message>
        <source>Say {fact} in your email (for example “{example}”).</source>
        <translation>Taja {fact} katika barua pepe yako (kwa mfano “{example}”).</translation>
    </message>
    <message>
        <source>Your email does not give: {facts}. For example: {examples}.</source>
        <translation>Barua yako haitaji: {facts}. Kwa mfano: {examples}.</translation>
    </message>
    <message>
        <source>Your email gives all the information asked for.</source>
        <translation>Barua pepe yako inatoa taarifa zote zilizoombwa.</translation>
    </message>
    <message>
        <source>You attached {wrong}, but this email needs {right}. Remove one and attach the other.</source>
        <translation>Umeambatisha {wrong}, lakini barua pepe hii inahitaji {right}. Ondoa faili lisilo sahihi na uambatishe lililo sahihi.</translation>
    </message>
    <message>
        <source>Attach {file}: press Attach and choose it.</source>
        <translation>Ambatisha {file}: bofya Ambatisha kisha uchague faili hilo.</translation>
    </message>
    <message>
        <source>Remove {file}: it is not needed here. Send personal documents only when they are asked for.</source>
        <translation>Ondoa {file}: halihitajiki hapa. Tuma nyaraka binafsi pale tu zinapoombwa.</translation>
    </message>
    <message>
        <source>No attachment was needed, and you sent none.</source>
        <translation>Hakuna kiambatisho kilichohitajika, na hukutuma kiambatisho chochote.</translation>
    </message>
    <message>
        <source>The right files are attached.</source>
        <translation>Faili sahihi zimeambatishwa.</translation>
    </message>
    <message>
        <source>Your email has {count} words. Write a little more: at least {min}.</source>
        <translation>Barua pepe yako ina maneno {count}. Andika kidogo zaidi: angalau maneno {min}.</translation>
    </message>
    <message>
        <source>Your email has {count} words. Keep it shorter: at most {max}, so it is quick to read.</source>
        <translation>Barua pepe yako ina maneno {count}. Ifupishe: isizidi maneno {max}, ili isomwe haraka.</translation>
    </message>
    <message>
        <source>The length is right ({count} words).</source>
        <translation>Urefu unafaa (maneno {count}).</translation>
    </message>
    <message>
        <source>Use one ! or ? at a time. Rows of marks sound like shouting.</source>
        <translation>Tumia alama moja tu ya ! au ? kwa wakati mmoja. Alama nyingi mfululizo zinaonekana kama kupiga kelele.</translation>
    </message>
    <message>
        <source>Do not write whole words in CAPITAL letters: it reads like shouting.</source>
        <translation>Usiandike maneno mazima kwa HERUFI KUBWA: inaonekana kama unapiga kelele.</translation>
    </message>
    <message>
        <source>Write words in full: “{word}” is text-message language.</source>
        <translation>Andika maneno kamili: “{word}” ni lugha ya ujumbe mfupi (SMS).</translation>
    </message>
    <message>
        <source>Your tone is calm and polite.</source>
        <translation>Lugha yako ni tulivu na ya heshima.</translation>
    </message>
    <message>
        <source>Spelling is not checked in this language yet.</source>
        <translation>Tahajia bado haikaguliwi katika lugha hii.</translation>
    </message>
    <message>
        <source>Check the spelling of: {words}. These words are underlined in red.</source>
        <translation>Angalia tahajia ya maneno haya: {words}. Yamepigiwa mstari mwekundu.</translation>
    </message>
    <message>
        <source>Nearly right: check the spelling of {words}.</source>
        <translation>Karibu sahihi: angalia tahajia ya {words}.</translation>
    </message>
    <message>
        <source>The words are spelled right, but some need a capital letter.</source>
        <translation>Maneno yameandikwa sahihi, lakini mengine yanahitaji herufi kubwa.</translation>
    </message>
    <message>
        <source>The spelling is good.</source>
        <translation>Tahajia ni sahihi.</translation>
    </message>
    <message>
        <source>Use capital letters: write {words}. A sentence starts with a capital letter, and so do names.</source>
        <translation>Tumia herufi kubwa: andika {words}. Sentensi huanza kwa herufi kubwa, na majina pia.</translation>
    </message>
    <message>
        <source>Sentences and names start with a capital letter.</source>
        <translation>Sentensi na majina yanaanza kwa herufi kubwa.</translation>
    </message>
    <message>
        <source>Your email is very long: only its first {count} characters were checked.</source>
        <translation>Barua pepe yako ni ndefu sana: herufi {count} za kwanza pekee ndizo zilizokaguliwa.</translation>
    </message>
    <message>
        <source>The sender&apos;s address does not match the organisation</source>
        <translation>Anwani ya mtumaji hailingani na shirika</translation>
    </message>
    <message>
        <source>It rushes or threatens me (urgent, last chance)</source>
        <translation>Inaniharakisha au inanitishia (haraka, nafasi ya mwisho)</translation>
    </message>
    <message>
        <source>A link goes somewhere else than its text says</source>
        <translation>Kiungo kinaenda mahali tofauti na maandishi yake yanavyosema</translation>
    </message>
    <message>
        <source>An attachment I did not expect</source>
        <translation>Kiambatisho ambacho sikukitarajia</translation>
    </message>
    <message>
        <source>It asks for a password, a code or money</source>
        <translation>Inaomba nenosiri, msimbo au pesa</translation>
    </message>
    <message>
        <source>{subjects} is a fake too. Look at who sent it and where its links go.</source>
        <translation>{subjects} ni bandia pia. Angalia nani ameituma na viungo vyake vinaenda wapi.</translation>
    </message>
    <message>
        <source>These are fakes you did not report: {subjects}. Look at who sent them and where their links go.</source>
        <translation>Hizi ni bandia ambazo hukuripoti: {subjects}. Angalia nani amezituma na viungo vyake vinaenda wapi.</translation>
    </message>
    <message>
        <source>{subjects}: real messages. Their senders and links match who they say they are from, and they ask for nothing secret.</source>
        <translation>{subjects}: ni ujumbe halisi. Watumaji na viungo vinalingana na wanaosema ni wao, na haviombi siri yoyote.</translation>
    </message>
    <message>
        <source>For {subjects}, choose a reason that shows it is fake.</source>
        <translation>Kwa {subjects}, chagua sababu inayoonyesha kuwa ni bandia.</translation>
    </message>
    <message>
        <source>Report each fake message and choose why it is fake.</source>
        <translation>Ripoti kila ujumbe bandia na uchague kwa nini ni bandia.</translation>
    </message>
    <message>
        <source>You found every fake message ({count}).</source>
        <translation>Umegundua jumbe zote za uongo ({count}).</translation>
    </message>
    <message>
        <source>You kept the real messages.</source>
        <translation>Umeziacha jumbe halisi bila kuziripoti.</translation>
    </message>
    <message>
        <source>You said why each fake is a fake.</source>
        <translation>Umeeleza kwa nini kila ujumbe wa uongo ni wa uongo.</translation>
    </message>
    <message>
        <source>You opened the attachment.</source>
        <translation>Umefungua kiambatisho.</translation>
    </message>
    <message>
        <source>Open the attachment: click its name under the message.</source>
        <translation>Fungua kiambatisho: bofya jina lake chini ya ujumbe.</translation>
    </message>
    <message>
        <source>Your answer is right.</source>
        <translation>Jibu lako ni sahihi.</translation>
    </message>
    <message>
        <source>Read the message again: the answer is in it.</source>
        <translation>Soma ujumbe tena: jibu limo ndani yake.</translation>
    </message>
    <message>
        <source>“{entry}” is not an email address: an address has an @ in it, like maria.lopez@centre.example.</source>
        <translation>“{entry}” si anwani ya barua pepe: anwani ina alama ya @, kama maria.lopez@centre.example.</translation>
    </message>
    <message>
        <source>“{entry}” has a space in it. Email addresses have no spaces.</source>
        <translation>“{entry}” ina nafasi tupu. Anwani za barua pepe hazina nafasi.</translation>
    </message>
    <message>
        <source>“{entry}” is not a complete address. Check the part after the @: it ends with a dot and a word, like .org or .fr.</source>
        <translation>“{entry}” si anwani kamili. Angalia sehemu iliyo baada ya @: inaishia kwa nukta na neno, kama .org au .ke.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The disk is full, so your last work could not be saved. Work saved before is safe. Ask your trainer to free some space.</source>
        <translation>Diski imejaa, kwa hiyo kazi yako ya mwisho haikuweza kuhifadhiwa. Kazi iliyohifadhiwa kabla iko salama. Mwombe mkufunzi wako afute baadhi ya faili ili kupata nafasi.</translation>
    </message>
    <message>
        <source>Tutor cannot write in its data folder {path} ({reason}). Ask your trainer to check the folder or the USB stick.</source>
        <translation>Tutor haiwezi kuandika kwenye folda yake ya data {path} ({reason}). Mwombe mkufunzi wako akague folda hiyo au flash ya USB.</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>Tafadhali andika jina lako.</translation>
    </message>
    <message>
        <source>A name can have at most {max} letters.</source>
        <translation>Jina haliwezi kuwa na zaidi ya herufi {max}.</translation>
    </message>
    <message>
        <source>Unknown picture: {value}.</source>
        <translation>Picha isiyojulikana: {value}.</translation>
    </message>
    <message>
        <source>Unknown language: {value}.</source>
        <translation>Lugha isiyojulikana: {value}.</translation>
    </message>
    <message>
        <source>Unknown keyboard: {value}.</source>
        <translation>Kibodi isiyojulikana: {value}.</translation>
    </message>
    <message>
        <source>Unknown text size: {value}.</source>
        <translation>Ukubwa wa maandishi usiojulikana: {value}.</translation>
    </message>
    <message>
        <source>Tutor is busy saving in another window. Wait a moment and try again.</source>
        <translation>Tutor inahifadhi kazi kwenye dirisha lingine. Subiri kidogo kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>The centre server cannot be reached. Your work is kept on this PC and will be sent when it is back.</source>
        <translation>Seva ya kituo haipatikani. Kazi yako imehifadhiwa kwenye kompyuta hii na itatumwa seva ikirudi.</translation>
    </message>
    <message>
        <source>The centre server did not accept this PC. Your work is kept on this PC. Ask your trainer to join this PC to the centre server again.</source>
        <translation>Seva ya kituo haikuikubali kompyuta hii. Kazi yako imehifadhiwa kwenye kompyuta hii. Muombe mkufunzi wako aiunganishe tena kompyuta hii na seva ya kituo.</translation>
    </message>
    <message>
        <source>Tutor cannot read its progress database ({reason}). Nothing has been changed or deleted. Ask your trainer for help: the details are in the log file.</source>
        <translation>Tutor haiwezi kusoma hifadhidata yake ya maendeleo ({reason}). Hakuna kitu kilichobadilishwa wala kufutwa. Mwombe mkufunzi wako akusaidie: maelezo yamo kwenye faili la kumbukumbu.</translation>
    </message>
    <message>
        <source>A PIN is four numbers, like 2580.</source>
        <translation>PIN ina tarakimu nne, kwa mfano 2580.</translation>
    </message>
    <message>
        <source>This learner no longer exists.</source>
        <translation>Mwanafunzi huyu hayupo tena.</translation>
    </message>
    <message>
        <source>Keyboard {name}: unknown finger {finger}.</source>
        <translation>Kibodi {name}: kidole {finger} hakijulikani.</translation>
    </message>
    <message>
        <source>The keyboard description {name} cannot be read.</source>
        <translation>Maelezo ya kibodi {name} hayawezi kusomwa.</translation>
    </message>
    <message>
        <source>The task {task} is not an email to write, so no file can answer it.</source>
        <translation>Zoezi {task} si la kuandika barua pepe, kwa hiyo hakuna faili linaloweza kulijibu.</translation>
    </message>
    <message>
        <source>{path} is too large for an email ({size} bytes).</source>
        <translation>{path} ni kubwa mno kwa barua pepe (baiti {size}).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Haiwezekani kusoma {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not an email file: it has no To, Subject or From line at the top.</source>
        <translation>{path} si faili la barua pepe: halina mstari wa To (Kwa), Subject (Kichwa) au From (Kutoka) mwanzoni.</translation>
    </message>
    <message>
        <source>The USB stick or disk is full: the progress file was not saved.</source>
        <translation>Flash ya USB au diski imejaa: faili la maendeleo halikuhifadhiwa.</translation>
    </message>
    <message>
        <source>The progress file could not be saved in {path} ({reason}).</source>
        <translation>Faili la maendeleo halikuweza kuhifadhiwa katika {path} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is too large to be a progress file.</source>
        <translation>{name} ni kubwa mno kuwa faili la maendeleo.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>{name} haliwezi kusomwa ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a Tutor progress file, or it is damaged (for example copied only in part). Nothing was changed.</source>
        <translation>{name} si faili la maendeleo la Tutor, au limeharibika (kwa mfano lilinakiliwa sehemu tu). Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>{name} contains unsafe paths and was refused.</source>
        <translation>{name} lina njia (paths) zisizo salama, kwa hiyo limekataliwa.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Tutor. Ask your trainer to update Tutor on this computer, then load it again.</source>
        <translation>{name} liliundwa na toleo jipya zaidi la Tutor. Mwombe mkufunzi wako asasishe Tutor kwenye kompyuta hii, kisha ulifungue tena.</translation>
    </message>
    <message>
        <source>{name} has been changed or damaged since it was saved (its check does not match). Nothing was changed.</source>
        <translation>{name} limebadilishwa au limeharibika tangu lilipohifadhiwa (ukaguzi wake haulingani). Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>{name} has dates that cannot be right (before Tutor existed, or in the future). Check the computer&apos;s date. Nothing was changed.</source>
        <translation>{name} ina tarehe zisizowezekana (kabla Tutor haijakuwepo, au za siku zijazo). Angalia tarehe ya kompyuta. Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <source>{name} unpacks to far more data than progress can be, and was refused.</source>
        <translation>{name} likifunguliwa linatoa data nyingi mno kuliko inavyowezekana kwa faili la maendeleo, kwa hiyo limekataliwa.</translation>
    </message>
    <message>
        <source>{name} has a PIN on this computer. Type {name}&apos;s PIN to load this progress.</source>
        <translation>{name} ana PIN kwenye kompyuta hii. Andika PIN ya {name} ili kupakia maendeleo haya.</translation>
    </message>
    <message>
        <source>{name} could not be loaded because of an unexpected problem. Nothing of it was changed; the details are in the log file.</source>
        <translation>{name} haikuweza kupakiwa kwa sababu ya tatizo lisilotarajiwa. Hakuna kilichobadilishwa; maelezo yako kwenye faili la kumbukumbu.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet Tutor can open ({reason}).</source>
        <translation>{file} si lahajedwali ambalo Tutor inaweza kufungua ({reason}).</translation>
    </message>
    <message>
        <source>{file} has too many cells for Tutor.</source>
        <translation>{file} lina visanduku vingi mno kwa Tutor.</translation>
    </message>
    <message>
        <source>{file} is too large for Tutor: it unpacks to more than {limit} MB, or into too many parts.</source>
        <translation>{file} ni kubwa mno kwa Tutor: likifunguliwa linazidi MB {limit}, au lina sehemu nyingi mno.</translation>
    </message>
    <message>
        <source>{file} has too many sheets, rows, columns, names or styles for Tutor.</source>
        <translation>{file} lina karatasi, safu, safuwima, majina au mitindo mingi mno kwa Tutor.</translation>
    </message>
    <message>
        <source>{file} has formulas too long for Tutor (one formula can have at most 8,192 characters).</source>
        <translation>{file} lina fomula ndefu mno kwa Tutor (fomula moja inaweza kuwa na herufi 8,192 tu).</translation>
    </message>
    <message>
        <source>{file} has a number Tutor cannot use in {cell} on the sheet {sheet}.</source>
        <translation>{file} lina namba ambayo Tutor haiwezi kutumia katika {cell} kwenye karatasi {sheet}.</translation>
    </message>
    <message>
        <source>{file} has more text in {cell} on the sheet {sheet} than a cell can hold (32,767 characters).</source>
        <translation>{file} lina maandishi mengi katika {cell} kwenye karatasi {sheet} kuliko kisanduku kinavyoweza kubeba (herufi 32,767).</translation>
    </message>
    <message>
        <source>{file} has a cell outside the 1,048,576 rows and 16,384 columns of a sheet.</source>
        <translation>{file} lina kisanduku nje ya safu 1,048,576 na safuwima 16,384 za karatasi.</translation>
    </message>
    <message>
        <source>{file} has no sheet of cells.</source>
        <translation>{file} halina karatasi ya visanduku.</translation>
    </message>
    <message>
        <source>{file} has too many formulas that depend on each other for Tutor to calculate.</source>
        <translation>{file} lina fomula nyingi mno zinazotegemeana, Tutor haiwezi kuzikokotoa.</translation>
    </message>
    <message>
        <source>Tutor could not save {file} ({reason}).</source>
        <translation>Tutor haikuweza kuhifadhi {file} ({reason}).</translation>
    </message>
    <message>
        <source>A trainer password has at least {count} characters.</source>
        <translation>Nenosiri la mkufunzi lazima liwe na angalau herufi {count}.</translation>
    </message>
    <message>
        <source>{path} has too many lines for an email ({count}; at most {limit}).</source>
        <translation>{path} ina mistari mingi mno kwa barua pepe ({count}; isizidi {limit}).</translation>
    </message>
    <message>
        <source>{path} has a line of {size} bytes: an email&apos;s lines are much shorter (at most {limit}).</source>
        <translation>{path} ina mstari wa baiti {size}: mistari ya barua pepe ni mifupi zaidi (isizidi {limit}).</translation>
    </message>
    <message>
        <source>{path} has too many header lines for an email (at most {count} lines, {limit} bytes).</source>
        <translation>{path} ina mistari mingi mno ya kichwa kwa barua pepe (isizidi mistari {count}, baiti {limit}).</translation>
    </message>
    <message>
        <source>{path} has too many encoded words in its header (at most {limit}).</source>
        <translation>{path} ina maneno mengi mno yaliyosimbwa kwenye kichwa chake (isizidi {limit}).</translation>
    </message>
    <message>
        <source>{path}: the header line {field} is too long ({size} characters; at most {limit}).</source>
        <translation>{path}: mstari wa kichwa {field} ni mrefu mno (herufi {size}; isizidi {limit}).</translation>
    </message>
    <message>
        <source>{path}: the header line {field} has too many encoded words (at most {limit}).</source>
        <translation>{path}: mstari wa kichwa {field} una maneno mengi mno yaliyosimbwa (isizidi {limit}).</translation>
    </message>
    <message>
        <source>{path}: the header line {field} has too many addresses (at most {limit}).</source>
        <translation>{path}: mstari wa kichwa {field} una anwani nyingi mno (isizidi {limit}).</translation>
    </message>
    <message>
        <source>{path} has too many parts for an email (at most {limit}).</source>
        <translation>{path} ina sehemu nyingi mno kwa barua pepe (isizidi {limit}).</translation>
    </message>
    <message>
        <source>{path} has parts nested too deep for an email (at most {limit}).</source>
        <translation>{path} ina sehemu zilizowekwa ndani kwa kina mno kwa barua pepe (isizidi {limit}).</translation>
    </message>
    <message>
        <source>A name cannot be empty. Type a name.</source>
        <translation>Jina haliwezi kuwa tupu. Andika jina.</translation>
    </message>
    <message>
        <source>A name cannot contain any of these signs: / \ : * ? &quot; &lt; &gt; |</source>
        <translation>Jina haliwezi kuwa na alama yoyote kati ya hizi: / \ : * ? &quot; &lt; &gt; |</translation>
    </message>
    <message>
        <source>{name} is a name the computer keeps for itself. Choose another name.</source>
        <translation>{name} ni jina ambalo kompyuta imejiwekea. Chagua jina jingine.</translation>
    </message>
    <message>
        <source>A name can be at most {most} letters long.</source>
        <translation>Jina haliwezi kuwa na zaidi ya herufi {most}.</translation>
    </message>
    <message>
        <source>There is already an item named {name} there. Choose another name.</source>
        <translation>Tayari kuna faili au folda inayoitwa {name} hapo. Chagua jina jingine.</translation>
    </message>
    <message>
        <source>A folder cannot be put inside itself or inside a folder it holds.</source>
        <translation>Folda haiwezi kuwekwa ndani yake yenyewe, wala ndani ya folda iliyo ndani yake.</translation>
    </message>
    <message>
        <source>This is one of the computer&apos;s own places: it cannot be renamed, moved or deleted.</source>
        <translation>Hapa ni mahali maalum pa kompyuta: hapawezi kubadilishwa jina, kuhamishwa wala kufutwa.</translation>
    </message>
    <message>
        <source>This is in the Recycle Bin. Restore it first.</source>
        <translation>Hiki kiko kwenye Pipa la Taka. Kirejeshe kwanza.</translation>
    </message>
    <message>
        <source>Only items in the Recycle Bin can be restored.</source>
        <translation>Vitu vilivyo kwenye Pipa la Taka pekee ndivyo vinavyoweza kurejeshwa.</translation>
    </message>
    <message>
        <source>Choose a folder to put it in.</source>
        <translation>Chagua folda ya kuweka ndani yake.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Hakuna cha kutendua.</translation>
    </message>
    <message>
        <source>This is already on the USB stick.</source>
        <translation>Hiki tayari kiko kwenye flash ya USB.</translation>
    </message>
    <message>
        <source>This file is too big to be a centre card.</source>
        <translation>Faili hili ni kubwa mno kuwa kadi ya kituo.</translation>
    </message>
    <message>
        <source>This file is not a centre card, or it was changed after it was signed.</source>
        <translation>Faili hili si kadi ya kituo, au lilibadilishwa baada ya kutiwa sahihi.</translation>
    </message>
    <message>
        <source>That is not the trainer password.</source>
        <translation>Hilo si nenosiri la mkufunzi.</translation>
    </message>
    <message>
        <source>This centre has its key already.</source>
        <translation>Kituo hiki tayari kina ufunguo wake.</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name.</source>
        <translation>Andika jina la kituo.</translation>
    </message>
    <message>
        <source>That password does not open the centre&apos;s key.</source>
        <translation>Nenosiri hilo halifungui ufunguo wa kituo.</translation>
    </message>
    <message>
        <source>The centre&apos;s key is not of the right kind.</source>
        <translation>Ufunguo wa kituo si wa aina sahihi.</translation>
    </message>
    <message>
        <source>This computer has no centre key yet. A trainer sets it up first.</source>
        <translation>Kompyuta hii bado haina ufunguo wa kituo. Kwanza mkufunzi anapaswa kuuandaa.</translation>
    </message>
    <message>
        <source>The centre&apos;s key does not match its card.</source>
        <translation>Ufunguo wa kituo haulingani na kadi yake.</translation>
    </message>
    <message>
        <source>This is not a centre backup.</source>
        <translation>Hii si nakala ya akiba ya kituo.</translation>
    </message>
    <message>
        <source>This computer belongs to another centre already.</source>
        <translation>Kompyuta hii tayari ni ya kituo kingine.</translation>
    </message>
    <message>
        <source>The verifier page in this copy of Tutor is damaged. Install Tutor again.</source>
        <translation>Ukurasa wa kukagua vyeti katika nakala hii ya Tutor umeharibika. Weka Tutor tena.</translation>
    </message>
    <message>
        <source>The verifier page is missing from this copy of Tutor. Install Tutor again.</source>
        <translation>Ukurasa wa kukagua vyeti haupo katika nakala hii ya Tutor. Weka Tutor tena.</translation>
    </message>
    <message>
        <source>The file {name} cannot be written. Choose another place.</source>
        <translation>Faili {name} haliwezi kuandikwa. Chagua mahali pengine.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>Faili {name} haliwezi kusomwa.</translation>
    </message>
    <message>
        <source>This computer&apos;s own key is damaged. Ask your trainer for help.</source>
        <translation>Ufunguo wa kompyuta hii yenyewe umeharibika. Mwombe mkufunzi wako akusaidie.</translation>
    </message>
    <message>
        <source>This is not a centre server&apos;s address ({reason}).</source>
        <translation>Hii si anwani ya seva ya kituo ({reason}).</translation>
    </message>
    <message>
        <source>This copy of Tutor cannot talk to a centre server (its PostgreSQL driver is missing). Your work is kept on this PC.</source>
        <translation>Nakala hii ya Tutor haiwezi kuwasiliana na seva ya kituo (kiendeshi chake cha PostgreSQL hakipo). Kazi yako imehifadhiwa kwenye kompyuta hii.</translation>
    </message>
    <message>
        <source>A database&apos;s name is made of letters, digits and _ (at most 63), like tutor or kakuma_centre.</source>
        <translation>Jina la hifadhidata lina herufi, tarakimu na _ (zisizozidi 63), kama tutor au kakuma_centre.</translation>
    </message>
    <message>
        <source>A centre server&apos;s password needs at least {count} characters.</source>
        <translation>Nenosiri la seva ya kituo linahitaji angalau herufi {count}.</translation>
    </message>
    <message>
        <source>The centre server could not be prepared: {reason}</source>
        <translation>Seva ya kituo haikuweza kuandaliwa: {reason}</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>This answer could not be read.</source>
        <translation>Jibu hili halikuweza kusomwa.</translation>
    </message>
    <message>
        <source>The right label is {label}.</source>
        <translation>Lebo sahihi ni {label}.</translation>
    </message>
    <message>
        <source>Not marked: &quot;{text}&quot; ({label}).</source>
        <translation>Haijawekewa alama: “{text}” ({label}).</translation>
    </message>
    <message>
        <source>Not a {label} here: &quot;{text}&quot;.</source>
        <translation>Imewekewa alama ya {label} kimakosa: “{text}”.</translation>
    </message>
    <message>
        <source>{found} of {total} boxes found.</source>
        <translation>Visanduku sahihi: {found} kati ya {total}.</translation>
    </message>
    <message>
        <source>A box is too loose or too tight: it overlaps {overlap} % (at least {needed} % counts).</source>
        <translation>Kisanduku kimoja ni kikubwa mno au kidogo mno: kinafunika kitu kwa {overlap}% (kinahesabiwa kuanzia {needed}%).</translation>
    </message>
    <message>
        <source>Boxes round nothing to box: {count}.</source>
        <translation>Visanduku visivyozunguka kitu kinachotakiwa: {count}.</translation>
    </message>
    <message>
        <source>Nearly right: {field} (a capital letter or one character).</source>
        <translation>Karibu sahihi: {field} (tofauti ni herufi kubwa au herufi moja tu).</translation>
    </message>
    <message>
        <source>Not what the document says: {field}.</source>
        <translation>Hailingani na hati: {field}.</translation>
    </message>
    <message>
        <source>An error you did not mark: {item}.</source>
        <translation>Kosa ambalo hukuliwekea alama: {item}.</translation>
    </message>
    <message>
        <source>This was right: {item}.</source>
        <translation>Hii ilikuwa sahihi: {item}.</translation>
    </message>
    <message>
        <source>“{first}” comes before “{second}”.</source>
        <translation>“{first}” inakuja kabla ya “{second}”.</translation>
    </message>
    <message>
        <source>Word error rate: {wer} % (at most {needed} % passes).</source>
        <translation>Kiwango cha makosa ya maneno: {wer} % (unafaulu kwa {needed} % au chini).</translation>
    </message>
    <message>
        <source>Nothing was typed.</source>
        <translation>Hakuna kilichoandikwa.</translation>
    </message>
    <message>
        <source>Listen again for: {words}.</source>
        <translation>Sikiliza tena: {words}.</translation>
    </message>
    <message>
        <source>Words typed that were not said (or that the style guide leaves out): {count}.</source>
        <translation>Maneno yaliyoandikwa ambayo hayakusemwa (au ambayo mwongozo wa mtindo unaacha): {count}.</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>the key &apos;{key}&apos; is missing</source>
        <translation>ufunguo &apos;{key}&apos; haupo</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos;</source>
        <translation>ufunguo usiojulikana &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text in quotes</source>
        <translation>&apos;{key}&apos; lazima iwe maandishi ndani ya alama za nukuu</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must not be empty</source>
        <translation>&apos;{key}&apos; haipaswi kuwa tupu</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is too long</source>
        <translation>&apos;{key}&apos; ni ndefu mno</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has a value of the wrong form: {value}</source>
        <translation>&apos;{key}&apos; ina thamani yenye muundo usio sahihi: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number</source>
        <translation>&apos;{key}&apos; lazima iwe namba kamili</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a number</source>
        <translation>&apos;{key}&apos; lazima iwe namba</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be true or false</source>
        <translation>&apos;{key}&apos; lazima iwe true au false</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list [ ... ]</source>
        <translation>&apos;{key}&apos; lazima iwe orodha [ ... ]</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; needs at least {min} item(s)</source>
        <translation>&apos;{key}&apos; inahitaji angalau vipengele {min}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has too many items</source>
        <translation>&apos;{key}&apos; ina vipengele vingi mno</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a table</source>
        <translation>&apos;{key}&apos; lazima iwe jedwali (table)</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one of: {expected}</source>
        <translation>&apos;{key}&apos; lazima iwe mojawapo ya: {expected}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be at least {limit}</source>
        <translation>&apos;{key}&apos; lazima iwe angalau {limit}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be at most {limit}</source>
        <translation>&apos;{key}&apos; haipaswi kuzidi {limit}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be more than {limit}</source>
        <translation>&apos;{key}&apos; lazima iwe zaidi ya {limit}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be less than {limit}</source>
        <translation>&apos;{key}&apos; lazima iwe chini ya {limit}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not an outcome: {value} (write framework:code, like icdl-ce:2.2.1 or digcomp:3.1@2)</source>
        <translation>&apos;{key}&apos; si lengo: {value} (andika mfumo:msimbo, kama icdl-ce:2.2.1 au digcomp:3.1@2)</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: unknown framework &apos;{framework}&apos; in {value} (known: {known})</source>
        <translation>&apos;{key}&apos;: mfumo usiojulikana &apos;{framework}&apos; katika {value} (inayojulikana: {known})</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: {value} needs a DigComp proficiency level 1 to 8 after @, like digcomp:3.1@2</source>
        <translation>&apos;{key}&apos;: {value} inahitaji kiwango cha umahiri cha DigComp kutoka 1 hadi 8 baada ya @, kama digcomp:3.1@2</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: only DigComp outcomes take a level (@): {value}</source>
        <translation>&apos;{key}&apos;: malengo ya DigComp pekee ndiyo yana kiwango (@): {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: {detail}</source>
        <translation>&apos;{key}&apos;: {detail}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation>ufunguo usiojulikana &apos;{key}&apos; (ulimaanisha &apos;{close}&apos;?)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>faili ni kubwa mno</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>faili haliwezi kusomwa: {reason}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>faili si maandishi ya UTF-8</translation>
    </message>
    <message>
        <source>lists or tables are nested {depth} deep; a pack needs at most {limit}</source>
        <translation>orodha au majedwali yamewekwa ndani kwa kina cha {depth}; kifurushi kinahitaji {limit} tu</translation>
    </message>
    <message>
        <source>tables are nested deeper than {limit}</source>
        <translation>majedwali yamewekwa ndani kwa kina kuliko {limit}</translation>
    </message>
    <message>
        <source>a number is not finite (nan, inf) or far too large</source>
        <translation>namba moja si halisi (nan, inf) au ni kubwa mno</translation>
    </message>
    <message>
        <source>unknown skill &apos;{skill}&apos; (installed: {known})</source>
        <translation>ujuzi usiojulikana &apos;{skill}&apos; (uliosakinishwa: {known})</translation>
    </message>
    <message>
        <source>the exercise id &apos;{id}&apos; is already used at line {first}</source>
        <translation>kitambulisho cha zoezi &apos;{id}&apos; tayari kimetumika katika mstari wa {first}</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail}</source>
        <translation>kosa la sintaksia ya TOML: {detail}</translation>
    </message>
    <message>
        <source>the pack id &apos;{id}&apos; is already used by {other}</source>
        <translation>kitambulisho cha kifurushi &apos;{id}&apos; tayari kinatumika katika {other}</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>chosen with --data-dir</source>
        <translation>imechaguliwa kwa --data-dir</translation>
    </message>
    <message>
        <source>chosen with the TUTOR_DATA_DIR setting</source>
        <translation>imechaguliwa kwa mpangilio wa TUTOR_DATA_DIR</translation>
    </message>
    <message>
        <source>portable mode: kept beside the program</source>
        <translation>hali ya kubebeka: iko kando ya programu</translation>
    </message>
    <message>
        <source>the usual folder for this user</source>
        <translation>folda ya kawaida ya mtumiaji huyu</translation>
    </message>
</context>
<context>
    <name>pictures</name>
    <message>
        <source>sun</source>
        <translation>jua</translation>
    </message>
    <message>
        <source>moon</source>
        <translation>mwezi</translation>
    </message>
    <message>
        <source>star</source>
        <translation>nyota</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>mti</translation>
    </message>
    <message>
        <source>flower</source>
        <translation>ua</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>jani</translation>
    </message>
    <message>
        <source>mountain</source>
        <translation>mlima</translation>
    </message>
    <message>
        <source>house</source>
        <translation>nyumba</translation>
    </message>
    <message>
        <source>boat</source>
        <translation>mashua</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>baiskeli</translation>
    </message>
    <message>
        <source>car</source>
        <translation>gari</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>basi</translation>
    </message>
    <message>
        <source>ball</source>
        <translation>mpira</translation>
    </message>
    <message>
        <source>book</source>
        <translation>kitabu</translation>
    </message>
    <message>
        <source>cup</source>
        <translation>kikombe</translation>
    </message>
    <message>
        <source>key</source>
        <translation>ufunguo</translation>
    </message>
    <message>
        <source>umbrella</source>
        <translation>mwavuli</translation>
    </message>
    <message>
        <source>lamp</source>
        <translation>taa</translation>
    </message>
    <message>
        <source>fish</source>
        <translation>samaki</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>ndege</translation>
    </message>
    <message>
        <source>butterfly</source>
        <translation>kipepeo</translation>
    </message>
    <message>
        <source>elephant</source>
        <translation>tembo</translation>
    </message>
    <message>
        <source>giraffe</source>
        <translation>twiga</translation>
    </message>
    <message>
        <source>lion</source>
        <translation>simba</translation>
    </message>
</context>
<context>
    <name>placement</name>
    <message>
        <source>Office work</source>
        <translation>Kazi ya ofisini</translation>
    </message>
    <message>
        <source>Data entry and online tasks</source>
        <translation>Kuingiza data na kazi za mtandaoni</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Huduma kwa wateja</translation>
    </message>
    <message>
        <source>Building websites and code</source>
        <translation>Kutengeneza tovuti na kuandika programu</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>QWERTY (English, Kiswahili)</source>
        <translation>QWERTY (Kiingereza, Kiswahili)</translation>
    </message>
    <message>
        <source>AZERTY (French)</source>
        <translation>AZERTY (Kifaransa)</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Kiarabu</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Kawaida</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Kubwa</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Kubwa zaidi</translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <source>{cell} is right.</source>
        <translation>Kisanduku {cell} ni sahihi.</translation>
    </message>
    <message>
        <source>{cell} is empty. Something should be there.</source>
        <translation>Kisanduku {cell} ni tupu. Kinapaswa kuwa na kitu.</translation>
    </message>
    <message>
        <source>{cell} has a typed number. Type a formula instead: start with = so the spreadsheet calculates it.</source>
        <translation>Kisanduku {cell} kina namba uliyoiandika mwenyewe. Badala yake andika fomula: anza na = ili lahajedwali likokotoe jibu.</translation>
    </message>
    <message>
        <source>The formula in {cell} only has numbers. Use the cells instead (like =B2+B3), so the result changes when they change.</source>
        <translation>Fomula katika {cell} ina namba tu. Badala yake tumia visanduku (kama =B2+B3), ili jibu libadilike vinapobadilika.</translation>
    </message>
    <message>
        <source>{cell} shows the error {error}. Check the formula in this cell.</source>
        <translation>Kisanduku {cell} kinaonyesha kosa {error}. Angalia fomula katika kisanduku hiki.</translation>
    </message>
    <message>
        <source>The formula in {cell} uses its own cell (a circular reference).</source>
        <translation>Fomula katika {cell} inatumia kisanduku chake chenyewe (circular reference).</translation>
    </message>
    <message>
        <source>{cell} shows {actual}, but it should show {expected}.</source>
        <translation>Kisanduku {cell} kinaonyesha {actual}, lakini kinapaswa kuonyesha {expected}.</translation>
    </message>
    <message>
        <source>The formula in {cell} should use the {function} function.</source>
        <translation>Fomula katika {cell} inapaswa kutumia fanksheni ya {function}.</translation>
    </message>
    <message>
        <source>The formula in {cell} should use {absolute} with dollar signs, so it does not move when you fill down.</source>
        <translation>Fomula katika {cell} inapaswa kutumia {absolute} yenye alama za dola ($), ili isibadilike unapojaza kuelekea chini.</translation>
    </message>
    <message>
        <source>{cell} is right. {ref} stays in place in the direction you filled, which is all this task needs. {absolute}, with both dollar signs, is the usual choice: it stays in place whichever way the formula is copied.</source>
        <translation>{cell} ni sahihi. {ref} inabaki mahali pake katika mwelekeo ulionakili, na hilo ndilo zoezi hili linahitaji. {absolute}, yenye alama zote mbili za dola, ndiyo chaguo la kawaida: inabaki mahali pake fomula ikinakiliwa upande wowote.</translation>
    </message>
    <message>
        <source>{cell} is wrong: the formula was filled from {first} and {ref} moved with it. Write {fixed} with dollar signs, so it stays in place.</source>
        <translation>{cell} si sahihi: fomula ilinakiliwa kutoka {first} na {ref} ikasogea pamoja nayo. Andika {fixed} yenye alama za dola, ili ibaki mahali pake.</translation>
    </message>
    <message>
        <source>The formula in {cell} gives the right result now, but not when {input} changes. Use the cells in the formula, not numbers typed into it.</source>
        <translation>Fomula katika {cell} inatoa jibu sahihi sasa, lakini si {input} ikibadilika. Tumia visanduku katika fomula, si namba zilizoandikwa ndani yake.</translation>
    </message>
    <message>
        <source>The formula in {cell} gives the right result now, but not when the numbers change. Use the cells in the formula, not numbers typed into it.</source>
        <translation>Fomula katika {cell} inatoa jibu sahihi sasa, lakini si namba zikibadilika. Tumia visanduku katika fomula, si namba zilizoandikwa ndani yake.</translation>
    </message>
    <message>
        <source>Show {cell} as money (currency format).</source>
        <translation>Onyesha {cell} kama pesa (muundo wa fedha).</translation>
    </message>
    <message>
        <source>Show {cell} as a percentage.</source>
        <translation>Onyesha {cell} kama asilimia.</translation>
    </message>
    <message>
        <source>Show {cell} as a date.</source>
        <translation>Onyesha {cell} kama tarehe.</translation>
    </message>
    <message>
        <source>Show {cell} as a number.</source>
        <translation>Onyesha {cell} kama namba.</translation>
    </message>
    <message>
        <source>Remove the special format of {cell}.</source>
        <translation>Ondoa muundo maalum wa {cell}.</translation>
    </message>
    <message>
        <source>Show {cell} with {decimals} decimal places.</source>
        <translation>Onyesha {cell} kwa nafasi {decimals} za desimali.</translation>
    </message>
    <message>
        <source>Make {cell} bold.</source>
        <translation>Weka {cell} kwa herufi nzito.</translation>
    </message>
    <message>
        <source>{cell} should not be bold.</source>
        <translation>Kisanduku {cell} hakipaswi kuwa na herufi nzito.</translation>
    </message>
    <message>
        <source>The rows {range} are sorted by column {column}.</source>
        <translation>Mistari {range} imepangwa kwa kufuata safu {column}.</translation>
    </message>
    <message>
        <source>Sort the rows {range} by column {column}, from smallest to largest (A to Z).</source>
        <translation>Panga mistari {range} kwa kufuata safu {column}, kuanzia ndogo hadi kubwa (A hadi Z).</translation>
    </message>
    <message>
        <source>Sort the rows {range} by column {column}, from largest to smallest (Z to A).</source>
        <translation>Panga mistari {range} kwa kufuata safu {column}, kuanzia kubwa hadi ndogo (Z hadi A).</translation>
    </message>
    <message>
        <source>Some rows of {range} were changed or lost while sorting. Undo and sort the whole table.</source>
        <translation>Baadhi ya mistari ya {range} ilibadilika au ilipotea wakati wa kupanga. Tendua, kisha upange jedwali zima.</translation>
    </message>
    <message>
        <source>There is a chart of the data.</source>
        <translation>Kuna chati ya data.</translation>
    </message>
    <message>
        <source>Make a chart: select the data, then press Chart.</source>
        <translation>Tengeneza chati: chagua data, kisha ubofye Chati.</translation>
    </message>
    <message>
        <source>Make a line chart: select the data, then press Chart and choose Line.</source>
        <translation>Tengeneza chati ya mstari: chagua data, kisha ubofye Chati na uchague Mstari.</translation>
    </message>
    <message>
        <source>Make a bar chart: select the data, then press Chart and choose Bars.</source>
        <translation>Tengeneza chati ya mihimili: chagua data, kisha ubofye Chati na uchague Mihimili.</translation>
    </message>
</context>
<context>
    <name>skills</name>
    <message>
        <source>Typing</source>
        <translation>Kuandika kwa kibodi</translation>
    </message>
    <message>
        <source>Type with ten fingers, without looking.</source>
        <translation>Andika kwa vidole kumi, bila kuangalia.</translation>
    </message>
    <message>
        <source>Typing thresholds</source>
        <translation>Viwango vya kufaulu kuandika</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Barua pepe</translation>
    </message>
    <message>
        <source>Write the emails of a job search and of work, and spot fake messages.</source>
        <translation>Andika barua pepe za kutafuta kazi na za kazini, na utambue jumbe za uongo.</translation>
    </message>
    <message>
        <source>Basic coding</source>
        <translation>Misingi ya kuandika programu</translation>
    </message>
    <message>
        <source>Write your first programs in Python, one small step at a time.</source>
        <translation>Andika programu zako za kwanza kwa Python, hatua moja ndogo baada ya nyingine.</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Lahajedwali</translation>
    </message>
    <message>
        <source>Tables, formulas, sorting and charts, as in LibreOffice Calc and Excel</source>
        <translation>Majedwali, fomula, kupanga data na chati, kama katika LibreOffice Calc na Excel</translation>
    </message>
    <message>
        <source>Computer basics</source>
        <translation>Misingi ya kompyuta</translation>
    </message>
    <message>
        <source>Use the mouse, the keyboard, windows, files and folders, step by step.</source>
        <translation>Tumia kipanya, kibodi, madirisha, faili na folda, hatua kwa hatua.</translation>
    </message>
    <message>
        <source>Find my level</source>
        <translation>Tafuta kiwango changu</translation>
    </message>
    <message>
        <source>A few short tasks find what you can do; then your path starts there.</source>
        <translation>Kazi chache fupi zinaonyesha unachoweza kufanya; kisha njia yako inaanzia hapo.</translation>
    </message>
    <message>
        <source>Levels and path</source>
        <translation>Viwango na njia</translation>
    </message>
    <message>
        <source>The class by level</source>
        <translation>Darasa kwa viwango</translation>
    </message>
    <message>
        <source>Job tasks</source>
        <translation>Kazi za mtandaoni</translation>
    </message>
    <message>
        <source>Practise the work of data entry and data annotation, as the platforms give it: guidelines, a qualification, then a queue of tasks.</source>
        <translation>Jizoeze kazi ya kuingiza data na kuwekea data lebo, kama majukwaa yanavyoitoa: maelekezo, mtihani wa kufuzu, kisha foleni ya kazi.</translation>
    </message>
    <message>
        <source>Job tasks: projects open</source>
        <translation>Kazi za mtandaoni: miradi iliyo wazi</translation>
    </message>
    <message>
        <source>Job tasks: quality and speed</source>
        <translation>Kazi za mtandaoni: ubora na kasi</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Tathmini</translation>
    </message>
    <message>
        <source>A timed test your trainer starts and watches; its result can become a certificate.</source>
        <translation>Mtihani wenye muda maalum ambao mkufunzi wako anauanzisha na kuusimamia; matokeo yake yanaweza kuwa cheti.</translation>
    </message>
    <message>
        <source>Start an assessment</source>
        <translation>Anza tathmini</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Hati za sifa</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>This computer has no voice to read aloud. Ask your trainer to install one.</source>
        <translation>Kompyuta hii haina sauti ya kusoma kwa sauti. Mwombe mkufunzi wako aweke moja.</translation>
    </message>
    <message>
        <source>This computer has no voice for {language}. Ask your trainer to add one.</source>
        <translation>Kompyuta hii haina sauti ya {language}. Mwombe mkufunzi wako aongeze moja.</translation>
    </message>
    <message>
        <source>The computer&apos;s voice did not work. Ask your trainer.</source>
        <translation>Sauti ya kompyuta haikufanya kazi. Muulize mkufunzi wako.</translation>
    </message>
    <message>
        <source>The computer&apos;s voice did not answer. Ask your trainer.</source>
        <translation>Sauti ya kompyuta haikujibu. Muulize mkufunzi wako.</translation>
    </message>
</context>
<context>
    <name>typing</name>
    <message>
        <source>left little finger</source>
        <translation>kidole kidogo cha kushoto</translation>
    </message>
    <message>
        <source>left ring finger</source>
        <translation>kidole cha pete cha kushoto</translation>
    </message>
    <message>
        <source>left middle finger</source>
        <translation>kidole cha kati cha kushoto</translation>
    </message>
    <message>
        <source>left index finger</source>
        <translation>kidole cha shahada cha kushoto</translation>
    </message>
    <message>
        <source>thumb</source>
        <translation>kidole gumba</translation>
    </message>
    <message>
        <source>right index finger</source>
        <translation>kidole cha shahada cha kulia</translation>
    </message>
    <message>
        <source>right middle finger</source>
        <translation>kidole cha kati cha kulia</translation>
    </message>
    <message>
        <source>right ring finger</source>
        <translation>kidole cha pete cha kulia</translation>
    </message>
    <message>
        <source>right little finger</source>
        <translation>kidole kidogo cha kulia</translation>
    </message>
</context>
</TS>
