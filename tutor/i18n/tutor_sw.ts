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
</context>
<context>
    <name>NewLearnerScreen</name>
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
    <name>PickerScreen</name>
    <message>
        <source>I am new</source>
        <translation>Mimi ni mpya</translation>
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
        <source>That is not your PIN. Tries left: {count}.</source>
        <translation>Hiyo si PIN yako. Majaribio yaliyobaki: {count}.</translation>
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
        <source>Text size</source>
        <translation>Ukubwa wa maandishi</translation>
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
    <name>TypingRoom</name>
    <message>
        <source>Pass the lesson before to open this one.</source>
        <translation>Somo hili litafunguka ukifaulu somo lililotangulia.</translation>
    </message>
    <message>
        <source>Practice of your weakest key: {key}. New letters open when every letter is fast and accurate enough.</source>
        <translation>Zoezi la kitufe unachokikosea zaidi: {key}. Herufi mpya zitaongezwa utakapoandika kila herufi kwa kasi na usahihi wa kutosha.</translation>
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
        <source>Speed: {wpm} words per minute ({cpm} characters), asked: {min}.</source>
        <translation>Kasi: maneno {wpm} kwa dakika (herufi {cpm}), lengo: {min}.</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy}%, asked: {min}%.</source>
        <translation>Usahihi: {accuracy}%, lengo: {min}%.</translation>
    </message>
    <message>
        <source>Last time: {wpm} words per minute, {accuracy}%.</source>
        <translation>Mara ya mwisho: maneno {wpm} kwa dakika, usahihi {accuracy}%.</translation>
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
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Close</source>
        <translation>Funga</translation>
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
    <name>skills</name>
    <message>
        <source>Typing</source>
        <translation>Kuandika kwa kibodi</translation>
    </message>
    <message>
        <source>Type with ten fingers, without looking.</source>
        <translation>Andika kwa vidole kumi, bila kuangalia.</translation>
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
