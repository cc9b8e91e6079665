<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Tutor</source>
        <translation>À propos de Tutor</translation>
    </message>
    <message>
        <source>Tutor {version}</source>
        <translation>Tutor {version}</translation>
    </message>
    <message>
        <source>Digital skills for work, for adult beginners.</source>
        <translation>Compétences numériques pour le travail, pour les adultes débutants.</translation>
    </message>
    <message>
        <source>Your data folder: {path}</source>
        <translation>Votre dossier de données&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Fichier journal&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <translation>Logiciel libre sous licence GNU General Public License, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Sorry, something went wrong.</source>
        <translation>Désolé, un problème est survenu.</translation>
    </message>
    <message>
        <source>The work you finished before is saved. You can go on.</source>
        <translation>Le travail que vous avez déjà terminé est enregistré. Vous pouvez continuer.</translation>
    </message>
    <message>
        <source>For your trainer, the details are in {path}</source>
        <translation>Pour votre formateur&#xa0;: les détails sont dans {path}</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>{done} of {total} done</source>
        <translation>Terminé&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Nothing yet. Choose a skill to start.</source>
        <translation>Rien pour l&apos;instant. Choisissez une compétence pour commencer.</translation>
    </message>
    <message>
        <source>Hello, {name}!</source>
        <translation>Bonjour {name}&#xa0;!</translation>
    </message>
    <message>
        <source>What do you want to practise?</source>
        <translation>Que voulez-vous pratiquer&#xa0;?</translation>
    </message>
    <message>
        <source>No skill is installed yet. Ask your trainer to install a newer version of Tutor.</source>
        <translation>Aucune compétence n&apos;est encore installée. Demandez à votre formateur d&apos;installer une version plus récente de Tutor.</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>What you did recently</source>
        <translation>Ce que vous avez fait récemment</translation>
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
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Switch learner</source>
        <translation>Changer de personne</translation>
    </message>
    <message>
        <source>My settings</source>
        <translation>Mes réglages</translation>
    </message>
    <message>
        <source>Problems with lessons</source>
        <translation>Problèmes dans les leçons</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>NewLearnerScreen</name>
    <message>
        <source>Touch the picture you like.</source>
        <translation>Touchez l&apos;image qui vous plaît.</translation>
    </message>
    <message>
        <source>A PIN is 4 numbers, like 2580.</source>
        <translation>Le code secret a 4 chiffres, par exemple 2580.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Les deux codes sont différents. Tapez-les encore une fois.</translation>
    </message>
    <message>
        <source>Welcome! Let us make your profile.</source>
        <translation>Bienvenue&#xa0;! Nous allons créer votre profil.</translation>
    </message>
    <message>
        <source>Step {step} of {count}</source>
        <translation>Étape {step} sur {count}</translation>
    </message>
    <message>
        <source>What is your name?</source>
        <translation>Comment vous appelez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Choose your picture. You will find yourself by it.</source>
        <translation>Choisissez votre image. Elle vous aidera à retrouver votre profil.</translation>
    </message>
    <message>
        <source>Which language do you read best?</source>
        <translation>Quelle langue lisez-vous le mieux&#xa0;?</translation>
    </message>
    <message>
        <source>Which keyboard does your computer have?</source>
        <translation>Quel est le clavier de votre ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>You can choose 4 secret numbers (a PIN) to protect your profile. Leave it empty if you do not want one.</source>
        <translation>Vous pouvez choisir un code secret de 4 chiffres (code PIN) pour protéger votre profil. Laissez vide si vous n&apos;en voulez pas.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code secret</translation>
    </message>
    <message>
        <source>Type the same 4 numbers again:</source>
        <translation>Tapez encore une fois les 4 mêmes chiffres&#xa0;:</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Répéter le code secret</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>PickerScreen</name>
    <message>
        <source>I am new</source>
        <translation>Première fois</translation>
    </message>
    <message>
        <source>Who are you? Touch your picture.</source>
        <translation>Qui êtes-vous&#xa0;? Touchez votre image.</translation>
    </message>
    <message>
        <source>Find your name</source>
        <translation>Cherchez votre nom</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Wait {seconds} s</source>
        <translation>Attendez {seconds} s</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Your PIN</source>
        <translation>Votre code secret</translation>
    </message>
    <message>
        <source>{name}, type your 4 secret numbers.</source>
        <translation>{name}, tapez vos 4 chiffres secrets.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code secret</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>That is not your PIN. Tries left: {count}.</source>
        <translation>Ce n&apos;est pas votre code secret. Essais restants&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Problems with lessons</source>
        <translation>Problèmes dans les leçons</translation>
    </message>
    <message>
        <source>These lesson files have mistakes and were left out. The other lessons work. A trainer can fix the files and start Tutor again.</source>
        <translation>Ces fichiers de leçons contiennent des erreurs et n&apos;ont pas été chargés. Les autres leçons fonctionnent. Un formateur peut corriger les fichiers, puis relancer Tutor.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <source>Progress chart: {count} tries</source>
        <translation>Graphique de progression&#xa0;: {count} essais</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>A PIN is 4 numbers, like 2580.</source>
        <translation>Le code secret a 4 chiffres, par exemple 2580.</translation>
    </message>
    <message>
        <source>Your PIN is saved.</source>
        <translation>Votre code secret est enregistré.</translation>
    </message>
    <message>
        <source>PIN removed.</source>
        <translation>Code secret supprimé.</translation>
    </message>
    <message>
        <source>My settings</source>
        <translation>Mes réglages</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code secret</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code secret</translation>
    </message>
    <message>
        <source>4 numbers</source>
        <translation>4 chiffres</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Enregistrer le code</translation>
    </message>
    <message>
        <source>No PIN</source>
        <translation>Sans code</translation>
    </message>
    <message>
        <source>Remove the PIN</source>
        <translation>Supprimer le code secret</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>TypingRoom</name>
    <message>
        <source>Pass the lesson before to open this one.</source>
        <translation>Réussissez d&apos;abord la leçon précédente pour ouvrir celle-ci.</translation>
    </message>
    <message>
        <source>Practice of your weakest key: {key}. New letters open when every letter is fast and accurate enough.</source>
        <translation>Entraînement sur la touche la plus difficile pour vous&#xa0;: {key}. De nouvelles lettres s&apos;ajoutent quand vous tapez chaque lettre assez vite et assez juste.</translation>
    </message>
    <message>
        <source>Well done! Saved.</source>
        <translation>Bravo&#xa0;! Votre résultat est enregistré.</translation>
    </message>
    <message>
        <source>Not yet. Saved. Try again!</source>
        <translation>Pas encore. Votre résultat est enregistré. Essayez encore une fois&#xa0;!</translation>
    </message>
    <message>
        <source>{count} stars of 3</source>
        <translation>Étoiles&#xa0;: {count} sur 3</translation>
    </message>
    <message>
        <source>Speed: {wpm} words per minute ({cpm} characters), asked: {min}.</source>
        <translation>Vitesse&#xa0;: {wpm} mots par minute ({cpm} caractères), objectif&#xa0;: {min}.</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy}%, asked: {min}%.</source>
        <translation>Précision&#xa0;: {accuracy}&#xa0;%, objectif&#xa0;: {min}&#xa0;%.</translation>
    </message>
    <message>
        <source>Last time: {wpm} words per minute, {accuracy}%.</source>
        <translation>La dernière fois&#xa0;: {wpm} mots par minute, précision {accuracy}&#xa0;%.</translation>
    </message>
    <message>
        <source>Keys with errors</source>
        <translation>Touches avec des erreurs</translation>
    </message>
    <message>
        <source>Keys that caused errors: {keys}</source>
        <translation>Touches avec des erreurs&#xa0;: {keys}</translation>
    </message>
    <message>
        <source>Row {row} of {count}</source>
        <translation>Ligne {row} sur {count}</translation>
    </message>
    <message>
        <source>Speed: {kph} keystrokes per hour, asked: {min}.</source>
        <translation>Vitesse&#xa0;: {kph} frappes par heure, objectif&#xa0;: {min}.</translation>
    </message>
    <message>
        <source>Fields right: {accuracy}%, asked: {min}%.</source>
        <translation>Cases bien remplies&#xa0;: {accuracy}&#xa0;%, objectif&#xa0;: {min}&#xa0;%.</translation>
    </message>
    <message>
        <source>Last time: {kph} keystrokes per hour.</source>
        <translation>La dernière fois&#xa0;: {kph} frappes par heure.</translation>
    </message>
    <message>
        <source>Your speed (blue, words per minute) and accuracy (green, %) over time.</source>
        <translation>Votre vitesse (ligne bleue, en mots par minute) et votre précision (ligne verte, en&#xa0;%) au fil du temps.</translation>
    </message>
    <message>
        <source>No typing yet: your progress will show here.</source>
        <translation>Pas encore d&apos;exercice de frappe&#xa0;: vos progrès s&apos;afficheront ici.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Practise my weak keys</source>
        <translation>M&apos;entraîner sur mes touches difficiles</translation>
    </message>
    <message>
        <source>My progress</source>
        <translation>Mes progrès</translation>
    </message>
    <message>
        <source>Stop on errors</source>
        <translation>Attendre la bonne touche après une erreur</translation>
    </message>
    <message>
        <source>Allow Backspace</source>
        <translation>Autoriser la touche Effacer (←)</translation>
    </message>
    <message>
        <source>Show the keyboard</source>
        <translation>Afficher le clavier</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Leçon suivante</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>Ligne suivante</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Cours&#xa0;:</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Table to copy</source>
        <translation>Tableau à recopier</translation>
    </message>
</context>
<context>
    <name>TypingScreen</name>
    <message>
        <source>Open the course for this keyboard</source>
        <translation>Ouvrir le cours pour ce clavier</translation>
    </message>
    <message>
        <source>Typing exercise</source>
        <translation>Exercice de frappe</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Your keyboard seems to type like the {layout} keyboard, not like this course&apos;s. Choose the course for your keyboard, or ask your trainer to change the keyboard setting of the computer.</source>
        <translation>Votre clavier semble taper comme un clavier {layout}, pas comme celui de ce cours. Choisissez le cours qui correspond à votre clavier, ou demandez à votre formateur de changer le réglage du clavier de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Open the course for the {layout} keyboard</source>
        <translation>Ouvrir le cours pour le clavier {layout}</translation>
    </message>
    <message>
        <source>Your keyboard is typing Latin letters. Switch the computer&apos;s keyboard to Arabic (often with Alt+Shift), then go on.</source>
        <translation>Votre clavier tape des lettres latines. Passez le clavier de l&apos;ordinateur en arabe (souvent avec Alt+Shift), puis continuez.</translation>
    </message>
    <message>
        <source>{finger}, with Shift under your {other}</source>
        <translation>{finger}, en tenant Shift avec votre {other}</translation>
    </message>
    <message>
        <source>First the accent key, then: {finger}</source>
        <translation>D&apos;abord la touche accent (^), puis&#xa0;: {finger}</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy}%</source>
        <translation>Précision&#xa0;: {accuracy}&#xa0;%</translation>
    </message>
    <message>
        <source>Speed: {wpm} words per minute · Accuracy: {accuracy}%</source>
        <translation>Vitesse&#xa0;: {wpm} mots par minute · Précision&#xa0;: {accuracy}&#xa0;%</translation>
    </message>
    <message>
        <source>Paused. Type the next key to go on.</source>
        <translation>En pause. Tapez la touche suivante pour continuer.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The disk is full, so your last work could not be saved. Work saved before is safe. Ask your trainer to free some space.</source>
        <translation>Le disque est plein&#xa0;: votre dernier travail n&apos;a pas pu être enregistré. Le travail enregistré avant est en sécurité. Demandez à votre formateur de libérer de la place.</translation>
    </message>
    <message>
        <source>Tutor cannot write in its data folder {path} ({reason}). Ask your trainer to check the folder or the USB stick.</source>
        <translation>Tutor ne peut pas écrire dans son dossier de données {path} ({reason}). Demandez à votre formateur de vérifier le dossier ou la clé USB.</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>Écrivez votre nom, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>A name can have at most {max} letters.</source>
        <translation>Un nom peut avoir {max} lettres au maximum.</translation>
    </message>
    <message>
        <source>Unknown picture: {value}.</source>
        <translation>Image inconnue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>Unknown language: {value}.</source>
        <translation>Langue inconnue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>Unknown keyboard: {value}.</source>
        <translation>Clavier inconnu&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>Unknown text size: {value}.</source>
        <translation>Taille de texte inconnue&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>Tutor is busy saving in another window. Wait a moment and try again.</source>
        <translation>Tutor est en train d&apos;enregistrer dans une autre fenêtre. Attendez un moment, puis réessayez.</translation>
    </message>
    <message>
        <source>Tutor cannot read its progress database ({reason}). Nothing has been changed or deleted. Ask your trainer for help: the details are in the log file.</source>
        <translation>Tutor ne peut pas lire sa base de données de progression ({reason}). Rien n&apos;a été modifié ni supprimé. Demandez de l&apos;aide à votre formateur&#xa0;: les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>A PIN is four numbers, like 2580.</source>
        <translation>Le code secret a quatre chiffres, par exemple 2580.</translation>
    </message>
    <message>
        <source>This learner no longer exists.</source>
        <translation>Ce profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Keyboard {name}: unknown finger {finger}.</source>
        <translation>Clavier {name}&#xa0;: le doigt {finger} est inconnu.</translation>
    </message>
    <message>
        <source>The keyboard description {name} cannot be read.</source>
        <translation>Impossible de lire la description du clavier {name}.</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>the key &apos;{key}&apos; is missing</source>
        <translation>il manque la clé &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos;</source>
        <translation>clé inconnue &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be text in quotes</source>
        <translation>&apos;{key}&apos; doit être un texte entre guillemets</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must not be empty</source>
        <translation>&apos;{key}&apos; ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is too long</source>
        <translation>la valeur de &apos;{key}&apos; est trop longue</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has a value of the wrong form: {value}</source>
        <translation>&apos;{key}&apos; a une valeur au format incorrect&#xa0;: {value}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number</source>
        <translation>&apos;{key}&apos; doit être un nombre entier</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a number</source>
        <translation>&apos;{key}&apos; doit être un nombre</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be true or false</source>
        <translation>&apos;{key}&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a list [ ... ]</source>
        <translation>&apos;{key}&apos; doit être une liste [ ... ]</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; needs at least {min} item(s)</source>
        <translation>&apos;{key}&apos; doit contenir au moins {min} élément(s)</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; has too many items</source>
        <translation>&apos;{key}&apos; contient trop d&apos;éléments</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a table</source>
        <translation>&apos;{key}&apos; doit être une table</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be one of: {expected}</source>
        <translation>&apos;{key}&apos; doit avoir l&apos;une de ces valeurs&#xa0;: {expected}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be at least {limit}</source>
        <translation>&apos;{key}&apos; doit valoir au moins {limit}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be at most {limit}</source>
        <translation>&apos;{key}&apos; doit valoir au plus {limit}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be more than {limit}</source>
        <translation>&apos;{key}&apos; doit être supérieur à {limit}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be less than {limit}</source>
        <translation>&apos;{key}&apos; doit être inférieur à {limit}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: {detail}</source>
        <translation>&apos;{key}&apos;&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>unknown key &apos;{key}&apos; (did you mean &apos;{close}&apos;?)</source>
        <translation>clé inconnue &apos;{key}&apos; (vouliez-vous dire &apos;{close}&apos;&#xa0;?)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>impossible de lire le fichier&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>unknown skill &apos;{skill}&apos; (installed: {known})</source>
        <translation>compétence inconnue &apos;{skill}&apos; (installées&#xa0;: {known})</translation>
    </message>
    <message>
        <source>the exercise id &apos;{id}&apos; is already used at line {first}</source>
        <translation>l&apos;identifiant d&apos;exercice &apos;{id}&apos; est déjà utilisé à la ligne {first}</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail}</source>
        <translation>erreur de syntaxe TOML&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>the pack id &apos;{id}&apos; is already used by {other}</source>
        <translation>l&apos;identifiant de pack &apos;{id}&apos; est déjà utilisé par {other}</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>chosen with --data-dir</source>
        <translation>choisi avec --data-dir</translation>
    </message>
    <message>
        <source>chosen with the TUTOR_DATA_DIR setting</source>
        <translation>choisi avec le paramètre TUTOR_DATA_DIR</translation>
    </message>
    <message>
        <source>portable mode: kept beside the program</source>
        <translation>mode portable&#xa0;: à côté du programme</translation>
    </message>
    <message>
        <source>the usual folder for this user</source>
        <translation>le dossier habituel de cet utilisateur</translation>
    </message>
</context>
<context>
    <name>pictures</name>
    <message>
        <source>sun</source>
        <translation>soleil</translation>
    </message>
    <message>
        <source>moon</source>
        <translation>lune</translation>
    </message>
    <message>
        <source>star</source>
        <translation>étoile</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>arbre</translation>
    </message>
    <message>
        <source>flower</source>
        <translation>fleur</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>feuille</translation>
    </message>
    <message>
        <source>mountain</source>
        <translation>montagne</translation>
    </message>
    <message>
        <source>house</source>
        <translation>maison</translation>
    </message>
    <message>
        <source>boat</source>
        <translation>bateau</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>vélo</translation>
    </message>
    <message>
        <source>car</source>
        <translation>voiture</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>bus</translation>
    </message>
    <message>
        <source>ball</source>
        <translation>ballon</translation>
    </message>
    <message>
        <source>book</source>
        <translation>livre</translation>
    </message>
    <message>
        <source>cup</source>
        <translation>tasse</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>umbrella</source>
        <translation>parapluie</translation>
    </message>
    <message>
        <source>lamp</source>
        <translation>lampe</translation>
    </message>
    <message>
        <source>fish</source>
        <translation>poisson</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>oiseau</translation>
    </message>
    <message>
        <source>butterfly</source>
        <translation>papillon</translation>
    </message>
    <message>
        <source>elephant</source>
        <translation>éléphant</translation>
    </message>
    <message>
        <source>giraffe</source>
        <translation>girafe</translation>
    </message>
    <message>
        <source>lion</source>
        <translation>lion</translation>
    </message>
</context>
<context>
    <name>profiles</name>
    <message>
        <source>QWERTY (English, Kiswahili)</source>
        <translation>QWERTY (anglais, swahili)</translation>
    </message>
    <message>
        <source>AZERTY (French)</source>
        <translation>AZERTY (français)</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grand</translation>
    </message>
    <message>
        <source>Extra large</source>
        <translation>Très grand</translation>
    </message>
</context>
<context>
    <name>skills</name>
    <message>
        <source>Typing</source>
        <translation>Taper au clavier</translation>
    </message>
    <message>
        <source>Type with ten fingers, without looking.</source>
        <translation>Tapez avec les dix doigts, sans regarder le clavier.</translation>
    </message>
</context>
<context>
    <name>typing</name>
    <message>
        <source>left little finger</source>
        <translation>auriculaire gauche</translation>
    </message>
    <message>
        <source>left ring finger</source>
        <translation>annulaire gauche</translation>
    </message>
    <message>
        <source>left middle finger</source>
        <translation>majeur gauche</translation>
    </message>
    <message>
        <source>left index finger</source>
        <translation>index gauche</translation>
    </message>
    <message>
        <source>thumb</source>
        <translation>pouce</translation>
    </message>
    <message>
        <source>right index finger</source>
        <translation>index droit</translation>
    </message>
    <message>
        <source>right middle finger</source>
        <translation>majeur droit</translation>
    </message>
    <message>
        <source>right ring finger</source>
        <translation>annulaire droit</translation>
    </message>
    <message>
        <source>right little finger</source>
        <translation>auriculaire droit</translation>
    </message>
</context>
</TS>
