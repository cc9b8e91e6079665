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
</context>
<context>
    <name>NewLearnerScreen</name>
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
    <name>PickerScreen</name>
    <message>
        <source>I am new</source>
        <translation>أول مرة هنا</translation>
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
        <source>That is not your PIN. Tries left: {count}.</source>
        <translation>هذا ليس رقمك السري. المحاولات المتبقية: {count}.</translation>
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
        <source>Text size</source>
        <translation>حجم النص</translation>
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
    <name>TypingRoom</name>
    <message>
        <source>Pass the lesson before to open this one.</source>
        <translation>يُفتح هذا الدرس بعد النجاح في الدرس السابق.</translation>
    </message>
    <message>
        <source>Practice of your weakest key: {key}. New letters open when every letter is fast and accurate enough.</source>
        <translation>تدريب على المفتاح الأصعب عليك: {key}. تُضاف حروف جديدة عندما تصبح كتابة كل حرف سريعة ودقيقة بما يكفي.</translation>
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
        <source>Speed: {wpm} words per minute ({cpm} characters), asked: {min}.</source>
        <translation>السرعة: {wpm} كلمة في الدقيقة ({cpm} حرف)، المطلوب: {min}.</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy}%, asked: {min}%.</source>
        <translation>الدقة: {accuracy}%، المطلوب: {min}%.</translation>
    </message>
    <message>
        <source>Last time: {wpm} words per minute, {accuracy}%.</source>
        <translation>في المرة السابقة: {wpm} كلمة في الدقيقة، والدقة {accuracy}%.</translation>
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
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
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
    <name>skills</name>
    <message>
        <source>Typing</source>
        <translation>الكتابة على لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Type with ten fingers, without looking.</source>
        <translation>الكتابة بالأصابع العشر دون النظر إلى لوحة المفاتيح.</translation>
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
