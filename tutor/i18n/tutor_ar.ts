<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tutor</source>
        <translation>عن برنامج Tutor</translation>
    </message>
    <message>
        <source>Tutor {version}</source>
        <translation>Tutor {version}</translation>
    </message>
    <message>
        <source>Digital skills for work, for adult beginners.</source>
        <translation>مهارات رقمية للعمل، للكبار المبتدئين.</translation>
    </message>
    <message>
        <source>Your data folder: {path}</source>
        <translation>مجلد بياناتك: {path}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>ملف السجل: {path}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>برنامج حر مرخّص بموجب رخصة GNU General Public License، الإصدار 3 أو أي إصدار لاحق.</translation>
    </message>
</context>
<context>
    <name>AssessmentRoom</name>
    <message>
        <source>This assessment cannot open its test here. Ask your trainer.</source>
        <translation>لا يمكن فتح اختبار هذا التقييم هنا. اطلب المساعدة من مدرّبك.</translation>
    </message>
    <message>
        <source>Pasting is not allowed in this test.</source>
        <translation>اللصق غير مسموح في هذا الاختبار.</translation>
    </message>
    <message>
        <source>Time left: {minutes}:{seconds:02d}</source>
        <translation>الوقت المتبقي: {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>End the test</source>
        <translation>إنهاء الاختبار</translation>
    </message>
    <message>
        <source>End the test now? It cannot be started again; it is recorded as it is now.</source>
        <translation>هل تريد إنهاء الاختبار الآن؟ لا يمكن بدؤه مرة أخرى، وسيُسجَّل كما هو الآن.</translation>
    </message>
    <message>
        <source>The test is over: {name}</source>
        <translation>انتهى الاختبار: {name}</translation>
    </message>
    <message>
        <source>Nothing unusual in the keystroke log.</source>
        <translation>لا يوجد شيء غير عادي في سجلّ ضغطات المفاتيح.</translation>
    </message>
    <message>
        <source>The time is over.</source>
        <translation>انتهى الوقت.</translation>
    </message>
    <message>
        <source>Everything is done.</source>
        <translation>أُنجز كل شيء.</translation>
    </message>
    <message>
        <source>The task is answered.</source>
        <translation>تمت الإجابة عن المهمة.</translation>
    </message>
    <message>
        <source>The test was ended before its time.</source>
        <translation>أُنهي الاختبار قبل انتهاء وقته.</translation>
    </message>
    <message>
        <source>The test ended: too many keys were recorded.</source>
        <translation>انتهى الاختبار: سُجِّل عدد كبير جدًا من ضغطات المفاتيح.</translation>
    </message>
    <message>
        <source>Passed.</source>
        <translation>تم اجتياز الاختبار.</translation>
    </message>
    <message>
        <source>Not passed yet.</source>
        <translation>لم يُجتَز الاختبار بعد.</translation>
    </message>
    <message>
        <source>Net speed: {net} words a minute (gross {gross}). Errors: {errors} (at most {limit}). Accuracy: {accuracy} %. Needed: {pass_mark} net words a minute.</source>
        <translation>السرعة الصافية: {net} كلمة في الدقيقة (السرعة الإجمالية: {gross}). الأخطاء: {errors} (الحد الأقصى: {limit}). الدقة: {accuracy}%. المطلوب: {pass_mark} كلمة صافية في الدقيقة.</translation>
    </message>
    <message>
        <source>Speed: {kph} keystrokes an hour. Fields right: {accuracy} % (rows given: {rows}). Needed: {min_kph} keystrokes an hour and {min_accuracy} % right.</source>
        <translation>السرعة: {kph} ضغطة في الساعة. الخانات الصحيحة: {accuracy}% (الصفوف المُرسَلة: {rows}). المطلوب: {min_kph} ضغطة في الساعة، و{min_accuracy}% من الخانات صحيحة.</translation>
    </message>
    <message>
        <source>Score: {score} %.</source>
        <translation>النتيجة: {score}%.</translation>
    </message>
    <message>
        <source>That is not the trainer password. Try again, or save without confirmation.</source>
        <translation>هذه ليست كلمة مرور المدرّب. حاول مرة أخرى، أو احفظ دون تأكيد.</translation>
    </message>
    <message>
        <source>Saved. The trainer confirmed watching the test.</source>
        <translation>تم الحفظ. أكّد المدرّب أنه راقب الاختبار.</translation>
    </message>
    <message>
        <source>Saved, not confirmed by a trainer.</source>
        <translation>تم الحفظ، دون تأكيد من المدرّب.</translation>
    </message>
    <message>
        <source>Leave the test</source>
        <translation>الخروج من الاختبار</translation>
    </message>
    <message>
        <source>Leave the test? It ends now and cannot be started again; it is recorded as it is now.</source>
        <translation>هل تريد الخروج من الاختبار؟ سينتهي الآن ولا يمكن بدؤه مرة أخرى، وسيُسجَّل كما هو الآن.</translation>
    </message>
    <message>
        <source>No assessment is waiting</source>
        <translation>لا يوجد تقييم بانتظارك</translation>
    </message>
    <message>
        <source>An assessment is started by a trainer, from the trainer&apos;s screen.</source>
        <translation>يبدأ المدرّب التقييم من شاشة المدرّب.</translation>
    </message>
    <message>
        <source>The test takes {minutes} minutes at most. Once started it cannot be paused or started again; the time left is shown at the top. Tutor records your keys, pastes and when you leave Tutor&apos;s window, for your trainer and your certificate. Your trainer, {supervisor}, watches the test.</source>
        <translation>يستغرق الاختبار {minutes} دقيقة على الأكثر. بعد أن يبدأ لا يمكن إيقافه مؤقتًا ولا بدؤه من جديد، ويظهر الوقت المتبقي في الأعلى. يسجّل برنامج Tutor ضغطاتك على المفاتيح، ومرات اللصق، وخروجك من نافذة Tutor، ليطّلع عليها مدرّبك وتُرفق بشهادتك. يراقب مدرّبك ({supervisor}) الاختبار.</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>بدء الاختبار</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Trainer: type the trainer password to confirm that you watched the learner during the whole test.</source>
        <translation>للمدرّب: اكتب كلمة مرور المدرّب لتأكيد أنك راقبت المتعلّم طوال الاختبار.</translation>
    </message>
    <message>
        <source>Confirm and save</source>
        <translation>تأكيد وحفظ</translation>
    </message>
    <message>
        <source>Save without confirmation</source>
        <translation>حفظ دون تأكيد</translation>
    </message>
    <message>
        <source>Back home</source>
        <translation>العودة إلى الرئيسية</translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation>كلمة مرور المدرّب</translation>
    </message>
    <message>
        <source>What the keystroke log shows</source>
        <translation>ما يُظهره سجلّ ضغطات المفاتيح</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
</context>
<context>
    <name>BasicsRoom</name>
    <message>
        <source>Steps done: {done} of {steps}.</source>
        <translation>الخطوات المنجزة: {done} من {steps}.</translation>
    </message>
    <message>
        <source>Slips: {slips} (at most {allowed}).</source>
        <translation>الأخطاء: {slips} (الحد الأقصى {allowed}).</translation>
    </message>
    <message>
        <source>Targets done: {done} of {targets}.</source>
        <translation>الأهداف المنجزة: {done} من {targets}.</translation>
    </message>
    <message>
        <source>Right the first time: {first} of {targets} (asked: {asked}).</source>
        <translation>من أول محاولة: {first} من {targets} (المطلوب: {asked}).</translation>
    </message>
    <message>
        <source>Aim: on average {percent}% of the way from the centre to the edge.</source>
        <translation>الدقة: في المتوسط على بُعد {percent}% من المسافة بين المركز والحافة.</translation>
    </message>
    <message>
        <source>Double-clicks fast enough: {fast} of {tried}.</source>
        <translation>النقرات المزدوجة السريعة بما يكفي: {fast} من {tried}.</translation>
    </message>
    <message>
        <source>This exercise is not ready yet. Choose another one in the list.</source>
        <translation>هذا التمرين ليس جاهزًا بعد. اختر تمرينًا آخر من القائمة.</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>تم إنجاز {done} من {total}</translation>
    </message>
    <message>
        <source>Good!</source>
        <translation>جيد!</translation>
    </message>
    <message>
        <source>Two clicks, not a double-click. Click faster.</source>
        <translation>هاتان نقرتان، وليستا نقرة مزدوجة. انقر بسرعة أكبر.</translation>
    </message>
    <message>
        <source>Keep the mouse still between the two clicks.</source>
        <translation>لا تحرّك الفأرة بين النقرتين.</translation>
    </message>
    <message>
        <source>Press two times, fast.</source>
        <translation>اضغط مرتين بسرعة.</translation>
    </message>
    <message>
        <source>Use the right button.</source>
        <translation>استعمل الزر الأيمن.</translation>
    </message>
    <message>
        <source>Use the left button.</source>
        <translation>استعمل الزر الأيسر.</translation>
    </message>
    <message>
        <source>Not that one. Find: {item}</source>
        <translation>ليس هذا. ابحث عن: {item}</translation>
    </message>
    <message>
        <source>Keep the arrow on the circle. Again.</source>
        <translation>أبقِ السهم على الدائرة. مرة أخرى.</translation>
    </message>
    <message>
        <source>Use the bar at the side.</source>
        <translation>استعمل الشريط الذي بجانب الصفحة.</translation>
    </message>
    <message>
        <source>Hold the button down while you move.</source>
        <translation>اضغط على الزر ولا تتركه وأنت تحرّك الفأرة.</translation>
    </message>
    <message>
        <source>Let go when it is on its place.</source>
        <translation>اترك الزر عندما يصل إلى مكانه.</translation>
    </message>
    <message>
        <source>Not on it. Try again.</source>
        <translation>لم تُصب الهدف. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Not quite. Try again.</source>
        <translation>ليس تمامًا. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>أحسنت!</translation>
    </message>
    <message>
        <source>Not yet. Try it again.</source>
        <translation>ليس بعد. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Time for each one: {seconds} seconds.</source>
        <translation>الوقت لكل هدف: {seconds} ثانية.</translation>
    </message>
    <message>
        <source>Your double-click time: {ms} thousandths of a second (this computer&apos;s: {system}).</source>
        <translation>وقت نقرتك المزدوجة: {ms} جزء من ألف من الثانية (وقت هذا الحاسوب: {system}).</translation>
    </message>
    <message>
        <source>You listened again {count} times.</source>
        <translation>عدد مرات الاستماع من جديد: {count}.</translation>
    </message>
    <message>
        <source>Time: {seconds} seconds.</source>
        <translation>الوقت: {seconds} ثانية.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Read each step aloud</source>
        <translation>اقرأ كل خطوة بصوت عالٍ</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Choose a lesson, then press Start. Each step shows a picture and says what to do.</source>
        <translation>اختر درسًا، ثم اضغط على بدء. كل خطوة تعرض صورة وتقول لك ما تفعل.</translation>
    </message>
    <message>
        <source>There are no lessons here yet. Ask your trainer.</source>
        <translation>لا توجد دروس هنا بعد. اطلب المساعدة من مدرّبك.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
</context>
<context>
    <name>BoxesTask</name>
    <message>
        <source>Boxes drawn: {count}</source>
        <translation>المربعات المرسومة: {count}</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>car</source>
        <translation>سيارة</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>دراجة</translation>
    </message>
    <message>
        <source>bag</source>
        <translation>حقيبة</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>bottle</source>
        <translation>زجاجة</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>شجرة</translation>
    </message>
    <message>
        <source>house</source>
        <translation>منزل</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>كلب</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>كرسي</translation>
    </message>
    <message>
        <source>Draw a box round each {thing} in the picture: press, drag, release. Click a box and press Delete to remove it.</source>
        <translation>ارسم مربعًا حول كل {thing} في الصورة: اضغط، واسحب، ثم أفلت. لحذف مربع، انقر عليه واضغط على مفتاح Delete.</translation>
    </message>
    <message>
        <source>The picture: draw the boxes here</source>
        <translation>الصورة: ارسم المربعات هنا</translation>
    </message>
    <message>
        <source>Remove box</source>
        <translation>إزالة المربع</translation>
    </message>
</context>
<context>
    <name>CapsLockLight</name>
    <message>
        <source>Caps Lock on</source>
        <translation>Caps Lock يعمل</translation>
    </message>
    <message>
        <source>Caps Lock off</source>
        <translation>Caps Lock متوقف</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <source>Centre card</source>
        <translation>بطاقة المركز</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>بصمة المفتاح</translation>
    </message>
    <message>
        <source>To check a certificate from this centre, open the verifier file (verifier.html) in a web browser, or scan the certificate&apos;s QR code with it. No internet is needed.</source>
        <translation>للتحقّق من شهادة صادرة عن هذا المركز، افتح ملف أداة التحقّق (verifier.html) في متصفح الويب، أو امسح به رمز QR الموجود على الشهادة. لا حاجة إلى الإنترنت.</translation>
    </message>
    <message>
        <source>The fingerprint above must match the one the verifier shows for this centre.</source>
        <translation>يجب أن تطابق البصمة المكتوبة أعلاه البصمةَ التي تعرضها أداة التحقّق لهذا المركز.</translation>
    </message>
    <message>
        <source>Card made on {day}</source>
        <translation>أُعدّت البطاقة بتاريخ {day}</translation>
    </message>
    <message>
        <source>This card is too big for a QR code: give the card file (.json) with this page.</source>
        <translation>هذه البطاقة أكبر من أن يتّسع لها رمز QR: أعطِ ملف البطاقة (‎.json) مع هذه الصفحة.</translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation>كلمة مرور المدرّب</translation>
    </message>
    <message>
        <source>(this centre)</source>
        <translation>(هذا المركز)</translation>
    </message>
    <message>
        <source>The centre&apos;s key is ready. Save or print the centre card for employers.</source>
        <translation>مفتاح المركز جاهز. احفظ بطاقة المركز أو اطبعها لأصحاب العمل.</translation>
    </message>
    <message>
        <source>Save the centre card</source>
        <translation>حفظ بطاقة المركز</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>تم الحفظ في {path}</translation>
    </message>
    <message>
        <source>Print the card page (PDF)</source>
        <translation>طباعة صفحة البطاقة (PDF)</translation>
    </message>
    <message>
        <source>Save the verifier for employers</source>
        <translation>حفظ أداة التحقّق لأصحاب العمل</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>صفحة ويب</translation>
    </message>
    <message>
        <source>Saved: {path}. Copy it to the employer&apos;s computer or a USB stick; it opens in any web browser.</source>
        <translation>تم الحفظ في {path}. انسخ الملف إلى حاسوب صاحب العمل أو إلى ذاكرة USB، فهو يُفتح في أي متصفح ويب.</translation>
    </message>
    <message>
        <source>Back up the key</source>
        <translation>حفظ نسخة احتياطية من المفتاح</translation>
    </message>
    <message>
        <source>Type the trainer password. The backup opens only with this password: remember it.</source>
        <translation>اكتب كلمة مرور المدرّب. لا تُفتح النسخة الاحتياطية إلا بكلمة المرور هذه، فتذكّرها جيدًا.</translation>
    </message>
    <message>
        <source>Centre key backup</source>
        <translation>نسخة احتياطية لمفتاح المركز</translation>
    </message>
    <message>
        <source>Saved: {path}. Keep it in a safe place: with its password, it signs certificates in your centre&apos;s name.</source>
        <translation>تم الحفظ في {path}. احفظ هذه النسخة في مكان آمن: فمن يملكها مع كلمة مرورها يستطيع توقيع شهادات باسم مركزك.</translation>
    </message>
    <message>
        <source>Move the key to this PC</source>
        <translation>نقل المفتاح إلى هذا الحاسوب</translation>
    </message>
    <message>
        <source>The backup opens with the trainer password of the PC it was made on. On this PC, the key will then open with this PC&apos;s trainer password.</source>
        <translation>تُفتح النسخة الاحتياطية بكلمة مرور المدرّب على الحاسوب الذي حُفظت عليه. وبعد ذلك يُفتح المفتاح على هذا الحاسوب بكلمة مرور المدرّب على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The backup&apos;s password</source>
        <translation>كلمة مرور النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>This computer is certified by {centre}.</source>
        <translation>هذا الحاسوب معتمَد من {centre}.</translation>
    </message>
    <message>
        <source>This computer is not certified yet.</source>
        <translation>هذا الحاسوب غير معتمَد بعد.</translation>
    </message>
    <message>
        <source>Certify this lab computer</source>
        <translation>اعتماد حاسوب القاعة هذا</translation>
    </message>
    <message>
        <source>The backup opens with the trainer password of the PC it was made on. The key is used once to certify this computer and is not kept here.</source>
        <translation>تُفتح النسخة الاحتياطية بكلمة مرور المدرّب على الحاسوب الذي صُنعت عليه. يُستخدم المفتاح مرة واحدة لاعتماد هذا الحاسوب ولا يُحفظ عليه.</translation>
    </message>
    <message>
        <source>This computer is certified by {centre}: its progress files are signed in the centre&apos;s name.</source>
        <translation>هذا الحاسوب معتمَد من {centre}: ملفات التقدّم التي تُصنع عليه موقَّعة باسم المركز.</translation>
    </message>
    <message>
        <source>Trainer password of this PC</source>
        <translation>كلمة مرور المدرّب على هذا الحاسوب</translation>
    </message>
    <message>
        <source>The key of {name} is on this PC now.</source>
        <translation>أصبح مفتاح {name} الآن على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>First choose why the key is replaced.</source>
        <translation>اختر أولًا سبب استبدال المفتاح.</translation>
    </message>
    <message>
        <source>Every certificate signed with the old key will show as NOT valid, old ones too. Make the certificates you still need again after this.</source>
        <translation>ستظهر كل شهادة موقَّعة بالمفتاح القديم على أنها «غير صالحة»، حتى الشهادات القديمة. بعد ذلك، أصدر من جديد الشهادات التي ما زلت تحتاج إليها.</translation>
    </message>
    <message>
        <source>Certificates signed before today stay valid.</source>
        <translation>تبقى الشهادات الموقَّعة قبل اليوم صالحة.</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>استبدال المفتاح</translation>
    </message>
    <message>
        <source>Type the trainer password to replace the key.</source>
        <translation>اكتب كلمة مرور المدرّب لاستبدال المفتاح.</translation>
    </message>
    <message>
        <source>The key was replaced. Give the new centre card and a new verifier file to employers and partner centres.</source>
        <translation>تم استبدال المفتاح. أعطِ بطاقة المركز الجديدة وملف أداة تحقّق جديدًا لأصحاب العمل وللمراكز الشريكة.</translation>
    </message>
    <message>
        <source>Change the name and place</source>
        <translation>تغيير الاسم والمكان</translation>
    </message>
    <message>
        <source>Type the trainer password. The centre card is signed again with the new name.</source>
        <translation>اكتب كلمة مرور المدرّب. ستُوقَّع بطاقة المركز من جديد بالاسم الجديد.</translation>
    </message>
    <message>
        <source>Saved. Give the new centre card to employers and partner centres.</source>
        <translation>تم الحفظ. أعطِ بطاقة المركز الجديدة لأصحاب العمل وللمراكز الشريكة.</translation>
    </message>
    <message>
        <source>Add a centre card</source>
        <translation>إضافة بطاقة مركز</translation>
    </message>
    <message>
        <source>This is the card of this centre. It is trusted already.</source>
        <translation>هذه بطاقة هذا المركز نفسه، وهي موثوقة من قبل.</translation>
    </message>
    <message>
        <source>{name} is a partner centre now: its certificates show as valid here.</source>
        <translation>أصبح {name} مركزًا شريكًا: تظهر شهاداته هنا على أنها صالحة.</translation>
    </message>
    <message>
        <source>Removed. Certificates of that centre show as from an unknown centre now.</source>
        <translation>تمت الإزالة. تظهر شهادات ذلك المركز الآن على أنها من مركز غير معروف.</translation>
    </message>
    <message>
        <source>Centre and credentials</source>
        <translation>المركز والشهادات الرقمية</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Partner centres</source>
        <translation>المراكز الشريكة</translation>
    </message>
    <message>
        <source>Set up your centre&apos;s key once. Tutor signs the certificates it makes with this key, so an employer can check that a certificate comes from your centre and was not changed.</source>
        <translation>أعِدّ مفتاح مركزك مرة واحدة. يوقّع برنامج Tutor الشهادات التي يصدرها بهذا المفتاح، حتى يستطيع صاحب العمل أن يتحقّق من أن الشهادة صادرة عن مركزك وأنها لم تتغيّر.</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>اسم المركز</translation>
    </message>
    <message>
        <source>Place (town, country)</source>
        <translation>المكان (المدينة، البلد)</translation>
    </message>
    <message>
        <source>Is your centre set up on another PC already? Bring its key here from a backup file.</source>
        <translation>هل أُعِدّ مركزك من قبل على حاسوب آخر؟ انقل مفتاحه إلى هنا من ملف النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>A lab computer that does not keep the key: certify it with the key&apos;s backup, so the progress files made here are signed in the centre&apos;s name.</source>
        <translation>حاسوب في القاعة لا يحتفظ بالمفتاح: اعتمِده بالنسخة الاحتياطية للمفتاح، لتُوقَّع ملفات التقدّم المصنوعة عليه باسم المركز.</translation>
    </message>
    <message>
        <source>Set up the centre&apos;s key</source>
        <translation>إعداد مفتاح المركز</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>تاريخ الإعداد</translation>
    </message>
    <message>
        <source>Give the centre card (a file or the printed page) to employers and partner centres. The verifier for employers is one file: it checks your certificates in a web browser, with no internet.</source>
        <translation>أعطِ بطاقة المركز (ملفًا أو صفحة مطبوعة) لأصحاب العمل وللمراكز الشريكة. أداة التحقّق لأصحاب العمل ملف واحد: تتحقّق من شهاداتك في متصفح الويب، دون إنترنت.</translation>
    </message>
    <message>
        <source>Keep a copy of the key on a USB stick, in a safe place, in case this PC breaks. It opens with today&apos;s trainer password.</source>
        <translation>احتفظ بنسخة من المفتاح على ذاكرة USB في مكان آمن، تحسّبًا لتعطّل هذا الحاسوب. تُفتح هذه النسخة بكلمة مرور المدرّب الحالية.</translation>
    </message>
    <message>
        <source>Bring the centre&apos;s key from a backup file, to sign certificates on this PC too.</source>
        <translation>انقل مفتاح المركز من ملف نسخة احتياطية، لتوقيع الشهادات على هذا الحاسوب أيضًا.</translation>
    </message>
    <message>
        <source>The old key is lost, or someone else may have it</source>
        <translation>ضاع المفتاح القديم، أو ربما وصل إلى شخص آخر</translation>
    </message>
    <message>
        <source>A planned change</source>
        <translation>تغيير مخطَّط له</translation>
    </message>
    <message>
        <source>Careful: if the old key is lost or someone else may have it, every certificate signed with it shows as NOT valid, old ones too. After a planned change, certificates made before it stay valid.</source>
        <translation>انتبه: إذا ضاع المفتاح القديم أو ربما وصل إلى شخص آخر، فستظهر كل شهادة موقَّعة به على أنها «غير صالحة»، حتى الشهادات القديمة. أما بعد تغيير مخطَّط له، فتبقى الشهادات الصادرة قبله صالحة.</translation>
    </message>
    <message>
        <source>Name and place</source>
        <translation>الاسم والمكان</translation>
    </message>
    <message>
        <source>Certificates from the centres listed here show as valid on this PC. Add a partner centre from its centre card (a .json file).</source>
        <translation>تظهر شهادات المراكز المذكورة هنا على أنها صالحة على هذا الحاسوب. أضف مركزًا شريكًا من بطاقة المركز الخاصة به (ملف ‎.json).</translation>
    </message>
    <message>
        <source>Trusted centres</source>
        <translation>المراكز الموثوقة</translation>
    </message>
</context>
<context>
    <name>ClassLevelsDialog</name>
    <message>
        <source>No placement yet</source>
        <translation>لم يُجرَ تحديد المستوى بعد</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>لم يُقَس</translation>
    </message>
    <message>
        <source>Below level 1</source>
        <translation>دون المستوى 1</translation>
    </message>
    <message>
        <source>Level {level} of {top}</source>
        <translation>المستوى {level} من {top}</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>The class by level</source>
        <translation>المجموعة حسب المستوى</translation>
    </message>
    <message>
        <source>Groups by the level in:</source>
        <translation>المجموعات حسب المستوى في:</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Work chosen</source>
        <translation>العمل المختار</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>تحديد المستوى</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ClassifyTask</name>
    <message>
        <source>Read the message, then choose its label (or press its number).</source>
        <translation>اقرأ الرسالة، ثم اختر تصنيفها (أو اضغط على رقم التصنيف).</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>الرسالة</translation>
    </message>
</context>
<context>
    <name>CodingPlacement</name>
    <message>
        <source>The output chosen is what the program prints.</source>
        <translation>الناتج الذي اخترته هو ما يطبعه البرنامج.</translation>
    </message>
</context>
<context>
    <name>CodingPlacementItem</name>
    <message>
        <source>This question cannot be shown. Go on to the next one.</source>
        <translation>لا يمكن عرض هذا السؤال. انتقل إلى السؤال التالي.</translation>
    </message>
    <message>
        <source>When the program asks, the person types: {answers}</source>
        <translation>عندما يسأل البرنامج، يكتب الشخص: {answers}</translation>
    </message>
    <message>
        <source>What does this program print? Choose its output.</source>
        <translation>ماذا يطبع هذا البرنامج؟ اختر ناتجه.</translation>
    </message>
    <message>
        <source>Getting the program ready...</source>
        <translation>جارٍ تجهيز البرنامج...</translation>
    </message>
    <message>
        <source>What the program prints</source>
        <translation>ما يطبعه البرنامج</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>البرنامج</translation>
    </message>
</context>
<context>
    <name>CodingRoom</name>
    <message>
        <source>There are no coding lessons yet. Ask your trainer to install them.</source>
        <translation>لا توجد دروس برمجة بعد. اطلب من مدرّبك تثبيتها.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>مُنجَز</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <source>Your task:</source>
        <translation>مهمّتك:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>جارٍ التشغيل…</translation>
    </message>
    <message>
        <source>Your program could not be checked. Tell your trainer.</source>
        <translation>تعذّر التحقّق من برنامجك. أخبر مدرّبك بذلك.</translation>
    </message>
    <message>
        <source>The program ended.</source>
        <translation>انتهى البرنامج.</translation>
    </message>
    <message>
        <source>The program did not end well: read why below.</source>
        <translation>لم ينتهِ البرنامج بشكل سليم: اقرأ السبب في الأسفل.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقّق…</translation>
    </message>
    <message>
        <source>Well done! This step is passed.</source>
        <translation>أحسنت! نجحت في هذه الخطوة.</translation>
    </message>
    <message>
        <source>Not yet. Read this and try again:</source>
        <translation>ليس بعد. اقرأ ما يلي وحاول مرة أخرى:</translation>
    </message>
    <message>
        <source>Checked with these answers: {answers}</source>
        <translation>تم التحقّق باستخدام هذه الإجابات: {answers}</translation>
    </message>
    <message>
        <source>Hint {number}:</source>
        <translation>التلميح {number}:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>You can see the solution after {count} more tries.</source>
        <translation>يمكنك رؤية الحل بعد محاولات أخرى، عددها: {count}.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>الدرس</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>Steps of the lesson</source>
        <translation>خطوات الدرس</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>نص الدرس</translation>
    </message>
    <message>
        <source>Your program</source>
        <translation>برنامجك</translation>
    </message>
    <message>
        <source>Tab adds four spaces. To leave the editor, press Ctrl+Tab (or Ctrl+Shift+Tab to go back). F5 or Ctrl+Enter runs your program.</source>
        <translation>مفتاح Tab يضيف أربع مسافات. للخروج من المحرّر اضغط Ctrl+Tab (أو Ctrl+Shift+Tab للرجوع إلى الخلف). اضغط F5 أو Ctrl+Enter لتشغيل برنامجك.</translation>
    </message>
    <message>
        <source>The solution</source>
        <translation>الحل</translation>
    </message>
    <message>
        <source>What Tutor says about your program</source>
        <translation>ملاحظات برنامج Tutor على برنامجك</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>التلميحات</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>تلميح</translation>
    </message>
    <message>
        <source>Show the solution</source>
        <translation>إظهار الحل</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Run the example</source>
        <translation>تشغيل المثال</translation>
    </message>
    <message>
        <source>Run your program (F5 or Ctrl+Enter)</source>
        <translation>تشغيل برنامجك (F5 أو Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>تكبير النص</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Remove the attachment {name}</source>
        <translation>إزالة المرفق {name}</translation>
    </message>
    <message>
        <source>Who is this email for? Write an address in To.</source>
        <translation>لمن هذه الرسالة؟ اكتب عنوانًا في خانة «إلى».</translation>
    </message>
    <message>
        <source>New email</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>نسخة (Cc)</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>نسخة مخفية (Bcc)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>From: your address</source>
        <translation>من: عنوانك</translation>
    </message>
    <message>
        <source>To: the people the email is for</source>
        <translation>إلى: الأشخاص الذين تكتب إليهم</translation>
    </message>
    <message>
        <source>Cc, copy: these people get it too, and everyone sees their address</source>
        <translation>نسخة (Cc): يستلم هؤلاء الأشخاص الرسالة أيضًا، ويرى الجميع عناوينهم</translation>
    </message>
    <message>
        <source>Bcc, hidden copy: these people get it, and nobody sees their address</source>
        <translation>نسخة مخفية (Bcc): يستلم هؤلاء الأشخاص الرسالة، ولا يرى أحد عناوينهم</translation>
    </message>
    <message>
        <source>Add Cc: a copy for other people</source>
        <translation>إضافة نسخة (Cc): نسخة لأشخاص آخرين</translation>
    </message>
    <message>
        <source>Add Bcc: a hidden copy</source>
        <translation>إضافة نسخة مخفية (Bcc)</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>رسالتك</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>إرفاق</translation>
    </message>
    <message>
        <source>Attach a file from Documents</source>
        <translation>إرفاق ملف من مستنداتك</translation>
    </message>
    <message>
        <source>Add my signature</source>
        <translation>إضافة توقيعي</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Save as a file</source>
        <translation>حفظ كملف</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Send the email (Ctrl+Enter)</source>
        <translation>إرسال الرسالة (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ControlsPage</name>
    <message>
        <source>Practice form</source>
        <translation>استمارة للتدريب</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>شريط القوائم</translation>
    </message>
    <message>
        <source>Click where the pointer looks like this:</source>
        <translation>انقر على المربع الذي يأخذ فيه المؤشر هذا الشكل:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>أوافق</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>قائمة منسدلة</translation>
    </message>
    <message>
        <source>Area {number}</source>
        <translation>المربع {number}</translation>
    </message>
</context>
<context>
    <name>CredentialFiles</name>
    <message>
        <source>Certificate of assessment</source>
        <translation>شهادة تقييم</translation>
    </message>
    <message>
        <source>{centre} certifies that</source>
        <translation>يشهد {centre} بنجاح</translation>
    </message>
    <message>
        <source>passed, under the supervision of a trainer:</source>
        <translation>في التقييم التالي، تحت إشراف مدرّب:</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>بتاريخ {date}</translation>
    </message>
    <message>
        <source>The rule of the assessment:</source>
        <translation>شرط النجاح في التقييم:</translation>
    </message>
    <message>
        <source>This certificate is signed by the centre. To check it, open the centre&apos;s verifier page (verifier.html) in a web browser and scan this QR code, or open the certificate&apos;s PDF or its .json file there. No internet is needed.</source>
        <translation>هذه الشهادة موقَّعة من المركز. للتحقّق منها، افتح صفحة أداة التحقّق الخاصة بالمركز (verifier.html) في متصفح الويب وامسح فيها رمز QR هذا، أو افتح فيها ملف PDF الخاص بالشهادة أو ملف ‎.json الخاص بها. لا حاجة إلى الإنترنت.</translation>
    </message>
    <message>
        <source>The centre&apos;s key fingerprint: {fingerprint}</source>
        <translation>بصمة مفتاح المركز: {fingerprint}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>صالحة حتى {date}</translation>
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
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>No supervised assessment yet. Start one with &quot;Start an assessment&quot;.</source>
        <translation>لا يوجد تقييم تحت الإشراف بعد. ابدأ تقييمًا من «بدء تقييم».</translation>
    </message>
    <message>
        <source>Set up the centre&apos;s key first (&quot;Centre and credentials&quot;).</source>
        <translation>أعِدّ مفتاح المركز أولًا («المركز والشهادات الرقمية»).</translation>
    </message>
    <message>
        <source>Sign the credential</source>
        <translation>توقيع الشهادة الرقمية</translation>
    </message>
    <message>
        <source>The centre&apos;s key signs the credential. Type the trainer password to open it.</source>
        <translation>مفتاح المركز هو الذي يوقّع الشهادة الرقمية. اكتب كلمة مرور المدرّب لفتح المفتاح.</translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation>كلمة مرور المدرّب</translation>
    </message>
    <message>
        <source>Where to save the credential</source>
        <translation>مكان حفظ الشهادة الرقمية</translation>
    </message>
    <message>
        <source>Saved in {folder}: {files}</source>
        <translation>تم الحفظ في {folder}: {files}</translation>
    </message>
    <message>
        <source>Credentials: {name}</source>
        <translation>الشهادات الرقمية: {name}</translation>
    </message>
    <message>
        <source>A credential says, signed by the centre, what the learner did in a supervised assessment. An employer can check it with no internet. Only a passed assessment that you confirmed gets one.</source>
        <translation>الشهادة الرقمية وثيقة يوقّعها المركز، تبيّن ما أنجزه المتعلّم في تقييم جرى تحت الإشراف. يستطيع صاحب العمل التحقّق منها دون إنترنت. ولا تُمنح إلا لتقييم ناجح أكّدتَ أنك راقبته.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>الشهادة الرقمية</translation>
    </message>
    <message>
        <source>The learner&apos;s assessments</source>
        <translation>تقييمات المتعلّم</translation>
    </message>
    <message>
        <source>Make the credential</source>
        <translation>إصدار الشهادة الرقمية</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>DataEntryTask</name>
    <message>
        <source>The first keyer typed: {value}</source>
        <translation>أدخل العامل الأول: {value}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Double entry: where your entry and the first keyer&apos;s differ, check against the document, correct yours if needed, then Submit.</source>
        <translation>الإدخال المزدوج: حيث يختلف إدخالك عن إدخال العامل الأول، راجع المستند، وصحّح إدخالك إن لزم، ثم اضغط «إرسال».</translation>
    </message>
    <message>
        <source>Double entry: type each field of the document as the second keyer; your entry is then compared with the first keyer&apos;s. Tab goes to the next field; Enter in the last field submits.</source>
        <translation>الإدخال المزدوج: أدخل كل حقل من المستند بصفتك العامل الثاني، ثم يُقارن إدخالك بإدخال العامل الأول. Tab ينقلك إلى الحقل التالي، وEnter في الحقل الأخير يرسل.</translation>
    </message>
    <message>
        <source>Type each field of the document into the form. Tab goes to the next field; Enter in the last field submits.</source>
        <translation>اكتب كل حقل من المستند في النموذج. مفتاح Tab ينقلك إلى الحقل التالي، ومفتاح Enter في الحقل الأخير يرسل عملك.</translation>
    </message>
</context>
<context>
    <name>DataEntryTest</name>
    <message>
        <source>Row {row} of {count}</source>
        <translation>الصف {row} من {count}</translation>
    </message>
    <message>
        <source>Key each line of the document into the form. Tab goes to the next field; Enter gives the row.</source>
        <translation>أدخل كل سطر من المستند في النموذج. مفتاح Tab ينقلك إلى الحقل التالي، ومفتاح Enter يرسل الصف.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>الصف التالي</translation>
    </message>
</context>
<context>
    <name>DialogBox</name>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>هل تريد حفظ التغييرات؟</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>DocumentReviewTask</name>
    <message>
        <source>Check another worker&apos;s typing against the document: tick &quot;Wrong&quot; beside each value that is not what the document says.</source>
        <translation>قارن ما كتبه عامل آخر بالمستند: ضع علامة على «خطأ» بجانب كل قيمة لا تطابق ما في المستند.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Typed by the other worker</source>
        <translation>ما كتبه العامل الآخر</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>{field} is wrong</source>
        <translation>{field}: خطأ</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>المستند</translation>
    </message>
</context>
<context>
    <name>EmailPlacementItem</name>
    <message>
        <source>An email task</source>
        <translation>مهمة بريد إلكتروني</translation>
    </message>
</context>
<context>
    <name>EmailRoom</name>
    <message>
        <source>Save the email as a file</source>
        <translation>حفظ الرسالة كملف</translation>
    </message>
    <message>
        <source>Email files (*.eml)</source>
        <translation>ملفات البريد الإلكتروني (*.eml)</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>تعذّر حفظ الملف: {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>تم الحفظ في {path}</translation>
    </message>
    <message>
        <source>Your work is saved.</source>
        <translation>تم حفظ عملك.</translation>
    </message>
</context>
<context>
    <name>EntitiesTask</name>
    <message>
        <source>Select words in the text, then click their label to mark them.</source>
        <translation>ظلّل كلمات في النص، ثم انقر على تصنيفها لتحديدها.</translation>
    </message>
    <message>
        <source>The text to mark</source>
        <translation>النص المطلوب التحديد فيه</translation>
    </message>
    <message>
        <source>Mark as {label}</source>
        <translation>تحديد على أنه {label}</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>المقاطع المحدَّدة</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>إزالة التحديد</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدثت مشكلة</translation>
    </message>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>عذرًا، حدثت مشكلة.</translation>
    </message>
    <message>
        <source>The work you finished before is saved. You can go on.</source>
        <translation>العمل الذي أنهيته من قبل محفوظ. يمكنك المتابعة.</translation>
    </message>
    <message>
        <source>For your trainer, the details are in {path}</source>
        <translation>للمدرّب: التفاصيل موجودة في الملف {path}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
</context>
<context>
    <name>ExplorerDelegate</name>
    <message>
        <source>New name</source>
        <translation>الاسم الجديد</translation>
    </message>
</context>
<context>
    <name>ExplorerPage</name>
    <message>
        <source>Up</source>
        <translation>لأعلى</translation>
    </message>
    <message>
        <source>Go up to the folder above</source>
        <translation>الانتقال إلى المجلد الأعلى</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>مجلد جديد</translation>
    </message>
    <message>
        <source>Make a new folder here</source>
        <translation>إنشاء مجلد جديد هنا</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>قص</translation>
    </message>
    <message>
        <source>Cut: to move it to another folder</source>
        <translation>قص: لنقله إلى مجلد آخر</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy: to put a copy somewhere</source>
        <translation>نسخ: لوضع نسخة منه في مكان آخر</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Paste here what you cut or copied</source>
        <translation>لصق ما قصصته أو نسخته هنا</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Give it a new name</source>
        <translation>إعطاؤه اسمًا جديدًا</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Put it in the Recycle Bin</source>
        <translation>وضعه في سلة المحذوفات</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Put it back where it was</source>
        <translation>إعادته إلى مكانه</translation>
    </message>
    <message>
        <source>Copy to USB stick</source>
        <translation>نسخ إلى ذاكرة USB</translation>
    </message>
    <message>
        <source>Put a copy on the USB stick</source>
        <translation>وضع نسخة في ذاكرة USB</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Take back what you just did</source>
        <translation>التراجع عمّا فعلته للتو</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>إغلاق الملف</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>A new document is open. Save it with a name.</source>
        <translation>فُتح مستند جديد. احفظه باسم.</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>الملفات والمجلدات</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>سطح المكتب</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>التنزيلات</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>الموسيقى</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>مقاطع الفيديو</translation>
    </message>
    <message>
        <source>Recycle Bin</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <source>USB stick ({letter})</source>
        <translation>ذاكرة USB ({letter}‎)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>ذاكرة USB</translation>
    </message>
    <message>
        <source>Text document</source>
        <translation>مستند نصي</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>جدول بيانات</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>Tutor progress file</source>
        <translation>ملف تقدّم Tutor</translation>
    </message>
    <message>
        <source>Compressed folder</source>
        <translation>مجلد مضغوط</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>{kind}, from {place}</source>
        <translation>{kind}، من {place}</translation>
    </message>
    <message>
        <source>Go to {folder}</source>
        <translation>الانتقال إلى {folder}</translation>
    </message>
    <message>
        <source>(This practice file is empty.)</source>
        <translation>(ملف التدريب هذا فارغ.)</translation>
    </message>
    <message>
        <source>That is not what this step asks. Press Undo (Ctrl+Z) to take it back.</source>
        <translation>هذا ليس ما تطلبه هذه الخطوة. اضغط على تراجع (Ctrl+Z) لتلغي ما فعلت.</translation>
    </message>
    <message>
        <source>Cut. Now open the folder to put it in, and Paste.</source>
        <translation>تم القص. الآن افتح المجلد الذي تريد وضعه فيه، ثم انقر على لصق.</translation>
    </message>
    <message>
        <source>Copied. Now open the folder to put it in, and Paste.</source>
        <translation>تم النسخ. الآن افتح المجلد الذي تريد وضعه فيه، ثم انقر على لصق.</translation>
    </message>
    <message>
        <source>A copy is on the USB stick now.</source>
        <translation>أصبحت النسخة الآن في ذاكرة USB.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Paste into this folder</source>
        <translation>لصق في هذا المجلد</translation>
    </message>
    <message>
        <source>Things to buy: rice, oil, tea, soap.</source>
        <translation>أشياء للشراء: أرز، زيت، شاي، صابون.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>{done} of {total} done</source>
        <translation>تم إنجاز {done} من {total}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Nothing yet. Choose a skill to start.</source>
        <translation>لا يوجد شيء بعد. اختر مهارة للبدء.</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>مرحبًا يا {name}!</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Next step: {exercise}</source>
        <translation>الخطوة التالية: {exercise}</translation>
    </message>
    <message>
        <source>What do you want to practise?</source>
        <translation>ماذا تريد أن تتدرّب عليه؟</translation>
    </message>
    <message>
        <source>No skill is installed yet. Ask your trainer to install a newer version of Tutor.</source>
        <translation>لم تُثبَّت أي مهارة بعد. اطلب من مدرّبك تثبيت إصدار أحدث من برنامج Tutor.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <source>What you did recently</source>
        <translation>ما قمت به مؤخرًا</translation>
    </message>
</context>
<context>
    <name>InstructionBar</name>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>اقرأ بصوت عالٍ</translation>
    </message>
    <message>
        <source>Read the instructions aloud</source>
        <translation>قراءة التعليمات بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>JobsRoom</name>
    <message>
        <source>Opens when you qualify in a project of level {level}</source>
        <translation>يُفتح عندما تتأهّل في مشروع من المستوى {level}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ بعد</translation>
    </message>
    <message>
        <source>Not qualified yet (tries: {tries})</source>
        <translation>لم تتأهّل بعد (المحاولات: {tries})</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>تم التأهّل</translation>
    </message>
    <message>
        <source>Qualified · quality {quality}% · {tasks} tasks · {speed} tasks an hour</source>
        <translation>تم التأهّل · الجودة {quality}% · المهام: {tasks} · {speed} مهمة في الساعة</translation>
    </message>
    <message>
        <source>Where to save your work</source>
        <translation>أين تحفظ عملك</translation>
    </message>
    <message>
        <source>Nothing to export yet: answers to sort, mark or box come out in the formats the real tools use.</source>
        <translation>لا شيء للتصدير بعد: إجابات التصنيف والتحديد ورسم المربعات تُحفظ بصيغ الأدوات الحقيقية.</translation>
    </message>
    <message>
        <source>The files could not be written in {folder}.</source>
        <translation>تعذّرت كتابة الملفات في {folder}.</translation>
    </message>
    <message>
        <source>Saved in {folder}: {files}.</source>
        <translation>حُفظ في {folder}: {files}.</translation>
    </message>
    <message>
        <source>This task cannot be shown. Go on to the next one.</source>
        <translation>لا يمكن عرض هذه المهمة. انتقل إلى المهمة التالية.</translation>
    </message>
    <message>
        <source>Right. Score {score}%.</source>
        <translation>صحيح. النتيجة: {score}%.</translation>
    </message>
    <message>
        <source>Not right. Score {score}%.</source>
        <translation>غير صحيح. النتيجة: {score}%.</translation>
    </message>
    <message>
        <source>Qualification: task {n} of {count}</source>
        <translation>اختبار التأهيل: المهمة {n} من {count}</translation>
    </message>
    <message>
        <source>Task {n} of the queue</source>
        <translation>المهمة {n} في قائمة المهام</translation>
    </message>
    <message>
        <source>Quality {quality}% · {speed} tasks an hour</source>
        <translation>الجودة {quality}% · {speed} مهمة في الساعة</translation>
    </message>
    <message>
        <source>You qualified: {right} of {count} right. The queue is open.</source>
        <translation>لقد تأهّلت: {right} من {count} صحيحة. قائمة المهام مفتوحة لك الآن.</translation>
    </message>
    <message>
        <source>Not yet: {right} of {count} right; {needed}% is needed. Read the guidelines again, then try once more.</source>
        <translation>ليس بعد: {right} من {count} صحيحة، والمطلوب {needed}%. اقرأ التعليمات مرة أخرى، ثم حاول من جديد.</translation>
    </message>
    <message>
        <source>Not yet: {right} of {count} right; {needed}% is needed. Ask your trainer, practise the skill, and come back to this project.</source>
        <translation>ليس بعد: {right} من {count} صحيحة، والمطلوب {needed}%. اطلب المساعدة من مدرّبك، وتدرّب على هذه المهارة، ثم عُد إلى هذا المشروع.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Work as on an online platform: read the guidelines, pass the qualification (gold tasks, 80% right), then work through the queue. Your quality and speed are measured as the platforms measure them.</source>
        <translation>اعمل كما تعمل على منصة عبر الإنترنت: اقرأ التعليمات، وانجح في اختبار التأهيل (مهام إجاباتها معروفة، ويجب أن تكون 80% من إجاباتك صحيحة)، ثم أنجز المهام في قائمة المهام. تُقاس جودة عملك وسرعتك كما تقيسها المنصات.</translation>
    </message>
    <message>
        <source>Client: {client}. The guidelines:</source>
        <translation>العميل: {client}. التعليمات:</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>الذهاب إلى قائمة المهام</translation>
    </message>
    <message>
        <source>Start the qualification</source>
        <translation>بدء اختبار التأهيل</translation>
    </message>
    <message>
        <source>You are qualified for this project.</source>
        <translation>أنت مؤهَّل لهذا المشروع.</translation>
    </message>
    <message>
        <source>The qualification: {count} tasks; {needed}% right is needed.</source>
        <translation>اختبار التأهيل: عدد المهام {count}، والمطلوب {needed}% من الإجابات الصحيحة.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Export my answers</source>
        <translation>تصدير إجاباتي</translation>
    </message>
    <message>
        <source>Back to the projects</source>
        <translation>العودة إلى المشاريع</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Stop for now</source>
        <translation>التوقف الآن</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Read the guidelines</source>
        <translation>قراءة التعليمات</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>An example of the work</source>
        <translation>مثال على العمل</translation>
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
        <translation>مربع التدريب</translation>
    </message>
    <message>
        <source>Second box</source>
        <translation>المربع الثاني</translation>
    </message>
    <message>
        <source>Your keyboard</source>
        <translation>لوحة مفاتيحك</translation>
    </message>
    <message>
        <source>Text to type</source>
        <translation>النص المطلوب كتابته</translation>
    </message>
    <message>
        <source>This letter is in the keyboard&apos;s other language: switch it with Alt + Shift.</source>
        <translation>هذا الحرف في اللغة الأخرى للوحة المفاتيح: بدّل اللغة بالضغط على Alt + Shift.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>المسافة</translation>
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
        <translation>تحقّق من التصنيف الذي اختاره عامل آخر لهذه الرسالة: ضع علامة على «خطأ» إذا لم يكن هو التصنيف الصحيح.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>The other worker chose:</source>
        <translation>اختار العامل الآخر:</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>The label chosen is wrong</source>
        <translation>التصنيف المختار خطأ</translation>
    </message>
    <message>
        <source>The labels of this project:</source>
        <translation>تصنيفات هذا المشروع:</translation>
    </message>
</context>
<context>
    <name>LearnerDetailDialog</name>
    <message>
        <source>Typing speed (blue, words per minute) and the score of each try (green, dashed)</source>
        <translation>سرعة الكتابة (بالأزرق، كلمة في الدقيقة) ونتيجة كل محاولة (بالأخضر، خط متقطّع)</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>MailClient</name>
    <message>
        <source>The task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>البريد الوارد</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>المرسل</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>البريد العشوائي</translation>
    </message>
    <message>
        <source>Choose a message in the list to read it.</source>
        <translation>اختر رسالة من القائمة لقراءتها.</translation>
    </message>
    <message>
        <source>From: {who}</source>
        <translation>من: {who}</translation>
    </message>
    <message>
        <source>To: {who}</source>
        <translation>إلى: {who}</translation>
    </message>
    <message>
        <source>Cc: {who}</source>
        <translation>نسخة (Cc): {who}</translation>
    </message>
    <message>
        <source>Bcc: {who}</source>
        <translation>نسخة مخفية (Bcc): {who}</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>المرفقات:</translation>
    </message>
    <message>
        <source>Open the attachment {name}</source>
        <translation>فتح المرفق {name}</translation>
    </message>
    <message>
        <source>Tutor does not open {name}. A file like this can hold a virus: open an attachment only when you know the sender and expected the file.</source>
        <translation>لا يفتح برنامج Tutor الملف {name}. قد يحتوي ملف كهذا على فيروس: لا تفتح أي مرفق إلا إذا كنت تعرف المرسل وكنت تنتظر هذا الملف.</translation>
    </message>
    <message>
        <source>This link goes to: {target}</source>
        <translation>هذا الرابط يأخذك إلى: {target}</translation>
    </message>
    <message>
        <source>Tutor never opens links. In a real mail client this would open {target}. Check where a link goes before you click it.</source>
        <translation>لا يفتح برنامج Tutor الروابط أبدًا. في برنامج بريد حقيقي، سيفتح هذا الرابط {target}. تحقّق من وجهة الرابط قبل أن تضغط عليه.</translation>
    </message>
    <message>
        <source>Report “{subject}” as phishing</source>
        <translation>الإبلاغ عن «{subject}» كرسالة احتيال</translation>
    </message>
    <message>
        <source>Tick at least one reason.</source>
        <translation>اختر سببًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>إعادة توجيه</translation>
    </message>
    <message>
        <source>Reply all</source>
        <translation>رد على الكل</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <source>New email</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>اختر إجابة أولًا.</translation>
    </message>
    <message>
        <source>Back to the tasks</source>
        <translation>العودة إلى المهام</translation>
    </message>
    <message>
        <source>I have checked every message</source>
        <translation>تحقّقت من كل الرسائل</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>التحقّق من إجابتي</translation>
    </message>
    <message>
        <source>✎ New email</source>
        <translation>✎ رسالة جديدة</translation>
    </message>
    <message>
        <source>Report phishing</source>
        <translation>الإبلاغ عن احتيال</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>إبلاغ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>المجلدات</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Columns of the message list</source>
        <translation>أعمدة قائمة الرسائل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>The attachment</source>
        <translation>المرفق</translation>
    </message>
    <message>
        <source>Why do you think it is a fake? Tick every reason you see.</source>
        <translation>لماذا تظن أنها رسالة مزيفة؟ اختر كل الأسباب التي تلاحظها.</translation>
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
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Switch learner</source>
        <translation>تغيير المتعلّم</translation>
    </message>
    <message>
        <source>My settings</source>
        <translation>إعداداتي</translation>
    </message>
    <message>
        <source>Problems with lessons</source>
        <translation>مشكلات في الدروس</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول البرنامج</translation>
    </message>
    <message>
        <source>Progress file</source>
        <translation>ملف التقدّم</translation>
    </message>
    <message>
        <source>Save my progress to a file</source>
        <translation>حفظ تقدّمي في ملف</translation>
    </message>
    <message>
        <source>Load progress from a file</source>
        <translation>تحميل التقدّم من ملف</translation>
    </message>
</context>
<context>
    <name>NewLearnerScreen</name>
    <message>
        <source>A PIN is 4 numbers. Type them on the number row or the number pad.</source>
        <translation>الرقم السري 4 أرقام. اكتبها من صف الأرقام أو من لوحة الأرقام.</translation>
    </message>
    <message>
        <source>Touch the picture you like.</source>
        <translation>اضغط على الصورة التي تعجبك.</translation>
    </message>
    <message>
        <source>A PIN is 4 numbers, like 2580.</source>
        <translation>الرقم السري مكوّن من 4 أرقام، مثل 2580.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>الرقمان السريّان غير متطابقين. يُرجى كتابتهما مرة أخرى.</translation>
    </message>
    <message>
        <source>Welcome! Let us make your profile.</source>
        <translation>أهلًا وسهلًا! لننشئ ملفك الشخصي معًا.</translation>
    </message>
    <message>
        <source>Step {step} of {count}</source>
        <translation>الخطوة {step} من {count}</translation>
    </message>
    <message>
        <source>What is your name?</source>
        <translation>ما اسمك؟</translation>
    </message>
    <message>
        <source>Choose your picture. You will find yourself by it.</source>
        <translation>اختر صورتك. ستساعدك على إيجاد ملفك لاحقًا.</translation>
    </message>
    <message>
        <source>Which language do you read best?</source>
        <translation>بأيّ لغة تقرأ بشكل أفضل؟</translation>
    </message>
    <message>
        <source>Which keyboard does your computer have?</source>
        <translation>ما نوع لوحة المفاتيح في حاسوبك؟</translation>
    </message>
    <message>
        <source>You can choose 4 secret numbers (a PIN) to protect your profile. Leave it empty if you do not want one.</source>
        <translation>يمكنك اختيار رقم سري من 4 أرقام لحماية ملفك الشخصي. إذا كنت لا تريد رقمًا سريًا، اترك الخانة فارغة.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <source>Type the same 4 numbers again:</source>
        <translation>اكتب الأرقام الأربعة نفسها مرة أخرى:</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>تأكيد الرقم السري</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>OpenProjectsDialog</name>
    <message>
        <source>Job tasks: projects open</source>
        <translation>مهام العمل عبر الإنترنت: المشاريع المفتوحة</translation>
    </message>
    <message>
        <source>Open every project to this learner now (otherwise a level opens once the learner qualifies at the level below)</source>
        <translation>افتح كل المشاريع لهذا المتعلّم الآن (وإلا يُفتح كل مستوى عندما يتأهّل المتعلّم في المستوى الذي قبله)</translation>
    </message>
</context>
<context>
    <name>OrderTask</name>
    <message>
        <source>Put the steps in the right order: drag a step to its place, or choose it and press Up or Down.</source>
        <translation>رتّب الخطوات بالترتيب الصحيح: اسحب الخطوة إلى مكانها، أو اخترها واضغط «للأعلى» أو «للأسفل».</translation>
    </message>
    <message>
        <source>The steps, in your order</source>
        <translation>الخطوات بترتيبك</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>للأعلى</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>انقل الخطوة إلى الأعلى</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>انقل الخطوة إلى الأعلى (Alt+السهم للأعلى)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>للأسفل</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>انقل الخطوة إلى الأسفل</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>انقل الخطوة إلى الأسفل (Alt+السهم للأسفل)</translation>
    </message>
    <message>
        <source>Or press Alt+Up and Alt+Down.</source>
        <translation>أو اضغط Alt مع السهم للأعلى أو للأسفل.</translation>
    </message>
</context>
<context>
    <name>OutputPanel</name>
    <message>
        <source>Output</source>
        <translation>الناتج</translation>
    </message>
    <message>
        <source>What your program shows</source>
        <translation>ما يعرضه برنامجك</translation>
    </message>
    <message>
        <source>Your program is waiting for an answer. Type it here and press Enter.</source>
        <translation>برنامجك ينتظر إجابة. اكتبها هنا ثم اضغط على مفتاح Enter.</translation>
    </message>
    <message>
        <source>Answer for your program</source>
        <translation>إجابة لبرنامجك</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>اكتب إجابتك</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>إرسال الإجابة</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Trainer</source>
        <translation>المدرّب</translation>
    </message>
    <message>
        <source>First use: choose a trainer password (at least 6 characters). Learners must not know it.</source>
        <translation>هذا هو الاستخدام الأول: اختر كلمة مرور للمدرّب (6 أحرف على الأقل). يجب ألّا يعرفها المتعلّمون.</translation>
    </message>
    <message>
        <source>Type the trainer password.</source>
        <translation>اكتب كلمة مرور المدرّب.</translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation>كلمة مرور المدرّب</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>كلمة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait {seconds} seconds, then try again.</source>
        <translation>كلمات مرور خاطئة كثيرة. انتظر {seconds} ثانية ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>That is not the trainer password.</source>
        <translation>هذه ليست كلمة مرور المدرّب.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PathDialog</name>
    <message>
        <source>Levels and path: {name}</source>
        <translation>المستويات والمسار: {name}</translation>
    </message>
    <message>
        <source>No placement yet. &quot;Start a placement now&quot; opens it for this learner.</source>
        <translation>لم يُجرَ تحديد المستوى بعد. زر «ابدأ تحديد المستوى الآن» يفتحه لهذا المتعلّم.</translation>
    </message>
    <message>
        <source>Placement of {day}. The work chosen: {work}.</source>
        <translation>تحديد المستوى بتاريخ {day}. العمل المختار: {work}.</translation>
    </message>
    <message>
        <source>{skill} · level {level} · {exercise}</source>
        <translation>{skill} · المستوى {level} · {exercise}</translation>
    </message>
    <message>
        <source> (your order)</source>
        <translation> (ترتيبك)</translation>
    </message>
    <message>
        <source>Nothing: no placement yet, or the path is done.</source>
        <translation>لا شيء: لم يُحدَّد المستوى بعد، أو انتهى المسار.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>المهارة</translation>
    </message>
    <message>
        <source>At the placement</source>
        <translation>عند تحديد المستوى</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>المستويات</translation>
    </message>
    <message>
        <source>Next exercises</source>
        <translation>التمارين التالية</translation>
    </message>
    <message>
        <source>Your order for this learner</source>
        <translation>ترتيبك لهذا المتعلّم</translation>
    </message>
    <message>
        <source>These exercises come first, in this order, until each is passed; then the path goes on by itself.</source>
        <translation>تأتي هذه التمارين أولًا، بهذا الترتيب، حتى يُنجَز كلّ منها بنجاح؛ ثم يستمر المسار وحده.</translation>
    </message>
    <message>
        <source>An exercise to add</source>
        <translation>تمرين للإضافة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>للأعلى</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>للأسفل</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح الكل</translation>
    </message>
    <message>
        <source>Start a placement now</source>
        <translation>ابدأ تحديد المستوى الآن</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>تحديد المستوى</translation>
    </message>
</context>
<context>
    <name>PickerScreen</name>
    <message>
        <source>I am new</source>
        <translation>أول مرة هنا</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Who are you? Touch your picture.</source>
        <translation>من أنت؟ اضغط على صورتك.</translation>
    </message>
    <message>
        <source>Find your name</source>
        <translation>البحث عن اسمك</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المتعلّمون</translation>
    </message>
    <message>
        <source>I have a progress file</source>
        <translation>لديّ ملف تقدّم</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>المدرّب</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>انتظر {seconds} ثانية</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Your PIN</source>
        <translation>رقمك السري</translation>
    </message>
    <message>
        <source>{name}, type your 4 secret numbers.</source>
        <translation>يا {name}، اكتب أرقامك السرية الأربعة.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>A PIN is 4 numbers. Type them on the number row or the number pad.</source>
        <translation>الرقم السري 4 أرقام. اكتبها من صف الأرقام أو من لوحة الأرقام.</translation>
    </message>
    <message>
        <source>That is not your PIN. Tries left: {count}.</source>
        <translation>هذا ليس رقمك السري. المحاولات المتبقية: {count}.</translation>
    </message>
</context>
<context>
    <name>PlacementRoom</name>
    <message>
        <source>Task {number}</source>
        <translation>المهمة {number}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>The work you want</source>
        <translation>العمل الذي تريده</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>After the mouse</source>
        <translation>بعد الفأرة</translation>
    </message>
    <message>
        <source>Start at the beginning</source>
        <translation>ابدأ من البداية</translation>
    </message>
    <message>
        <source>Level {level} of {top}: all of it</source>
        <translation>المستوى {level} من {top}: كله</translation>
    </message>
    <message>
        <source>Level {level} of {top}</source>
        <translation>المستوى {level} من {top}</translation>
    </message>
    <message>
        <source>My skill map</source>
        <translation>خريطة مهاراتي</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>تابع</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>ابدأ من جديد</translation>
    </message>
    <message>
        <source>My last skill map</source>
        <translation>آخر خريطة لمهاراتي</translation>
    </message>
    <message>
        <source>I can&apos;t do this</source>
        <translation>لا أستطيع فعل هذا</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>لا أعرف بعد</translation>
    </message>
    <message>
        <source>Start my path</source>
        <translation>ابدأ مساري</translation>
    </message>
    <message>
        <source>A few short tasks show what you can already do. Do what you can; press &quot;I can&apos;t do this&quot; when you cannot. Then choose the work you want.</source>
        <translation>بعض المهام القصيرة تُظهر ما تستطيع فعله الآن. افعل ما تستطيع، واضغط «لا أستطيع فعل هذا» عندما لا تستطيع. ثم اختر العمل الذي تريده.</translation>
    </message>
    <message>
        <source>What work would you like to do? Click its picture.</source>
        <translation>ما العمل الذي تحب أن تقوم به؟ انقر على صورته.</translation>
    </message>
</context>
<context>
    <name>PlacementTrainer</name>
    <message>
        <source>Levels found by the placement of {date}</source>
        <translation>المستويات حسب تحديد المستوى بتاريخ {date}</translation>
    </message>
    <message>
        <source>Work chosen</source>
        <translation>العمل المختار</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>لم يُقَس</translation>
    </message>
    <message>
        <source>not asked (stopped at the mouse)</source>
        <translation>لم يُسأل (توقّف عند الفأرة)</translation>
    </message>
    <message>
        <source>below level 1</source>
        <translation>دون المستوى 1</translation>
    </message>
    <message>
        <source>{level} of {top}</source>
        <translation>{level} من {top}</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>لم يُختر</translation>
    </message>
</context>
<context>
    <name>PointerArea</name>
    <message>
        <source>Open the page</source>
        <translation>افتح الصفحة</translation>
    </message>
</context>
<context>
    <name>PointerPage</name>
    <message>
        <source>Practice area: {title}</source>
        <translation>منطقة التدريب: {title}</translation>
    </message>
    <message>
        <source>A long page</source>
        <translation>صفحة طويلة</translation>
    </message>
    <message>
        <source>Scroll bar</source>
        <translation>شريط التمرير</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems with lessons</source>
        <translation>مشكلات في الدروس</translation>
    </message>
    <message>
        <source>These lesson files have mistakes and were left out. The other lessons work. A trainer can fix the files and start Tutor again.</source>
        <translation>في ملفات الدروس هذه أخطاء، لذلك لم تُستخدم. الدروس الأخرى تعمل. يستطيع المدرّب إصلاح الملفات ثم تشغيل برنامج Tutor من جديد.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Progress chart: {count} tries</source>
        <translation>مخطط التقدّم: عدد المحاولات {count}</translation>
    </message>
</context>
<context>
    <name>ProgressTransfer</name>
    <message>
        <source>Save my progress</source>
        <translation>حفظ تقدّمي</translation>
    </message>
    <message>
        <source>Tutor progress (*{suffix})</source>
        <translation>ملفات تقدّم Tutor (*{suffix})</translation>
    </message>
    <message>
        <source>Load progress from a file</source>
        <translation>تحميل التقدّم من ملف</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <source>{name}, type your 4 secret numbers.</source>
        <translation>يا {name}، اكتب أرقامك السرية الأربعة.</translation>
    </message>
    <message>
        <source>{name}, choose 4 secret numbers to protect your profile on this computer.</source>
        <translation>{name}، اختر 4 أرقام سرية لحماية ملفك على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Type the same 4 numbers again.</source>
        <translation>اكتب الأرقام الأربعة نفسها مرة أخرى.</translation>
    </message>
    <message>
        <source>The two PINs must be the same 4 numbers. Try again.</source>
        <translation>يجب أن يكون الرقمان السريان الأربعة نفسها. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>There is already a learner called {name} on this computer. Is it the same person? If you say yes, the progress is added to that learner.</source>
        <translation>يوجد على هذا الحاسوب متعلّم اسمه {name}. هل هو الشخص نفسه؟ إذا أجبت بنعم، يُضاف التقدّم إلى ملف هذا المتعلّم.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Saved: {count} activities in {path}. Take this file to the other computer and load it there.</source>
        <translation>تم الحفظ في {path} (عدد الأنشطة: {count}). خذ هذا الملف إلى الحاسوب الآخر وحمّله هناك.</translation>
    </message>
    <message>
        <source>That is not the right PIN. Nothing was loaded.</source>
        <translation>الرقم السري غير صحيح. لم يُحمَّل أي شيء.</translation>
    </message>
    <message>
        <source>Welcome, {name}! Your progress is loaded: {added} activities.</source>
        <translation>أهلًا يا {name}! تم تحميل تقدّمك (عدد الأنشطة: {added}).</translation>
    </message>
    <message>
        <source>{name}: {added} new activities added ({already} were already on this computer).</source>
        <translation>المتعلّم {name}: عدد الأنشطة الجديدة المضافة: {added} (وعدد الأنشطة التي كانت موجودة من قبل على هذا الحاسوب: {already}).</translation>
    </message>
    <message>
        <source>{name}: this computer already had all these activities. Nothing changed.</source>
        <translation>المتعلّم {name}: كل هذه الأنشطة موجودة من قبل على هذا الحاسوب. لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>Checked: signed at {centre}: {count}</source>
        <translation>تم التحقّق منها (موقَّعة في {centre}): {count}</translation>
    </message>
    <message>
        <source>Could not be checked ({why}): {count}</source>
        <translation>تعذّر التحقّق منها ({why}): {count}</translation>
    </message>
    <message>
        <source>Could not be checked before, and now checked: {count}</source>
        <translation>تعذّر التحقّق منها من قبل، وتم التحقّق منها الآن: {count}</translation>
    </message>
    <message>
        <source>Activities that could not be checked stay in the learner&apos;s progress, but reports and certificates do not count them.</source>
        <translation>الأنشطة التي تعذّر التحقّق منها تبقى في تقدّم المتعلّم، لكنها لا تُحتسب في التقارير والشهادات.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <source>Job tasks: quality and speed</source>
        <translation>مهام العمل عبر الإنترنت: الجودة والسرعة</translation>
    </message>
    <message>
        <source>One row per learner and project tried. Quality: the mean score of the queue&apos;s tasks; platforms often ask 80% or more.</source>
        <translation>صف واحد لكل متعلّم وكل مشروع جرّبه. الجودة: متوسط نتائج المهام في قائمة المهام، وكثيرًا ما تطلب المنصات 80% أو أكثر.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>التأهّل</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <source>Tasks an hour</source>
        <translation>مهام في الساعة</translation>
    </message>
    <message>
        <source>Keystrokes an hour</source>
        <translation>ضغطات في الساعة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>not yet (tries: {tries})</source>
        <translation>ليس بعد (المحاولات: {tries})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ProposalTask</name>
    <message>
        <source>Words: {count} (asked: {min} to {max})</source>
        <translation>عدد الكلمات: {count} (المطلوب: من {min} إلى {max})</translation>
    </message>
    <message>
        <source>Words: {count}</source>
        <translation>عدد الكلمات: {count}</translation>
    </message>
    <message>
        <source>Read the job post, then write your proposal: a greeting, what you will do, one experience like this job, your price and your time, a closing and your name.</source>
        <translation>اقرأ إعلان العمل، ثم اكتب عرضك: تحية، وما ستقوم به، وتجربة واحدة تشبه هذا العمل، وسعرك والمدة التي تحتاجها، وخاتمة واسمك.</translation>
    </message>
    <message>
        <source>The job post</source>
        <translation>إعلان العمل</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>نصّك</translation>
    </message>
    <message>
        <source>Write here.</source>
        <translation>اكتب هنا.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>اعثر في:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ا&amp;سم الملفّ:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>الملفّات من النّوع:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ا&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ا&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>ا&amp;ختر</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>الدّليل:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ارجع</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>الدّليل الأمّ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>أنشئ مجلّدًا جديدًا</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>منظور قائميّ</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>منظور تفصيليّ</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>احفظ كَ‍</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>كلّ الملفّات (*)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>مجلّد جديد</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>الأماكن الحديثة</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفّات</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>مجلّد</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النّوع</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تاريخ التّعديل</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>أظهر التّفاصيل...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>أخفِ التّفاصيل...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>افتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>طبّق</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>حاول مجدّدًا</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Progress report</source>
        <translation>تقرير التقدّم</translation>
    </message>
    <message>
        <source>Certificate of achievement</source>
        <translation>شهادة إنجاز</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>تقرير المجموعة</translation>
    </message>
    <message>
        <source>This certificate is awarded to</source>
        <translation>تُمنح هذه الشهادة إلى</translation>
    </message>
    <message>
        <source>for completing, at {centre}:</source>
        <translation>تقديرًا لإتمام ما يلي في {centre}:</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>المهارة</translation>
    </message>
    <message>
        <source>Exercises passed</source>
        <translation>التمارين المُجتازة</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Best typing speed: {wpm} words per minute, {accuracy}% accurate</source>
        <translation>أفضل سرعة كتابة: {wpm} كلمة في الدقيقة، بدقة {accuracy}%</translation>
    </message>
    <message>
        <source>No typing test yet.</source>
        <translation>لا يوجد اختبار كتابة بعد.</translation>
    </message>
    <message>
        <source>Last activity: {date}</source>
        <translation>آخر نشاط: {date}</translation>
    </message>
    <message>
        <source>Made on {date} by Tutor.</source>
        <translation>أعدّه برنامج Tutor بتاريخ {date}.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Needs help with</source>
        <translation>بحاجة إلى مساعدة في</translation>
    </message>
    <message>
        <source>Best typing speed</source>
        <translation>أفضل سرعة كتابة</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} من {total}</translation>
    </message>
    <message>
        <source>Trainer&apos;s signature</source>
        <translation>توقيع المدرّب</translation>
    </message>
    <message>
        <source>Results brought from another computer that could not be checked, and are not counted here: {count}</source>
        <translation>نتائج جُلبت من حاسوب آخر وتعذّر التحقّق منها، فلم تُحتسب هنا: {count}</translation>
    </message>
    <message>
        <source>Results brought from other computers that could not be checked are not counted in this report (for all learners: {count}).</source>
        <translation>النتائج المجلوبة من حواسيب أخرى التي تعذّر التحقّق منها لا تُحتسب في هذا التقرير (لجميع المتعلّمين: {count}).</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Well done!</source>
        <translation>أحسنت!</translation>
    </message>
    <message>
        <source>Not yet. Read the hints and try again.</source>
        <translation>ليس بعد. اقرأ الإرشادات وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Score: {percent}%</source>
        <translation>النتيجة: {percent}%</translation>
    </message>
    <message>
        <source>met</source>
        <translation>متحقّق</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>غير متحقّق</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>ما تم التحقّق منه</translation>
    </message>
    <message>
        <source>An example of a good answer</source>
        <translation>مثال على إجابة جيدة</translation>
    </message>
    <message>
        <source>Why each message is real or fake</source>
        <translation>لماذا كل رسالة حقيقية أو مزيفة</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>رسالتك</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>المهمة التالية</translation>
    </message>
    <message>
        <source>Back to the tasks</source>
        <translation>العودة إلى المهام</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Folder to save in</source>
        <translation>المجلد الذي تحفظ فيه</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>المجلدات</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>الحفظ في:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>اكتب اسمًا</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>اسم الملف:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Choose a folder to save in.</source>
        <translation>اختر مجلدًا لتحفظ فيه.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>A PIN is 4 numbers, like 2580.</source>
        <translation>الرقم السري مكوّن من 4 أرقام، مثل 2580.</translation>
    </message>
    <message>
        <source>Your PIN is saved.</source>
        <translation>تم حفظ رقمك السري.</translation>
    </message>
    <message>
        <source>PIN removed.</source>
        <translation>تم حذف الرقم السري.</translation>
    </message>
    <message>
        <source>My settings</source>
        <translation>إعداداتي</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Lessons in</source>
        <translation>الدروس باللغة</translation>
    </message>
    <message>
        <source>The language of the screens</source>
        <translation>لغة الشاشات نفسها</translation>
    </message>
    <message>
        <source>Language of the lessons</source>
        <translation>لغة الدروس</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>High contrast: white on black</source>
        <translation>تباين عالٍ: أبيض على أسود</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>رقم سري جديد</translation>
    </message>
    <message>
        <source>4 numbers</source>
        <translation>4 أرقام</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>حفظ الرقم السري</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>بدون رقم سري</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>حذف الرقم السري</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>SheetsPlacementItem</name>
    <message>
        <source>A spreadsheet task</source>
        <translation>مهمة جدول بيانات</translation>
    </message>
</context>
<context>
    <name>SheetsRoom</name>
    <message>
        <source>Cell</source>
        <translation>خلية</translation>
    </message>
    <message>
        <source>{cell} uses its own cell: a circular reference. Change its formula.</source>
        <translation>الخلية {cell} تستخدم نفسها في صيغتها: هذا مرجع دائري. غيّر صيغتها.</translation>
    </message>
    <message>
        <source>Open a file instead?</source>
        <translation>فتح ملف بدلًا منها؟</translation>
    </message>
    <message>
        <source>The file you open will replace your work on this sheet. To keep your work, save it first.</source>
        <translation>سيحلّ الملف الذي تفتحه محلّ عملك في هذه الورقة. لتحتفظ بعملك، احفظه أولًا.</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>فتح ملف</translation>
    </message>
    <message>
        <source>Open a spreadsheet</source>
        <translation>فتح جدول بيانات</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>جداول البيانات (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the spreadsheet</source>
        <translation>حفظ جدول البيانات</translation>
    </message>
    <message>
        <source>Saved in {file}</source>
        <translation>تم الحفظ في {file}</translation>
    </message>
    <message>
        <source>Well done! Everything is right. Saved.</source>
        <translation>أحسنت! كل شيء صحيح. تم حفظ عملك.</translation>
    </message>
    <message>
        <source>Not yet: {score}% right. Saved. Read the list, correct, and check again.</source>
        <translation>ليس بعد: نسبة الصواب {score}%. تم حفظ عملك. اقرأ القائمة، وصحّح الأخطاء، ثم تحقّق مرة أخرى.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>التراجع عن آخر تغيير (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Y)</source>
        <translation>إعادة ما تراجعت عنه (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <source>Bold text (Ctrl+B)</source>
        <translation>خط غامق (Ctrl+B)</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>عملة</translation>
    </message>
    <message>
        <source>Show as money, with 2 decimals</source>
        <translation>عرض القيمة كمبلغ مالي، مع رقمين بعد الفاصلة العشرية</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Show as a percentage</source>
        <translation>عرض القيمة كنسبة مئوية</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>Show as a date</source>
        <translation>عرض القيمة كتاريخ</translation>
    </message>
    <message>
        <source>.0+</source>
        <translation>‎.0+‎</translation>
    </message>
    <message>
        <source>One more decimal place</source>
        <translation>زيادة رقم بعد الفاصلة العشرية</translation>
    </message>
    <message>
        <source>.0-</source>
        <translation>‎.0-‎</translation>
    </message>
    <message>
        <source>One decimal place less</source>
        <translation>إنقاص رقم بعد الفاصلة العشرية</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>تعبئة للأسفل</translation>
    </message>
    <message>
        <source>Copy the top cell into the selected cells below (Ctrl+D)</source>
        <translation>نسخ الخلية العليا إلى الخلايا المحدّدة تحتها (Ctrl+D)</translation>
    </message>
    <message>
        <source>Fill right</source>
        <translation>تعبئة لليمين</translation>
    </message>
    <message>
        <source>Copy the left cell into the selected cells on the right (Ctrl+R)</source>
        <translation>نسخ الخلية اليسرى إلى الخلايا المحدّدة على يمينها (Ctrl+R)</translation>
    </message>
    <message>
        <source>Insert row</source>
        <translation>إدراج صف</translation>
    </message>
    <message>
        <source>Insert a row above the selection</source>
        <translation>إدراج صف فوق الخلايا المحدّدة</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>حذف صف</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>حذف الصفوف المحدّدة</translation>
    </message>
    <message>
        <source>Sort A to Z</source>
        <translation>ترتيب من A إلى Z</translation>
    </message>
    <message>
        <source>Sort the selected rows by the current column, smallest first</source>
        <translation>ترتيب الصفوف المحدّدة حسب العمود الحالي، من الأصغر إلى الأكبر</translation>
    </message>
    <message>
        <source>Sort Z to A</source>
        <translation>ترتيب من Z إلى A</translation>
    </message>
    <message>
        <source>Sort the selected rows by the current column, largest first</source>
        <translation>ترتيب الصفوف المحدّدة حسب العمود الحالي، من الأكبر إلى الأصغر</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>رسم بياني</translation>
    </message>
    <message>
        <source>Make a chart of the selected cells</source>
        <translation>إنشاء رسم بياني من الخلايا المحدّدة</translation>
    </message>
    <message>
        <source>New sheet</source>
        <translation>ورقة جديدة</translation>
    </message>
    <message>
        <source>Add a sheet to the workbook</source>
        <translation>إضافة ورقة إلى المصنّف</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Open an .xlsx file</source>
        <translation>فتح ملف بصيغة ‎.xlsx</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>حفظ…</translation>
    </message>
    <message>
        <source>Save as an .xlsx file for LibreOffice or Excel</source>
        <translation>حفظ كملف بصيغة ‎.xlsx لفتحه في LibreOffice أو Excel</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>More tools: the buttons that do not fit here</source>
        <translation>أدوات أخرى: الأزرار التي لا تتسع هنا</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>أدوات أخرى</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>أعمدة</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Spreadsheet grid</source>
        <translation>شبكة جدول البيانات</translation>
    </message>
    <message>
        <source>Arrows, Enter and Tab move between cells. To leave the grid, press Ctrl+Tab (or Ctrl+Shift+Tab to go back).</source>
        <translation>الأسهم ومفتاحا Enter وTab تنقلك بين الخلايا. للخروج من الشبكة اضغط Ctrl+Tab (أو Ctrl+Shift+Tab للرجوع إلى الخلف).</translation>
    </message>
    <message>
        <source>Column letters</source>
        <translation>حروف الأعمدة</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>أرقام الصفوف</translation>
    </message>
    <message>
        <source>Formula bar: the content of the cell</source>
        <translation>شريط الصيغة: محتوى الخلية</translation>
    </message>
    <message>
        <source>Type a value or a formula like =A1+B1</source>
        <translation>اكتب قيمة أو صيغة مثل ‎=A1+B1</translation>
    </message>
    <message>
        <source>Current cell</source>
        <translation>الخلية الحالية</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>الأوراق</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>إظهار تلميح</translation>
    </message>
    <message>
        <source>Check my work</source>
        <translation>تحقق من عملي</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>البدء من جديد</translation>
    </message>
    <message>
        <source>{task} (passed)</source>
        <translation>{task} (تم اجتيازها)</translation>
    </message>
    <message>
        <source>Start again?</source>
        <translation>البدء من جديد؟</translation>
    </message>
    <message>
        <source>Your work on this sheet will be replaced by the task&apos;s start. This cannot be undone.</source>
        <translation>سيُستبدل عملك في هذه الورقة ببداية المهمة. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Keep my work</source>
        <translation>الاحتفاظ بعملي</translation>
    </message>
    <message>
        <source>Leave this sheet?</source>
        <translation>مغادرة هذه الورقة؟</translation>
    </message>
    <message>
        <source>This sheet is too large to be kept: if you leave it, your work on it is lost. Save it as a file first to keep it.</source>
        <translation>هذه الورقة أكبر من أن تُحفظ: إن غادرتها فسيضيع عملك فيها. احفظها في ملف أولًا لتحتفظ بها.</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>مغادرتها</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>البقاء</translation>
    </message>
    <message>
        <source>Start the task again</source>
        <translation>بدء المهمة من جديد</translation>
    </message>
    <message>
        <source>What is right and what to correct</source>
        <translation>ما هو صحيح وما يجب تصحيحه</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Start an assessment: {name}</source>
        <translation>بدء تقييم: {name}</translation>
    </message>
    <message>
        <source>{assessment} (its exercise is not installed)</source>
        <translation>{assessment} (تمرينه غير مثبَّت)</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)
{description}</source>
        <translation>{name} ({minutes} دقيقة)
{description}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>غير ناجح</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>غير مؤكَّد</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>لا توجد تقييمات بعد.</translation>
    </message>
    <message>
        <source>Choose the assessment. The learner takes it once, without pausing, while you watch; at the end you type the trainer password to confirm you were there.</source>
        <translation>اختر التقييم. يؤدّي المتعلّم التقييم مرة واحدة دون توقّف، وأنت تراقبه؛ وفي النهاية تكتب كلمة مرور المدرّب لتأكيد أنك كنت حاضرًا.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>I am in the room and I watch the learner during the test</source>
        <translation>أنا موجود في القاعة وأراقب المتعلّم خلال الاختبار</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>التقييمات السابقة</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>البدء الآن</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>1 result waiting for the centre server</source>
        <translation>نتيجة واحدة تنتظر الإرسال إلى خادم المركز</translation>
    </message>
    <message>
        <source>{count} results waiting for the centre server</source>
        <translation>{count} نتائج تنتظر الإرسال إلى خادم المركز</translation>
    </message>
    <message>
        <source>Saved on this PC.</source>
        <translation>حُفظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Saved: this PC</source>
        <translation>حُفظ: هذا الحاسوب</translation>
    </message>
    <message>
        <source>Saved on the centre server.</source>
        <translation>حُفظ على خادم المركز.</translation>
    </message>
    <message>
        <source>Saved: centre</source>
        <translation>حُفظ: المركز</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} بالانتظار</translation>
    </message>
    <message>
        <source>The centre server cannot be reached at the moment. Your results are safe on this PC and will be sent to it later.</source>
        <translation>لا يمكن الوصول إلى خادم المركز الآن. نتائجك محفوظة بأمان على هذا الحاسوب وستُرسل إليه لاحقًا.</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>done</source>
        <translation>مُنجَزة</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>لم تُنجَز بعد</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Choose a task. Each one is an email to read, write or check, like at work.</source>
        <translation>اختر مهمة. في كل مهمة رسالة بريد إلكتروني عليك قراءتها أو كتابتها أو فحصها، كما في العمل.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Start the task</source>
        <translation>بدء المهمة</translation>
    </message>
</context>
<context>
    <name>TaskWidget</name>
    <message>
        <source>Submit</source>
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>TextDisplay</name>
    <message>
        <source>Text to type</source>
        <translation>النص المطلوب كتابته</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Typing thresholds</source>
        <translation>حدود النجاح في الكتابة</translation>
    </message>
    <message>
        <source>Speed asked (× the lesson&apos;s)</source>
        <translation>معامل السرعة المطلوبة (× سرعة الدرس)</translation>
    </message>
    <message>
        <source>Accuracy asked, minus (%)</source>
        <translation>تخفيض الدقة المطلوبة (%)</translation>
    </message>
    <message>
        <source>Adaptive practice target (WPM)</source>
        <translation>السرعة المستهدفة في تدريب المفاتيح الصعبة (كلمة في الدقيقة)</translation>
    </message>
</context>
<context>
    <name>TrainerScreen</name>
    <message>
        <source>Learner</source>
        <translation>المتعلّم</translation>
    </message>
    <message>
        <source>Best typing speed</source>
        <translation>أفضل سرعة كتابة</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>بحاجة إلى مساعدة</translation>
    </message>
    <message>
        <source>{count} activities cannot be read</source>
        <translation>تعذّرت قراءة {count} من الأنشطة</translation>
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} من {total}</translation>
    </message>
    <message>
        <source>No learner</source>
        <translation>لا يوجد متعلّم</translation>
    </message>
    <message>
        <source>Choose a learner in the table first.</source>
        <translation>اختر متعلّمًا من الجدول أولًا.</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>المدرّب</translation>
    </message>
    <message>
        <source>Folder with progress files</source>
        <translation>مجلد ملفات التقدّم</translation>
    </message>
    <message>
        <source>No progress files in {folder}.</source>
        <translation>لا توجد ملفات تقدّم في {folder}.</translation>
    </message>
    <message>
        <source>Loading progress files…</source>
        <translation>جارٍ تحميل ملفات التقدّم…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Files loaded: {files}. New activities: {added}.</source>
        <translation>الملفات المحمَّلة: {files}. الأنشطة الجديدة: {added}.</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>الملفات المرفوضة:</translation>
    </message>
    <message>
        <source>Export the class (CSV)</source>
        <translation>تصدير بيانات المجموعة (CSV)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>تم الحفظ في {path}</translation>
    </message>
    <message>
        <source>Class report (PDF)</source>
        <translation>تقرير المجموعة (PDF)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>تغيير الاسم</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>{name} has no PIN now.</source>
        <translation>تم حذف الرقم السري لـ {name}.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Which profile is the same person as {name}? Its activities move to {name}, and it disappears.</source>
        <translation>أيّ ملف شخصي يخصّ الشخص نفسه ({name})؟ ستُنقل أنشطة ذلك الملف إلى {name}، ثم يُحذف.</translation>
    </message>
    <message>
        <source>{count} activities moved to {name}.</source>
        <translation>تم نقل الأنشطة إلى {name} (عددها: {count}).</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <source>Trainer: the class</source>
        <translation>وضع المدرّب: المجموعة</translation>
    </message>
    <message>
        <source>Centre name:</source>
        <translation>اسم المركز:</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>اسم المركز</translation>
    </message>
    <message>
        <source>The class</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Find a learner</source>
        <translation>ابحث عن متعلّم</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Load a folder of progress files</source>
        <translation>تحميل مجلد ملفات التقدّم</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير ملف CSV</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>حذف الرقم السري</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>تقرير التقدّم</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Centre and credentials</source>
        <translation>المركز والشهادات الرقمية</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>More about the class</source>
        <translation>المزيد عن المجموعة</translation>
    </message>
    <message>
        <source>More for this learner</source>
        <translation>المزيد لهذا المتعلّم</translation>
    </message>
</context>
<context>
    <name>TranscribeTask</name>
    <message>
        <source>Keys: Esc or F4 play or pause, F1 or Ctrl+Left back 5 seconds, F2 or Ctrl+Right forward 5 seconds.</source>
        <translation>المفاتيح: Esc أو F4 للتشغيل أو الإيقاف المؤقت، F1 أو Ctrl+السهم الأيسر للرجوع 5 ثوانٍ، F2 أو Ctrl+السهم الأيمن للتقدّم 5 ثوانٍ.</translation>
    </message>
    <message>
        <source>Full verbatim: type every word as said, with every um, uh and false start (I w- I will). Write [inaudible] for a word you cannot hear and [crosstalk] when two people speak at once.</source>
        <translation>النسخ الحرفي الكامل: اكتب كل كلمة كما قيلت، مع كل «أمم» و«آه» وكل بداية متعثرة (I w- I will). اكتب [inaudible] لكلمة لا تسمعها و[crosstalk] عندما يتكلم شخصان معًا.</translation>
    </message>
    <message>
        <source>Clean verbatim: leave out um, uh and false starts; use normal punctuation. Write [inaudible] for a word you cannot hear and [crosstalk] when two people speak at once.</source>
        <translation>النسخ الحرفي المنقّح: احذف «أمم» و«آه» والبدايات المتعثرة، واستعمل علامات الترقيم المعتادة. اكتب [inaudible] لكلمة لا تسمعها و[crosstalk] عندما يتكلم شخصان معًا.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>The recording is missing: ask your trainer. You can still type.</source>
        <translation>التسجيل غير موجود: اسأل مدرّبك. يمكنك الكتابة مع ذلك.</translation>
    </message>
    <message>
        <source>This recording cannot be played on this computer. You can still type.</source>
        <translation>لا يمكن تشغيل هذا التسجيل على هذا الحاسوب. يمكنك الكتابة مع ذلك.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found: plug them in to hear the recording.</source>
        <translation>لم يُعثر على سماعات: صِلها لتسمع التسجيل.</translation>
    </message>
    <message>
        <source>Back 5 s</source>
        <translation>رجوع 5 ث</translation>
    </message>
    <message>
        <source>Back 5 seconds (F1)</source>
        <translation>رجوع 5 ثوانٍ (F1)</translation>
    </message>
    <message>
        <source>Forward 5 s</source>
        <translation>تقدّم 5 ث</translation>
    </message>
    <message>
        <source>Forward 5 seconds (F2)</source>
        <translation>تقدّم 5 ثوانٍ (F2)</translation>
    </message>
    <message>
        <source>Slower (0.75x)</source>
        <translation>أبطأ (0.75x)</translation>
    </message>
    <message>
        <source>Slower, three quarters of the speed</source>
        <translation>أبطأ، بثلاثة أرباع السرعة</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>الموضع في التسجيل</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Your transcript</source>
        <translation>نسختك المكتوبة</translation>
    </message>
    <message>
        <source>Type the transcript here.</source>
        <translation>اكتب النص هنا.</translation>
    </message>
</context>
<context>
    <name>TypingPlacementItem</name>
    <message>
        <source>Copy a line</source>
        <translation>انسخ سطرًا</translation>
    </message>
    <message>
        <source>Copy this line. Type it as it is, as quickly and as correctly as you can.</source>
        <translation>انسخ هذا السطر. اكتبه كما هو، بأسرع ما يمكن وبأقل الأخطاء.</translation>
    </message>
</context>
<context>
    <name>TypingRoom</name>
    <message>
        <source>Pass the lesson before to open this one.</source>
        <translation>يُفتح هذا الدرس بعد النجاح في الدرس السابق.</translation>
    </message>
    <message>
        <source>Well done! Saved.</source>
        <translation>أحسنت! تم حفظ النتيجة.</translation>
    </message>
    <message>
        <source>Not yet. Saved. Try again!</source>
        <translation>ليس بعد. تم حفظ النتيجة. لنحاول مرة أخرى!</translation>
    </message>
    <message>
        <source>{count} stars of 3</source>
        <translation>النجوم: {count} من 3</translation>
    </message>
    <message>
        <source>Last time: {wpm} words per minute, accuracy {accuracy}%.</source>
        <translation>في المرة السابقة: {wpm} كلمة في الدقيقة، والدقة {accuracy}%.</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy}%, asked: {min}%.</source>
        <translation>الدقة: {accuracy}%، المطلوب: {min}%.</translation>
    </message>
    <message>
        <source>Keys with errors</source>
        <translation>المفاتيح التي حدثت فيها أخطاء</translation>
    </message>
    <message>
        <source>Keys that caused errors: {keys}</source>
        <translation>المفاتيح التي حدثت فيها أخطاء: {keys}</translation>
    </message>
    <message>
        <source>Row {row} of {count}</source>
        <translation>الصف {row} من {count}</translation>
    </message>
    <message>
        <source>Speed: {wpm} words per minute ({cpm} characters per minute), asked: {min} words per minute.</source>
        <translation>السرعة: {wpm} كلمة في الدقيقة ({cpm} حرفًا في الدقيقة)، والمطلوب: {min} كلمة في الدقيقة.</translation>
    </message>
    <message>
        <source>Speed: {kph} keystrokes per hour, asked: {min}.</source>
        <translation>السرعة: {kph} ضغطة في الساعة، المطلوب: {min}.</translation>
    </message>
    <message>
        <source>Fields right: {accuracy}%, asked: {min}%.</source>
        <translation>الخانات الصحيحة: {accuracy}%، المطلوب: {min}%.</translation>
    </message>
    <message>
        <source>Last time: {kph} keystrokes per hour.</source>
        <translation>في المرة السابقة: {kph} ضغطة في الساعة.</translation>
    </message>
    <message>
        <source>Pass the first lesson: then you can practise the letters it taught you.</source>
        <translation>انجح في الدرس الأول، وبعدها يمكنك التدرّب على الحروف التي تعلّمتها فيه.</translation>
    </message>
    <message>
        <source>Practice of the letters your lessons have taught you: {letters}. Your weakest one comes most often: {key}.</source>
        <translation>تدريب على الحروف التي تعلّمتها في دروسك: {letters}. والحرف الأضعف عندك يتكرر أكثر من غيره: {key}.</translation>
    </message>
    <message>
        <source>Your speed (blue, words per minute) and accuracy (green, %) over time.</source>
        <translation>سرعتك (الخط الأزرق، كلمة في الدقيقة) ودقتك (الخط الأخضر، %) مع مرور الوقت.</translation>
    </message>
    <message>
        <source>No typing yet: your progress will show here.</source>
        <translation>لا توجد تمارين كتابة بعد: سيظهر تقدّمك هنا.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Practise my weak keys</source>
        <translation>التدرّب على المفاتيح الصعبة عليّ</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>تقدّمي</translation>
    </message>
    <message>
        <source>Stop on errors</source>
        <translation>التوقف عند الخطأ حتى الضغط على المفتاح الصحيح</translation>
    </message>
    <message>
        <source>Allow Backspace</source>
        <translation>السماح بمفتاح الحذف (Backspace)</translation>
    </message>
    <message>
        <source>Show the keyboard</source>
        <translation>إظهار لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>الدرس التالي</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>الصف التالي</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>الدورة:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Table to copy</source>
        <translation>الجدول المطلوب نسخه</translation>
    </message>
</context>
<context>
    <name>TypingScreen</name>
    <message>
        <source>Open the course for this keyboard</source>
        <translation>فتح الدرس المناسب لهذه اللوحة</translation>
    </message>
    <message>
        <source>Typing exercise</source>
        <translation>تمرين الكتابة</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Your keyboard seems to type like the {layout} keyboard, not like this course&apos;s. Choose the course for your keyboard, or ask your trainer to change the keyboard setting of the computer.</source>
        <translation>يبدو أن لوحة مفاتيحك تكتب مثل لوحة مفاتيح {layout}، لا مثل لوحة مفاتيح هذه الدورة. اختر الدورة التي تناسب لوحة مفاتيحك، أو اطلب من مدرّبك تغيير إعداد لوحة المفاتيح في الحاسوب.</translation>
    </message>
    <message>
        <source>Open the course for the {layout} keyboard</source>
        <translation>فتح الدرس المناسب للوحة المفاتيح {layout}</translation>
    </message>
    <message>
        <source>Your keyboard is typing Latin letters. Switch the computer&apos;s keyboard to Arabic (often with Alt+Shift), then go on.</source>
        <translation>لوحة المفاتيح تكتب حروفًا لاتينية. غيّر لغة لوحة المفاتيح في الحاسوب إلى العربية (غالبًا بالضغط على Alt+Shift)، ثم تابع.</translation>
    </message>
    <message>
        <source>{finger}, with Shift under your {other}</source>
        <translation>{finger}، مع الضغط باستمرار على مفتاح Shift باستخدام {other}</translation>
    </message>
    <message>
        <source>First the accent key, then: {finger}</source>
        <translation>أولًا مفتاح العلامة (^)، ثم: {finger}</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy}%</source>
        <translation>الدقة: {accuracy}%</translation>
    </message>
    <message>
        <source>Speed: {wpm} words per minute · Accuracy: {accuracy}%</source>
        <translation>السرعة: {wpm} كلمة في الدقيقة · الدقة: {accuracy}%</translation>
    </message>
    <message>
        <source>Paused. Type the next key to go on.</source>
        <translation>التمرين متوقف مؤقتًا. اضغط على المفتاح التالي للمتابعة.</translation>
    </message>
    <message>
        <source>space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Wrong key: {typed}. Type {expected}.</source>
        <translation>مفتاح خطأ: {typed}. اكتب {expected}.</translation>
    </message>
</context>
<context>
    <name>TypingTest</name>
    <message>
        <source>Copy this text:</source>
        <translation>انسخ هذا النص:</translation>
    </message>
    <message>
        <source>The text to copy</source>
        <translation>النص المطلوب نسخه</translation>
    </message>
    <message>
        <source>Type here:</source>
        <translation>اكتب هنا:</translation>
    </message>
    <message>
        <source>Your typing</source>
        <translation>ما تكتبه</translation>
    </message>
</context>
<context>
    <name>WindowPage</name>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>This is a window. Move it, change its size, make it small or large, close it and open it again.</source>
        <translation>هذه نافذة. حرّكها، وغيّر حجمها، واجعلها صغيرة أو كبيرة، ثم أغلقها وافتحها مرة أخرى.</translation>
    </message>
    <message>
        <source>Title bar</source>
        <translation>شريط العنوان</translation>
    </message>
    <message>
        <source>Change the size</source>
        <translation>تغيير الحجم</translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Practice desktop</source>
        <translation>سطح مكتب للتدريب</translation>
    </message>
    <message>
        <source>Taskbar</source>
        <translation>شريط المهام</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Maximise</source>
        <translation>تكبير</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <source>Typing test, 5 minutes</source>
        <translation>اختبار الكتابة، 5 دقائق</translation>
    </message>
    <message>
        <source>Copy a printed text for 5 minutes, as quickly and as correctly as you can. You may correct with Backspace.</source>
        <translation>انسخ نصًا مطبوعًا مدة 5 دقائق، بأسرع ما يمكن وبأقل الأخطاء. يمكنك التصحيح بمفتاح Backspace.</translation>
    </message>
    <message>
        <source>Data-entry test, 5 minutes</source>
        <translation>اختبار إدخال البيانات، 5 دقائق</translation>
    </message>
    <message>
        <source>Key invoice lines from a document into a form for 5 minutes, as quickly and as correctly as you can.</source>
        <translation>أدخل بنود فواتير من مستند إلى نموذج مدة 5 دقائق، بأسرع ما يمكن وبأقل الأخطاء.</translation>
    </message>
    <message>
        <source>Email task</source>
        <translation>مهمة بريد إلكتروني</translation>
    </message>
    <message>
        <source>Answer an email about a job interview, alone, within 15 minutes.</source>
        <translation>ردّ على رسالة بريد إلكتروني عن مقابلة عمل، وحدك، خلال 15 دقيقة.</translation>
    </message>
    <message>
        <source>Spreadsheet task</source>
        <translation>مهمة جدول بيانات</translation>
    </message>
    <message>
        <source>Finish an invoice in a spreadsheet, alone, within 15 minutes.</source>
        <translation>أكمل فاتورة في جدول بيانات، وحدك، خلال 15 دقيقة.</translation>
    </message>
    <message>
        <source>Program task</source>
        <translation>مهمة برمجة</translation>
    </message>
    <message>
        <source>Read a short program and say what it prints, alone, within 10 minutes.</source>
        <translation>اقرأ برنامجًا قصيرًا وبيّن ما يطبعه، وحدك، خلال 10 دقائق.</translation>
    </message>
    <message>
        <source>At least {mark} net words a minute: {value}.</source>
        <translation>السرعة الصافية {mark} كلمة في الدقيقة على الأقل: {value}.</translation>
    </message>
    <message>
        <source>At most {mark} errors: {value}.</source>
        <translation>عدد الأخطاء {mark} على الأكثر: {value}.</translation>
    </message>
    <message>
        <source>At least {mark} keystrokes an hour: {value}.</source>
        <translation>السرعة {mark} ضغطة في الساعة على الأقل: {value}.</translation>
    </message>
    <message>
        <source>At least {mark} % of the fields right: {value} %.</source>
        <translation>الخانات الصحيحة {mark}% على الأقل: {value}%.</translation>
    </message>
    <message>
        <source>The task was answered within its time.</source>
        <translation>تمت الإجابة عن المهمة في الوقت المحدد.</translation>
    </message>
</context>
<context>
    <name>coding</name>
    <message>
        <source>The program is too long to check.</source>
        <translation>البرنامج طويل جدًا، ولا يمكن التحقّق منه.</translation>
    </message>
    <message>
        <source>Your program runs to the end without an error.</source>
        <translation>يعمل برنامجك حتى النهاية دون أخطاء.</translation>
    </message>
    <message>
        <source>The output is right.</source>
        <translation>الناتج صحيح.</translation>
    </message>
    <message>
        <source>Your program printed nothing. It should print:
{expected}</source>
        <translation>لم يطبع برنامجك أي شيء. يجب أن يطبع:
{expected}</translation>
    </message>
    <message>
        <source>Line {line} of your output is one line too many: {got}</source>
        <translation>السطر {line} في ناتجك سطر زائد: {got}</translation>
    </message>
    <message>
        <source>Your output stops too early: line {line} should be: {expected}</source>
        <translation>ناتجك ناقص: يجب أن يكون السطر {line} هكذا: {expected}</translation>
    </message>
    <message>
        <source>Line {line} of your output shows a decimal number where the task asks for a whole number:
yours:     {got}
expected:  {expected}</source>
        <translation>السطر {line} من ناتجك فيه عدد عشري والتمرين يطلب عددا صحيحا:
ناتجك:     {got}
المطلوب:  {expected}</translation>
    </message>
    <message>
        <source>Line {line} of your output has spaces in the wrong place:
yours:     «{got}»
expected:  «{expected}»</source>
        <translation>في السطر {line} من ناتجك مسافات في غير مكانها:
ناتجك:     «{got}»
المطلوب:  «{expected}»</translation>
    </message>
    <message>
        <source>Line {line} of your output has capital and small letters mixed up:
yours:     {got}
expected:  {expected}</source>
        <translation>في السطر {line} من ناتجك خلط بين الحروف الكبيرة والصغيرة:
ناتجك:     {got}
المطلوب:  {expected}</translation>
    </message>
    <message>
        <source>Line {line} of your output is not right:
yours:     {got}
expected:  {expected}</source>
        <translation>السطر {line} من ناتجك غير صحيح:
ناتجك:     {got}
المطلوب:  {expected}</translation>
    </message>
    <message>
        <source>With the answer {answers}:</source>
        <translation>مع الجواب {answers}:</translation>
    </message>
    <message>
        <source>With the answers {answers}:</source>
        <translation>مع الأجوبة {answers}:</translation>
    </message>
    <message>
        <source>With the answer {answers}, your program does not run to the end:</source>
        <translation>مع الجواب {answers}، لا يصل برنامجك إلى النهاية:</translation>
    </message>
    <message>
        <source>With the answers {answers}, your program does not run to the end:</source>
        <translation>مع الأجوبة {answers}، لا يصل برنامجك إلى النهاية:</translation>
    </message>
    <message>
        <source>The output is right with each of the {count} sets of answers tried.</source>
        <translation>الناتج صحيح مع كل مجموعات الأجوبة المجرَّبة ({count}).</translation>
    </message>
    <message>
        <source>Other sets of answers that give a wrong output too: {count}.</source>
        <translation>مجموعات أجوبة أخرى تعطي ناتجا خاطئا أيضا: {count}.</translation>
    </message>
    <message>
        <source>There is no function named {name}. Write it with: def {name}(...):</source>
        <translation>لا توجد دالة اسمها {name}. اكتبها هكذا: def {name}(...):‎</translation>
    </message>
    <message>
        <source>{call} stopped with an error:</source>
        <translation>عند تنفيذ {call}‎ حدث خطأ:</translation>
    </message>
    <message>
        <source>{call} gives {got}, but the task asks for a whole number: {expected}.</source>
        <translation>تُعطي {call}‎ القيمة {got}‎، لكن التمرين يطلب عددا صحيحا: {expected}‎.</translation>
    </message>
    <message>
        <source>{call} gives None: your function prints its result. Give it back with return instead.</source>
        <translation>تُعطي {call}‎ القيمة None: دالتك تطبع نتيجتها. أرجِع النتيجة باستخدام return بدلًا من طباعتها.</translation>
    </message>
    <message>
        <source>{call} gives None: the function needs a line with return.</source>
        <translation>تُعطي {call}‎ القيمة None: تحتاج الدالة إلى سطر فيه return.</translation>
    </message>
    <message>
        <source>{call} gives {got}, but it should give {expected}.</source>
        <translation>تُعطي {call}‎ القيمة {got}‎، لكن يجب أن تُعطي {expected}‎.</translation>
    </message>
    <message>
        <source>Your function {name} gives the right results.</source>
        <translation>دالتك {name} تُعطي النتائج الصحيحة.</translation>
    </message>
    <message>
        <source>Other calls of {name} that give a wrong result too: {count}.</source>
        <translation>استدعاءات أخرى لـ {name} تعطي نتيجة خاطئة أيضا: {count}.</translation>
    </message>
    <message>
        <source>Your program was still running after {seconds} seconds, so it was stopped. A while loop whose condition never becomes false runs for ever: check that something inside the loop changes it.</source>
        <translation>كان برنامجك لا يزال يعمل بعد {seconds} ثانية، لذلك أُوقِف. حلقة while التي يبقى شرطها صحيحًا دائمًا تدور بلا نهاية: تأكّد أن شيئًا داخل الحلقة يغيّر هذا الشرط.</translation>
    </message>
    <message>
        <source>Your program used too much memory, so it was stopped. Does a list or a text grow very big, in a loop perhaps?</source>
        <translation>استخدم برنامجك ذاكرة أكثر من اللازم، فتم إيقافه. هل تكبر قائمة أو نص كثيرًا، ربما داخل حلقة؟</translation>
    </message>
    <message>
        <source>You stopped the program.</source>
        <translation>أوقفت البرنامج.</translation>
    </message>
    <message>
        <source>The program stopped suddenly (it crashed). Python itself had a problem; try again, and tell your trainer if it happens again.</source>
        <translation>توقّف البرنامج فجأة (تعطّل). حدثت مشكلة في Python نفسها؛ حاول مرة أخرى، وأخبر مدرّبك إذا تكرّر ذلك.</translation>
    </message>
    <message>
        <source>The program ended early with the exit code {code}.</source>
        <translation>انتهى البرنامج قبل أوانه برمز الخروج {code}.</translation>
    </message>
    <message>
        <source>The program could not be started: {detail}</source>
        <translation>تعذّر تشغيل البرنامج: {detail}</translation>
    </message>
    <message>
        <source>Your program printed too much: more than {limit} characters (the first {lines} lines are shown), so Tutor stopped it. Print less: fewer lines, or only what the task asks for.</source>
        <translation>طبع برنامجك نصًا أكثر من اللازم: أكثر من {limit} حرف (تظهر أول {lines} سطرًا)، فأوقفه Tutor. اطبع أقل: أسطرًا أقل، أو ما تطلبه المهمة فقط.</translation>
    </message>
    <message>
        <source>Line {line}: Python does not know the name &apos;{name}&apos;. Did you mean &apos;{close}&apos;?</source>
        <translation>السطر {line}: لا يعرف Python الاسم &apos;{name}&apos;. هل تقصد &apos;{close}&apos;؟</translation>
    </message>
    <message>
        <source>Line {line}: Python does not know the name &apos;{name}&apos;. Give it a value first (name = ...), check its spelling, or put it in quotes if it is text.</source>
        <translation>السطر {line}: لا يعرف Python الاسم &apos;{name}&apos;. أعطه قيمة أولًا (name = ...‎)، أو تحقّق من كتابته، أو ضعه بين علامتي اقتباس إذا كان نصًا.</translation>
    </message>
    <message>
        <source>Line {line}: you are adding text and a number. Python cannot add them. Turn the number into text with str(...), or the text into a number with int(...).</source>
        <translation>السطر {line}: تحاول جمع نص ورقم، ولا يستطيع Python جمعهما. حوّل الرقم إلى نص باستخدام str(...)‎، أو حوّل النص إلى رقم باستخدام int(...)‎.</translation>
    </message>
    <message>
        <source>Line {line}: you are comparing text with a number. input() always gives text: turn it into a number with int(input(...)).</source>
        <translation>السطر {line}: تقارن نصًا برقم. الدالة input()‎ تُعطي نصًا دائمًا: حوّله إلى رقم باستخدام int(input(...))‎.</translation>
    </message>
    <message>
        <source>Line {line}: you are calculating with text. input() always gives text: turn it into a number with int(...) or float(...).</source>
        <translation>السطر {line}: تُجري عملية حسابية على نص. الدالة input()‎ تُعطي نصًا دائمًا: حوّله إلى رقم باستخدام int(...)‎ أو float(...)‎.</translation>
    </message>
    <message>
        <source>Line {line}: a function got the wrong number of values between its brackets ({detail}).</source>
        <translation>السطر {line}: أُعطيت دالةٌ عددًا غير صحيح من القيم بين أقواسها ({detail}‎).</translation>
    </message>
    <message>
        <source>Line {line}: a value of the wrong kind is used here ({detail}).</source>
        <translation>السطر {line}: هنا قيمة من نوع غير مناسب ({detail}‎).</translation>
    </message>
    <message>
        <source>Line {line}: {function} can only turn a number written in digits into a number, but it got {value}. Type a number, like 42.</source>
        <translation>السطر {line}: لا تحوّل {function}‎ إلى رقم إلا الأعداد المكتوبة بالأرقام، لكنها أخذت {value}‎. اكتب رقمًا، مثل 42.</translation>
    </message>
    <message>
        <source>Line {line}: this value cannot be used here ({detail}).</source>
        <translation>السطر {line}: لا يمكن استخدام هذه القيمة هنا ({detail}‎).</translation>
    </message>
    <message>
        <source>Line {line}: your program divided by zero, which is impossible. Check the number after /, // or %.</source>
        <translation>السطر {line}: قسم برنامجك على صفر، وهذا مستحيل. تحقّق من الرقم الذي بعد / أو // أو %.</translation>
    </message>
    <message>
        <source>Line {line}: there is no item at this position in the list. Positions start at 0, and the last one is len(list) - 1.</source>
        <translation>السطر {line}: لا يوجد عنصر في هذا الموضع من القائمة. تبدأ المواضع من 0، وآخر موضع هو len(list) - 1.</translation>
    </message>
    <message>
        <source>Line {line}: the dictionary has no key {key}. Check its spelling, or add it first.</source>
        <translation>السطر {line}: لا يوجد في القاموس مفتاح اسمه {key}. تحقّق من كتابته، أو أضفه أولًا.</translation>
    </message>
    <message>
        <source>Line {line}: a {kind} has no &apos;{name}&apos;. Did you mean &apos;{close}&apos;?</source>
        <translation>السطر {line}: القيم من نوع {kind} لا تحتوي على &apos;{name}&apos;. هل تقصد &apos;{close}&apos;؟</translation>
    </message>
    <message>
        <source>Line {line}: this is not possible here ({detail}).</source>
        <translation>السطر {line}: هذا غير ممكن هنا ({detail}‎).</translation>
    </message>
    <message>
        <source>Line {line}: the function {function} calls itself again and again, without end. A function that calls itself needs a case where it stops.</source>
        <translation>السطر {line}: الدالة {function} تستدعي نفسها مرة بعد مرة بلا نهاية. الدالة التي تستدعي نفسها تحتاج إلى حالة تتوقّف عندها.</translation>
    </message>
    <message>
        <source>Line {line}: the program asked for an answer with input(), but there was no answer left to give. Does it ask more questions than the exercise says?</source>
        <translation>السطر {line}: طلب البرنامج إجابة باستخدام input()‎، لكن لم تبقَ أي إجابة لتُعطى له. هل يطرح أسئلة أكثر مما يطلبه التمرين؟</translation>
    </message>
    <message>
        <source>Line {line}: {kind}: {detail}</source>
        <translation>السطر {line}: {kind}:‎ {detail}</translation>
    </message>
    <message>
        <source>Line {line} mixes tabs and spaces. Indent with 4 spaces only (the Tab key here types 4 spaces).</source>
        <translation>في السطر {line} خلط بين علامات الجدولة (Tab) والمسافات. استخدم 4 مسافات فقط للإزاحة في بداية السطر (مفتاح Tab هنا يكتب 4 مسافات).</translation>
    </message>
    <message>
        <source>Line {line}: after the line ending with &apos;:&apos; (line {block_line}), the next lines must be indented: start them with 4 spaces.</source>
        <translation>السطر {line}: بعد السطر الذي ينتهي بالنقطتين &apos;:&apos; (السطر {block_line})، يجب إزاحة الأسطر التالية: ابدأها بـ 4 مسافات.</translation>
    </message>
    <message>
        <source>Line {line} starts with spaces, but it should not: only the lines inside an if, a loop or a def are indented.</source>
        <translation>السطر {line} يبدأ بمسافات، ولا ينبغي ذلك: لا تُزاح إلا الأسطر التي داخل if أو حلقة أو def.</translation>
    </message>
    <message>
        <source>Line {line}: its spaces at the start do not match the lines above. Lines of the same block start at the same place.</source>
        <translation>السطر {line}: المسافات في بدايته لا تطابق الأسطر التي فوقه. أسطر الكتلة الواحدة تبدأ من المكان نفسه.</translation>
    </message>
    <message>
        <source>Line {line}: the spaces at the start of the line are not right ({detail}).</source>
        <translation>السطر {line}: المسافات في بداية السطر غير صحيحة ({detail}‎).</translation>
    </message>
    <message>
        <source>Line {line}: a line that starts with &apos;{word}&apos; must end with a colon &apos;:&apos;.</source>
        <translation>السطر {line}: السطر الذي يبدأ بـ &apos;{word}&apos; يجب أن ينتهي بنقطتين &apos;:&apos;.</translation>
    </message>
    <message>
        <source>Line {line}: a bracket &apos;{bracket}&apos; is opened but never closed. Add &apos;{closing}&apos; where it should end.</source>
        <translation>السطر {line}: فُتح القوس &apos;‎{bracket}‎&apos; ولم يُغلق. أضف &apos;‎{closing}‎&apos; حيث يجب أن ينتهي.</translation>
    </message>
    <message>
        <source>Line {line}: there is a closing bracket &apos;{bracket}&apos; without its opening bracket, or the brackets do not match.</source>
        <translation>السطر {line}: يوجد قوس إغلاق &apos;‎{bracket}‎&apos; بلا قوس فتح، أو أن الأقواس غير متطابقة.</translation>
    </message>
    <message>
        <source>Line {line}: a text is opened with a quote but not closed. Put the same quote &quot; at its end.</source>
        <translation>السطر {line}: بدأ نص بعلامة اقتباس ولم يُغلق. ضع علامة الاقتباس نفسها &quot; في نهايته.</translation>
    </message>
    <message>
        <source>Line {line}: print needs brackets: print(&quot;Hello&quot;).</source>
        <translation>السطر {line}: الأمر print يحتاج إلى أقواس: print(&quot;Hello&quot;)‎.</translation>
    </message>
    <message>
        <source>Line {line}: to compare two values, use == (two equal signs). One = gives a value to a variable.</source>
        <translation>السطر {line}: للمقارنة بين قيمتين، استخدم == (علامتي يساوي). علامة = واحدة تُعطي قيمة لمتغيّر.</translation>
    </message>
    <message>
        <source>Line {line} has a character Python does not accept ({detail}). Use straight quotes &quot; and &apos;, typed on the keyboard.</source>
        <translation>في السطر {line} حرف لا يقبله Python ({detail}‎). استخدم علامات الاقتباس المستقيمة &quot; و &apos; التي تكتبها من لوحة المفاتيح.</translation>
    </message>
    <message>
        <source>Line {line}: something is missing between two values. Did you forget a comma, or a + between a text and a variable?</source>
        <translation>السطر {line}: ينقص شيء بين قيمتين. هل نسيت فاصلة، أو علامة + بين نص ومتغيّر؟</translation>
    </message>
    <message>
        <source>Line {line}: Python cannot understand this line ({detail}). Check its brackets, quotes and colons.</source>
        <translation>السطر {line}: لا يستطيع Python فهم هذا السطر ({detail}‎). تحقّق من الأقواس وعلامات الاقتباس والنقطتين (:).</translation>
    </message>
    <message>
        <source>Try a few more times before you look at the solution.</source>
        <translation>حاول بضع مرات أخرى قبل أن تنظر إلى الحل.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>تعذّرت قراءة {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text.</source>
        <translation>الملف {file} ليس نصًا بترميز UTF-8.</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <source>This is not a keystroke log of Tutor: {what}.</source>
        <translation>هذا ليس سجلّ ضغطات مفاتيح من برنامج Tutor: {what}.</translation>
    </message>
    <message>
        <source>The keystroke log is too large to check ({what}, at most {limit}).</source>
        <translation>سجلّ ضغطات المفاتيح أكبر من أن يُفحص ({what}، والحد الأقصى {limit}).</translation>
    </message>
    <message>
        <source>{count} keys in a row came less than {limit} ms apart, at {at} s: faster than fingers can type.</source>
        <translation>عند الثانية {at}، جاءت {count} ضغطة متتالية بفاصل أقل من {limit} ملّي ثانية بين كل ضغطة والتي تليها: هذا أسرع مما تستطيع الأصابع أن تكتب.</translation>
    </message>
    <message>
        <source>Pastes: {count} ({characters} characters in all).</source>
        <translation>مرات اللصق: {count} (مجموع الأحرف الملصقة: {characters}).</translation>
    </message>
    <message>
        <source>{count} keys in a row came at the same interval ({gap} ms), at {at} s: a machine&apos;s rhythm, not a hand&apos;s.</source>
        <translation>عند الثانية {at}، جاءت {count} ضغطة متتالية بالفاصل الزمني نفسه ({gap} ملّي ثانية): هذا إيقاع آلة لا إيقاع يد.</translation>
    </message>
    <message>
        <source>The time between keys hardly varies ({spread} % over {count} keys; a person&apos;s varies by 30 % or more).</source>
        <translation>الوقت بين الضغطات لا يكاد يتغيّر ({spread}% على مدى {count} ضغطة، بينما يتغيّر عند الإنسان بنسبة 30% أو أكثر).</translation>
    </message>
    <message>
        <source>Tutor&apos;s window was left for {limit} s or more: {count} (the longest {longest} s; away {total} s in all).</source>
        <translation>مرات الخروج من نافذة Tutor لمدة {limit} ثانية أو أكثر: {count} (أطولها {longest} ثانية، ومجموع مدة الغياب {total} ثانية).</translation>
    </message>
    <message>
        <source>not signed (made by an older Tutor, or brought from a computer that could not vouch for it)</source>
        <translation>غير موقَّعة (سُجّلت بإصدار أقدم من Tutor، أو جُلبت من حاسوب لا يستطيع أن يضمن صحتها)</translation>
    </message>
    <message>
        <source>changed after it was signed</source>
        <translation>تغيّرت بعد توقيعها</translation>
    </message>
    <message>
        <source>from a centre this computer does not trust</source>
        <translation>من مركز لا يثق به هذا الحاسوب</translation>
    </message>
    <message>
        <source>signed with a key its centre withdrew</source>
        <translation>موقَّعة بمفتاح سحبه مركزه</translation>
    </message>
    <message>
        <source>Net words per minute</source>
        <translation>الكلمات الصافية في الدقيقة</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Gross words per minute</source>
        <translation>الكلمات الإجمالية في الدقيقة</translation>
    </message>
    <message>
        <source>Words right (%)</source>
        <translation>الكلمات الصحيحة (%)</translation>
    </message>
    <message>
        <source>Keystrokes per hour</source>
        <translation>ضغطات في الساعة</translation>
    </message>
    <message>
        <source>Fields exactly right (%)</source>
        <translation>الخانات الصحيحة تمامًا (%)</translation>
    </message>
    <message>
        <source>Records keyed</source>
        <translation>السجلات المُدخَلة</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>النتيجة (%)</translation>
    </message>
    <message>
        <source>Valid: {centre} signed this credential and nothing in it was changed.</source>
        <translation>صالحة: وقّع {centre} هذه الشهادة الرقمية ولم يتغيّر فيها شيء.</translation>
    </message>
    <message>
        <source>Not valid: this credential was changed after it was signed, or the signature is not the centre&apos;s.</source>
        <translation>غير صالحة: تغيّرت هذه الشهادة الرقمية بعد توقيعها، أو أن التوقيع ليس توقيع المركز.</translation>
    </message>
    <message>
        <source>Unknown centre: the signature holds, but its key ({fingerprint}) is not on any centre card this computer trusts. It says it comes from {centre}: ask that centre for its card.</source>
        <translation>مركز غير معروف: التوقيع صحيح، لكن مفتاحه ({fingerprint}) غير موجود في أي بطاقة مركز يثق بها هذا الحاسوب. تذكر الشهادة أنها من {centre}: اطلب من هذا المركز بطاقته.</translation>
    </message>
    <message>
        <source>Not valid: {centre} withdrew the key that signed this credential.</source>
        <translation>غير صالحة: سحب {centre} المفتاح الذي وُقّعت به هذه الشهادة الرقمية.</translation>
    </message>
    <message>
        <source>Expired: this credential was valid until {date}. Ask the learner for a newer one.</source>
        <translation>منتهية الصلاحية: كانت هذه الشهادة الرقمية صالحة حتى {date}. اطلب من المتعلّم شهادة أحدث.</translation>
    </message>
    <message>
        <source>This file holds no Tutor credential.</source>
        <translation>لا يحتوي هذا الملف على شهادة رقمية من Tutor.</translation>
    </message>
    <message>
        <source>Only a supervised assessment gets a credential.</source>
        <translation>لا تُمنح الشهادة الرقمية إلا لتقييم جرى تحت الإشراف.</translation>
    </message>
    <message>
        <source>Not passed: no credential.</source>
        <translation>لم يُجتَز التقييم: لا تُمنح شهادة رقمية.</translation>
    </message>
    <message>
        <source>The trainer did not confirm watching this assessment: no credential.</source>
        <translation>لم يؤكّد المدرّب أنه راقب هذا التقييم: لا تُمنح شهادة رقمية.</translation>
    </message>
    <message>
        <source>Done at another centre or on another computer: only the centre where it was done can certify it.</source>
        <translation>أُجري في مركز آخر أو على حاسوب آخر: لا يستطيع أن يصدر له شهادة إلا المركز الذي أُجري فيه.</translation>
    </message>
</context>
<context>
    <name>cue</name>
    <message>
        <source>Type the text you see.</source>
        <translation>اكتب النص الذي تراه.</translation>
    </message>
    <message>
        <source>Type the numbers with the number pad.</source>
        <translation>اكتب الأرقام بلوحة الأرقام.</translation>
    </message>
    <message>
        <source>Copy each line into the form.</source>
        <translation>انقل كل سطر إلى النموذج.</translation>
    </message>
    <message>
        <source>Read the email, then answer.</source>
        <translation>اقرأ الرسالة، ثم أجب عن السؤال.</translation>
    </message>
    <message>
        <source>Write a new email.</source>
        <translation>اكتب رسالة جديدة.</translation>
    </message>
    <message>
        <source>Reply to the email.</source>
        <translation>ردّ على الرسالة.</translation>
    </message>
    <message>
        <source>Reply to everyone.</source>
        <translation>ردّ على الجميع.</translation>
    </message>
    <message>
        <source>Forward the email.</source>
        <translation>أعد توجيه الرسالة.</translation>
    </message>
    <message>
        <source>Find the fake emails.</source>
        <translation>اعثر على الرسائل المزيّفة.</translation>
    </message>
    <message>
        <source>Type in the cells.</source>
        <translation>اكتب في الخلايا.</translation>
    </message>
    <message>
        <source>Write a formula.</source>
        <translation>اكتب صيغة.</translation>
    </message>
    <message>
        <source>Sort the table.</source>
        <translation>رتّب الجدول.</translation>
    </message>
    <message>
        <source>Make a chart.</source>
        <translation>اصنع رسمًا بيانيًا.</translation>
    </message>
    <message>
        <source>Change how the cells look.</source>
        <translation>غيّر شكل الخلايا.</translation>
    </message>
    <message>
        <source>Write the code, then press Run.</source>
        <translation>اكتب الكود، ثم اضغط «تشغيل».</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>email</name>
    <message>
        <source>Write at least one address in To, or nobody gets your email.</source>
        <translation>اكتب عنوانًا واحدًا على الأقل في خانة «إلى»، وإلا فلن تصل رسالتك إلى أحد.</translation>
    </message>
    <message>
        <source>Every address is complete and well written.</source>
        <translation>كل العناوين كاملة ومكتوبة بشكل صحيح.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>نسخة (Cc)</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>نسخة مخفية (Bcc)</translation>
    </message>
    <message>
        <source>Put {address} in Bcc, not in {field}: in Bcc, the other people do not see this address.</source>
        <translation>ضع {address} في خانة «نسخة مخفية (Bcc)»، لا في خانة «{field}»: في النسخة المخفية لا يرى الآخرون هذا العنوان.</translation>
    </message>
    <message>
        <source>{address} is in {field}, but belongs in {right}.</source>
        <translation>العنوان {address} موجود في خانة «{field}»، لكن مكانه الصحيح في خانة «{right}».</translation>
    </message>
    <message>
        <source>Add {address} in the {field} field.</source>
        <translation>أضف {address} في خانة «{field}».</translation>
    </message>
    <message>
        <source>Remove {address}: this email is not for them.</source>
        <translation>احذف {address}: هذه الرسالة ليست موجّهة إلى هذا الشخص.</translation>
    </message>
    <message>
        <source>The right people are in To, Cc and Bcc.</source>
        <translation>الأشخاص المناسبون موجودون في خانات «إلى» و«نسخة (Cc)» و«نسخة مخفية (Bcc)».</translation>
    </message>
    <message>
        <source>You answered with Reply all, so everyone in the conversation gets the answer.</source>
        <translation>استخدمت «رد على الكل»، لذلك تصل إجابتك إلى كل من في المحادثة.</translation>
    </message>
    <message>
        <source>Open the message and press Reply all: the subject then starts with Re: and everyone in the conversation gets your answer.</source>
        <translation>افتح الرسالة واضغط على «رد على الكل»: عندها يبدأ الموضوع بعبارة Re:‎ وتصل إجابتك إلى كل من في المحادثة.</translation>
    </message>
    <message>
        <source>You answered with Reply: the subject starts with Re:.</source>
        <translation>استخدمت «رد»: يبدأ الموضوع بعبارة Re:‎</translation>
    </message>
    <message>
        <source>Open the message and press Reply: the subject then starts with Re: and the person sees it is an answer.</source>
        <translation>افتح الرسالة واضغط على «رد»: عندها يبدأ الموضوع بعبارة Re:‎ ويعرف الشخص أنها رد على رسالته.</translation>
    </message>
    <message>
        <source>You used Forward: the subject starts with Fwd: and the message is below yours.</source>
        <translation>استخدمت «إعادة توجيه»: يبدأ الموضوع بعبارة Fwd:‎ والرسالة الأصلية تحت رسالتك.</translation>
    </message>
    <message>
        <source>Open the message and press Forward: the message and its attachments then go with yours.</source>
        <translation>افتح الرسالة واضغط على «إعادة توجيه»: عندها تُرسَل الرسالة ومرفقاتها مع رسالتك.</translation>
    </message>
    <message>
        <source>Write a subject: a few words that say what the email is about.</source>
        <translation>اكتب موضوعًا: كلمات قليلة تبيّن عمّ تتحدث الرسالة.</translation>
    </message>
    <message>
        <source>Your subject “{subject}” does not say what the email is about. Use a word like “{example}”.</source>
        <translation>الموضوع «{subject}» لا يبيّن عمّ تتحدث الرسالة. استخدم كلمة مثل «{example}».</translation>
    </message>
    <message>
        <source>The subject says what the email is about.</source>
        <translation>الموضوع يبيّن عمّ تتحدث الرسالة.</translation>
    </message>
    <message>
        <source>Your email starts with a greeting.</source>
        <translation>تبدأ رسالتك بتحية.</translation>
    </message>
    <message>
        <source>“{word}” is for friends. For this email, start with a polite greeting such as “{example}”.</source>
        <translation>«{word}» تُقال للأصدقاء. في هذه الرسالة، ابدأ بتحية مهذّبة مثل «{example}».</translation>
    </message>
    <message>
        <source>Check the spelling of your greeting: did you mean “{word}”?</source>
        <translation>تحقّق من كتابة التحية: هل تقصد «{word}»؟</translation>
    </message>
    <message>
        <source>Start with a greeting on the first line, like “{example}” and the person&apos;s name.</source>
        <translation>ابدأ بتحية في السطر الأول، مثل «{example}» ثم اسم الشخص.</translation>
    </message>
    <message>
        <source>“{closing}” is for friends. For this email, end with a closing such as “{example}”.</source>
        <translation>«{closing}» للأصدقاء. في هذه الرسالة اختم بعبارة مثل «{example}».</translation>
    </message>
    <message>
        <source>Your email ends with a polite closing.</source>
        <translation>تنتهي رسالتك بعبارة ختام مهذّبة.</translation>
    </message>
    <message>
        <source>End with a closing line such as “{example}”, then your name.</source>
        <translation>اختم رسالتك بعبارة مثل «{example}»، ثم اكتب اسمك.</translation>
    </message>
    <message>
        <source>Write your name on the last line, under the closing, so the reader knows who wrote.</source>
        <translation>اكتب اسمك في السطر الأخير تحت عبارة الختام ليعرف القارئ من كتب الرسالة.</translation>
    </message>
    <message>
        <source>You signed with your name.</source>
        <translation>وقّعت باسمك.</translation>
    </message>
    <message>
        <source>You clearly say yes.</source>
        <translation>تقول «نعم» بوضوح.</translation>
    </message>
    <message>
        <source>You clearly confirm.</source>
        <translation>تؤكد بوضوح.</translation>
    </message>
    <message>
        <source>You clearly and politely say no.</source>
        <translation>تعتذر بوضوح وبأدب.</translation>
    </message>
    <message>
        <source>You clearly say that you cannot come.</source>
        <translation>تقول بوضوح إنك لا تستطيع الحضور.</translation>
    </message>
    <message>
        <source>The task asks you to say yes, but your email says no: “{said}”. Write for example “{example}”.</source>
        <translation>المهمة تطلب أن تقول نعم، لكن رسالتك تقول لا: «{said}». اكتب مثلا «{example}».</translation>
    </message>
    <message>
        <source>The task asks you to say no, but your email says yes: “{said}”. Write for example “{example}”.</source>
        <translation>المهمة تطلب أن تعتذر، لكن رسالتك تقبل: «{said}». اكتب مثلا «{example}».</translation>
    </message>
    <message>
        <source>Say clearly what you answer, for example “{example}”.</source>
        <translation>قل جوابك بوضوح، مثلا «{example}».</translation>
    </message>
    <message>
        <source>Check {wrong}: the task does not say that. Give the right information{missing}.</source>
        <translation>راجع {wrong}: المهمة لا تقول ذلك. اكتب المعلومة الصحيحة{missing}.</translation>
    </message>
    <message>
        <source>Say {fact} in your email (for example “{example}”).</source>
        <translation>اذكر {fact} في رسالتك (مثلًا: «{example}»).</translation>
    </message>
    <message>
        <source>Your email does not give: {facts}. For example: {examples}.</source>
        <translation>رسالتك لا تذكر: {facts}. مثلا: {examples}.</translation>
    </message>
    <message>
        <source>Your email gives all the information asked for.</source>
        <translation>في رسالتك كل المعلومات المطلوبة.</translation>
    </message>
    <message>
        <source>You attached {wrong}, but this email needs {right}. Remove one and attach the other.</source>
        <translation>أرفقت {wrong}، لكن هذه الرسالة تحتاج إلى {right}. احذف الملف الخطأ وأرفق الملف الصحيح.</translation>
    </message>
    <message>
        <source>Attach {file}: press Attach and choose it.</source>
        <translation>أرفق {file}: اضغط على «إرفاق» واختر الملف.</translation>
    </message>
    <message>
        <source>Remove {file}: it is not needed here. Send personal documents only when they are asked for.</source>
        <translation>احذف {file}: لا حاجة إليه هنا. لا ترسل مستنداتك الشخصية إلا عندما تُطلب منك.</translation>
    </message>
    <message>
        <source>No attachment was needed, and you sent none.</source>
        <translation>لم تكن هناك حاجة إلى مرفق، ولم ترسل أي مرفق.</translation>
    </message>
    <message>
        <source>The right files are attached.</source>
        <translation>الملفات الصحيحة مرفقة.</translation>
    </message>
    <message>
        <source>Your email has {count} words. Write a little more: at least {min}.</source>
        <translation>عدد الكلمات في رسالتك {count}. اكتب أكثر قليلًا: {min} على الأقل.</translation>
    </message>
    <message>
        <source>Your email has {count} words. Keep it shorter: at most {max}, so it is quick to read.</source>
        <translation>عدد الكلمات في رسالتك {count}. اجعلها أقصر: {max} على الأكثر، لتُقرأ بسرعة.</translation>
    </message>
    <message>
        <source>The length is right ({count} words).</source>
        <translation>طول الرسالة مناسب (عدد الكلمات: {count}).</translation>
    </message>
    <message>
        <source>Use one ! or ? at a time. Rows of marks sound like shouting.</source>
        <translation>استخدم علامة ! أو ؟ مرة واحدة فقط. تكرار العلامات (مثل !!!) يبدو كأنه صراخ.</translation>
    </message>
    <message>
        <source>Do not write whole words in CAPITAL letters: it reads like shouting.</source>
        <translation>لا تكتب كلمات كاملة بالحروف اللاتينية الكبيرة (مثل HELLO): فهي تبدو كأنها صراخ.</translation>
    </message>
    <message>
        <source>Write words in full: “{word}” is text-message language.</source>
        <translation>اكتب الكلمات كاملة: «{word}» من لغة الرسائل النصية القصيرة.</translation>
    </message>
    <message>
        <source>Your tone is calm and polite.</source>
        <translation>أسلوبك هادئ ومهذّب.</translation>
    </message>
    <message>
        <source>Spelling is not checked in this language yet.</source>
        <translation>التدقيق الإملائي غير متاح لهذه اللغة بعد.</translation>
    </message>
    <message>
        <source>Check the spelling of: {words}. These words are underlined in red.</source>
        <translation>تحقّق من كتابة هذه الكلمات: {words}. تحتها خط أحمر.</translation>
    </message>
    <message>
        <source>Nearly right: check the spelling of {words}.</source>
        <translation>قريب من الصحيح: راجع كتابة {words}.</translation>
    </message>
    <message>
        <source>The words are spelled right, but some need a capital letter.</source>
        <translation>الكلمات مكتوبة بشكل صحيح، لكن بعضها يحتاج إلى حرف كبير.</translation>
    </message>
    <message>
        <source>The spelling is good.</source>
        <translation>الإملاء صحيح.</translation>
    </message>
    <message>
        <source>Use capital letters: write {words}. A sentence starts with a capital letter, and so do names.</source>
        <translation>استعمل الحروف الكبيرة: اكتب {words}. تبدأ الجملة بحرف كبير، وكذلك الأسماء.</translation>
    </message>
    <message>
        <source>Sentences and names start with a capital letter.</source>
        <translation>تبدأ الجمل والأسماء بحرف كبير.</translation>
    </message>
    <message>
        <source>Your email is very long: only its first {count} characters were checked.</source>
        <translation>رسالتك طويلة جدًا: لم يُراجَع منها إلا أول {count} حرف.</translation>
    </message>
    <message>
        <source>The sender&apos;s address does not match the organisation</source>
        <translation>عنوان المرسل لا يطابق الجهة التي يدّعي أنه منها</translation>
    </message>
    <message>
        <source>It rushes or threatens me (urgent, last chance)</source>
        <translation>تستعجلني أو تهدّدني (عاجل، آخر فرصة)</translation>
    </message>
    <message>
        <source>A link goes somewhere else than its text says</source>
        <translation>رابط يأخذني إلى مكان غير الذي يذكره نصه</translation>
    </message>
    <message>
        <source>An attachment I did not expect</source>
        <translation>مرفق لم أكن أتوقعه</translation>
    </message>
    <message>
        <source>It asks for a password, a code or money</source>
        <translation>تطلب كلمة مرور أو رمزًا أو مالًا</translation>
    </message>
    <message>
        <source>{subjects} is a fake too. Look at who sent it and where its links go.</source>
        <translation>{subjects} رسالة مزيفة أيضا. انظر من أرسلها وإلى أين تذهب روابطها.</translation>
    </message>
    <message>
        <source>These are fakes you did not report: {subjects}. Look at who sent them and where their links go.</source>
        <translation>هذه رسائل مزيفة لم تبلّغ عنها: {subjects}. انظر من أرسلها وإلى أين تذهب روابطها.</translation>
    </message>
    <message>
        <source>{subjects}: real messages. Their senders and links match who they say they are from, and they ask for nothing secret.</source>
        <translation>{subjects}: رسائل حقيقية. مرسلوها وروابطها تطابق الجهة التي تذكرها، ولا تطلب شيئا سريا.</translation>
    </message>
    <message>
        <source>For {subjects}, choose a reason that shows it is fake.</source>
        <translation>بالنسبة إلى {subjects}، اختر سببا يبين أنها مزيفة.</translation>
    </message>
    <message>
        <source>Report each fake message and choose why it is fake.</source>
        <translation>بلّغ عن كل رسالة مزيفة واختر سبب كونها مزيفة.</translation>
    </message>
    <message>
        <source>You found every fake message ({count}).</source>
        <translation>وجدت كل الرسائل المزيفة ({count}).</translation>
    </message>
    <message>
        <source>You kept the real messages.</source>
        <translation>احتفظت بالرسائل الحقيقية.</translation>
    </message>
    <message>
        <source>You said why each fake is a fake.</source>
        <translation>ذكرت سببًا صحيحًا لكل رسالة مزيفة.</translation>
    </message>
    <message>
        <source>You opened the attachment.</source>
        <translation>فتحت المرفق.</translation>
    </message>
    <message>
        <source>Open the attachment: click its name under the message.</source>
        <translation>افتح المرفق: اضغط على اسمه تحت الرسالة.</translation>
    </message>
    <message>
        <source>Your answer is right.</source>
        <translation>إجابتك صحيحة.</translation>
    </message>
    <message>
        <source>Read the message again: the answer is in it.</source>
        <translation>اقرأ الرسالة مرة أخرى: الإجابة موجودة فيها.</translation>
    </message>
    <message>
        <source>“{entry}” is not an email address: an address has an @ in it, like maria.lopez@centre.example.</source>
        <translation>«{entry}» ليس عنوان بريد إلكتروني: في كل عنوان الرمز @، مثل maria.lopez@centre.example.</translation>
    </message>
    <message>
        <source>“{entry}” has a space in it. Email addresses have no spaces.</source>
        <translation>في «{entry}» مسافة. لا توجد مسافات في عناوين البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>“{entry}” is not a complete address. Check the part after the @: it ends with a dot and a word, like .org or .fr.</source>
        <translation>«{entry}» ليس عنوانًا كاملًا. تحقّق من الجزء الذي بعد @: ينتهي بنقطة ثم كلمة، مثل ‎.org أو ‎.jo</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The disk is full, so your last work could not be saved. Work saved before is safe. Ask your trainer to free some space.</source>
        <translation>القرص ممتلئ، لذلك لم يُحفظ عملك الأخير. أما العمل المحفوظ من قبل فهو في أمان. اطلب من مدرّبك توفير بعض المساحة.</translation>
    </message>
    <message>
        <source>Tutor cannot write in its data folder {path} ({reason}). Ask your trainer to check the folder or the USB stick.</source>
        <translation>لا يستطيع برنامج Tutor الكتابة في مجلد بياناته {path} ({reason}). اطلب من مدرّبك فحص المجلد أو ذاكرة USB.</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>يُرجى كتابة اسمك.</translation>
    </message>
    <message>
        <source>A name can have at most {max} letters.</source>
        <translation>لا يمكن أن يزيد الاسم على {max} حرفًا.</translation>
    </message>
    <message>
        <source>Unknown picture: {value}.</source>
        <translation>صورة غير معروفة: {value}.</translation>
    </message>
    <message>
        <source>Unknown language: {value}.</source>
        <translation>لغة غير معروفة: {value}.</translation>
    </message>
    <message>
        <source>Unknown keyboard: {value}.</source>
        <translation>لوحة مفاتيح غير معروفة: {value}.</translation>
    </message>
    <message>
        <source>Unknown text size: {value}.</source>
        <translation>حجم خط غير معروف: {value}.</translation>
    </message>
    <message>
        <source>Tutor is busy saving in another window. Wait a moment and try again.</source>
        <translation>برنامج Tutor مشغول بالحفظ في نافذة أخرى. انتظر لحظة ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The centre server cannot be reached. Your work is kept on this PC and will be sent when it is back.</source>
        <translation>لا يمكن الوصول إلى خادم المركز. عملك محفوظ على هذا الحاسوب وسيُرسل عندما يعود الخادم.</translation>
    </message>
    <message>
        <source>The centre server did not accept this PC. Your work is kept on this PC. Ask your trainer to join this PC to the centre server again.</source>
        <translation>لم يقبل خادم المركز هذا الحاسوب. عملك محفوظ على هذا الحاسوب. اطلب من مدرّبك أن يربط هذا الحاسوب بخادم المركز من جديد.</translation>
    </message>
    <message>
        <source>Tutor cannot read its progress database ({reason}). Nothing has been changed or deleted. Ask your trainer for help: the details are in the log file.</source>
        <translation>لا يستطيع برنامج Tutor قراءة قاعدة بيانات التقدّم ({reason}). لم يتغيّر أي شيء ولم يُحذف أي شيء. اطلب المساعدة من مدرّبك: التفاصيل موجودة في ملف السجل.</translation>
    </message>
    <message>
        <source>A PIN is four numbers, like 2580.</source>
        <translation>الرقم السري مكوّن من أربعة أرقام، مثل 2580.</translation>
    </message>
    <message>
        <source>This learner no longer exists.</source>
        <translation>هذا الملف الشخصي لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Keyboard {name}: unknown finger {finger}.</source>
        <translation>لوحة المفاتيح {name}: إصبع غير معروف {finger}.</translation>
    </message>
    <message>
        <source>The keyboard description {name} cannot be read.</source>
        <translation>تعذّرت قراءة وصف لوحة المفاتيح {name}.</translation>
    </message>
    <message>
        <source>The task {task} is not an email to write, so no file can answer it.</source>
        <translation>المهمة {task} ليست رسالة للكتابة، لذلك لا يمكن الإجابة عنها بملف.</translation>
    </message>
    <message>
        <source>{path} is too large for an email ({size} bytes).</source>
        <translation>الملف {path} كبير جدًا على رسالة بريد إلكتروني ({size} بايت).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>تعذّرت قراءة {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not an email file: it has no To, Subject or From line at the top.</source>
        <translation>الملف {path} ليس ملف بريد إلكتروني: لا يوجد في أوله سطر To (إلى) أو Subject (الموضوع) أو From (من).</translation>
    </message>
    <message>
        <source>The USB stick or disk is full: the progress file was not saved.</source>
        <translation>ذاكرة USB أو القرص ممتلئ: لم يُحفظ ملف التقدّم.</translation>
    </message>
    <message>
        <source>The progress file could not be saved in {path} ({reason}).</source>
        <translation>تعذّر حفظ ملف التقدّم في {path} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is too large to be a progress file.</source>
        <translation>الملف {name} أكبر من أن يكون ملف تقدّم.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>تعذّرت قراءة الملف {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a Tutor progress file, or it is damaged (for example copied only in part). Nothing was changed.</source>
        <translation>الملف {name} ليس ملف تقدّم من برنامج Tutor، أو أنه تالف (مثلًا نُسخ جزء منه فقط). لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>{name} contains unsafe paths and was refused.</source>
        <translation>يحتوي الملف {name} على مسارات غير آمنة، لذلك رُفض.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Tutor. Ask your trainer to update Tutor on this computer, then load it again.</source>
        <translation>أُنشئ الملف {name} بإصدار أحدث من برنامج Tutor. اطلب من مدرّبك تحديث Tutor على هذا الحاسوب، ثم حمّل الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>{name} has been changed or damaged since it was saved (its check does not match). Nothing was changed.</source>
        <translation>تغيّر الملف {name} أو تلف منذ حفظه (رمز التحقّق غير مطابق). لم يتغيّر أي شيء.</translation>
    </message>
    <message>
        <source>{name} has dates that cannot be right (before Tutor existed, or in the future). Check the computer&apos;s date. Nothing was changed.</source>
        <translation>في {name} تواريخ لا يمكن أن تكون صحيحة (قبل وجود Tutor أو في المستقبل). تحقّق من تاريخ الحاسوب. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>{name} unpacks to far more data than progress can be, and was refused.</source>
        <translation>عند فك ضغط الملف {name} تنتج بيانات أكبر بكثير مما يمكن أن يحتويه ملف تقدّم، لذلك رُفض.</translation>
    </message>
    <message>
        <source>{name} has a PIN on this computer. Type {name}&apos;s PIN to load this progress.</source>
        <translation>لدى {name} رقم سري على هذا الحاسوب. اكتب الرقم السري لـ{name} لتحميل هذا التقدّم.</translation>
    </message>
    <message>
        <source>{name} could not be loaded because of an unexpected problem. Nothing of it was changed; the details are in the log file.</source>
        <translation>تعذّر تحميل {name} بسبب مشكلة غير متوقعة. لم يتغيّر شيء؛ التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet Tutor can open ({reason}).</source>
        <translation>الملف {file} ليس جدول بيانات يستطيع برنامج Tutor فتحه ({reason}).</translation>
    </message>
    <message>
        <source>{file} has too many cells for Tutor.</source>
        <translation>في الملف {file} خلايا أكثر مما يستطيع برنامج Tutor التعامل معه.</translation>
    </message>
    <message>
        <source>{file} is too large for Tutor: it unpacks to more than {limit} MB, or into too many parts.</source>
        <translation>الملف {file} أكبر مما يحتمله Tutor: يتجاوز {limit} ميغابايت بعد فكّ ضغطه، أو فيه أجزاء كثيرة جدا.</translation>
    </message>
    <message>
        <source>{file} has too many sheets, rows, columns, names or styles for Tutor.</source>
        <translation>في الملف {file} أوراق أو صفوف أو أعمدة أو أسماء أو أنماط أكثر مما يحتمله Tutor.</translation>
    </message>
    <message>
        <source>{file} has formulas too long for Tutor (one formula can have at most 8,192 characters).</source>
        <translation>في الملف {file} صيغ أطول مما يحتمله Tutor (الصيغة الواحدة 8192 حرفا على الأكثر).</translation>
    </message>
    <message>
        <source>{file} has a number Tutor cannot use in {cell} on the sheet {sheet}.</source>
        <translation>في الملف {file} رقم لا يستطيع Tutor استعماله في {cell} في الورقة {sheet}.</translation>
    </message>
    <message>
        <source>{file} has more text in {cell} on the sheet {sheet} than a cell can hold (32,767 characters).</source>
        <translation>في الملف {file} نص في {cell} في الورقة {sheet} أطول مما تتسع له الخلية (32767 حرفا).</translation>
    </message>
    <message>
        <source>{file} has a cell outside the 1,048,576 rows and 16,384 columns of a sheet.</source>
        <translation>في الملف {file} خلية خارج صفوف الورقة (1048576) وأعمدتها (16384).</translation>
    </message>
    <message>
        <source>{file} has no sheet of cells.</source>
        <translation>لا توجد في الملف {file} ورقة خلايا.</translation>
    </message>
    <message>
        <source>{file} has too many formulas that depend on each other for Tutor to calculate.</source>
        <translation>في الملف {file} صيغ كثيرة جدا يعتمد بعضها على بعض، فلا يستطيع Tutor حسابها.</translation>
    </message>
    <message>
        <source>Tutor could not save {file} ({reason}).</source>
        <translation>تعذّر على برنامج Tutor حفظ الملف {file} ({reason}).</translation>
    </message>
    <message>
        <source>A trainer password has at least {count} characters.</source>
        <translation>يجب ألّا يقل عدد أحرف كلمة مرور المدرّب عن {count}.</translation>
    </message>
    <message>
        <source>{path} has too many lines for an email ({count}; at most {limit}).</source>
        <translation>في {path} أسطر أكثر مما تحتمله رسالة ({count}؛ والحد {limit}).</translation>
    </message>
    <message>
        <source>{path} has a line of {size} bytes: an email&apos;s lines are much shorter (at most {limit}).</source>
        <translation>في {path} سطر طوله {size} بايت: أسطر الرسائل أقصر من ذلك بكثير (الحد {limit}).</translation>
    </message>
    <message>
        <source>{path} has too many header lines for an email (at most {count} lines, {limit} bytes).</source>
        <translation>في {path} أسطر ترويسة أكثر مما تحتمله رسالة (الحد {count} سطرًا و{limit} بايت).</translation>
    </message>
    <message>
        <source>{path} has too many encoded words in its header (at most {limit}).</source>
        <translation>في ترويسة {path} كلمات مرمّزة كثيرة جدًا (الحد {limit}).</translation>
    </message>
    <message>
        <source>{path}: the header line {field} is too long ({size} characters; at most {limit}).</source>
        <translation>{path}: سطر الترويسة {field} طويل جدًا ({size} حرفًا؛ والحد {limit}).</translation>
    </message>
    <message>
        <source>{path}: the header line {field} has too many encoded words (at most {limit}).</source>
        <translation>{path}: في سطر الترويسة {field} كلمات مرمّزة كثيرة جدًا (الحد {limit}).</translation>
    </message>
    <message>
        <source>{path}: the header line {field} has too many addresses (at most {limit}).</source>
        <translation>{path}: في سطر الترويسة {field} عناوين كثيرة جدًا (الحد {limit}).</translation>
    </message>
    <message>
        <source>{path} has too many parts for an email (at most {limit}).</source>
        <translation>في {path} أجزاء أكثر مما تحتمله رسالة (الحد {limit}).</translation>
    </message>
    <message>
        <source>{path} has parts nested too deep for an email (at most {limit}).</source>
        <translation>في {path} أجزاء متداخلة بعمق أكبر مما تحتمله رسالة (الحد {limit}).</translation>
    </message>
    <message>
        <source>A name cannot be empty. Type a name.</source>
        <translation>لا يمكن أن يكون الاسم فارغًا. اكتب اسمًا.</translation>
    </message>
    <message>
        <source>A name cannot contain any of these signs: / \ : * ? &quot; &lt; &gt; |</source>
        <translation>لا يمكن أن يحتوي الاسم على أي من هذه العلامات: ‎/ \ : * ? &quot; &lt; &gt; |‎</translation>
    </message>
    <message>
        <source>{name} is a name the computer keeps for itself. Choose another name.</source>
        <translation>الاسم {name} محجوز للحاسوب. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>A name can be at most {most} letters long.</source>
        <translation>لا يمكن أن يزيد الاسم على {most} حرفًا.</translation>
    </message>
    <message>
        <source>There is already an item named {name} there. Choose another name.</source>
        <translation>يوجد في هذا المكان ملف أو مجلد اسمه {name}. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>A folder cannot be put inside itself or inside a folder it holds.</source>
        <translation>لا يمكن وضع مجلد داخل نفسه، ولا داخل مجلد موجود فيه.</translation>
    </message>
    <message>
        <source>This is one of the computer&apos;s own places: it cannot be renamed, moved or deleted.</source>
        <translation>هذا من أماكن الحاسوب الخاصة: لا يمكن تغيير اسمه أو نقله أو حذفه.</translation>
    </message>
    <message>
        <source>This is in the Recycle Bin. Restore it first.</source>
        <translation>هذا في سلة المحذوفات. استعِده أولًا.</translation>
    </message>
    <message>
        <source>Only items in the Recycle Bin can be restored.</source>
        <translation>لا يمكن أن تستعيد إلا ما في سلة المحذوفات.</translation>
    </message>
    <message>
        <source>Choose a folder to put it in.</source>
        <translation>اختر مجلدًا لتضعه فيه.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>لا يوجد شيء للتراجع عنه.</translation>
    </message>
    <message>
        <source>This is already on the USB stick.</source>
        <translation>هذا موجود في ذاكرة USB من قبل.</translation>
    </message>
    <message>
        <source>This file is too big to be a centre card.</source>
        <translation>هذا الملف أكبر من أن يكون بطاقة مركز.</translation>
    </message>
    <message>
        <source>This file is not a centre card, or it was changed after it was signed.</source>
        <translation>هذا الملف ليس بطاقة مركز، أو أنه تغيّر بعد توقيعه.</translation>
    </message>
    <message>
        <source>That is not the trainer password.</source>
        <translation>هذه ليست كلمة مرور المدرّب.</translation>
    </message>
    <message>
        <source>This centre has its key already.</source>
        <translation>لهذا المركز مفتاح من قبل.</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name.</source>
        <translation>اكتب اسم المركز.</translation>
    </message>
    <message>
        <source>That password does not open the centre&apos;s key.</source>
        <translation>كلمة المرور هذه لا تفتح مفتاح المركز.</translation>
    </message>
    <message>
        <source>The centre&apos;s key is not of the right kind.</source>
        <translation>مفتاح المركز ليس من النوع الصحيح.</translation>
    </message>
    <message>
        <source>This computer has no centre key yet. A trainer sets it up first.</source>
        <translation>لا يوجد مفتاح مركز على هذا الحاسوب بعد. يجب أن يُعِدّه المدرّب أولًا.</translation>
    </message>
    <message>
        <source>The centre&apos;s key does not match its card.</source>
        <translation>مفتاح المركز لا يطابق بطاقته.</translation>
    </message>
    <message>
        <source>This is not a centre backup.</source>
        <translation>هذا الملف ليس نسخة احتياطية لمفتاح مركز.</translation>
    </message>
    <message>
        <source>This computer belongs to another centre already.</source>
        <translation>هذا الحاسوب تابع لمركز آخر بالفعل.</translation>
    </message>
    <message>
        <source>The verifier page in this copy of Tutor is damaged. Install Tutor again.</source>
        <translation>صفحة أداة التحقّق في نسخة Tutor هذه تالفة. ثبّت Tutor من جديد.</translation>
    </message>
    <message>
        <source>The verifier page is missing from this copy of Tutor. Install Tutor again.</source>
        <translation>صفحة أداة التحقّق غير موجودة في نسخة Tutor هذه. ثبّت Tutor من جديد.</translation>
    </message>
    <message>
        <source>The file {name} cannot be written. Choose another place.</source>
        <translation>تعذّر حفظ الملف {name}. اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>تعذّرت قراءة الملف {name}.</translation>
    </message>
    <message>
        <source>This computer&apos;s own key is damaged. Ask your trainer for help.</source>
        <translation>مفتاح هذا الحاسوب نفسه تالف. اطلب المساعدة من مدرّبك.</translation>
    </message>
    <message>
        <source>This is not a centre server&apos;s address ({reason}).</source>
        <translation>هذا ليس عنوان خادم مركز ({reason}).</translation>
    </message>
    <message>
        <source>This copy of Tutor cannot talk to a centre server (its PostgreSQL driver is missing). Your work is kept on this PC.</source>
        <translation>لا تستطيع نسخة Tutor هذه الاتصال بخادم مركز (برنامج تشغيل PostgreSQL غير موجود). عملك محفوظ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>A database&apos;s name is made of letters, digits and _ (at most 63), like tutor or kakuma_centre.</source>
        <translation>يتكوّن اسم قاعدة البيانات من حروف وأرقام و _ (63 على الأكثر)، مثل tutor أو kakuma_centre.</translation>
    </message>
    <message>
        <source>A centre server&apos;s password needs at least {count} characters.</source>
        <translation>تحتاج كلمة مرور خادم المركز إلى {count} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The centre server could not be prepared: {reason}</source>
        <translation>تعذّر تجهيز خادم المركز: {reason}</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>This answer could not be read.</source>
        <translation>تعذّرت قراءة هذه الإجابة.</translation>
    </message>
    <message>
        <source>The right label is {label}.</source>
        <translation>التصنيف الصحيح هو {label}.</translation>
    </message>
    <message>
        <source>Not marked: &quot;{text}&quot; ({label}).</source>
        <translation>لم يُحدَّد: «{text}» ({label}).</translation>
    </message>
    <message>
        <source>Not a {label} here: &quot;{text}&quot;.</source>
        <translation>حُدِّد خطأً على أنه {label}: «{text}».</translation>
    </message>
    <message>
        <source>{found} of {total} boxes found.</source>
        <translation>المربعات الصحيحة: {found} من {total}.</translation>
    </message>
    <message>
        <source>A box is too loose or too tight: it overlaps {overlap} % (at least {needed} % counts).</source>
        <translation>مربع أكبر أو أصغر من اللازم: يغطي الشيء بنسبة {overlap}% (لا يُحسب المربع إلا إذا غطّى {needed}% على الأقل).</translation>
    </message>
    <message>
        <source>Boxes round nothing to box: {count}.</source>
        <translation>مربعات ليست حول أي شيء مطلوب: {count}.</translation>
    </message>
    <message>
        <source>Nearly right: {field} (a capital letter or one character).</source>
        <translation>صحيح تقريبًا: {field} (الفرق حرف كبير أو حرف واحد).</translation>
    </message>
    <message>
        <source>Not what the document says: {field}.</source>
        <translation>لا يطابق المستند: {field}.</translation>
    </message>
    <message>
        <source>An error you did not mark: {item}.</source>
        <translation>خطأ لم تحدّده: {item}.</translation>
    </message>
    <message>
        <source>This was right: {item}.</source>
        <translation>هذا كان صحيحًا: {item}.</translation>
    </message>
    <message>
        <source>“{first}” comes before “{second}”.</source>
        <translation>«{first}» يأتي قبل «{second}».</translation>
    </message>
    <message>
        <source>Word error rate: {wer} % (at most {needed} % passes).</source>
        <translation>نسبة الأخطاء في الكلمات: {wer} % (النجاح عند {needed} % على الأكثر).</translation>
    </message>
    <message>
        <source>Nothing was typed.</source>
        <translation>لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Listen again for: {words}.</source>
        <translation>استمع مرة أخرى إلى: {words}.</translation>
    </message>
    <message>
        <source>Words typed that were not said (or that the style guide leaves out): {count}.</source>
        <translation>كلمات كُتبت ولم تُقل (أو يحذفها دليل الأسلوب): {count}.</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>the key &apos;{key}&apos; is missing</source>
        <translation>المفتاح &apos;{key}&apos; غير موجود</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos;</source>
        <translation>مفتاح غير معروف &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text in quotes</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; نصًا بين علامتي اقتباس</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must not be empty</source>
        <translation>يجب ألّا تكون قيمة &apos;{key}&apos; فارغة</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is too long</source>
        <translation>قيمة &apos;{key}&apos; طويلة جدًا</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has a value of the wrong form: {value}</source>
        <translation>قيمة &apos;{key}&apos; بصيغة غير صحيحة: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; عددًا صحيحًا</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a number</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; عددًا</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be true or false</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; إما true أو false</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list [ ... ]</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; قائمة [ ... ]</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; needs at least {min} item(s)</source>
        <translation>يجب ألّا يقل عدد عناصر &apos;{key}&apos; عن {min}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has too many items</source>
        <translation>عدد عناصر &apos;{key}&apos; أكثر من المسموح</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a table</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; جدولًا (table)</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one of: {expected}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; واحدة من: {expected}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be at least {limit}</source>
        <translation>يجب ألّا تقل قيمة &apos;{key}&apos; عن {limit}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be at most {limit}</source>
        <translation>يجب ألّا تزيد قيمة &apos;{key}&apos; على {limit}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be more than {limit}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; أكبر من {limit}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be less than {limit}</source>
        <translation>يجب أن تكون قيمة &apos;{key}&apos; أصغر من {limit}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not an outcome: {value} (write framework:code, like icdl-ce:2.2.1 or digcomp:3.1@2)</source>
        <translation>&apos;{key}&apos; ليس هدفًا تعليميًا: {value} (اكتب الإطار:الرمز، مثل icdl-ce:2.2.1 أو digcomp:3.1@2)</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: unknown framework &apos;{framework}&apos; in {value} (known: {known})</source>
        <translation>&apos;{key}&apos;: إطار غير معروف &apos;{framework}&apos; في {value} (الأطر المعروفة: {known})</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: {value} needs a DigComp proficiency level 1 to 8 after @, like digcomp:3.1@2</source>
        <translation>&apos;{key}&apos;: يحتاج {value} إلى مستوى إتقان DigComp من 1 إلى 8 بعد @، مثل digcomp:3.1@2</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: only DigComp outcomes take a level (@): {value}</source>
        <translation>&apos;{key}&apos;: أهداف DigComp وحدها لها مستوى (@): {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: {detail}</source>
        <translation>&apos;{key}&apos;: {detail}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation>مفتاح غير معروف &apos;{key}&apos; (هل تقصد &apos;{close}&apos;؟)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>الملف كبير جدًا</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>تعذّرت قراءة الملف: {reason}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>الملف ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>lists or tables are nested {depth} deep; a pack needs at most {limit}</source>
        <translation>القوائم أو الجداول متداخلة بعمق {depth}؛ والحزمة تحتاج {limit} على الأكثر</translation>
    </message>
    <message>
        <source>tables are nested deeper than {limit}</source>
        <translation>الجداول متداخلة بعمق يزيد على {limit}</translation>
    </message>
    <message>
        <source>a number is not finite (nan, inf) or far too large</source>
        <translation>أحد الأرقام غير منته (nan أو inf) أو كبير جدا</translation>
    </message>
    <message>
        <source>unknown skill &apos;{skill}&apos; (installed: {known})</source>
        <translation>مهارة غير معروفة &apos;{skill}&apos; (المهارات المثبّتة: {known})</translation>
    </message>
    <message>
        <source>the exercise id &apos;{id}&apos; is already used at line {first}</source>
        <translation>معرّف التمرين &apos;{id}&apos; مستخدم من قبل في السطر {first}</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail}</source>
        <translation>خطأ في صياغة TOML: {detail}</translation>
    </message>
    <message>
        <source>the pack id &apos;{id}&apos; is already used by {other}</source>
        <translation>معرّف الحزمة &apos;{id}&apos; مستخدم من قبل في {other}</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>chosen with --data-dir</source>
        <translation>محدَّد بالخيار --data-dir</translation>
    </message>
    <message>
        <source>chosen with the TUTOR_DATA_DIR setting</source>
        <translation>محدَّد بالإعداد TUTOR_DATA_DIR</translation>
    </message>
    <message>
        <source>portable mode: kept beside the program</source>
        <translation>الوضع المحمول: بجانب البرنامج</translation>
    </message>
    <message>
        <source>the usual folder for this user</source>
        <translation>المجلد المعتاد لهذا المستخدم</translation>
    </message>
</context>
<context>
    <name>pictures</name>
    <message>
        <source>sun</source>
        <translation>شمس</translation>
    </message>
    <message>
        <source>moon</source>
        <translation>قمر</translation>
    </message>
    <message>
        <source>star</source>
        <translation>نجمة</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>شجرة</translation>
    </message>
    <message>
        <source>flower</source>
        <translation>زهرة</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>ورقة شجر</translation>
    </message>
    <message>
        <source>mountain</source>
        <translation>جبل</translation>
    </message>
    <message>
        <source>house</source>
        <translation>بيت</translation>
    </message>
    <message>
        <source>boat</source>
        <translation>قارب</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>دراجة</translation>
    </message>
    <message>
        <source>car</source>
        <translation>سيارة</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>حافلة</translation>
    </message>
    <message>
        <source>ball</source>
        <translation>كرة</translation>
    </message>
    <message>
        <source>book</source>
        <translation>كتاب</translation>
    </message>
    <message>
        <source>cup</source>
        <translation>كوب</translation>
    </message>
    <message>
        <source>key</source>
        <translation>مفتاح</translation>
    </message>
    <message>
        <source>umbrella</source>
        <translation>مظلة</translation>
    </message>
    <message>
        <source>lamp</source>
        <translation>مصباح</translation>
    </message>
    <message>
        <source>fish</source>
        <translation>سمكة</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>طائر</translation>
    </message>
    <message>
        <source>butterfly</source>
        <translation>فراشة</translation>
    </message>
    <message>
        <source>elephant</source>
        <translation>فيل</translation>
    </message>
    <message>
        <source>giraffe</source>
        <translation>زرافة</translation>
    </message>
    <message>
        <source>lion</source>
        <translation>أسد</translation>
    </message>
</context>
<context>
    <name>placement</name>
    <message>
        <source>Office work</source>
        <translation>العمل المكتبي</translation>
    </message>
    <message>
        <source>Data entry and online tasks</source>
        <translation>إدخال البيانات والمهام عبر الإنترنت</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>خدمة العملاء</translation>
    </message>
    <message>
        <source>Building websites and code</source>
        <translation>بناء المواقع الإلكترونية والبرمجة</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>QWERTY (English, Kiswahili)</source>
        <translation>QWERTY (الإنجليزية، السواحيلية)</translation>
    </message>
    <message>
        <source>AZERTY (French)</source>
        <translation>AZERTY (الفرنسية)</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>كبير جدًا</translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <source>{cell} is right.</source>
        <translation>الخلية {cell} صحيحة.</translation>
    </message>
    <message>
        <source>{cell} is empty. Something should be there.</source>
        <translation>الخلية {cell} فارغة. يجب أن يكون فيها شيء.</translation>
    </message>
    <message>
        <source>{cell} has a typed number. Type a formula instead: start with = so the spreadsheet calculates it.</source>
        <translation>في الخلية {cell} رقم مكتوب باليد. اكتب صيغة بدلًا منه: ابدأ بعلامة = ليحسب جدول البيانات النتيجة.</translation>
    </message>
    <message>
        <source>The formula in {cell} only has numbers. Use the cells instead (like =B2+B3), so the result changes when they change.</source>
        <translation>الصيغة في الخلية {cell} فيها أرقام فقط. استخدم الخلايا بدلًا منها (مثل ‎=B2+B3)، لتتغيّر النتيجة عندما تتغيّر قيم الخلايا.</translation>
    </message>
    <message>
        <source>{cell} shows the error {error}. Check the formula in this cell.</source>
        <translation>تعرض الخلية {cell} الخطأ ‎{error}‎. تحقّق من الصيغة في هذه الخلية.</translation>
    </message>
    <message>
        <source>The formula in {cell} uses its own cell (a circular reference).</source>
        <translation>الصيغة في الخلية {cell} تستخدم الخلية نفسها (مرجع دائري).</translation>
    </message>
    <message>
        <source>{cell} shows {actual}, but it should show {expected}.</source>
        <translation>تعرض الخلية {cell} القيمة ‎{actual}‎، لكن يجب أن تعرض ‎{expected}‎.</translation>
    </message>
    <message>
        <source>The formula in {cell} should use the {function} function.</source>
        <translation>يجب أن تستخدم الصيغة في الخلية {cell} الدالة {function}.</translation>
    </message>
    <message>
        <source>The formula in {cell} should use {absolute} with dollar signs, so it does not move when you fill down.</source>
        <translation>يجب أن تستخدم الصيغة في الخلية {cell} المرجع ‎{absolute} مع علامات الدولار، حتى لا يتغيّر عند التعبئة للأسفل.</translation>
    </message>
    <message>
        <source>{cell} is right. {ref} stays in place in the direction you filled, which is all this task needs. {absolute}, with both dollar signs, is the usual choice: it stays in place whichever way the formula is copied.</source>
        <translation>{cell} صحيحة. يبقى {ref} ثابتًا في الاتجاه الذي نسخت فيه، وهذا كل ما تطلبه المهمة. {absolute} بعلامتَي الدولار هو الاختيار المعتاد: يبقى ثابتًا في أي اتجاه تُنسخ فيه الصيغة.</translation>
    </message>
    <message>
        <source>{cell} is wrong: the formula was filled from {first} and {ref} moved with it. Write {fixed} with dollar signs, so it stays in place.</source>
        <translation>{cell} خاطئة: نُسخت الصيغة من {first} فتحرّك {ref} معها. اكتب {fixed} بعلامات الدولار ليبقى ثابتًا.</translation>
    </message>
    <message>
        <source>The formula in {cell} gives the right result now, but not when {input} changes. Use the cells in the formula, not numbers typed into it.</source>
        <translation>الصيغة في {cell} تعطي النتيجة الصحيحة الآن، لكن ليس عندما تتغير {input}. استعمل الخلايا في الصيغة، لا أرقامًا مكتوبة فيها.</translation>
    </message>
    <message>
        <source>The formula in {cell} gives the right result now, but not when the numbers change. Use the cells in the formula, not numbers typed into it.</source>
        <translation>الصيغة في {cell} تعطي النتيجة الصحيحة الآن، لكن ليس عندما تتغير الأرقام. استعمل الخلايا في الصيغة، لا أرقامًا مكتوبة فيها.</translation>
    </message>
    <message>
        <source>Show {cell} as money (currency format).</source>
        <translation>اعرض الخلية {cell} كمبلغ مالي (تنسيق العملة).</translation>
    </message>
    <message>
        <source>Show {cell} as a percentage.</source>
        <translation>اعرض الخلية {cell} كنسبة مئوية.</translation>
    </message>
    <message>
        <source>Show {cell} as a date.</source>
        <translation>اعرض الخلية {cell} كتاريخ.</translation>
    </message>
    <message>
        <source>Show {cell} as a number.</source>
        <translation>اعرض الخلية {cell} كرقم.</translation>
    </message>
    <message>
        <source>Remove the special format of {cell}.</source>
        <translation>أزِل التنسيق الخاص من الخلية {cell}.</translation>
    </message>
    <message>
        <source>Show {cell} with {decimals} decimal places.</source>
        <translation>اعرض الخلية {cell} بحيث يكون عدد الأرقام بعد الفاصلة العشرية {decimals}.</translation>
    </message>
    <message>
        <source>Make {cell} bold.</source>
        <translation>اجعل خط الخلية {cell} غامقًا.</translation>
    </message>
    <message>
        <source>{cell} should not be bold.</source>
        <translation>يجب ألّا يكون خط الخلية {cell} غامقًا.</translation>
    </message>
    <message>
        <source>The rows {range} are sorted by column {column}.</source>
        <translation>الصفوف {range} مرتّبة حسب العمود {column}.</translation>
    </message>
    <message>
        <source>Sort the rows {range} by column {column}, from smallest to largest (A to Z).</source>
        <translation>رتّب الصفوف {range} حسب العمود {column}، من الأصغر إلى الأكبر (من A إلى Z).</translation>
    </message>
    <message>
        <source>Sort the rows {range} by column {column}, from largest to smallest (Z to A).</source>
        <translation>رتّب الصفوف {range} حسب العمود {column}، من الأكبر إلى الأصغر (من Z إلى A).</translation>
    </message>
    <message>
        <source>Some rows of {range} were changed or lost while sorting. Undo and sort the whole table.</source>
        <translation>تغيّرت بعض الصفوف في {range} أو ضاعت أثناء الترتيب. تراجع عن ذلك، ثم رتّب الجدول كله.</translation>
    </message>
    <message>
        <source>There is a chart of the data.</source>
        <translation>يوجد رسم بياني للبيانات.</translation>
    </message>
    <message>
        <source>Make a chart: select the data, then press Chart.</source>
        <translation>أنشئ رسمًا بيانيًا: حدّد البيانات، ثم اضغط على «رسم بياني».</translation>
    </message>
    <message>
        <source>Make a line chart: select the data, then press Chart and choose Line.</source>
        <translation>أنشئ رسمًا بيانيًا خطيًا: حدّد البيانات، ثم اضغط على «رسم بياني» واختر «خط».</translation>
    </message>
    <message>
        <source>Make a bar chart: select the data, then press Chart and choose Bars.</source>
        <translation>أنشئ رسمًا بيانيًا بالأعمدة: حدّد البيانات، ثم اضغط على «رسم بياني» واختر «أعمدة».</translation>
    </message>
</context>
<context>
    <name>skills</name>
    <message>
        <source>Typing</source>
        <translation>الكتابة على لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Type with ten fingers, without looking.</source>
        <translation>الكتابة بالأصابع العشر دون النظر إلى لوحة المفاتيح.</translation>
    </message>
    <message>
        <source>Typing thresholds</source>
        <translation>حدود النجاح في الكتابة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Write the emails of a job search and of work, and spot fake messages.</source>
        <translation>اكتب رسائل البريد الإلكتروني التي تحتاجها في البحث عن عمل وفي العمل، واكتشف الرسائل المزيفة.</translation>
    </message>
    <message>
        <source>Basic coding</source>
        <translation>أساسيات البرمجة</translation>
    </message>
    <message>
        <source>Write your first programs in Python, one small step at a time.</source>
        <translation>اكتب برامجك الأولى بلغة Python، خطوة صغيرة في كل مرة.</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>جداول البيانات</translation>
    </message>
    <message>
        <source>Tables, formulas, sorting and charts, as in LibreOffice Calc and Excel</source>
        <translation>الجداول والصيغ والترتيب والرسوم البيانية، كما في LibreOffice Calc و Excel</translation>
    </message>
    <message>
        <source>Computer basics</source>
        <translation>أساسيات الحاسوب</translation>
    </message>
    <message>
        <source>Use the mouse, the keyboard, windows, files and folders, step by step.</source>
        <translation>استعمل الفأرة ولوحة المفاتيح والنوافذ والملفات والمجلدات، خطوة بخطوة.</translation>
    </message>
    <message>
        <source>Find my level</source>
        <translation>اعرف مستواي</translation>
    </message>
    <message>
        <source>A few short tasks find what you can do; then your path starts there.</source>
        <translation>بعض المهام القصيرة تكشف ما تستطيع فعله، ومن هناك يبدأ مسارك.</translation>
    </message>
    <message>
        <source>Levels and path</source>
        <translation>المستويات والمسار</translation>
    </message>
    <message>
        <source>The class by level</source>
        <translation>المجموعة حسب المستوى</translation>
    </message>
    <message>
        <source>Job tasks</source>
        <translation>مهام العمل عبر الإنترنت</translation>
    </message>
    <message>
        <source>Practise the work of data entry and data annotation, as the platforms give it: guidelines, a qualification, then a queue of tasks.</source>
        <translation>تدرّب على عمل إدخال البيانات وتصنيفها كما تقدّمه المنصات: تعليمات، ثم اختبار تأهيل، ثم قائمة من المهام.</translation>
    </message>
    <message>
        <source>Job tasks: projects open</source>
        <translation>مهام العمل عبر الإنترنت: المشاريع المفتوحة</translation>
    </message>
    <message>
        <source>Job tasks: quality and speed</source>
        <translation>مهام العمل عبر الإنترنت: الجودة والسرعة</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>A timed test your trainer starts and watches; its result can become a certificate.</source>
        <translation>اختبار بوقت محدد يبدؤه مدرّبك ويراقبه، ويمكن أن تصبح نتيجته شهادة.</translation>
    </message>
    <message>
        <source>Start an assessment</source>
        <translation>بدء تقييم</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>الشهادات الرقمية</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>This computer has no voice to read aloud. Ask your trainer to install one.</source>
        <translation>لا يوجد في هذا الحاسوب صوت للقراءة بصوت عالٍ. اطلب من مدرّبك أن يثبّت صوتًا.</translation>
    </message>
    <message>
        <source>This computer has no voice for {language}. Ask your trainer to add one.</source>
        <translation>لا يوجد في هذا الحاسوب صوت للغة {language}. اطلب من مدرّبك أن يضيف صوتًا.</translation>
    </message>
    <message>
        <source>The computer&apos;s voice did not work. Ask your trainer.</source>
        <translation>لم يعمل صوت الحاسوب. اطلب المساعدة من مدرّبك.</translation>
    </message>
    <message>
        <source>The computer&apos;s voice did not answer. Ask your trainer.</source>
        <translation>لم يستجب صوت الحاسوب. اطلب المساعدة من مدرّبك.</translation>
    </message>
</context>
<context>
    <name>typing</name>
    <message>
        <source>left little finger</source>
        <translation>الخنصر الأيسر</translation>
    </message>
    <message>
        <source>left ring finger</source>
        <translation>البنصر الأيسر</translation>
    </message>
    <message>
        <source>left middle finger</source>
        <translation>الوسطى اليسرى</translation>
    </message>
    <message>
        <source>left index finger</source>
        <translation>السبابة اليسرى</translation>
    </message>
    <message>
        <source>thumb</source>
        <translation>الإبهام</translation>
    </message>
    <message>
        <source>right index finger</source>
        <translation>السبابة اليمنى</translation>
    </message>
    <message>
        <source>right middle finger</source>
        <translation>الوسطى اليمنى</translation>
    </message>
    <message>
        <source>right ring finger</source>
        <translation>البنصر الأيمن</translation>
    </message>
    <message>
        <source>right little finger</source>
        <translation>الخنصر الأيمن</translation>
    </message>
</context>
</TS>
