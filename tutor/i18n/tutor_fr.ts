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
    <name>AssessmentRoom</name>
    <message>
        <source>This assessment cannot open its test here. Ask your trainer.</source>
        <translation>Le test de cette évaluation ne peut pas s&apos;ouvrir ici. Demandez à votre formateur.</translation>
    </message>
    <message>
        <source>Pasting is not allowed in this test.</source>
        <translation>On ne peut pas coller dans ce test.</translation>
    </message>
    <message>
        <source>Time left: {minutes}:{seconds:02d}</source>
        <translation>Temps restant&#xa0;: {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>End the test</source>
        <translation>Terminer le test</translation>
    </message>
    <message>
        <source>End the test now? It cannot be started again; it is recorded as it is now.</source>
        <translation>Terminer le test maintenant&#xa0;? Il ne pourra pas être recommencé&#xa0;; il sera enregistré tel qu&apos;il est maintenant.</translation>
    </message>
    <message>
        <source>The test is over: {name}</source>
        <translation>Le test est fini&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Nothing unusual in the keystroke log.</source>
        <translation>Rien d&apos;inhabituel dans le journal des frappes.</translation>
    </message>
    <message>
        <source>The time is over.</source>
        <translation>Le temps est écoulé.</translation>
    </message>
    <message>
        <source>Everything is done.</source>
        <translation>Tout est fait.</translation>
    </message>
    <message>
        <source>The task is answered.</source>
        <translation>La réponse est donnée.</translation>
    </message>
    <message>
        <source>The test was ended before its time.</source>
        <translation>Le test a été arrêté avant la fin du temps.</translation>
    </message>
    <message>
        <source>The test ended: too many keys were recorded.</source>
        <translation>Le test s&apos;est arrêté&#xa0;: trop de touches ont été enregistrées.</translation>
    </message>
    <message>
        <source>Passed.</source>
        <translation>Réussi.</translation>
    </message>
    <message>
        <source>Not passed yet.</source>
        <translation>Pas encore réussi.</translation>
    </message>
    <message>
        <source>Net speed: {net} words a minute (gross {gross}). Errors: {errors} (at most {limit}). Accuracy: {accuracy} %. Needed: {pass_mark} net words a minute.</source>
        <translation>Vitesse nette&#xa0;: {net} mots par minute (brute&#xa0;: {gross}). Erreurs&#xa0;: {errors} (au plus {limit}). Précision&#xa0;: {accuracy}&#xa0;%. Pour réussir&#xa0;: {pass_mark} mots nets par minute.</translation>
    </message>
    <message>
        <source>Speed: {kph} keystrokes an hour. Fields right: {accuracy} % (rows given: {rows}). Needed: {min_kph} keystrokes an hour and {min_accuracy} % right.</source>
        <translation>Vitesse&#xa0;: {kph} frappes par heure. Champs justes&#xa0;: {accuracy}&#xa0;% (lignes saisies&#xa0;: {rows}). Pour réussir&#xa0;: {min_kph} frappes par heure et {min_accuracy}&#xa0;% de champs justes.</translation>
    </message>
    <message>
        <source>Score: {score} %.</source>
        <translation>Score&#xa0;: {score}&#xa0;%.</translation>
    </message>
    <message>
        <source>That is not the trainer password. Try again, or save without confirmation.</source>
        <translation>Ce n&apos;est pas le mot de passe formateur. Réessayez, ou enregistrez sans confirmation.</translation>
    </message>
    <message>
        <source>Saved. The trainer confirmed watching the test.</source>
        <translation>Enregistré. Le formateur a confirmé avoir surveillé le test.</translation>
    </message>
    <message>
        <source>Saved, not confirmed by a trainer.</source>
        <translation>Enregistré, sans confirmation d&apos;un formateur.</translation>
    </message>
    <message>
        <source>Leave the test</source>
        <translation>Quitter le test</translation>
    </message>
    <message>
        <source>Leave the test? It ends now and cannot be started again; it is recorded as it is now.</source>
        <translation>Quitter le test&#xa0;? Il s&apos;arrête maintenant et ne pourra pas être recommencé&#xa0;; il sera enregistré tel qu&apos;il est maintenant.</translation>
    </message>
    <message>
        <source>No assessment is waiting</source>
        <translation>Aucune évaluation en attente</translation>
    </message>
    <message>
        <source>An assessment is started by a trainer, from the trainer&apos;s screen.</source>
        <translation>C&apos;est un formateur qui lance une évaluation, depuis l&apos;espace formateur.</translation>
    </message>
    <message>
        <source>The test takes {minutes} minutes at most. Once started it cannot be paused or started again; the time left is shown at the top. Tutor records your keys, pastes and when you leave Tutor&apos;s window, for your trainer and your certificate. Your trainer, {supervisor}, watches the test.</source>
        <translation>Le test dure {minutes} minutes au plus. Une fois commencé, il ne peut être ni mis en pause ni recommencé&#xa0;; le temps restant est affiché en haut. Tutor enregistre les touches que vous tapez, ce que vous collez et les moments où vous quittez la fenêtre de Tutor, pour votre formateur et pour votre attestation. Votre formateur, {supervisor}, surveille le test.</translation>
    </message>
    <message>
        <source>Start the test</source>
        <translation>Commencer le test</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Trainer: type the trainer password to confirm that you watched the learner during the whole test.</source>
        <translation>Formateur&#xa0;: tapez le mot de passe formateur pour confirmer que vous avez surveillé l&apos;apprenant pendant tout le test.</translation>
    </message>
    <message>
        <source>Confirm and save</source>
        <translation>Confirmer et enregistrer</translation>
    </message>
    <message>
        <source>Save without confirmation</source>
        <translation>Enregistrer sans confirmation</translation>
    </message>
    <message>
        <source>Back home</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation>Mot de passe formateur</translation>
    </message>
    <message>
        <source>What the keystroke log shows</source>
        <translation>Ce que montre le journal des frappes</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
</context>
<context>
    <name>BasicsRoom</name>
    <message>
        <source>Steps done: {done} of {steps}.</source>
        <translation>Étapes faites&#xa0;: {done} sur {steps}.</translation>
    </message>
    <message>
        <source>Slips: {slips} (at most {allowed}).</source>
        <translation>Erreurs&#xa0;: {slips} (au plus {allowed}).</translation>
    </message>
    <message>
        <source>Targets done: {done} of {targets}.</source>
        <translation>Faits&#xa0;: {done} sur {targets}.</translation>
    </message>
    <message>
        <source>Right the first time: {first} of {targets} (asked: {asked}).</source>
        <translation>Du premier coup&#xa0;: {first} sur {targets} (il en faut {asked}).</translation>
    </message>
    <message>
        <source>Aim: on average {percent}% of the way from the centre to the edge.</source>
        <translation>Précision&#xa0;: en moyenne à {percent}&#xa0;% du chemin entre le centre et le bord.</translation>
    </message>
    <message>
        <source>Double-clicks fast enough: {fast} of {tried}.</source>
        <translation>Doubles-clics assez rapides&#xa0;: {fast} sur {tried}.</translation>
    </message>
    <message>
        <source>This exercise is not ready yet. Choose another one in the list.</source>
        <translation>Cet exercice n&apos;est pas encore prêt. Choisissez-en un autre dans la liste.</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>Terminé&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <source>Good!</source>
        <translation>Très bien&#xa0;!</translation>
    </message>
    <message>
        <source>Two clicks, not a double-click. Click faster.</source>
        <translation>Deux clics, pas un double-clic. Cliquez plus vite.</translation>
    </message>
    <message>
        <source>Keep the mouse still between the two clicks.</source>
        <translation>Ne bougez pas la souris entre les deux clics.</translation>
    </message>
    <message>
        <source>Press two times, fast.</source>
        <translation>Appuyez deux fois, vite.</translation>
    </message>
    <message>
        <source>Use the right button.</source>
        <translation>Utilisez le bouton droit.</translation>
    </message>
    <message>
        <source>Use the left button.</source>
        <translation>Utilisez le bouton gauche.</translation>
    </message>
    <message>
        <source>Not that one. Find: {item}</source>
        <translation>Pas celui-là. Trouvez&#xa0;: {item}</translation>
    </message>
    <message>
        <source>Keep the arrow on the circle. Again.</source>
        <translation>Gardez la flèche sur le rond. Encore une fois.</translation>
    </message>
    <message>
        <source>Use the bar at the side.</source>
        <translation>Utilisez la barre sur le côté.</translation>
    </message>
    <message>
        <source>Hold the button down while you move.</source>
        <translation>Gardez le bouton appuyé pendant que vous bougez la souris.</translation>
    </message>
    <message>
        <source>Let go when it is on its place.</source>
        <translation>Lâchez quand c&apos;est à sa place.</translation>
    </message>
    <message>
        <source>Not on it. Try again.</source>
        <translation>Pas dessus. Réessayez.</translation>
    </message>
    <message>
        <source>Not quite. Try again.</source>
        <translation>Pas tout à fait. Réessayez.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>Not yet. Try it again.</source>
        <translation>Pas encore. Essayez encore une fois.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Time for each one: {seconds} seconds.</source>
        <translation>Temps pour chacun&#xa0;: {seconds} secondes.</translation>
    </message>
    <message>
        <source>Your double-click time: {ms} thousandths of a second (this computer&apos;s: {system}).</source>
        <translation>Votre temps de double-clic&#xa0;: {ms} millièmes de seconde (celui de cet ordinateur&#xa0;: {system}).</translation>
    </message>
    <message>
        <source>You listened again {count} times.</source>
        <translation>Vous avez réécouté {count} fois.</translation>
    </message>
    <message>
        <source>Time: {seconds} seconds.</source>
        <translation>Temps&#xa0;: {seconds} secondes.</translation>
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
        <source>Read each step aloud</source>
        <translation>Lire chaque étape à voix haute</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Choose a lesson, then press Start. Each step shows a picture and says what to do.</source>
        <translation>Choisissez une leçon, puis appuyez sur Commencer. Chaque étape montre une image et dit quoi faire.</translation>
    </message>
    <message>
        <source>There are no lessons here yet. Ask your trainer.</source>
        <translation>Il n&apos;y a pas encore de leçon ici. Demandez à votre formateur.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>BoxesTask</name>
    <message>
        <source>Boxes drawn: {count}</source>
        <translation>Cadres tracés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>car</source>
        <translation>voiture</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>vélo</translation>
    </message>
    <message>
        <source>bag</source>
        <translation>sac</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>bottle</source>
        <translation>bouteille</translation>
    </message>
    <message>
        <source>tree</source>
        <translation>arbre</translation>
    </message>
    <message>
        <source>house</source>
        <translation>maison</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>chien</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>chaise</translation>
    </message>
    <message>
        <source>Draw a box round each {thing} in the picture: press, drag, release. Click a box and press Delete to remove it.</source>
        <translation>Tracez un cadre autour de chaque {thing} de l&apos;image&#xa0;: appuyez, faites glisser, relâchez. Pour enlever un cadre, cliquez dessus et appuyez sur Suppr.</translation>
    </message>
    <message>
        <source>The picture: draw the boxes here</source>
        <translation>L&apos;image&#xa0;: tracez les cadres ici</translation>
    </message>
    <message>
        <source>Remove box</source>
        <translation>Enlever le cadre</translation>
    </message>
</context>
<context>
    <name>CapsLockLight</name>
    <message>
        <source>Caps Lock on</source>
        <translation>Verr. Maj allumé</translation>
    </message>
    <message>
        <source>Caps Lock off</source>
        <translation>Verr. Maj éteint</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <source>Centre card</source>
        <translation>Fiche du centre</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <source>To check a certificate from this centre, open the verifier file (verifier.html) in a web browser, or scan the certificate&apos;s QR code with it. No internet is needed.</source>
        <translation>Pour vérifier une attestation de ce centre, ouvrez la page de vérification (verifier.html) dans un navigateur web, puis ouvrez-y l&apos;attestation ou scannez son code QR. Pas besoin d&apos;internet.</translation>
    </message>
    <message>
        <source>The fingerprint above must match the one the verifier shows for this centre.</source>
        <translation>L&apos;empreinte ci-dessus doit être la même que celle que la page de vérification affiche pour ce centre.</translation>
    </message>
    <message>
        <source>Card made on {day}</source>
        <translation>Fiche créée le {day}</translation>
    </message>
    <message>
        <source>This card is too big for a QR code: give the card file (.json) with this page.</source>
        <translation>Cette fiche est trop grande pour un code QR&#xa0;: donnez le fichier de la fiche (.json) avec cette page.</translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation>Mot de passe formateur</translation>
    </message>
    <message>
        <source>(this centre)</source>
        <translation>(ce centre)</translation>
    </message>
    <message>
        <source>The centre&apos;s key is ready. Save or print the centre card for employers.</source>
        <translation>La clé du centre est prête. Enregistrez ou imprimez la fiche du centre pour les employeurs.</translation>
    </message>
    <message>
        <source>Save the centre card</source>
        <translation>Enregistrer la fiche du centre</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Print the card page (PDF)</source>
        <translation>Imprimer la fiche (PDF)</translation>
    </message>
    <message>
        <source>Save the verifier for employers</source>
        <translation>Enregistrer la page de vérification pour les employeurs</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>Saved: {path}. Copy it to the employer&apos;s computer or a USB stick; it opens in any web browser.</source>
        <translation>Enregistré&#xa0;: {path}. Copiez ce fichier sur l&apos;ordinateur de l&apos;employeur ou sur une clé USB&#xa0;; il s&apos;ouvre dans n&apos;importe quel navigateur web.</translation>
    </message>
    <message>
        <source>Back up the key</source>
        <translation>Sauvegarder la clé</translation>
    </message>
    <message>
        <source>Type the trainer password. The backup opens only with this password: remember it.</source>
        <translation>Tapez le mot de passe formateur. La sauvegarde ne s&apos;ouvre qu&apos;avec ce mot de passe&#xa0;: retenez-le.</translation>
    </message>
    <message>
        <source>Centre key backup</source>
        <translation>Sauvegarde de la clé du centre</translation>
    </message>
    <message>
        <source>Saved: {path}. Keep it in a safe place: with its password, it signs certificates in your centre&apos;s name.</source>
        <translation>Enregistré&#xa0;: {path}. Gardez ce fichier en lieu sûr&#xa0;: avec son mot de passe, il permet de signer des attestations au nom de votre centre.</translation>
    </message>
    <message>
        <source>Move the key to this PC</source>
        <translation>Transférer la clé sur ce PC</translation>
    </message>
    <message>
        <source>The backup opens with the trainer password of the PC it was made on. On this PC, the key will then open with this PC&apos;s trainer password.</source>
        <translation>La sauvegarde s&apos;ouvre avec le mot de passe formateur du PC sur lequel elle a été faite. Ensuite, sur ce PC, la clé s&apos;ouvrira avec le mot de passe formateur de ce PC.</translation>
    </message>
    <message>
        <source>The backup&apos;s password</source>
        <translation>Mot de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>This computer is certified by {centre}.</source>
        <translation>Cet ordinateur est certifié par {centre}.</translation>
    </message>
    <message>
        <source>This computer is not certified yet.</source>
        <translation>Cet ordinateur n&apos;est pas encore certifié.</translation>
    </message>
    <message>
        <source>Certify this lab computer</source>
        <translation>Certifier cet ordinateur de la salle</translation>
    </message>
    <message>
        <source>The backup opens with the trainer password of the PC it was made on. The key is used once to certify this computer and is not kept here.</source>
        <translation>La sauvegarde s&apos;ouvre avec le mot de passe formateur du PC où elle a été faite. La clé sert une seule fois à certifier cet ordinateur et n&apos;est pas gardée ici.</translation>
    </message>
    <message>
        <source>This computer is certified by {centre}: its progress files are signed in the centre&apos;s name.</source>
        <translation>Cet ordinateur est certifié par {centre} : ses fichiers de progression sont signés au nom du centre.</translation>
    </message>
    <message>
        <source>Trainer password of this PC</source>
        <translation>Mot de passe formateur de ce PC</translation>
    </message>
    <message>
        <source>The key of {name} is on this PC now.</source>
        <translation>La clé de {name} est maintenant sur ce PC.</translation>
    </message>
    <message>
        <source>First choose why the key is replaced.</source>
        <translation>Choisissez d&apos;abord pourquoi la clé est remplacée.</translation>
    </message>
    <message>
        <source>Every certificate signed with the old key will show as NOT valid, old ones too. Make the certificates you still need again after this.</source>
        <translation>Toutes les attestations signées avec l&apos;ancienne clé apparaîtront comme NON valides, même les anciennes. Ensuite, refaites les attestations dont vous avez encore besoin.</translation>
    </message>
    <message>
        <source>Certificates signed before today stay valid.</source>
        <translation>Les attestations signées avant aujourd&apos;hui restent valides.</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Remplacer la clé</translation>
    </message>
    <message>
        <source>Type the trainer password to replace the key.</source>
        <translation>Tapez le mot de passe formateur pour remplacer la clé.</translation>
    </message>
    <message>
        <source>The key was replaced. Give the new centre card and a new verifier file to employers and partner centres.</source>
        <translation>La clé a été remplacée. Donnez la nouvelle fiche du centre et une nouvelle page de vérification aux employeurs et aux centres partenaires.</translation>
    </message>
    <message>
        <source>Change the name and place</source>
        <translation>Changer le nom et le lieu</translation>
    </message>
    <message>
        <source>Type the trainer password. The centre card is signed again with the new name.</source>
        <translation>Tapez le mot de passe formateur. La fiche du centre est signée de nouveau avec le nouveau nom.</translation>
    </message>
    <message>
        <source>Saved. Give the new centre card to employers and partner centres.</source>
        <translation>Enregistré. Donnez la nouvelle fiche du centre aux employeurs et aux centres partenaires.</translation>
    </message>
    <message>
        <source>Add a centre card</source>
        <translation>Ajouter la fiche d&apos;un centre</translation>
    </message>
    <message>
        <source>This is the card of this centre. It is trusted already.</source>
        <translation>C&apos;est la fiche de ce centre&#xa0;: ce PC lui fait déjà confiance.</translation>
    </message>
    <message>
        <source>{name} is a partner centre now: its certificates show as valid here.</source>
        <translation>{name} est maintenant un centre partenaire&#xa0;: ses attestations apparaissent comme valides ici.</translation>
    </message>
    <message>
        <source>Removed. Certificates of that centre show as from an unknown centre now.</source>
        <translation>Retiré. Les attestations de ce centre apparaissent maintenant comme venant d&apos;un centre inconnu.</translation>
    </message>
    <message>
        <source>Centre and credentials</source>
        <translation>Centre et attestations</translation>
    </message>
    <message>
        <source>The centre</source>
        <translation>Le centre</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>La clé</translation>
    </message>
    <message>
        <source>Partner centres</source>
        <translation>Centres partenaires</translation>
    </message>
    <message>
        <source>Set up your centre&apos;s key once. Tutor signs the certificates it makes with this key, so an employer can check that a certificate comes from your centre and was not changed.</source>
        <translation>Créez une seule fois la clé de votre centre. Tutor signe avec cette clé les attestations qu&apos;il crée&#xa0;: ainsi, un employeur peut vérifier qu&apos;une attestation vient bien de votre centre et qu&apos;elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>Nom du centre</translation>
    </message>
    <message>
        <source>Place (town, country)</source>
        <translation>Lieu (ville, pays)</translation>
    </message>
    <message>
        <source>Is your centre set up on another PC already? Bring its key here from a backup file.</source>
        <translation>Votre centre a déjà sa clé sur un autre PC&#xa0;? Récupérez cette clé ici à partir d&apos;un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>A lab computer that does not keep the key: certify it with the key&apos;s backup, so the progress files made here are signed in the centre&apos;s name.</source>
        <translation>Un ordinateur de la salle qui ne garde pas la clé : certifiez-le avec la sauvegarde de la clé, pour que les fichiers de progression faits ici soient signés au nom du centre.</translation>
    </message>
    <message>
        <source>Set up the centre&apos;s key</source>
        <translation>Créer la clé du centre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Give the centre card (a file or the printed page) to employers and partner centres. The verifier for employers is one file: it checks your certificates in a web browser, with no internet.</source>
        <translation>Donnez la fiche du centre (le fichier ou la page imprimée) aux employeurs et aux centres partenaires. La page de vérification pour les employeurs tient en un seul fichier&#xa0;: elle vérifie vos attestations dans un navigateur web, sans internet.</translation>
    </message>
    <message>
        <source>Keep a copy of the key on a USB stick, in a safe place, in case this PC breaks. It opens with today&apos;s trainer password.</source>
        <translation>Copiez la clé du centre sur une clé USB et rangez-la en lieu sûr, au cas où ce PC tomberait en panne. Cette copie s&apos;ouvre avec le mot de passe formateur actuel.</translation>
    </message>
    <message>
        <source>Bring the centre&apos;s key from a backup file, to sign certificates on this PC too.</source>
        <translation>Récupérez la clé du centre à partir d&apos;un fichier de sauvegarde, pour signer aussi des attestations sur ce PC.</translation>
    </message>
    <message>
        <source>The old key is lost, or someone else may have it</source>
        <translation>L&apos;ancienne clé est perdue, ou quelqu&apos;un d&apos;autre l&apos;a peut-être</translation>
    </message>
    <message>
        <source>A planned change</source>
        <translation>Un changement prévu</translation>
    </message>
    <message>
        <source>Careful: if the old key is lost or someone else may have it, every certificate signed with it shows as NOT valid, old ones too. After a planned change, certificates made before it stay valid.</source>
        <translation>Attention&#xa0;: si l&apos;ancienne clé est perdue ou si quelqu&apos;un d&apos;autre l&apos;a peut-être, toutes les attestations signées avec elle apparaissent comme NON valides, même les anciennes. Après un changement prévu, les attestations créées avant restent valides.</translation>
    </message>
    <message>
        <source>Name and place</source>
        <translation>Nom et lieu</translation>
    </message>
    <message>
        <source>Certificates from the centres listed here show as valid on this PC. Add a partner centre from its centre card (a .json file).</source>
        <translation>Les attestations des centres de cette liste apparaissent comme valides sur ce PC. Ajoutez un centre partenaire à partir de sa fiche (un fichier .json).</translation>
    </message>
    <message>
        <source>Trusted centres</source>
        <translation>Centres de confiance</translation>
    </message>
</context>
<context>
    <name>ClassLevelsDialog</name>
    <message>
        <source>No placement yet</source>
        <translation>Pas encore de positionnement</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Below level 1</source>
        <translation>Sous le niveau 1</translation>
    </message>
    <message>
        <source>Level {level} of {top}</source>
        <translation>Niveau {level} sur {top}</translation>
    </message>
    <message>
        <source>{group} ({count})</source>
        <translation>{group} ({count})</translation>
    </message>
    <message>
        <source>The class by level</source>
        <translation>La classe par niveau</translation>
    </message>
    <message>
        <source>Groups by the level in:</source>
        <translation>Groupes selon le niveau en :</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Work chosen</source>
        <translation>Métier choisi</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Positionnement</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ClassifyTask</name>
    <message>
        <source>Read the message, then choose its label (or press its number).</source>
        <translation>Lisez le message, puis choisissez son étiquette (ou appuyez sur son numéro).</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Le message</translation>
    </message>
</context>
<context>
    <name>CodingPlacement</name>
    <message>
        <source>The output chosen is what the program prints.</source>
        <translation>La sortie choisie est bien ce que le programme affiche.</translation>
    </message>
</context>
<context>
    <name>CodingPlacementItem</name>
    <message>
        <source>This question cannot be shown. Go on to the next one.</source>
        <translation>Cette question ne peut pas être affichée. Passez à la suivante.</translation>
    </message>
    <message>
        <source>When the program asks, the person types: {answers}</source>
        <translation>Quand le programme demande, la personne tape : {answers}</translation>
    </message>
    <message>
        <source>What does this program print? Choose its output.</source>
        <translation>Qu&apos;affiche ce programme ? Choisissez sa sortie.</translation>
    </message>
    <message>
        <source>Getting the program ready...</source>
        <translation>Préparation du programme...</translation>
    </message>
    <message>
        <source>What the program prints</source>
        <translation>Ce que le programme affiche</translation>
    </message>
    <message>
        <source>The program</source>
        <translation>Le programme</translation>
    </message>
</context>
<context>
    <name>CodingRoom</name>
    <message>
        <source>There are no coding lessons yet. Ask your trainer to install them.</source>
        <translation>Il n&apos;y a pas encore de leçons de programmation. Demandez à votre formateur de les installer.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Your task:</source>
        <translation>Votre exercice&#xa0;:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Le programme s&apos;exécute…</translation>
    </message>
    <message>
        <source>Your program could not be checked. Tell your trainer.</source>
        <translation>Votre programme n&apos;a pas pu être vérifié. Prévenez votre formateur.</translation>
    </message>
    <message>
        <source>The program ended.</source>
        <translation>Le programme est terminé.</translation>
    </message>
    <message>
        <source>The program did not end well: read why below.</source>
        <translation>Le programme ne s&apos;est pas bien terminé&#xa0;: lisez pourquoi ci-dessous.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Well done! This step is passed.</source>
        <translation>Bravo&#xa0;! Cette étape est réussie.</translation>
    </message>
    <message>
        <source>Not yet. Read this and try again:</source>
        <translation>Pas encore. Lisez ceci et réessayez&#xa0;:</translation>
    </message>
    <message>
        <source>Checked with these answers: {answers}</source>
        <translation>Vérifié avec ces réponses&#xa0;: {answers}</translation>
    </message>
    <message>
        <source>Hint {number}:</source>
        <translation>Indice {number}&#xa0;:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>You can see the solution after {count} more tries.</source>
        <translation>Vous pourrez voir la solution après {count} essai(s) de plus.</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Steps of the lesson</source>
        <translation>Étapes de la leçon</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>La leçon</translation>
    </message>
    <message>
        <source>Your program</source>
        <translation>Votre programme</translation>
    </message>
    <message>
        <source>Tab adds four spaces. To leave the editor, press Ctrl+Tab (or Ctrl+Shift+Tab to go back). F5 or Ctrl+Enter runs your program.</source>
        <translation>La touche Tab ajoute quatre espaces. Pour sortir de l&apos;éditeur, appuyez sur Ctrl+Tab (ou sur Ctrl+Shift+Tab pour revenir en arrière). F5 ou Ctrl+Entrée exécute votre programme.</translation>
    </message>
    <message>
        <source>The solution</source>
        <translation>La solution</translation>
    </message>
    <message>
        <source>What Tutor says about your program</source>
        <translation>Ce que Tutor dit de votre programme</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Show the solution</source>
        <translation>Afficher la solution</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Run the example</source>
        <translation>Exécuter l&apos;exemple</translation>
    </message>
    <message>
        <source>Run your program (F5 or Ctrl+Enter)</source>
        <translation>Exécuter votre programme (F5 ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Remove the attachment {name}</source>
        <translation>Retirer la pièce jointe {name}</translation>
    </message>
    <message>
        <source>Who is this email for? Write an address in To.</source>
        <translation>À qui est destiné cet e-mail&#xa0;? Écrivez une adresse dans le champ À.</translation>
    </message>
    <message>
        <source>New email</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>From: your address</source>
        <translation>De&#xa0;: votre adresse</translation>
    </message>
    <message>
        <source>To: the people the email is for</source>
        <translation>À&#xa0;: les personnes à qui vous écrivez</translation>
    </message>
    <message>
        <source>Cc, copy: these people get it too, and everyone sees their address</source>
        <translation>Cc, copie&#xa0;: ces personnes reçoivent aussi l&apos;e-mail, et tout le monde voit leur adresse</translation>
    </message>
    <message>
        <source>Bcc, hidden copy: these people get it, and nobody sees their address</source>
        <translation>Cci, copie cachée&#xa0;: ces personnes reçoivent l&apos;e-mail, et personne ne voit leur adresse</translation>
    </message>
    <message>
        <source>Add Cc: a copy for other people</source>
        <translation>Ajouter Cc : une copie pour d&apos;autres personnes</translation>
    </message>
    <message>
        <source>Add Bcc: a hidden copy</source>
        <translation>Ajouter Cci : une copie cachée</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <source>Attach a file from Documents</source>
        <translation>Joindre un fichier de vos documents</translation>
    </message>
    <message>
        <source>Add my signature</source>
        <translation>Ajouter ma signature</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Save as a file</source>
        <translation>Enregistrer dans un fichier</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Send the email (Ctrl+Enter)</source>
        <translation>Envoyer l&apos;e-mail (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>ControlsPage</name>
    <message>
        <source>Practice form</source>
        <translation>Formulaire d&apos;entraînement</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>Click where the pointer looks like this:</source>
        <translation>Cliquez sur la case où le pointeur a cette forme&#xa0;:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>J&apos;accepte</translation>
    </message>
    <message>
        <source>Drop-down list</source>
        <translation>Liste déroulante</translation>
    </message>
    <message>
        <source>Area {number}</source>
        <translation>Case {number}</translation>
    </message>
</context>
<context>
    <name>CredentialFiles</name>
    <message>
        <source>Certificate of assessment</source>
        <translation>Attestation d&apos;évaluation</translation>
    </message>
    <message>
        <source>{centre} certifies that</source>
        <translation>{centre} certifie que</translation>
    </message>
    <message>
        <source>passed, under the supervision of a trainer:</source>
        <translation>a réussi, sous la surveillance d&apos;un formateur&#xa0;:</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>le {date}</translation>
    </message>
    <message>
        <source>The rule of the assessment:</source>
        <translation>Règle de l&apos;évaluation&#xa0;:</translation>
    </message>
    <message>
        <source>This certificate is signed by the centre. To check it, open the centre&apos;s verifier page (verifier.html) in a web browser and scan this QR code, or open the certificate&apos;s PDF or its .json file there. No internet is needed.</source>
        <translation>Cette attestation est signée par le centre. Pour la vérifier, ouvrez la page de vérification du centre (verifier.html) dans un navigateur web et scannez ce code QR, ou ouvrez-y le PDF de l&apos;attestation ou son fichier .json. Pas besoin d&apos;internet.</translation>
    </message>
    <message>
        <source>The centre&apos;s key fingerprint: {fingerprint}</source>
        <translation>Empreinte de la clé du centre&#xa0;: {fingerprint}</translation>
    </message>
    <message>
        <source>Valid until {date}</source>
        <translation>Valable jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name} : {value}</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No supervised assessment yet. Start one with &quot;Start an assessment&quot;.</source>
        <translation>Aucune évaluation surveillée pour l&apos;instant. Lancez-en une avec «&#xa0;Lancer une évaluation&#xa0;».</translation>
    </message>
    <message>
        <source>Set up the centre&apos;s key first (&quot;Centre and credentials&quot;).</source>
        <translation>Créez d&apos;abord la clé du centre («&#xa0;Centre et attestations&#xa0;»).</translation>
    </message>
    <message>
        <source>Sign the credential</source>
        <translation>Signer l&apos;attestation</translation>
    </message>
    <message>
        <source>The centre&apos;s key signs the credential. Type the trainer password to open it.</source>
        <translation>La clé du centre signe l&apos;attestation. Tapez le mot de passe formateur pour ouvrir la clé.</translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation>Mot de passe formateur</translation>
    </message>
    <message>
        <source>Where to save the credential</source>
        <translation>Où enregistrer l&apos;attestation</translation>
    </message>
    <message>
        <source>Saved in {folder}: {files}</source>
        <translation>Enregistré dans {folder}&#xa0;: {files}</translation>
    </message>
    <message>
        <source>Credentials: {name}</source>
        <translation>Attestations&#xa0;: {name}</translation>
    </message>
    <message>
        <source>A credential says, signed by the centre, what the learner did in a supervised assessment. An employer can check it with no internet. Only a passed assessment that you confirmed gets one.</source>
        <translation>Une attestation, signée par le centre, dit ce que l&apos;apprenant a fait lors d&apos;une évaluation surveillée. Un employeur peut la vérifier sans internet. Seule une évaluation réussie que vous avez confirmée en reçoit une.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>The learner&apos;s assessments</source>
        <translation>Les évaluations de l&apos;apprenant</translation>
    </message>
    <message>
        <source>Make the credential</source>
        <translation>Créer l&apos;attestation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DataEntryTask</name>
    <message>
        <source>The first keyer typed: {value}</source>
        <translation>Le premier opérateur a saisi : {value}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Double entry: where your entry and the first keyer&apos;s differ, check against the document, correct yours if needed, then Submit.</source>
        <translation>Double saisie : là où votre saisie et celle du premier opérateur diffèrent, vérifiez sur le document, corrigez la vôtre si besoin, puis cliquez sur « Envoyer ».</translation>
    </message>
    <message>
        <source>Double entry: type each field of the document as the second keyer; your entry is then compared with the first keyer&apos;s. Tab goes to the next field; Enter in the last field submits.</source>
        <translation>Double saisie : tapez chaque champ du document comme deuxième opérateur ; votre saisie est ensuite comparée à celle du premier. Tab passe au champ suivant ; Entrée dans le dernier champ envoie.</translation>
    </message>
    <message>
        <source>Type each field of the document into the form. Tab goes to the next field; Enter in the last field submits.</source>
        <translation>Tapez chaque champ du document dans le formulaire. Tab fait passer au champ suivant&#xa0;; dans le dernier champ, Entrée envoie votre travail.</translation>
    </message>
</context>
<context>
    <name>DataEntryTest</name>
    <message>
        <source>Row {row} of {count}</source>
        <translation>Ligne {row} sur {count}</translation>
    </message>
    <message>
        <source>Key each line of the document into the form. Tab goes to the next field; Enter gives the row.</source>
        <translation>Saisissez chaque ligne du document dans le formulaire. Tab passe au champ suivant&#xa0;; Entrée envoie la ligne.</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Le document</translation>
    </message>
    <message>
        <source>Next row</source>
        <translation>Ligne suivante</translation>
    </message>
</context>
<context>
    <name>DialogBox</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Enregistrer les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DocumentReviewTask</name>
    <message>
        <source>Check another worker&apos;s typing against the document: tick &quot;Wrong&quot; beside each value that is not what the document says.</source>
        <translation>Comparez la saisie d&apos;un autre travailleur avec le document&#xa0;: cochez «&#xa0;Faux&#xa0;» à côté de chaque valeur qui n&apos;est pas celle du document.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Typed by the other worker</source>
        <translation>Saisi par l&apos;autre travailleur</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>{field} is wrong</source>
        <translation>{field}&#xa0;: faux</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Le document</translation>
    </message>
</context>
<context>
    <name>EmailPlacementItem</name>
    <message>
        <source>An email task</source>
        <translation>Un exercice d&apos;e-mail</translation>
    </message>
</context>
<context>
    <name>EmailRoom</name>
    <message>
        <source>Save the email as a file</source>
        <translation>Enregistrer l&apos;e-mail dans un fichier</translation>
    </message>
    <message>
        <source>Email files (*.eml)</source>
        <translation>Fichiers d&apos;e-mail (*.eml)</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>Le fichier n&apos;a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Enregistré sous {path}</translation>
    </message>
    <message>
        <source>Your work is saved.</source>
        <translation>Votre travail est enregistré.</translation>
    </message>
</context>
<context>
    <name>EntitiesTask</name>
    <message>
        <source>Select words in the text, then click their label to mark them.</source>
        <translation>Sélectionnez des mots dans le texte, puis cliquez sur leur étiquette pour les marquer.</translation>
    </message>
    <message>
        <source>The text to mark</source>
        <translation>Le texte à marquer</translation>
    </message>
    <message>
        <source>Mark as {label}</source>
        <translation>Marquer comme {label}</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Passages marqués</translation>
    </message>
    <message>
        <source>Remove mark</source>
        <translation>Enlever la marque</translation>
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
    <name>ExplorerDelegate</name>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
</context>
<context>
    <name>ExplorerPage</name>
    <message>
        <source>Up</source>
        <translation>Remonter</translation>
    </message>
    <message>
        <source>Go up to the folder above</source>
        <translation>Aller au dossier du dessus</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Make a new folder here</source>
        <translation>Créer un nouveau dossier ici</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Couper</translation>
    </message>
    <message>
        <source>Cut: to move it to another folder</source>
        <translation>Couper&#xa0;: pour le déplacer dans un autre dossier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy: to put a copy somewhere</source>
        <translation>Copier&#xa0;: pour en mettre une copie ailleurs</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste here what you cut or copied</source>
        <translation>Coller ici ce que vous avez coupé ou copié</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Give it a new name</source>
        <translation>Lui donner un nouveau nom</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Put it in the Recycle Bin</source>
        <translation>Le mettre dans la Corbeille</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Put it back where it was</source>
        <translation>Le remettre à sa place</translation>
    </message>
    <message>
        <source>Copy to USB stick</source>
        <translation>Copier sur la clé USB</translation>
    </message>
    <message>
        <source>Put a copy on the USB stick</source>
        <translation>En mettre une copie sur la clé USB</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Take back what you just did</source>
        <translation>Annuler ce que vous venez de faire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Fermer le fichier</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>A new document is open. Save it with a name.</source>
        <translation>Un nouveau document est ouvert. Enregistrez-le avec un nom.</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Fichiers et dossiers</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>Ce PC</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musique</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>Recycle Bin</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>USB stick ({letter})</source>
        <translation>Clé USB ({letter})</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Clé USB</translation>
    </message>
    <message>
        <source>Text document</source>
        <translation>Document texte</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Tutor progress file</source>
        <translation>Fichier de progression Tutor</translation>
    </message>
    <message>
        <source>Compressed folder</source>
        <translation>Dossier compressé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>{kind}, from {place}</source>
        <translation>{kind}, venant de {place}</translation>
    </message>
    <message>
        <source>Go to {folder}</source>
        <translation>Aller dans {folder}</translation>
    </message>
    <message>
        <source>(This practice file is empty.)</source>
        <translation>(Ce fichier d&apos;entraînement est vide.)</translation>
    </message>
    <message>
        <source>That is not what this step asks. Press Undo (Ctrl+Z) to take it back.</source>
        <translation>Ce n&apos;est pas ce que demande cette étape. Appuyez sur Annuler (Ctrl+Z) pour revenir en arrière.</translation>
    </message>
    <message>
        <source>Cut. Now open the folder to put it in, and Paste.</source>
        <translation>Coupé. Ouvrez maintenant le dossier où le mettre, puis cliquez sur Coller.</translation>
    </message>
    <message>
        <source>Copied. Now open the folder to put it in, and Paste.</source>
        <translation>Copié. Ouvrez maintenant le dossier où le mettre, puis cliquez sur Coller.</translation>
    </message>
    <message>
        <source>A copy is on the USB stick now.</source>
        <translation>Une copie est maintenant sur la clé USB.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Paste into this folder</source>
        <translation>Coller dans ce dossier</translation>
    </message>
    <message>
        <source>Things to buy: rice, oil, tea, soap.</source>
        <translation>À acheter&#xa0;: riz, huile, thé, savon.</translation>
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
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Next step: {exercise}</source>
        <translation>Prochaine étape : {exercise}</translation>
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
    <name>InstructionBar</name>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lire à voix haute</translation>
    </message>
    <message>
        <source>Read the instructions aloud</source>
        <translation>Lire les consignes à voix haute</translation>
    </message>
</context>
<context>
    <name>JobsRoom</name>
    <message>
        <source>Opens when you qualify in a project of level {level}</source>
        <translation>S’ouvre quand vous êtes qualifié dans un projet de niveau {level}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>Not qualified yet (tries: {tries})</source>
        <translation>Qualification pas encore obtenue (essais&#xa0;: {tries})</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualification obtenue</translation>
    </message>
    <message>
        <source>Qualified · quality {quality}% · {tasks} tasks · {speed} tasks an hour</source>
        <translation>Qualification obtenue · qualité {quality}&#xa0;% · {tasks} tâches · {speed} tâches par heure</translation>
    </message>
    <message>
        <source>Where to save your work</source>
        <translation>Où enregistrer votre travail</translation>
    </message>
    <message>
        <source>Nothing to export yet: answers to sort, mark or box come out in the formats the real tools use.</source>
        <translation>Rien à exporter pour l’instant : les réponses où l’on classe, marque ou encadre sortent dans les formats des vrais outils.</translation>
    </message>
    <message>
        <source>The files could not be written in {folder}.</source>
        <translation>Les fichiers n’ont pas pu être écrits dans {folder}.</translation>
    </message>
    <message>
        <source>Saved in {folder}: {files}.</source>
        <translation>Enregistré dans {folder} : {files}.</translation>
    </message>
    <message>
        <source>This task cannot be shown. Go on to the next one.</source>
        <translation>Cette tâche ne peut pas s&apos;afficher. Passez à la suivante.</translation>
    </message>
    <message>
        <source>Right. Score {score}%.</source>
        <translation>Juste. Score&#xa0;: {score}&#xa0;%.</translation>
    </message>
    <message>
        <source>Not right. Score {score}%.</source>
        <translation>Pas juste. Score&#xa0;: {score}&#xa0;%.</translation>
    </message>
    <message>
        <source>Qualification: task {n} of {count}</source>
        <translation>Qualification&#xa0;: tâche {n} sur {count}</translation>
    </message>
    <message>
        <source>Task {n} of the queue</source>
        <translation>Tâche {n} de la file</translation>
    </message>
    <message>
        <source>Quality {quality}% · {speed} tasks an hour</source>
        <translation>Qualité {quality}&#xa0;% · {speed} tâches par heure</translation>
    </message>
    <message>
        <source>You qualified: {right} of {count} right. The queue is open.</source>
        <translation>Qualification réussie&#xa0;: {right} sur {count} justes. La file de tâches est ouverte.</translation>
    </message>
    <message>
        <source>Not yet: {right} of {count} right; {needed}% is needed. Read the guidelines again, then try once more.</source>
        <translation>Pas encore&#xa0;: {right} sur {count} justes&#xa0;; il faut {needed}&#xa0;%. Relisez les consignes, puis réessayez.</translation>
    </message>
    <message>
        <source>Not yet: {right} of {count} right; {needed}% is needed. Ask your trainer, practise the skill, and come back to this project.</source>
        <translation>Pas encore&#xa0;: {right} sur {count} justes&#xa0;; il faut {needed}&#xa0;%. Demandez de l&apos;aide à votre formateur, entraînez-vous sur cette compétence, puis revenez à ce projet.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Work as on an online platform: read the guidelines, pass the qualification (gold tasks, 80% right), then work through the queue. Your quality and speed are measured as the platforms measure them.</source>
        <translation>Travaillez comme sur une plateforme en ligne&#xa0;: lisez les consignes, réussissez la qualification (des tâches dont la réponse est connue&#xa0;; il faut 80&#xa0;% de réponses justes), puis avancez dans la file de tâches. Votre qualité et votre vitesse sont mesurées comme sur les plateformes.</translation>
    </message>
    <message>
        <source>Client: {client}. The guidelines:</source>
        <translation>Client&#xa0;: {client}. Les consignes&#xa0;:</translation>
    </message>
    <message>
        <source>Go to the queue</source>
        <translation>Aller à la file de tâches</translation>
    </message>
    <message>
        <source>Start the qualification</source>
        <translation>Commencer la qualification</translation>
    </message>
    <message>
        <source>You are qualified for this project.</source>
        <translation>Vous avez réussi la qualification de ce projet.</translation>
    </message>
    <message>
        <source>The qualification: {count} tasks; {needed}% right is needed.</source>
        <translation>La qualification&#xa0;: {count} tâches&#xa0;; il faut {needed}&#xa0;% de réponses justes.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Export my answers</source>
        <translation>Exporter mes réponses</translation>
    </message>
    <message>
        <source>Back to the projects</source>
        <translation>Retour aux projets</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Stop for now</source>
        <translation>Arrêter pour l&apos;instant</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Read the guidelines</source>
        <translation>Lire les consignes</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>An example of the work</source>
        <translation>Un exemple du travail</translation>
    </message>
</context>
<context>
    <name>KeyboardPicture</name>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Suppr</translation>
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
        <translation>Case d&apos;entraînement</translation>
    </message>
    <message>
        <source>Second box</source>
        <translation>Deuxième case</translation>
    </message>
    <message>
        <source>Your keyboard</source>
        <translation>Votre clavier</translation>
    </message>
    <message>
        <source>Text to type</source>
        <translation>Texte à taper</translation>
    </message>
    <message>
        <source>This letter is in the keyboard&apos;s other language: switch it with Alt + Shift.</source>
        <translation>Cette lettre est dans l&apos;autre langue du clavier&#xa0;: changez de langue avec Alt + Maj.</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Maj</translation>
    </message>
    <message>
        <source>Caps Lock</source>
        <translation>Verr. Maj</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
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
        <translation>Vérifiez l&apos;étiquette choisie par un autre travailleur pour ce message&#xa0;: cochez «&#xa0;Faux&#xa0;» si ce n&apos;est pas la bonne.</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Le message</translation>
    </message>
    <message>
        <source>The other worker chose:</source>
        <translation>L&apos;autre travailleur a choisi&#xa0;:</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>The label chosen is wrong</source>
        <translation>L&apos;étiquette choisie est fausse</translation>
    </message>
    <message>
        <source>The labels of this project:</source>
        <translation>Les étiquettes de ce projet&#xa0;:</translation>
    </message>
</context>
<context>
    <name>LearnerDetailDialog</name>
    <message>
        <source>Typing speed (blue, words per minute) and the score of each try (green, dashed)</source>
        <translation>Vitesse de frappe (en bleu, mots par minute) et score de chaque essai (en vert, pointillés)</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MailClient</name>
    <message>
        <source>The task</source>
        <translation>La tâche</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Indésirables</translation>
    </message>
    <message>
        <source>Choose a message in the list to read it.</source>
        <translation>Choisissez un message dans la liste pour le lire.</translation>
    </message>
    <message>
        <source>From: {who}</source>
        <translation>De&#xa0;: {who}</translation>
    </message>
    <message>
        <source>To: {who}</source>
        <translation>À&#xa0;: {who}</translation>
    </message>
    <message>
        <source>Cc: {who}</source>
        <translation>Cc&#xa0;: {who}</translation>
    </message>
    <message>
        <source>Bcc: {who}</source>
        <translation>Cci&#xa0;: {who}</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Open the attachment {name}</source>
        <translation>Ouvrir la pièce jointe {name}</translation>
    </message>
    <message>
        <source>Tutor does not open {name}. A file like this can hold a virus: open an attachment only when you know the sender and expected the file.</source>
        <translation>Tutor n&apos;ouvre pas {name}. Ce genre de fichier peut contenir un virus&#xa0;: ouvrez une pièce jointe seulement si vous connaissez l&apos;expéditeur et si vous attendiez ce fichier.</translation>
    </message>
    <message>
        <source>This link goes to: {target}</source>
        <translation>Ce lien mène à&#xa0;: {target}</translation>
    </message>
    <message>
        <source>Tutor never opens links. In a real mail client this would open {target}. Check where a link goes before you click it.</source>
        <translation>Tutor n&apos;ouvre jamais les liens. Dans une vraie messagerie, ce lien ouvrirait {target}. Vérifiez où mène un lien avant de cliquer dessus.</translation>
    </message>
    <message>
        <source>Report “{subject}” as phishing</source>
        <translation>Signaler «&#xa0;{subject}&#xa0;» comme hameçonnage</translation>
    </message>
    <message>
        <source>Tick at least one reason.</source>
        <translation>Cochez au moins une raison.</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Reply all</source>
        <translation>Répondre à tous</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>New email</source>
        <translation>Nouveau message</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>Choisissez d&apos;abord une réponse.</translation>
    </message>
    <message>
        <source>Back to the tasks</source>
        <translation>Retour aux exercices</translation>
    </message>
    <message>
        <source>I have checked every message</source>
        <translation>J&apos;ai vérifié tous les messages</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Vérifier ma réponse</translation>
    </message>
    <message>
        <source>✎ New email</source>
        <translation>✎ Nouveau message</translation>
    </message>
    <message>
        <source>Report phishing</source>
        <translation>Signaler un hameçonnage</translation>
    </message>
    <message>
        <source>Report it</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Columns of the message list</source>
        <translation>Colonnes de la liste des messages</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>Le message</translation>
    </message>
    <message>
        <source>The attachment</source>
        <translation>La pièce jointe</translation>
    </message>
    <message>
        <source>Why do you think it is a fake? Tick every reason you see.</source>
        <translation>Pourquoi pensez-vous que c&apos;est un faux message&#xa0;? Cochez toutes les raisons que vous voyez.</translation>
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
    <message>
        <source>Progress file</source>
        <translation>Fichier de progression</translation>
    </message>
    <message>
        <source>Save my progress to a file</source>
        <translation>Enregistrer ma progression dans un fichier</translation>
    </message>
    <message>
        <source>Load progress from a file</source>
        <translation>Charger une progression depuis un fichier</translation>
    </message>
</context>
<context>
    <name>NewLearnerScreen</name>
    <message>
        <source>A PIN is 4 numbers. Type them on the number row or the number pad.</source>
        <translation>Un code secret, ce sont 4 chiffres. Tapez-les sur la rangée des chiffres ou sur le pavé numérique.</translation>
    </message>
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
    <name>OpenProjectsDialog</name>
    <message>
        <source>Job tasks: projects open</source>
        <translation>Tâches en ligne : projets ouverts</translation>
    </message>
    <message>
        <source>Open every project to this learner now (otherwise a level opens once the learner qualifies at the level below)</source>
        <translation>Ouvrir tous les projets à cet apprenant dès maintenant (sinon un niveau s’ouvre quand l’apprenant est qualifié au niveau inférieur)</translation>
    </message>
</context>
<context>
    <name>OrderTask</name>
    <message>
        <source>Put the steps in the right order: drag a step to its place, or choose it and press Up or Down.</source>
        <translation>Mettez les étapes dans le bon ordre : faites glisser une étape à sa place, ou choisissez-la et appuyez sur Monter ou Descendre.</translation>
    </message>
    <message>
        <source>The steps, in your order</source>
        <translation>Les étapes, dans votre ordre</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the step up</source>
        <translation>Monter l’étape</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Monter l’étape (Alt+Haut)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the step down</source>
        <translation>Descendre l’étape</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Descendre l’étape (Alt+Bas)</translation>
    </message>
    <message>
        <source>Or press Alt+Up and Alt+Down.</source>
        <translation>Ou appuyez sur Alt+Haut et Alt+Bas.</translation>
    </message>
</context>
<context>
    <name>OutputPanel</name>
    <message>
        <source>Output</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>What your program shows</source>
        <translation>Ce que votre programme affiche</translation>
    </message>
    <message>
        <source>Your program is waiting for an answer. Type it here and press Enter.</source>
        <translation>Votre programme attend une réponse. Tapez-la ici, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Answer for your program</source>
        <translation>Réponse pour votre programme</translation>
    </message>
    <message>
        <source>Type your answer</source>
        <translation>Tapez votre réponse</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Envoyer la réponse</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>First use: choose a trainer password (at least 6 characters). Learners must not know it.</source>
        <translation>Première utilisation&#xa0;: choisissez un mot de passe formateur (au moins 6 caractères). Les apprenants ne doivent pas le connaître.</translation>
    </message>
    <message>
        <source>Type the trainer password.</source>
        <translation>Tapez le mot de passe formateur.</translation>
    </message>
    <message>
        <source>Trainer password</source>
        <translation>Mot de passe formateur</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait {seconds} seconds, then try again.</source>
        <translation>Trop de mots de passe faux. Attendez {seconds} secondes, puis réessayez.</translation>
    </message>
    <message>
        <source>That is not the trainer password.</source>
        <translation>Ce n&apos;est pas le mot de passe formateur.</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PathDialog</name>
    <message>
        <source>Levels and path: {name}</source>
        <translation>Niveaux et parcours : {name}</translation>
    </message>
    <message>
        <source>No placement yet. &quot;Start a placement now&quot; opens it for this learner.</source>
        <translation>Pas encore de positionnement. « Lancer un positionnement » l’ouvre pour cet apprenant.</translation>
    </message>
    <message>
        <source>Placement of {day}. The work chosen: {work}.</source>
        <translation>Positionnement du {day}. Métier choisi : {work}.</translation>
    </message>
    <message>
        <source>{skill} · level {level} · {exercise}</source>
        <translation>{skill} · niveau {level} · {exercise}</translation>
    </message>
    <message>
        <source> (your order)</source>
        <translation> (votre ordre)</translation>
    </message>
    <message>
        <source>Nothing: no placement yet, or the path is done.</source>
        <translation>Rien : pas encore de positionnement, ou le parcours est terminé.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>At the placement</source>
        <translation>Au positionnement</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Next exercises</source>
        <translation>Prochains exercices</translation>
    </message>
    <message>
        <source>Your order for this learner</source>
        <translation>Votre ordre pour cet apprenant</translation>
    </message>
    <message>
        <source>These exercises come first, in this order, until each is passed; then the path goes on by itself.</source>
        <translation>Ces exercices passent en premier, dans cet ordre, jusqu’à ce que chacun soit réussi ; ensuite le parcours continue tout seul.</translation>
    </message>
    <message>
        <source>An exercise to add</source>
        <translation>Un exercice à ajouter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Start a placement now</source>
        <translation>Lancer un positionnement</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Positionnement</translation>
    </message>
</context>
<context>
    <name>PickerScreen</name>
    <message>
        <source>I am new</source>
        <translation>Première fois</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
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
        <source>I have a progress file</source>
        <translation>J&apos;ai un fichier de progression</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
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
        <source>A PIN is 4 numbers. Type them on the number row or the number pad.</source>
        <translation>Un code secret, ce sont 4 chiffres. Tapez-les sur la rangée des chiffres ou sur le pavé numérique.</translation>
    </message>
    <message>
        <source>That is not your PIN. Tries left: {count}.</source>
        <translation>Ce n&apos;est pas votre code secret. Essais restants&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>PlacementRoom</name>
    <message>
        <source>Task {number}</source>
        <translation>Tâche {number}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The work you want</source>
        <translation>Le travail que vous voulez</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore évalué</translation>
    </message>
    <message>
        <source>After the mouse</source>
        <translation>Après la souris</translation>
    </message>
    <message>
        <source>Start at the beginning</source>
        <translation>Commencer au début</translation>
    </message>
    <message>
        <source>Level {level} of {top}: all of it</source>
        <translation>Niveau {level} sur {top} : tout est acquis</translation>
    </message>
    <message>
        <source>Level {level} of {top}</source>
        <translation>Niveau {level} sur {top}</translation>
    </message>
    <message>
        <source>My skill map</source>
        <translation>Ma carte des compétences</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>My last skill map</source>
        <translation>Ma dernière carte des compétences</translation>
    </message>
    <message>
        <source>I can&apos;t do this</source>
        <translation>Je ne sais pas faire</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Je ne sais pas encore</translation>
    </message>
    <message>
        <source>Start my path</source>
        <translation>Commencer mon parcours</translation>
    </message>
    <message>
        <source>A few short tasks show what you can already do. Do what you can; press &quot;I can&apos;t do this&quot; when you cannot. Then choose the work you want.</source>
        <translation>Quelques tâches courtes montrent ce que vous savez déjà faire. Faites ce que vous pouvez ; appuyez sur « Je ne sais pas faire » quand vous ne pouvez pas. Puis choisissez le travail que vous voulez.</translation>
    </message>
    <message>
        <source>What work would you like to do? Click its picture.</source>
        <translation>Quel travail aimeriez-vous faire ? Cliquez sur son image.</translation>
    </message>
</context>
<context>
    <name>PlacementTrainer</name>
    <message>
        <source>Levels found by the placement of {date}</source>
        <translation>Niveaux trouvés par le positionnement du {date}</translation>
    </message>
    <message>
        <source>Work chosen</source>
        <translation>Métier choisi</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>not asked (stopped at the mouse)</source>
        <translation>non demandé (arrêt à la souris)</translation>
    </message>
    <message>
        <source>below level 1</source>
        <translation>sous le niveau 1</translation>
    </message>
    <message>
        <source>{level} of {top}</source>
        <translation>{level} sur {top}</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>non choisi</translation>
    </message>
</context>
<context>
    <name>PointerArea</name>
    <message>
        <source>Open the page</source>
        <translation>Ouvrir la page</translation>
    </message>
</context>
<context>
    <name>PointerPage</name>
    <message>
        <source>Practice area: {title}</source>
        <translation>Zone d&apos;entraînement&#xa0;: {title}</translation>
    </message>
    <message>
        <source>A long page</source>
        <translation>Une longue page</translation>
    </message>
    <message>
        <source>Scroll bar</source>
        <translation>Barre de défilement</translation>
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
    <name>ProgressTransfer</name>
    <message>
        <source>Save my progress</source>
        <translation>Enregistrer ma progression</translation>
    </message>
    <message>
        <source>Tutor progress (*{suffix})</source>
        <translation>Progression Tutor (*{suffix})</translation>
    </message>
    <message>
        <source>Load progress from a file</source>
        <translation>Charger une progression depuis un fichier</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code secret</translation>
    </message>
    <message>
        <source>{name}, type your 4 secret numbers.</source>
        <translation>{name}, tapez vos 4 chiffres secrets.</translation>
    </message>
    <message>
        <source>{name}, choose 4 secret numbers to protect your profile on this computer.</source>
        <translation>{name}, choisissez 4 chiffres secrets pour protéger votre profil sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Type the same 4 numbers again.</source>
        <translation>Tapez à nouveau les mêmes 4 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs must be the same 4 numbers. Try again.</source>
        <translation>Les deux codes doivent être les mêmes 4 chiffres. Réessayez.</translation>
    </message>
    <message>
        <source>There is already a learner called {name} on this computer. Is it the same person? If you say yes, the progress is added to that learner.</source>
        <translation>Il y a déjà une personne appelée {name} sur cet ordinateur. Est-ce la même personne&#xa0;? Si vous répondez oui, la progression sera ajoutée à son profil.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Saved: {count} activities in {path}. Take this file to the other computer and load it there.</source>
        <translation>C&apos;est enregistré dans {path} (nombre d&apos;activités&#xa0;: {count}). Emportez ce fichier sur l&apos;autre ordinateur et chargez-le là-bas.</translation>
    </message>
    <message>
        <source>That is not the right PIN. Nothing was loaded.</source>
        <translation>Ce n&apos;est pas le bon code secret. Rien n&apos;a été chargé.</translation>
    </message>
    <message>
        <source>Welcome, {name}! Your progress is loaded: {added} activities.</source>
        <translation>Bienvenue {name}&#xa0;! Votre progression est chargée (nombre d&apos;activités&#xa0;: {added}).</translation>
    </message>
    <message>
        <source>{name}: {added} new activities added ({already} were already on this computer).</source>
        <translation>{name}&#xa0;: {added} nouvelles activités ajoutées ({already} étaient déjà sur cet ordinateur).</translation>
    </message>
    <message>
        <source>{name}: this computer already had all these activities. Nothing changed.</source>
        <translation>{name}&#xa0;: cet ordinateur avait déjà toutes ces activités. Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Checked: signed at {centre}: {count}</source>
        <translation>Activités vérifiées (signées par {centre})&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Could not be checked ({why}): {count}</source>
        <translation>Activités non vérifiables ({why})&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Could not be checked before, and now checked: {count}</source>
        <translation>Activités non vérifiables auparavant, vérifiées maintenant&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Activities that could not be checked stay in the learner&apos;s progress, but reports and certificates do not count them.</source>
        <translation>Les activités non vérifiables restent dans la progression de l&apos;apprenant, mais les bilans et les attestations ne les comptent pas.</translation>
    </message>
</context>
<context>
    <name>ProjectsDialog</name>
    <message>
        <source>Job tasks: quality and speed</source>
        <translation>Tâches en ligne&#xa0;: qualité et vitesse</translation>
    </message>
    <message>
        <source>One row per learner and project tried. Quality: the mean score of the queue&apos;s tasks; platforms often ask 80% or more.</source>
        <translation>Une ligne par apprenant et par projet essayé. Qualité&#xa0;: le score moyen des tâches de la file&#xa0;; les plateformes demandent souvent 80&#xa0;% ou plus.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Tasks an hour</source>
        <translation>Tâches par heure</translation>
    </message>
    <message>
        <source>Keystrokes an hour</source>
        <translation>Frappes par heure</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>not yet (tries: {tries})</source>
        <translation>pas encore (essais&#xa0;: {tries})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ProposalTask</name>
    <message>
        <source>Words: {count} (asked: {min} to {max})</source>
        <translation>Mots : {count} (demandé : de {min} à {max})</translation>
    </message>
    <message>
        <source>Words: {count}</source>
        <translation>Mots : {count}</translation>
    </message>
    <message>
        <source>Read the job post, then write your proposal: a greeting, what you will do, one experience like this job, your price and your time, a closing and your name.</source>
        <translation>Lisez l’annonce, puis écrivez votre proposition : une salutation, ce que vous ferez, une expérience proche de ce travail, votre prix et votre délai, une formule de fin et votre nom.</translation>
    </message>
    <message>
        <source>The job post</source>
        <translation>L’annonce</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Votre texte</translation>
    </message>
    <message>
        <source>Write here.</source>
        <translation>Écrivez ici.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Fichiers de type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Dossier parent</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Créer un nouveau dossier</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Vue en liste</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Vue détaillée</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Emplacements récents</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Montrer les détails…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Masquer les détails…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas tenir compte</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Progress report</source>
        <translation>Bilan de progression</translation>
    </message>
    <message>
        <source>Certificate of achievement</source>
        <translation>Attestation de réussite</translation>
    </message>
    <message>
        <source>Class report</source>
        <translation>Bilan du groupe</translation>
    </message>
    <message>
        <source>This certificate is awarded to</source>
        <translation>Cette attestation est délivrée à</translation>
    </message>
    <message>
        <source>for completing, at {centre}:</source>
        <translation>pour avoir terminé avec succès, à {centre}&#xa0;:</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Exercises passed</source>
        <translation>Exercices réussis</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Best typing speed: {wpm} words per minute, {accuracy}% accurate</source>
        <translation>Meilleure vitesse de frappe&#xa0;: {wpm} mots par minute, précision {accuracy}&#xa0;%</translation>
    </message>
    <message>
        <source>No typing test yet.</source>
        <translation>Pas encore de test de frappe.</translation>
    </message>
    <message>
        <source>Last activity: {date}</source>
        <translation>Dernière activité&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Made on {date} by Tutor.</source>
        <translation>Document créé le {date} par Tutor.</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Needs help with</source>
        <translation>A besoin d&apos;aide pour</translation>
    </message>
    <message>
        <source>Best typing speed</source>
        <translation>Meilleure vitesse de frappe</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>Trainer&apos;s signature</source>
        <translation>Signature du formateur</translation>
    </message>
    <message>
        <source>Results brought from another computer that could not be checked, and are not counted here: {count}</source>
        <translation>Résultats venus d&apos;un autre ordinateur, non vérifiables et donc non comptés ici&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Results brought from other computers that could not be checked are not counted in this report (for all learners: {count}).</source>
        <translation>Les résultats venus d&apos;autres ordinateurs qui n&apos;ont pas pu être vérifiés ne sont pas comptés dans ce bilan (pour tous les apprenants&#xa0;: {count}).</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Well done!</source>
        <translation>Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>Not yet. Read the hints and try again.</source>
        <translation>Pas encore. Lisez les conseils et réessayez.</translation>
    </message>
    <message>
        <source>Score: {percent}%</source>
        <translation>Score&#xa0;: {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>met</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>pas encore validé</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Ce qui a été vérifié</translation>
    </message>
    <message>
        <source>An example of a good answer</source>
        <translation>Un exemple de bonne réponse</translation>
    </message>
    <message>
        <source>Why each message is real or fake</source>
        <translation>Pourquoi chaque message est vrai ou faux</translation>
    </message>
    <message>
        <source>Your email</source>
        <translation>Votre e-mail</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Next task</source>
        <translation>Exercice suivant</translation>
    </message>
    <message>
        <source>Back to the tasks</source>
        <translation>Retour aux exercices</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Folder to save in</source>
        <translation>Dossier où enregistrer</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Save in:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Type a name</source>
        <translation>Tapez un nom</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nom du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose a folder to save in.</source>
        <translation>Choisissez un dossier où enregistrer.</translation>
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
        <source>Lessons in</source>
        <translation>Leçons en</translation>
    </message>
    <message>
        <source>The language of the screens</source>
        <translation>La langue des écrans</translation>
    </message>
    <message>
        <source>Language of the lessons</source>
        <translation>Langue des leçons</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>High contrast: white on black</source>
        <translation>Contraste élevé&#xa0;: blanc sur noir</translation>
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
    <name>SheetsPlacementItem</name>
    <message>
        <source>A spreadsheet task</source>
        <translation>Un exercice de tableur</translation>
    </message>
</context>
<context>
    <name>SheetsRoom</name>
    <message>
        <source>Cell</source>
        <translation>Cellule</translation>
    </message>
    <message>
        <source>{cell} uses its own cell: a circular reference. Change its formula.</source>
        <translation>La cellule {cell} utilise sa propre valeur&#xa0;: c&apos;est une référence circulaire. Modifiez sa formule.</translation>
    </message>
    <message>
        <source>Open a file instead?</source>
        <translation>Ouvrir un fichier à la place ?</translation>
    </message>
    <message>
        <source>The file you open will replace your work on this sheet. To keep your work, save it first.</source>
        <translation>Le fichier que vous ouvrez remplacera votre travail sur cette feuille. Pour garder votre travail, enregistrez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Ouvrir un fichier</translation>
    </message>
    <message>
        <source>Open a spreadsheet</source>
        <translation>Ouvrir un tableau</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Tableaux (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the spreadsheet</source>
        <translation>Enregistrer le tableau</translation>
    </message>
    <message>
        <source>Saved in {file}</source>
        <translation>Enregistré dans {file}</translation>
    </message>
    <message>
        <source>Well done! Everything is right. Saved.</source>
        <translation>Bravo&#xa0;! Tout est juste. Votre travail est enregistré.</translation>
    </message>
    <message>
        <source>Not yet: {score}% right. Saved. Read the list, correct, and check again.</source>
        <translation>Pas encore&#xa0;: {score}&#xa0;% de juste. Votre travail est enregistré. Lisez la liste, corrigez, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Y)</source>
        <translation>Rétablir (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Bold text (Ctrl+B)</source>
        <translation>Texte en gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Monétaire</translation>
    </message>
    <message>
        <source>Show as money, with 2 decimals</source>
        <translation>Afficher en format monétaire, avec 2 décimales</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Show as a percentage</source>
        <translation>Afficher en pourcentage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Show as a date</source>
        <translation>Afficher en date</translation>
    </message>
    <message>
        <source>.0+</source>
        <translation>.0+</translation>
    </message>
    <message>
        <source>One more decimal place</source>
        <translation>Une décimale de plus</translation>
    </message>
    <message>
        <source>.0-</source>
        <translation>.0-</translation>
    </message>
    <message>
        <source>One decimal place less</source>
        <translation>Une décimale de moins</translation>
    </message>
    <message>
        <source>Fill down</source>
        <translation>Recopier vers le bas</translation>
    </message>
    <message>
        <source>Copy the top cell into the selected cells below (Ctrl+D)</source>
        <translation>Copier la cellule du haut dans les cellules sélectionnées en dessous (Ctrl+D)</translation>
    </message>
    <message>
        <source>Fill right</source>
        <translation>Recopier à droite</translation>
    </message>
    <message>
        <source>Copy the left cell into the selected cells on the right (Ctrl+R)</source>
        <translation>Copier la cellule de gauche dans les cellules sélectionnées à droite (Ctrl+R)</translation>
    </message>
    <message>
        <source>Insert row</source>
        <translation>Insérer une ligne</translation>
    </message>
    <message>
        <source>Insert a row above the selection</source>
        <translation>Insérer une ligne au-dessus de la sélection</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Sort A to Z</source>
        <translation>Trier de A à Z</translation>
    </message>
    <message>
        <source>Sort the selected rows by the current column, smallest first</source>
        <translation>Trier les lignes sélectionnées selon la colonne active, du plus petit au plus grand</translation>
    </message>
    <message>
        <source>Sort Z to A</source>
        <translation>Trier de Z à A</translation>
    </message>
    <message>
        <source>Sort the selected rows by the current column, largest first</source>
        <translation>Trier les lignes sélectionnées selon la colonne active, du plus grand au plus petit</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Make a chart of the selected cells</source>
        <translation>Faire un graphique avec les cellules sélectionnées</translation>
    </message>
    <message>
        <source>New sheet</source>
        <translation>Nouvelle feuille</translation>
    </message>
    <message>
        <source>Add a sheet to the workbook</source>
        <translation>Ajouter une feuille au classeur</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open an .xlsx file</source>
        <translation>Ouvrir un fichier .xlsx</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save as an .xlsx file for LibreOffice or Excel</source>
        <translation>Enregistrer en fichier .xlsx pour LibreOffice ou Excel</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More tools: the buttons that do not fit here</source>
        <translation>Plus d&apos;outils : les boutons qui ne tiennent pas ici</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Plus d&apos;outils</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Spreadsheet grid</source>
        <translation>Grille du tableau</translation>
    </message>
    <message>
        <source>Arrows, Enter and Tab move between cells. To leave the grid, press Ctrl+Tab (or Ctrl+Shift+Tab to go back).</source>
        <translation>Les flèches, Entrée et Tab font passer d&apos;une cellule à l&apos;autre. Pour sortir de la grille, appuyez sur Ctrl+Tab (ou sur Ctrl+Shift+Tab pour revenir en arrière).</translation>
    </message>
    <message>
        <source>Column letters</source>
        <translation>Lettres des colonnes</translation>
    </message>
    <message>
        <source>Row numbers</source>
        <translation>Numéros des lignes</translation>
    </message>
    <message>
        <source>Formula bar: the content of the cell</source>
        <translation>Barre de formule&#xa0;: le contenu de la cellule</translation>
    </message>
    <message>
        <source>Type a value or a formula like =A1+B1</source>
        <translation>Tapez une valeur ou une formule, par exemple =A1+B1</translation>
    </message>
    <message>
        <source>Current cell</source>
        <translation>Cellule active</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <source>Show a hint</source>
        <translation>Afficher un indice</translation>
    </message>
    <message>
        <source>Check my work</source>
        <translation>Vérifier mon travail</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>{task} (passed)</source>
        <translation>{task} (réussie)</translation>
    </message>
    <message>
        <source>Start again?</source>
        <translation>Recommencer ?</translation>
    </message>
    <message>
        <source>Your work on this sheet will be replaced by the task&apos;s start. This cannot be undone.</source>
        <translation>Votre travail sur cette feuille sera remplacé par le début de l&apos;exercice. Vous ne pourrez pas revenir en arrière.</translation>
    </message>
    <message>
        <source>Keep my work</source>
        <translation>Garder mon travail</translation>
    </message>
    <message>
        <source>Leave this sheet?</source>
        <translation>Quitter cette feuille ?</translation>
    </message>
    <message>
        <source>This sheet is too large to be kept: if you leave it, your work on it is lost. Save it as a file first to keep it.</source>
        <translation>Cette feuille est trop grande pour être gardée : si vous la quittez, votre travail sera perdu. Enregistrez-la d&apos;abord dans un fichier pour la garder.</translation>
    </message>
    <message>
        <source>Leave it</source>
        <translation>La quitter</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <source>Start the task again</source>
        <translation>Recommencer l&apos;exercice</translation>
    </message>
    <message>
        <source>What is right and what to correct</source>
        <translation>Ce qui est juste et ce qu&apos;il faut corriger</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Start an assessment: {name}</source>
        <translation>Lancer une évaluation&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{assessment} (its exercise is not installed)</source>
        <translation>{assessment} (son exercice n&apos;est pas installé)</translation>
    </message>
    <message>
        <source>{name} ({minutes} min)
{description}</source>
        <translation>{name} ({minutes} min)
{description}</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>non réussi</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucune pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Choose the assessment. The learner takes it once, without pausing, while you watch; at the end you type the trainer password to confirm you were there.</source>
        <translation>Choisissez l&apos;évaluation. L&apos;apprenant la passe une seule fois, sans pause, pendant que vous le surveillez&#xa0;; à la fin, vous tapez le mot de passe formateur pour confirmer que vous étiez présent.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>I am in the room and I watch the learner during the test</source>
        <translation>Je suis dans la salle et je surveille l&apos;apprenant pendant le test</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Earlier assessments</source>
        <translation>Évaluations précédentes</translation>
    </message>
    <message>
        <source>Start now</source>
        <translation>Lancer maintenant</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>1 result waiting for the centre server</source>
        <translation>1 résultat en attente pour le serveur du centre</translation>
    </message>
    <message>
        <source>{count} results waiting for the centre server</source>
        <translation>{count} résultats en attente pour le serveur du centre</translation>
    </message>
    <message>
        <source>Saved on this PC.</source>
        <translation>Enregistré sur ce PC.</translation>
    </message>
    <message>
        <source>Saved: this PC</source>
        <translation>Enregistré : ce PC</translation>
    </message>
    <message>
        <source>Saved on the centre server.</source>
        <translation>Enregistré sur le serveur du centre.</translation>
    </message>
    <message>
        <source>Saved: centre</source>
        <translation>Enregistré : centre</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} en attente</translation>
    </message>
    <message>
        <source>The centre server cannot be reached at the moment. Your results are safe on this PC and will be sent to it later.</source>
        <translation>Le serveur du centre n&apos;est pas joignable pour le moment. Vos résultats sont en sécurité sur ce PC et lui seront envoyés plus tard.</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>pas encore fait</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Choose a task. Each one is an email to read, write or check, like at work.</source>
        <translation>Choisissez un exercice. Dans chacun, il y a un e-mail à lire, à écrire ou à vérifier, comme au travail.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Start the task</source>
        <translation>Commencer l&apos;exercice</translation>
    </message>
</context>
<context>
    <name>TaskWidget</name>
    <message>
        <source>Submit</source>
        <translation>Envoyer</translation>
    </message>
</context>
<context>
    <name>TextDisplay</name>
    <message>
        <source>Text to type</source>
        <translation>Texte à taper</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <source>Typing thresholds</source>
        <translation>Seuils de frappe</translation>
    </message>
    <message>
        <source>Speed asked (× the lesson&apos;s)</source>
        <translation>Vitesse demandée (× celle de la leçon)</translation>
    </message>
    <message>
        <source>Accuracy asked, minus (%)</source>
        <translation>Baisse de la précision demandée (%)</translation>
    </message>
    <message>
        <source>Adaptive practice target (WPM)</source>
        <translation>Objectif de l&apos;entraînement adaptatif (mots/min)</translation>
    </message>
</context>
<context>
    <name>TrainerScreen</name>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Best typing speed</source>
        <translation>Meilleure vitesse de frappe</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Needs help</source>
        <translation>Besoin d&apos;aide</translation>
    </message>
    <message>
        <source>{count} activities cannot be read</source>
        <translation>{count} activités illisibles</translation>
    </message>
    <message>
        <source>{first}–{last} of {total}</source>
        <translation>{first}–{last} sur {total}</translation>
    </message>
    <message>
        <source>No learner</source>
        <translation>Aucun apprenant</translation>
    </message>
    <message>
        <source>Choose a learner in the table first.</source>
        <translation>Choisissez d&apos;abord un apprenant dans le tableau.</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Folder with progress files</source>
        <translation>Dossier des fichiers de progression</translation>
    </message>
    <message>
        <source>No progress files in {folder}.</source>
        <translation>Aucun fichier de progression dans {folder}.</translation>
    </message>
    <message>
        <source>Loading progress files…</source>
        <translation>Chargement des fichiers de progression…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Files loaded: {files}. New activities: {added}.</source>
        <translation>Fichiers chargés : {files}. Nouvelles activités : {added}.</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Fichiers refusés&#xa0;:</translation>
    </message>
    <message>
        <source>Export the class (CSV)</source>
        <translation>Exporter le groupe (CSV)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Class report (PDF)</source>
        <translation>Bilan du groupe (PDF)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>{name} has no PIN now.</source>
        <translation>{name} n&apos;a plus de code secret.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Which profile is the same person as {name}? Its activities move to {name}, and it disappears.</source>
        <translation>Quel profil correspond à la même personne que {name}&#xa0;? Ses activités seront transférées à {name}, puis ce profil disparaîtra.</translation>
    </message>
    <message>
        <source>{count} activities moved to {name}.</source>
        <translation>{count} activités transférées à {name}.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Trainer: the class</source>
        <translation>Espace formateur&#xa0;: le groupe</translation>
    </message>
    <message>
        <source>Centre name:</source>
        <translation>Nom du centre&#xa0;:</translation>
    </message>
    <message>
        <source>Centre name</source>
        <translation>Nom du centre</translation>
    </message>
    <message>
        <source>The class</source>
        <translation>Le groupe</translation>
    </message>
    <message>
        <source>Find a learner</source>
        <translation>Chercher un apprenant</translation>
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
        <source>Load a folder of progress files</source>
        <translation>Charger un dossier de fichiers de progression</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Supprimer le code secret</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Bilan de progression</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Centre and credentials</source>
        <translation>Centre et attestations</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>More about the class</source>
        <translation>Plus sur le groupe</translation>
    </message>
    <message>
        <source>More for this learner</source>
        <translation>Plus pour cet apprenant</translation>
    </message>
</context>
<context>
    <name>TranscribeTask</name>
    <message>
        <source>Keys: Esc or F4 play or pause, F1 or Ctrl+Left back 5 seconds, F2 or Ctrl+Right forward 5 seconds.</source>
        <translation>Touches : Échap ou F4 pour lire ou mettre en pause, F1 ou Ctrl+Gauche pour reculer de 5 secondes, F2 ou Ctrl+Droite pour avancer de 5 secondes.</translation>
    </message>
    <message>
        <source>Full verbatim: type every word as said, with every um, uh and false start (I w- I will). Write [inaudible] for a word you cannot hear and [crosstalk] when two people speak at once.</source>
        <translation>Verbatim intégral : tapez chaque mot tel qu’il est dit, avec chaque « euh » et chaque faux départ (je v- je vais). Écrivez [inaudible] pour un mot que vous n’entendez pas et [crosstalk] quand deux personnes parlent en même temps.</translation>
    </message>
    <message>
        <source>Clean verbatim: leave out um, uh and false starts; use normal punctuation. Write [inaudible] for a word you cannot hear and [crosstalk] when two people speak at once.</source>
        <translation>Verbatim nettoyé : laissez de côté les « euh » et les faux départs ; ponctuez normalement. Écrivez [inaudible] pour un mot que vous n’entendez pas et [crosstalk] quand deux personnes parlent en même temps.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>The recording is missing: ask your trainer. You can still type.</source>
        <translation>L’enregistrement manque : demandez à votre formateur. Vous pouvez quand même taper.</translation>
    </message>
    <message>
        <source>This recording cannot be played on this computer. You can still type.</source>
        <translation>Cet enregistrement ne peut pas être lu sur cet ordinateur. Vous pouvez quand même taper.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found: plug them in to hear the recording.</source>
        <translation>Aucun haut-parleur ni casque trouvé : branchez-en un pour entendre l’enregistrement.</translation>
    </message>
    <message>
        <source>Back 5 s</source>
        <translation>Reculer 5 s</translation>
    </message>
    <message>
        <source>Back 5 seconds (F1)</source>
        <translation>Reculer de 5 secondes (F1)</translation>
    </message>
    <message>
        <source>Forward 5 s</source>
        <translation>Avancer 5 s</translation>
    </message>
    <message>
        <source>Forward 5 seconds (F2)</source>
        <translation>Avancer de 5 secondes (F2)</translation>
    </message>
    <message>
        <source>Slower (0.75x)</source>
        <translation>Plus lent (0,75x)</translation>
    </message>
    <message>
        <source>Slower, three quarters of the speed</source>
        <translation>Plus lent, aux trois quarts de la vitesse</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Position dans l’enregistrement</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Your transcript</source>
        <translation>Votre transcription</translation>
    </message>
    <message>
        <source>Type the transcript here.</source>
        <translation>Tapez la transcription ici.</translation>
    </message>
</context>
<context>
    <name>TypingPlacementItem</name>
    <message>
        <source>Copy a line</source>
        <translation>Recopier une ligne</translation>
    </message>
    <message>
        <source>Copy this line. Type it as it is, as quickly and as correctly as you can.</source>
        <translation>Recopiez cette ligne. Tapez-la telle quelle, aussi vite et aussi juste que possible.</translation>
    </message>
</context>
<context>
    <name>TypingRoom</name>
    <message>
        <source>Pass the lesson before to open this one.</source>
        <translation>Réussissez d&apos;abord la leçon précédente pour ouvrir celle-ci.</translation>
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
        <source>Last time: {wpm} words per minute, accuracy {accuracy}%.</source>
        <translation>La dernière fois : {wpm} mots par minute, précision {accuracy} %.</translation>
    </message>
    <message>
        <source>Accuracy: {accuracy}%, asked: {min}%.</source>
        <translation>Précision&#xa0;: {accuracy}&#xa0;%, objectif&#xa0;: {min}&#xa0;%.</translation>
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
        <source>Speed: {wpm} words per minute ({cpm} characters per minute), asked: {min} words per minute.</source>
        <translation>Vitesse : {wpm} mots par minute ({cpm} caractères par minute), demandé : {min} mots par minute.</translation>
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
        <source>Pass the first lesson: then you can practise the letters it taught you.</source>
        <translation>Réussissez la première leçon : vous pourrez ensuite vous entraîner sur les lettres qu&apos;elle vous a apprises.</translation>
    </message>
    <message>
        <source>Practice of the letters your lessons have taught you: {letters}. Your weakest one comes most often: {key}.</source>
        <translation>Entraînement sur les lettres que vos leçons vous ont apprises : {letters}. Celle que vous maîtrisez le moins revient le plus souvent : {key}.</translation>
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
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Wrong key: {typed}. Type {expected}.</source>
        <translation>Mauvaise touche : {typed}. Tapez {expected}.</translation>
    </message>
</context>
<context>
    <name>TypingTest</name>
    <message>
        <source>Copy this text:</source>
        <translation>Recopiez ce texte&#xa0;:</translation>
    </message>
    <message>
        <source>The text to copy</source>
        <translation>Le texte à recopier</translation>
    </message>
    <message>
        <source>Type here:</source>
        <translation>Tapez ici&#xa0;:</translation>
    </message>
    <message>
        <source>Your typing</source>
        <translation>Ce que vous tapez</translation>
    </message>
</context>
<context>
    <name>WindowPage</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>This is a window. Move it, change its size, make it small or large, close it and open it again.</source>
        <translation>Ceci est une fenêtre. Déplacez-la, changez sa taille, rendez-la petite ou grande, fermez-la et ouvrez-la de nouveau.</translation>
    </message>
    <message>
        <source>Title bar</source>
        <translation>Barre de titre</translation>
    </message>
    <message>
        <source>Change the size</source>
        <translation>Changer la taille</translation>
    </message>
    <message>
        <source>Minimise</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Practice desktop</source>
        <translation>Bureau d&apos;entraînement</translation>
    </message>
    <message>
        <source>Taskbar</source>
        <translation>Barre des tâches</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Maximise</source>
        <translation>Agrandir</translation>
    </message>
</context>
<context>
    <name>assessment</name>
    <message>
        <source>Typing test, 5 minutes</source>
        <translation>Test de frappe, 5 minutes</translation>
    </message>
    <message>
        <source>Copy a printed text for 5 minutes, as quickly and as correctly as you can. You may correct with Backspace.</source>
        <translation>Recopiez un texte imprimé pendant 5 minutes, le plus vite et le plus correctement possible. Vous pouvez corriger avec la touche Retour arrière (←).</translation>
    </message>
    <message>
        <source>Data-entry test, 5 minutes</source>
        <translation>Test de saisie, 5 minutes</translation>
    </message>
    <message>
        <source>Key invoice lines from a document into a form for 5 minutes, as quickly and as correctly as you can.</source>
        <translation>Saisissez dans un formulaire les lignes de factures d&apos;un document, pendant 5 minutes, le plus vite et le plus correctement possible.</translation>
    </message>
    <message>
        <source>Email task</source>
        <translation>Exercice d&apos;e-mail</translation>
    </message>
    <message>
        <source>Answer an email about a job interview, alone, within 15 minutes.</source>
        <translation>Répondez sans aide à un e-mail au sujet d&apos;un entretien d&apos;embauche, en 15 minutes au plus.</translation>
    </message>
    <message>
        <source>Spreadsheet task</source>
        <translation>Exercice de tableur</translation>
    </message>
    <message>
        <source>Finish an invoice in a spreadsheet, alone, within 15 minutes.</source>
        <translation>Terminez une facture dans un tableur, sans aide, en 15 minutes au plus.</translation>
    </message>
    <message>
        <source>Program task</source>
        <translation>Exercice de programmation</translation>
    </message>
    <message>
        <source>Read a short program and say what it prints, alone, within 10 minutes.</source>
        <translation>Lisez un court programme et dites ce qu&apos;il affiche, sans aide, en 10 minutes au plus.</translation>
    </message>
    <message>
        <source>At least {mark} net words a minute: {value}.</source>
        <translation>Au moins {mark} mots nets par minute&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>At most {mark} errors: {value}.</source>
        <translation>Au plus {mark} erreurs&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>At least {mark} keystrokes an hour: {value}.</source>
        <translation>Au moins {mark} frappes par heure&#xa0;: {value}.</translation>
    </message>
    <message>
        <source>At least {mark} % of the fields right: {value} %.</source>
        <translation>Au moins {mark}&#xa0;% de champs justes&#xa0;: {value}&#xa0;%.</translation>
    </message>
    <message>
        <source>The task was answered within its time.</source>
        <translation>La réponse a été donnée dans le temps prévu.</translation>
    </message>
</context>
<context>
    <name>coding</name>
    <message>
        <source>The program is too long to check.</source>
        <translation>Le programme est trop long pour être vérifié.</translation>
    </message>
    <message>
        <source>Your program runs to the end without an error.</source>
        <translation>Votre programme s&apos;exécute jusqu&apos;au bout sans erreur.</translation>
    </message>
    <message>
        <source>The output is right.</source>
        <translation>Votre programme affiche ce qu&apos;il faut.</translation>
    </message>
    <message>
        <source>Your program printed nothing. It should print:
{expected}</source>
        <translation>Votre programme n&apos;a rien affiché. Il devrait afficher&#xa0;:
{expected}</translation>
    </message>
    <message>
        <source>Line {line} of your output is one line too many: {got}</source>
        <translation>La ligne {line} affichée par votre programme est en trop&#xa0;: {got}</translation>
    </message>
    <message>
        <source>Your output stops too early: line {line} should be: {expected}</source>
        <translation>L&apos;affichage de votre programme s&apos;arrête trop tôt&#xa0;: la ligne {line} devrait être&#xa0;: {expected}</translation>
    </message>
    <message>
        <source>Line {line} of your output shows a decimal number where the task asks for a whole number:
yours:     {got}
expected:  {expected}</source>
        <translation>La ligne {line} affichée par votre programme montre un nombre décimal là où l&apos;exercice demande un nombre entier :
votre ligne : {got}
attendu :     {expected}</translation>
    </message>
    <message>
        <source>Line {line} of your output has spaces in the wrong place:
yours:     «{got}»
expected:  «{expected}»</source>
        <translation>La ligne {line} affichée par votre programme a des espaces au mauvais endroit&#xa0;:
votre ligne&#xa0;: «{got}»
attendu&#xa0;:     «{expected}»</translation>
    </message>
    <message>
        <source>Line {line} of your output has capital and small letters mixed up:
yours:     {got}
expected:  {expected}</source>
        <translation>La ligne {line} affichée par votre programme a des erreurs de majuscules ou de minuscules&#xa0;:
votre ligne&#xa0;: {got}
attendu&#xa0;:     {expected}</translation>
    </message>
    <message>
        <source>Line {line} of your output is not right:
yours:     {got}
expected:  {expected}</source>
        <translation>La ligne {line} affichée par votre programme n&apos;est pas juste&#xa0;:
votre ligne&#xa0;: {got}
attendu&#xa0;:     {expected}</translation>
    </message>
    <message>
        <source>With the answer {answers}:</source>
        <translation>Avec la réponse {answers} :</translation>
    </message>
    <message>
        <source>With the answers {answers}:</source>
        <translation>Avec les réponses {answers} :</translation>
    </message>
    <message>
        <source>With the answer {answers}, your program does not run to the end:</source>
        <translation>Avec la réponse {answers}, votre programme ne va pas jusqu&apos;au bout :</translation>
    </message>
    <message>
        <source>With the answers {answers}, your program does not run to the end:</source>
        <translation>Avec les réponses {answers}, votre programme ne va pas jusqu&apos;au bout :</translation>
    </message>
    <message>
        <source>The output is right with each of the {count} sets of answers tried.</source>
        <translation>L&apos;affichage est juste avec chacun des {count} jeux de réponses essayés.</translation>
    </message>
    <message>
        <source>Other sets of answers that give a wrong output too: {count}.</source>
        <translation>Autres jeux de réponses qui donnent aussi un affichage faux : {count}.</translation>
    </message>
    <message>
        <source>There is no function named {name}. Write it with: def {name}(...):</source>
        <translation>Il n&apos;y a pas de fonction appelée {name}. Écrivez-la avec&#xa0;: def {name}(...):</translation>
    </message>
    <message>
        <source>{call} stopped with an error:</source>
        <translation>{call} s&apos;est arrêté avec une erreur&#xa0;:</translation>
    </message>
    <message>
        <source>{call} gives {got}, but the task asks for a whole number: {expected}.</source>
        <translation>{call} renvoie {got}, mais l&apos;exercice demande un nombre entier : {expected}.</translation>
    </message>
    <message>
        <source>{call} gives None: your function prints its result. Give it back with return instead.</source>
        <translation>{call} renvoie None&#xa0;: votre fonction affiche son résultat. Renvoyez-le plutôt avec return.</translation>
    </message>
    <message>
        <source>{call} gives None: the function needs a line with return.</source>
        <translation>{call} renvoie None&#xa0;: il manque à la fonction une ligne avec return.</translation>
    </message>
    <message>
        <source>{call} gives {got}, but it should give {expected}.</source>
        <translation>{call} renvoie {got}, mais devrait renvoyer {expected}.</translation>
    </message>
    <message>
        <source>Your function {name} gives the right results.</source>
        <translation>Votre fonction {name} renvoie les bons résultats.</translation>
    </message>
    <message>
        <source>Other calls of {name} that give a wrong result too: {count}.</source>
        <translation>Autres appels de {name} qui donnent aussi un résultat faux : {count}.</translation>
    </message>
    <message>
        <source>Your program was still running after {seconds} seconds, so it was stopped. A while loop whose condition never becomes false runs for ever: check that something inside the loop changes it.</source>
        <translation>Votre programme tournait encore après {seconds} secondes&#xa0;: il a donc été arrêté. Une boucle while dont la condition ne devient jamais fausse tourne sans fin&#xa0;: vérifiez que quelque chose, dans la boucle, modifie cette condition.</translation>
    </message>
    <message>
        <source>Your program used too much memory, so it was stopped. Does a list or a text grow very big, in a loop perhaps?</source>
        <translation>Votre programme a utilisé trop de mémoire, alors il a été arrêté. Une liste ou un texte devient-il très grand, dans une boucle peut-être ?</translation>
    </message>
    <message>
        <source>You stopped the program.</source>
        <translation>Vous avez arrêté le programme.</translation>
    </message>
    <message>
        <source>The program stopped suddenly (it crashed). Python itself had a problem; try again, and tell your trainer if it happens again.</source>
        <translation>Le programme s&apos;est arrêté d&apos;un coup (il a planté). Le problème vient de Python lui-même&#xa0;: réessayez, et prévenez votre formateur si cela recommence.</translation>
    </message>
    <message>
        <source>The program ended early with the exit code {code}.</source>
        <translation>Le programme s&apos;est terminé trop tôt, avec le code de sortie {code}.</translation>
    </message>
    <message>
        <source>The program could not be started: {detail}</source>
        <translation>Impossible de démarrer le programme&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Your program printed too much: more than {limit} characters (the first {lines} lines are shown), so Tutor stopped it. Print less: fewer lines, or only what the task asks for.</source>
        <translation>Votre programme a affiché trop de texte : plus de {limit} caractères (les {lines} premières lignes sont affichées), alors Tutor l&apos;a arrêté. Affichez moins : moins de lignes, ou seulement ce que la tâche demande.</translation>
    </message>
    <message>
        <source>Line {line}: Python does not know the name &apos;{name}&apos;. Did you mean &apos;{close}&apos;?</source>
        <translation>Ligne {line}&#xa0;: Python ne connaît pas le nom &apos;{name}&apos;. Vouliez-vous écrire &apos;{close}&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>Line {line}: Python does not know the name &apos;{name}&apos;. Give it a value first (name = ...), check its spelling, or put it in quotes if it is text.</source>
        <translation>Ligne {line}&#xa0;: Python ne connaît pas le nom &apos;{name}&apos;. Donnez-lui d&apos;abord une valeur (nom = ...), vérifiez son orthographe, ou mettez-le entre guillemets si c&apos;est du texte.</translation>
    </message>
    <message>
        <source>Line {line}: you are adding text and a number. Python cannot add them. Turn the number into text with str(...), or the text into a number with int(...).</source>
        <translation>Ligne {line}&#xa0;: vous additionnez du texte et un nombre. Python ne peut pas les additionner. Transformez le nombre en texte avec str(...), ou le texte en nombre avec int(...).</translation>
    </message>
    <message>
        <source>Line {line}: you are comparing text with a number. input() always gives text: turn it into a number with int(input(...)).</source>
        <translation>Ligne {line}&#xa0;: vous comparez du texte avec un nombre. input() donne toujours du texte&#xa0;: transformez-le en nombre avec int(input(...)).</translation>
    </message>
    <message>
        <source>Line {line}: you are calculating with text. input() always gives text: turn it into a number with int(...) or float(...).</source>
        <translation>Ligne {line}&#xa0;: vous faites un calcul avec du texte. input() donne toujours du texte&#xa0;: transformez-le en nombre avec int(...) ou float(...).</translation>
    </message>
    <message>
        <source>Line {line}: a function got the wrong number of values between its brackets ({detail}).</source>
        <translation>Ligne {line}&#xa0;: une fonction a reçu un mauvais nombre de valeurs entre ses parenthèses ({detail}).</translation>
    </message>
    <message>
        <source>Line {line}: a value of the wrong kind is used here ({detail}).</source>
        <translation>Ligne {line}&#xa0;: une valeur du mauvais type est utilisée ici ({detail}).</translation>
    </message>
    <message>
        <source>Line {line}: {function} can only turn a number written in digits into a number, but it got {value}. Type a number, like 42.</source>
        <translation>Ligne {line}&#xa0;: {function} peut seulement transformer en nombre un nombre écrit en chiffres, mais il a reçu {value}. Tapez un nombre, par exemple 42.</translation>
    </message>
    <message>
        <source>Line {line}: this value cannot be used here ({detail}).</source>
        <translation>Ligne {line}&#xa0;: cette valeur ne peut pas être utilisée ici ({detail}).</translation>
    </message>
    <message>
        <source>Line {line}: your program divided by zero, which is impossible. Check the number after /, // or %.</source>
        <translation>Ligne {line}&#xa0;: votre programme a divisé par zéro, ce qui est impossible. Vérifiez le nombre après /, // ou %.</translation>
    </message>
    <message>
        <source>Line {line}: there is no item at this position in the list. Positions start at 0, and the last one is len(list) - 1.</source>
        <translation>Ligne {line}&#xa0;: il n&apos;y a pas d&apos;élément à cette position dans la liste. Les positions commencent à 0, et la dernière est len(liste) - 1.</translation>
    </message>
    <message>
        <source>Line {line}: the dictionary has no key {key}. Check its spelling, or add it first.</source>
        <translation>Ligne {line}&#xa0;: le dictionnaire n&apos;a pas de clé {key}. Vérifiez son orthographe, ou ajoutez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Line {line}: a {kind} has no &apos;{name}&apos;. Did you mean &apos;{close}&apos;?</source>
        <translation>Ligne {line}&#xa0;: un objet {kind} n&apos;a pas de &apos;{name}&apos;. Vouliez-vous écrire &apos;{close}&apos;&#xa0;?</translation>
    </message>
    <message>
        <source>Line {line}: this is not possible here ({detail}).</source>
        <translation>Ligne {line}&#xa0;: ce n&apos;est pas possible ici ({detail}).</translation>
    </message>
    <message>
        <source>Line {line}: the function {function} calls itself again and again, without end. A function that calls itself needs a case where it stops.</source>
        <translation>Ligne {line}&#xa0;: la fonction {function} s&apos;appelle elle-même encore et encore, sans fin. Une fonction qui s&apos;appelle elle-même a besoin d&apos;un cas où elle s&apos;arrête.</translation>
    </message>
    <message>
        <source>Line {line}: the program asked for an answer with input(), but there was no answer left to give. Does it ask more questions than the exercise says?</source>
        <translation>Ligne {line}&#xa0;: le programme a demandé une réponse avec input(), mais il n&apos;y avait plus de réponse à donner. Pose-t-il plus de questions que ce que demande l&apos;exercice&#xa0;?</translation>
    </message>
    <message>
        <source>Line {line}: {kind}: {detail}</source>
        <translation>Ligne {line}&#xa0;: {kind}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Line {line} mixes tabs and spaces. Indent with 4 spaces only (the Tab key here types 4 spaces).</source>
        <translation>La ligne {line} mélange tabulations et espaces. Pour décaler (indenter) une ligne, utilisez seulement 4 espaces (ici, la touche Tab tape 4 espaces).</translation>
    </message>
    <message>
        <source>Line {line}: after the line ending with &apos;:&apos; (line {block_line}), the next lines must be indented: start them with 4 spaces.</source>
        <translation>Ligne {line}&#xa0;: après la ligne qui se termine par &apos;:&apos; (ligne {block_line}), les lignes suivantes doivent être décalées (indentées)&#xa0;: commencez-les par 4 espaces.</translation>
    </message>
    <message>
        <source>Line {line} starts with spaces, but it should not: only the lines inside an if, a loop or a def are indented.</source>
        <translation>La ligne {line} commence par des espaces, mais elle ne devrait pas&#xa0;: seules les lignes à l&apos;intérieur d&apos;un if, d&apos;une boucle ou d&apos;un def sont décalées.</translation>
    </message>
    <message>
        <source>Line {line}: its spaces at the start do not match the lines above. Lines of the same block start at the same place.</source>
        <translation>Ligne {line}&#xa0;: les espaces au début ne correspondent pas aux lignes du dessus. Les lignes d&apos;un même bloc commencent au même endroit.</translation>
    </message>
    <message>
        <source>Line {line}: the spaces at the start of the line are not right ({detail}).</source>
        <translation>Ligne {line}&#xa0;: les espaces au début de la ligne ne sont pas corrects ({detail}).</translation>
    </message>
    <message>
        <source>Line {line}: a line that starts with &apos;{word}&apos; must end with a colon &apos;:&apos;.</source>
        <translation>Ligne {line}&#xa0;: une ligne qui commence par &apos;{word}&apos; doit se terminer par deux-points &apos;:&apos;.</translation>
    </message>
    <message>
        <source>Line {line}: a bracket &apos;{bracket}&apos; is opened but never closed. Add &apos;{closing}&apos; where it should end.</source>
        <translation>Ligne {line}&#xa0;: &apos;{bracket}&apos; est ouvert mais jamais fermé. Ajoutez &apos;{closing}&apos; là où il doit se terminer.</translation>
    </message>
    <message>
        <source>Line {line}: there is a closing bracket &apos;{bracket}&apos; without its opening bracket, or the brackets do not match.</source>
        <translation>Ligne {line}&#xa0;: il y a un &apos;{bracket}&apos; fermant sans son ouverture, ou les parenthèses et crochets ne vont pas ensemble.</translation>
    </message>
    <message>
        <source>Line {line}: a text is opened with a quote but not closed. Put the same quote &quot; at its end.</source>
        <translation>Ligne {line}&#xa0;: un texte est ouvert avec un guillemet, mais pas fermé. Mettez le même guillemet &quot; à la fin du texte.</translation>
    </message>
    <message>
        <source>Line {line}: print needs brackets: print(&quot;Hello&quot;).</source>
        <translation>Ligne {line}&#xa0;: print a besoin de parenthèses&#xa0;: print(&quot;Bonjour&quot;).</translation>
    </message>
    <message>
        <source>Line {line}: to compare two values, use == (two equal signs). One = gives a value to a variable.</source>
        <translation>Ligne {line}&#xa0;: pour comparer deux valeurs, utilisez == (deux signes égal). Un seul = donne une valeur à une variable.</translation>
    </message>
    <message>
        <source>Line {line} has a character Python does not accept ({detail}). Use straight quotes &quot; and &apos;, typed on the keyboard.</source>
        <translation>La ligne {line} contient un caractère que Python n&apos;accepte pas ({detail}). Utilisez les guillemets droits &quot; et &apos;, tapés au clavier.</translation>
    </message>
    <message>
        <source>Line {line}: something is missing between two values. Did you forget a comma, or a + between a text and a variable?</source>
        <translation>Ligne {line}&#xa0;: il manque quelque chose entre deux valeurs. Avez-vous oublié une virgule, ou un + entre un texte et une variable&#xa0;?</translation>
    </message>
    <message>
        <source>Line {line}: Python cannot understand this line ({detail}). Check its brackets, quotes and colons.</source>
        <translation>Ligne {line}&#xa0;: Python ne comprend pas cette ligne ({detail}). Vérifiez les parenthèses, les guillemets et les deux-points.</translation>
    </message>
    <message>
        <source>Try a few more times before you look at the solution.</source>
        <translation>Essayez encore quelques fois avant de regarder la solution.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text.</source>
        <translation>{file} n&apos;est pas du texte UTF-8.</translation>
    </message>
</context>
<context>
    <name>credentials</name>
    <message>
        <source>This is not a keystroke log of Tutor: {what}.</source>
        <translation>Ce n&apos;est pas un journal des frappes de Tutor&#xa0;: {what}.</translation>
    </message>
    <message>
        <source>The keystroke log is too large to check ({what}, at most {limit}).</source>
        <translation>Le journal des frappes est trop grand pour être vérifié ({what}, au plus {limit}).</translation>
    </message>
    <message>
        <source>{count} keys in a row came less than {limit} ms apart, at {at} s: faster than fingers can type.</source>
        <translation>{count} touches de suite à moins de {limit} ms d&apos;intervalle, à {at} s&#xa0;: plus vite que des doigts ne peuvent taper.</translation>
    </message>
    <message>
        <source>Pastes: {count} ({characters} characters in all).</source>
        <translation>Collages&#xa0;: {count} ({characters} caractères en tout).</translation>
    </message>
    <message>
        <source>{count} keys in a row came at the same interval ({gap} ms), at {at} s: a machine&apos;s rhythm, not a hand&apos;s.</source>
        <translation>{count} touches de suite au même intervalle ({gap} ms), à {at} s&#xa0;: le rythme d&apos;une machine, pas celui d&apos;une main.</translation>
    </message>
    <message>
        <source>The time between keys hardly varies ({spread} % over {count} keys; a person&apos;s varies by 30 % or more).</source>
        <translation>Le temps entre les touches ne varie presque pas ({spread}&#xa0;% sur {count} touches&#xa0;; chez une personne, il varie de 30&#xa0;% ou plus).</translation>
    </message>
    <message>
        <source>Tutor&apos;s window was left for {limit} s or more: {count} (the longest {longest} s; away {total} s in all).</source>
        <translation>Fenêtre de Tutor quittée pendant {limit} s ou plus&#xa0;: {count} fois (la plus longue&#xa0;: {longest} s&#xa0;; {total} s d&apos;absence en tout).</translation>
    </message>
    <message>
        <source>not signed (made by an older Tutor, or brought from a computer that could not vouch for it)</source>
        <translation>non signées (faites avec une ancienne version de Tutor, ou venues d&apos;un ordinateur qui ne pouvait pas s&apos;en porter garant)</translation>
    </message>
    <message>
        <source>changed after it was signed</source>
        <translation>modifiées après avoir été signées</translation>
    </message>
    <message>
        <source>from a centre this computer does not trust</source>
        <translation>venues d&apos;un centre auquel cet ordinateur ne fait pas confiance</translation>
    </message>
    <message>
        <source>signed with a key its centre withdrew</source>
        <translation>signées avec une clé que leur centre a retirée</translation>
    </message>
    <message>
        <source>Net words per minute</source>
        <translation>Mots nets par minute</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Gross words per minute</source>
        <translation>Mots bruts par minute</translation>
    </message>
    <message>
        <source>Words right (%)</source>
        <translation>Mots justes (%)</translation>
    </message>
    <message>
        <source>Keystrokes per hour</source>
        <translation>Frappes par heure</translation>
    </message>
    <message>
        <source>Fields exactly right (%)</source>
        <translation>Champs exactement justes (%)</translation>
    </message>
    <message>
        <source>Records keyed</source>
        <translation>Lignes saisies</translation>
    </message>
    <message>
        <source>Score (%)</source>
        <translation>Score (%)</translation>
    </message>
    <message>
        <source>Valid: {centre} signed this credential and nothing in it was changed.</source>
        <translation>Valide&#xa0;: {centre} a signé cette attestation et rien n&apos;y a été modifié.</translation>
    </message>
    <message>
        <source>Not valid: this credential was changed after it was signed, or the signature is not the centre&apos;s.</source>
        <translation>Non valide&#xa0;: cette attestation a été modifiée après sa signature, ou la signature n&apos;est pas celle du centre.</translation>
    </message>
    <message>
        <source>Unknown centre: the signature holds, but its key ({fingerprint}) is not on any centre card this computer trusts. It says it comes from {centre}: ask that centre for its card.</source>
        <translation>Centre inconnu&#xa0;: la signature est correcte, mais sa clé ({fingerprint}) ne figure sur aucune fiche de centre à laquelle cet ordinateur fait confiance. L&apos;attestation dit venir de {centre}&#xa0;: demandez sa fiche à ce centre.</translation>
    </message>
    <message>
        <source>Not valid: {centre} withdrew the key that signed this credential.</source>
        <translation>Non valide&#xa0;: {centre} a retiré la clé qui a signé cette attestation.</translation>
    </message>
    <message>
        <source>Expired: this credential was valid until {date}. Ask the learner for a newer one.</source>
        <translation>Expirée&#xa0;: cette attestation était valable jusqu&apos;au {date}. Demandez-en une plus récente à la personne.</translation>
    </message>
    <message>
        <source>This file holds no Tutor credential.</source>
        <translation>Ce fichier ne contient aucune attestation Tutor.</translation>
    </message>
    <message>
        <source>Only a supervised assessment gets a credential.</source>
        <translation>Seule une évaluation surveillée donne droit à une attestation.</translation>
    </message>
    <message>
        <source>Not passed: no credential.</source>
        <translation>Non réussie&#xa0;: pas d&apos;attestation.</translation>
    </message>
    <message>
        <source>The trainer did not confirm watching this assessment: no credential.</source>
        <translation>Le formateur n&apos;a pas confirmé avoir surveillé cette évaluation&#xa0;: pas d&apos;attestation.</translation>
    </message>
    <message>
        <source>Done at another centre or on another computer: only the centre where it was done can certify it.</source>
        <translation>Passée dans un autre centre ou sur un autre ordinateur&#xa0;: seul le centre où elle a été passée peut délivrer l&apos;attestation.</translation>
    </message>
</context>
<context>
    <name>cue</name>
    <message>
        <source>Type the text you see.</source>
        <translation>Tapez le texte que vous voyez.</translation>
    </message>
    <message>
        <source>Type the numbers with the number pad.</source>
        <translation>Tapez les nombres avec le pavé numérique.</translation>
    </message>
    <message>
        <source>Copy each line into the form.</source>
        <translation>Recopiez chaque ligne dans le formulaire.</translation>
    </message>
    <message>
        <source>Read the email, then answer.</source>
        <translation>Lisez le message, puis répondez à la question.</translation>
    </message>
    <message>
        <source>Write a new email.</source>
        <translation>Écrivez un nouveau message.</translation>
    </message>
    <message>
        <source>Reply to the email.</source>
        <translation>Répondez au message.</translation>
    </message>
    <message>
        <source>Reply to everyone.</source>
        <translation>Répondez à tout le monde.</translation>
    </message>
    <message>
        <source>Forward the email.</source>
        <translation>Transférez le message.</translation>
    </message>
    <message>
        <source>Find the fake emails.</source>
        <translation>Trouvez les faux messages.</translation>
    </message>
    <message>
        <source>Type in the cells.</source>
        <translation>Tapez dans les cellules.</translation>
    </message>
    <message>
        <source>Write a formula.</source>
        <translation>Écrivez une formule.</translation>
    </message>
    <message>
        <source>Sort the table.</source>
        <translation>Triez le tableau.</translation>
    </message>
    <message>
        <source>Make a chart.</source>
        <translation>Faites un graphique.</translation>
    </message>
    <message>
        <source>Change how the cells look.</source>
        <translation>Changez l&apos;aspect des cellules.</translation>
    </message>
    <message>
        <source>Write the code, then press Run.</source>
        <translation>Écrivez le code, puis appuyez sur Exécuter.</translation>
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
    <name>email</name>
    <message>
        <source>Write at least one address in To, or nobody gets your email.</source>
        <translation>Écrivez au moins une adresse dans le champ À, sinon personne ne recevra votre e-mail.</translation>
    </message>
    <message>
        <source>Every address is complete and well written.</source>
        <translation>Toutes les adresses sont complètes et bien écrites.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Cci</translation>
    </message>
    <message>
        <source>Put {address} in Bcc, not in {field}: in Bcc, the other people do not see this address.</source>
        <translation>Mettez {address} dans le champ Cci, pas dans le champ {field}&#xa0;: en Cci, les autres personnes ne voient pas cette adresse.</translation>
    </message>
    <message>
        <source>{address} is in {field}, but belongs in {right}.</source>
        <translation>{address} est dans le champ {field}, mais doit être dans le champ {right}.</translation>
    </message>
    <message>
        <source>Add {address} in the {field} field.</source>
        <translation>Ajoutez {address} dans le champ {field}.</translation>
    </message>
    <message>
        <source>Remove {address}: this email is not for them.</source>
        <translation>Retirez {address}&#xa0;: cet e-mail n&apos;est pas pour cette personne.</translation>
    </message>
    <message>
        <source>The right people are in To, Cc and Bcc.</source>
        <translation>Les bonnes personnes sont dans les champs À, Cc et Cci.</translation>
    </message>
    <message>
        <source>You answered with Reply all, so everyone in the conversation gets the answer.</source>
        <translation>Vous avez utilisé Répondre à tous&#xa0;: toutes les personnes de la conversation reçoivent votre réponse.</translation>
    </message>
    <message>
        <source>Open the message and press Reply all: the subject then starts with Re: and everyone in the conversation gets your answer.</source>
        <translation>Ouvrez le message et cliquez sur Répondre à tous&#xa0;: l&apos;objet commence alors par «&#xa0;Re:&#xa0;» et toutes les personnes de la conversation reçoivent votre réponse.</translation>
    </message>
    <message>
        <source>You answered with Reply: the subject starts with Re:.</source>
        <translation>Vous avez utilisé Répondre&#xa0;: l&apos;objet commence par «&#xa0;Re:&#xa0;».</translation>
    </message>
    <message>
        <source>Open the message and press Reply: the subject then starts with Re: and the person sees it is an answer.</source>
        <translation>Ouvrez le message et cliquez sur Répondre&#xa0;: l&apos;objet commence alors par «&#xa0;Re:&#xa0;» et la personne voit que c&apos;est une réponse.</translation>
    </message>
    <message>
        <source>You used Forward: the subject starts with Fwd: and the message is below yours.</source>
        <translation>Vous avez utilisé Transférer&#xa0;: l&apos;objet commence par «&#xa0;TR&#xa0;:&#xa0;» et le message d&apos;origine est sous le vôtre.</translation>
    </message>
    <message>
        <source>Open the message and press Forward: the message and its attachments then go with yours.</source>
        <translation>Ouvrez le message et cliquez sur Transférer&#xa0;: le message et ses pièces jointes partent alors avec le vôtre.</translation>
    </message>
    <message>
        <source>Write a subject: a few words that say what the email is about.</source>
        <translation>Écrivez un objet&#xa0;: quelques mots qui disent de quoi parle l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Your subject “{subject}” does not say what the email is about. Use a word like “{example}”.</source>
        <translation>Votre objet «&#xa0;{subject}&#xa0;» ne dit pas de quoi parle l&apos;e-mail. Utilisez un mot comme «&#xa0;{example}&#xa0;».</translation>
    </message>
    <message>
        <source>The subject says what the email is about.</source>
        <translation>L&apos;objet dit bien de quoi parle l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Your email starts with a greeting.</source>
        <translation>Votre e-mail commence par une salutation.</translation>
    </message>
    <message>
        <source>“{word}” is for friends. For this email, start with a polite greeting such as “{example}”.</source>
        <translation>«&#xa0;{word}&#xa0;», c&apos;est pour les amis. Pour cet e-mail, commencez par une salutation polie comme «&#xa0;{example}&#xa0;».</translation>
    </message>
    <message>
        <source>Check the spelling of your greeting: did you mean “{word}”?</source>
        <translation>Vérifiez l&apos;orthographe de votre salutation&#xa0;: vouliez-vous écrire «&#xa0;{word}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Start with a greeting on the first line, like “{example}” and the person&apos;s name.</source>
        <translation>Commencez par une salutation sur la première ligne, comme «&#xa0;{example}&#xa0;» suivi du nom de la personne.</translation>
    </message>
    <message>
        <source>“{closing}” is for friends. For this email, end with a closing such as “{example}”.</source>
        <translation>« {closing} » est pour les amis. Pour ce mail, terminez par une formule comme « {example} ».</translation>
    </message>
    <message>
        <source>Your email ends with a polite closing.</source>
        <translation>Votre e-mail se termine par une formule de politesse.</translation>
    </message>
    <message>
        <source>End with a closing line such as “{example}”, then your name.</source>
        <translation>Terminez par une formule de politesse comme «&#xa0;{example}&#xa0;», puis votre nom.</translation>
    </message>
    <message>
        <source>Write your name on the last line, under the closing, so the reader knows who wrote.</source>
        <translation>Écrivez votre nom sur la dernière ligne, sous la formule de politesse, pour qu&apos;on sache qui écrit.</translation>
    </message>
    <message>
        <source>You signed with your name.</source>
        <translation>Vous avez signé de votre nom.</translation>
    </message>
    <message>
        <source>You clearly say yes.</source>
        <translation>Vous dites clairement oui.</translation>
    </message>
    <message>
        <source>You clearly confirm.</source>
        <translation>Vous confirmez clairement.</translation>
    </message>
    <message>
        <source>You clearly and politely say no.</source>
        <translation>Vous dites non, clairement et poliment.</translation>
    </message>
    <message>
        <source>You clearly say that you cannot come.</source>
        <translation>Vous dites clairement que vous ne pouvez pas venir.</translation>
    </message>
    <message>
        <source>The task asks you to say yes, but your email says no: “{said}”. Write for example “{example}”.</source>
        <translation>La consigne demande de dire oui, mais votre mail dit non : « {said} ». Écrivez par exemple « {example} ».</translation>
    </message>
    <message>
        <source>The task asks you to say no, but your email says yes: “{said}”. Write for example “{example}”.</source>
        <translation>La consigne demande de dire non, mais votre mail dit oui : « {said} ». Écrivez par exemple « {example} ».</translation>
    </message>
    <message>
        <source>Say clearly what you answer, for example “{example}”.</source>
        <translation>Dites clairement votre réponse, par exemple « {example} ».</translation>
    </message>
    <message>
        <source>Check {wrong}: the task does not say that. Give the right information{missing}.</source>
        <translation>Vérifiez {wrong} : la consigne ne dit pas cela. Donnez la bonne information{missing}.</translation>
    </message>
    <message>
        <source>Say {fact} in your email (for example “{example}”).</source>
        <translation>Indiquez {fact} dans votre e-mail (par exemple «&#xa0;{example}&#xa0;»).</translation>
    </message>
    <message>
        <source>Your email does not give: {facts}. For example: {examples}.</source>
        <translation>Votre mail ne donne pas : {facts}. Par exemple : {examples}.</translation>
    </message>
    <message>
        <source>Your email gives all the information asked for.</source>
        <translation>Votre e-mail donne toutes les informations demandées.</translation>
    </message>
    <message>
        <source>You attached {wrong}, but this email needs {right}. Remove one and attach the other.</source>
        <translation>Vous avez joint {wrong}, mais cet e-mail demande {right}. Retirez le mauvais fichier et joignez le bon.</translation>
    </message>
    <message>
        <source>Attach {file}: press Attach and choose it.</source>
        <translation>Joignez {file}&#xa0;: cliquez sur Joindre et choisissez le fichier.</translation>
    </message>
    <message>
        <source>Remove {file}: it is not needed here. Send personal documents only when they are asked for.</source>
        <translation>Retirez {file}&#xa0;: ce fichier n&apos;est pas utile ici. N&apos;envoyez des documents personnels que si on vous les demande.</translation>
    </message>
    <message>
        <source>No attachment was needed, and you sent none.</source>
        <translation>Aucune pièce jointe n&apos;était nécessaire, et vous n&apos;en avez pas envoyé.</translation>
    </message>
    <message>
        <source>The right files are attached.</source>
        <translation>Les bons fichiers sont joints.</translation>
    </message>
    <message>
        <source>Your email has {count} words. Write a little more: at least {min}.</source>
        <translation>Votre e-mail contient {count} mots. Écrivez un peu plus&#xa0;: au moins {min}.</translation>
    </message>
    <message>
        <source>Your email has {count} words. Keep it shorter: at most {max}, so it is quick to read.</source>
        <translation>Votre e-mail contient {count} mots. Faites plus court&#xa0;: {max} au maximum, pour qu&apos;il se lise vite.</translation>
    </message>
    <message>
        <source>The length is right ({count} words).</source>
        <translation>La longueur est bonne ({count} mots).</translation>
    </message>
    <message>
        <source>Use one ! or ? at a time. Rows of marks sound like shouting.</source>
        <translation>Mettez un seul «&#xa0;!&#xa0;» ou «&#xa0;?&#xa0;» à la fois. Plusieurs signes à la suite donnent l&apos;impression que vous criez.</translation>
    </message>
    <message>
        <source>Do not write whole words in CAPITAL letters: it reads like shouting.</source>
        <translation>N&apos;écrivez pas des mots entiers en MAJUSCULES&#xa0;: on a l&apos;impression que vous criez.</translation>
    </message>
    <message>
        <source>Write words in full: “{word}” is text-message language.</source>
        <translation>Écrivez les mots en entier&#xa0;: «&#xa0;{word}&#xa0;», c&apos;est du langage SMS.</translation>
    </message>
    <message>
        <source>Your tone is calm and polite.</source>
        <translation>Votre ton est calme et poli.</translation>
    </message>
    <message>
        <source>Spelling is not checked in this language yet.</source>
        <translation>L&apos;orthographe n&apos;est pas encore vérifiée dans cette langue.</translation>
    </message>
    <message>
        <source>Check the spelling of: {words}. These words are underlined in red.</source>
        <translation>Vérifiez l&apos;orthographe de ces mots&#xa0;: {words}. Ils sont soulignés en rouge.</translation>
    </message>
    <message>
        <source>Nearly right: check the spelling of {words}.</source>
        <translation>Presque : vérifiez l&apos;orthographe de {words}.</translation>
    </message>
    <message>
        <source>The words are spelled right, but some need a capital letter.</source>
        <translation>Les mots sont bien écrits, mais certains demandent une majuscule.</translation>
    </message>
    <message>
        <source>The spelling is good.</source>
        <translation>L&apos;orthographe est bonne.</translation>
    </message>
    <message>
        <source>Use capital letters: write {words}. A sentence starts with a capital letter, and so do names.</source>
        <translation>Mettez les majuscules : écrivez {words}. Une phrase commence par une majuscule, les noms aussi.</translation>
    </message>
    <message>
        <source>Sentences and names start with a capital letter.</source>
        <translation>Les phrases et les noms commencent par une majuscule.</translation>
    </message>
    <message>
        <source>Your email is very long: only its first {count} characters were checked.</source>
        <translation>Votre mail est très long : seuls ses {count} premiers caractères ont été vérifiés.</translation>
    </message>
    <message>
        <source>The sender&apos;s address does not match the organisation</source>
        <translation>L&apos;adresse de l&apos;expéditeur ne correspond pas à l&apos;organisme</translation>
    </message>
    <message>
        <source>It rushes or threatens me (urgent, last chance)</source>
        <translation>Il me presse ou me menace (urgent, dernière chance)</translation>
    </message>
    <message>
        <source>A link goes somewhere else than its text says</source>
        <translation>Un lien mène ailleurs que ce que dit son texte</translation>
    </message>
    <message>
        <source>An attachment I did not expect</source>
        <translation>Une pièce jointe que je n&apos;attendais pas</translation>
    </message>
    <message>
        <source>It asks for a password, a code or money</source>
        <translation>Il demande un mot de passe, un code ou de l&apos;argent</translation>
    </message>
    <message>
        <source>{subjects} is a fake too. Look at who sent it and where its links go.</source>
        <translation>{subjects} est aussi un faux. Regardez qui l&apos;a envoyé et où vont ses liens.</translation>
    </message>
    <message>
        <source>These are fakes you did not report: {subjects}. Look at who sent them and where their links go.</source>
        <translation>Voici des faux que vous n&apos;avez pas signalés : {subjects}. Regardez qui les a envoyés et où vont leurs liens.</translation>
    </message>
    <message>
        <source>{subjects}: real messages. Their senders and links match who they say they are from, and they ask for nothing secret.</source>
        <translation>{subjects} : de vrais messages. Leurs expéditeurs et leurs liens correspondent, et ils ne demandent rien de secret.</translation>
    </message>
    <message>
        <source>For {subjects}, choose a reason that shows it is fake.</source>
        <translation>Pour {subjects}, choisissez une raison qui montre que c&apos;est un faux.</translation>
    </message>
    <message>
        <source>Report each fake message and choose why it is fake.</source>
        <translation>Signalez chaque faux message et dites pourquoi c&apos;est un faux.</translation>
    </message>
    <message>
        <source>You found every fake message ({count}).</source>
        <translation>Vous avez trouvé tous les faux messages ({count}).</translation>
    </message>
    <message>
        <source>You kept the real messages.</source>
        <translation>Vous avez gardé les vrais messages.</translation>
    </message>
    <message>
        <source>You said why each fake is a fake.</source>
        <translation>Vous avez expliqué pourquoi chaque faux message est faux.</translation>
    </message>
    <message>
        <source>You opened the attachment.</source>
        <translation>Vous avez ouvert la pièce jointe.</translation>
    </message>
    <message>
        <source>Open the attachment: click its name under the message.</source>
        <translation>Ouvrez la pièce jointe&#xa0;: cliquez sur son nom sous le message.</translation>
    </message>
    <message>
        <source>Your answer is right.</source>
        <translation>Votre réponse est juste.</translation>
    </message>
    <message>
        <source>Read the message again: the answer is in it.</source>
        <translation>Relisez le message&#xa0;: la réponse s&apos;y trouve.</translation>
    </message>
    <message>
        <source>“{entry}” is not an email address: an address has an @ in it, like maria.lopez@centre.example.</source>
        <translation>«&#xa0;{entry}&#xa0;» n&apos;est pas une adresse e-mail&#xa0;: une adresse contient un @, comme maria.lopez@centre.example.</translation>
    </message>
    <message>
        <source>“{entry}” has a space in it. Email addresses have no spaces.</source>
        <translation>«&#xa0;{entry}&#xa0;» contient une espace. Les adresses e-mail n&apos;ont pas d&apos;espace.</translation>
    </message>
    <message>
        <source>“{entry}” is not a complete address. Check the part after the @: it ends with a dot and a word, like .org or .fr.</source>
        <translation>«&#xa0;{entry}&#xa0;» n&apos;est pas une adresse complète. Vérifiez la partie après le @&#xa0;: elle se termine par un point et un mot, comme .org ou .fr.</translation>
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
        <source>The centre server cannot be reached. Your work is kept on this PC and will be sent when it is back.</source>
        <translation>Le serveur du centre n&apos;est pas joignable. Votre travail est gardé sur ce PC et sera envoyé quand il sera de retour.</translation>
    </message>
    <message>
        <source>The centre server did not accept this PC. Your work is kept on this PC. Ask your trainer to join this PC to the centre server again.</source>
        <translation>Le serveur du centre n&apos;a pas accepté ce PC. Votre travail est gardé sur ce PC. Demandez à votre formateur de relier de nouveau ce PC au serveur du centre.</translation>
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
    <message>
        <source>The task {task} is not an email to write, so no file can answer it.</source>
        <translation>L&apos;exercice {task} ne demande pas d&apos;écrire un e-mail&#xa0;: aucun fichier ne peut donc y répondre.</translation>
    </message>
    <message>
        <source>{path} is too large for an email ({size} bytes).</source>
        <translation>{path} est trop volumineux pour un e-mail ({size} octets).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} is not an email file: it has no To, Subject or From line at the top.</source>
        <translation>{path} n&apos;est pas un fichier d&apos;e-mail&#xa0;: il ne commence pas par une ligne To (À), Subject (Objet) ou From (De).</translation>
    </message>
    <message>
        <source>The USB stick or disk is full: the progress file was not saved.</source>
        <translation>La clé USB ou le disque est plein&#xa0;: le fichier de progression n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>The progress file could not be saved in {path} ({reason}).</source>
        <translation>Le fichier de progression n&apos;a pas pu être enregistré dans {path} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is too large to be a progress file.</source>
        <translation>{name} est trop volumineux pour être un fichier de progression.</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason}).</source>
        <translation>Impossible de lire {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} is not a Tutor progress file, or it is damaged (for example copied only in part). Nothing was changed.</source>
        <translation>{name} n&apos;est pas un fichier de progression Tutor, ou il est abîmé (par exemple copié seulement en partie). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} contains unsafe paths and was refused.</source>
        <translation>{name} contient des chemins dangereux&#xa0;: il a été refusé.</translation>
    </message>
    <message>
        <source>{name} was made by a newer version of Tutor. Ask your trainer to update Tutor on this computer, then load it again.</source>
        <translation>{name} a été créé par une version plus récente de Tutor. Demandez à votre formateur de mettre à jour Tutor sur cet ordinateur, puis chargez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>{name} has been changed or damaged since it was saved (its check does not match). Nothing was changed.</source>
        <translation>{name} a été modifié ou abîmé depuis son enregistrement (le contrôle ne correspond pas). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} has dates that cannot be right (before Tutor existed, or in the future). Check the computer&apos;s date. Nothing was changed.</source>
        <translation>{name} contient des dates impossibles (avant l&apos;existence de Tutor, ou dans le futur). Vérifiez la date de l&apos;ordinateur. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} unpacks to far more data than progress can be, and was refused.</source>
        <translation>{name}, une fois décompressé, contient beaucoup plus de données qu&apos;un fichier de progression ne peut en avoir&#xa0;: il a été refusé.</translation>
    </message>
    <message>
        <source>{name} has a PIN on this computer. Type {name}&apos;s PIN to load this progress.</source>
        <translation>{name} a un code secret sur cet ordinateur. Tapez le code de {name} pour charger cette progression.</translation>
    </message>
    <message>
        <source>{name} could not be loaded because of an unexpected problem. Nothing of it was changed; the details are in the log file.</source>
        <translation>{name} n&apos;a pas pu être chargé à cause d&apos;un problème inattendu. Rien n&apos;a été modifié ; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet Tutor can open ({reason}).</source>
        <translation>{file} n&apos;est pas un tableau que Tutor peut ouvrir ({reason}).</translation>
    </message>
    <message>
        <source>{file} has too many cells for Tutor.</source>
        <translation>{file} contient trop de cellules pour Tutor.</translation>
    </message>
    <message>
        <source>{file} is too large for Tutor: it unpacks to more than {limit} MB, or into too many parts.</source>
        <translation>{file} est trop gros pour Tutor : il se décompresse en plus de {limit} Mo, ou en trop de parties.</translation>
    </message>
    <message>
        <source>{file} has too many sheets, rows, columns, names or styles for Tutor.</source>
        <translation>{file} a trop de feuilles, de lignes, de colonnes, de noms ou de styles pour Tutor.</translation>
    </message>
    <message>
        <source>{file} has formulas too long for Tutor (one formula can have at most 8,192 characters).</source>
        <translation>{file} contient des formules trop longues pour Tutor (une formule peut avoir au plus 8 192 caractères).</translation>
    </message>
    <message>
        <source>{file} has a number Tutor cannot use in {cell} on the sheet {sheet}.</source>
        <translation>{file} contient un nombre que Tutor ne peut pas utiliser en {cell} sur la feuille {sheet}.</translation>
    </message>
    <message>
        <source>{file} has more text in {cell} on the sheet {sheet} than a cell can hold (32,767 characters).</source>
        <translation>{file} a plus de texte en {cell} sur la feuille {sheet} qu&apos;une cellule ne peut en contenir (32 767 caractères).</translation>
    </message>
    <message>
        <source>{file} has a cell outside the 1,048,576 rows and 16,384 columns of a sheet.</source>
        <translation>{file} a une cellule en dehors des 1 048 576 lignes et 16 384 colonnes d&apos;une feuille.</translation>
    </message>
    <message>
        <source>{file} has no sheet of cells.</source>
        <translation>{file} n&apos;a aucune feuille de cellules.</translation>
    </message>
    <message>
        <source>{file} has too many formulas that depend on each other for Tutor to calculate.</source>
        <translation>{file} a trop de formules qui dépendent les unes des autres pour que Tutor puisse les calculer.</translation>
    </message>
    <message>
        <source>Tutor could not save {file} ({reason}).</source>
        <translation>Tutor n&apos;a pas pu enregistrer {file} ({reason}).</translation>
    </message>
    <message>
        <source>A trainer password has at least {count} characters.</source>
        <translation>Le mot de passe formateur doit avoir au moins {count} caractères.</translation>
    </message>
    <message>
        <source>{path} has too many lines for an email ({count}; at most {limit}).</source>
        <translation>{path} a trop de lignes pour un mail ({count} ; au plus {limit}).</translation>
    </message>
    <message>
        <source>{path} has a line of {size} bytes: an email&apos;s lines are much shorter (at most {limit}).</source>
        <translation>{path} a une ligne de {size} octets : les lignes d&apos;un mail sont bien plus courtes (au plus {limit}).</translation>
    </message>
    <message>
        <source>{path} has too many header lines for an email (at most {count} lines, {limit} bytes).</source>
        <translation>{path} a trop de lignes d&apos;en-tête pour un mail (au plus {count} lignes, {limit} octets).</translation>
    </message>
    <message>
        <source>{path} has too many encoded words in its header (at most {limit}).</source>
        <translation>{path} a trop de mots encodés dans son en-tête (au plus {limit}).</translation>
    </message>
    <message>
        <source>{path}: the header line {field} is too long ({size} characters; at most {limit}).</source>
        <translation>{path} : la ligne d&apos;en-tête {field} est trop longue ({size} caractères ; au plus {limit}).</translation>
    </message>
    <message>
        <source>{path}: the header line {field} has too many encoded words (at most {limit}).</source>
        <translation>{path} : la ligne d&apos;en-tête {field} a trop de mots encodés (au plus {limit}).</translation>
    </message>
    <message>
        <source>{path}: the header line {field} has too many addresses (at most {limit}).</source>
        <translation>{path} : la ligne d&apos;en-tête {field} a trop d&apos;adresses (au plus {limit}).</translation>
    </message>
    <message>
        <source>{path} has too many parts for an email (at most {limit}).</source>
        <translation>{path} a trop de parties pour un mail (au plus {limit}).</translation>
    </message>
    <message>
        <source>{path} has parts nested too deep for an email (at most {limit}).</source>
        <translation>{path} a des parties imbriquées trop profondément pour un mail (au plus {limit}).</translation>
    </message>
    <message>
        <source>A name cannot be empty. Type a name.</source>
        <translation>Le nom ne peut pas être vide. Tapez un nom.</translation>
    </message>
    <message>
        <source>A name cannot contain any of these signs: / \ : * ? &quot; &lt; &gt; |</source>
        <translation>Un nom ne peut contenir aucun de ces signes&#xa0;: / \ : * ? &quot; &lt; &gt; |</translation>
    </message>
    <message>
        <source>{name} is a name the computer keeps for itself. Choose another name.</source>
        <translation>{name} est un nom réservé à l&apos;ordinateur. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A name can be at most {most} letters long.</source>
        <translation>Un nom peut avoir {most} lettres au maximum.</translation>
    </message>
    <message>
        <source>There is already an item named {name} there. Choose another name.</source>
        <translation>Il y a déjà un fichier ou un dossier nommé {name} à cet endroit. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>A folder cannot be put inside itself or inside a folder it holds.</source>
        <translation>Un dossier ne peut pas être mis dans lui-même, ni dans un dossier qu&apos;il contient.</translation>
    </message>
    <message>
        <source>This is one of the computer&apos;s own places: it cannot be renamed, moved or deleted.</source>
        <translation>C&apos;est un emplacement de l&apos;ordinateur&#xa0;: on ne peut pas le renommer, le déplacer ni le supprimer.</translation>
    </message>
    <message>
        <source>This is in the Recycle Bin. Restore it first.</source>
        <translation>C&apos;est dans la Corbeille. Restaurez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Only items in the Recycle Bin can be restored.</source>
        <translation>Seul ce qui est dans la Corbeille peut être restauré.</translation>
    </message>
    <message>
        <source>Choose a folder to put it in.</source>
        <translation>Choisissez un dossier où le mettre.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>This is already on the USB stick.</source>
        <translation>C&apos;est déjà sur la clé USB.</translation>
    </message>
    <message>
        <source>This file is too big to be a centre card.</source>
        <translation>Ce fichier est trop grand pour être une fiche de centre.</translation>
    </message>
    <message>
        <source>This file is not a centre card, or it was changed after it was signed.</source>
        <translation>Ce fichier n&apos;est pas une fiche de centre, ou il a été modifié après avoir été signé.</translation>
    </message>
    <message>
        <source>That is not the trainer password.</source>
        <translation>Ce n&apos;est pas le mot de passe formateur.</translation>
    </message>
    <message>
        <source>This centre has its key already.</source>
        <translation>Ce centre a déjà sa clé.</translation>
    </message>
    <message>
        <source>Give the centre&apos;s name.</source>
        <translation>Indiquez le nom du centre.</translation>
    </message>
    <message>
        <source>That password does not open the centre&apos;s key.</source>
        <translation>Ce mot de passe n&apos;ouvre pas la clé du centre.</translation>
    </message>
    <message>
        <source>The centre&apos;s key is not of the right kind.</source>
        <translation>La clé du centre n&apos;est pas du bon type.</translation>
    </message>
    <message>
        <source>This computer has no centre key yet. A trainer sets it up first.</source>
        <translation>Cet ordinateur n&apos;a pas encore de clé de centre. Un formateur doit d&apos;abord la créer.</translation>
    </message>
    <message>
        <source>The centre&apos;s key does not match its card.</source>
        <translation>La clé du centre ne correspond pas à sa fiche.</translation>
    </message>
    <message>
        <source>This is not a centre backup.</source>
        <translation>Ce n&apos;est pas une sauvegarde de centre.</translation>
    </message>
    <message>
        <source>This computer belongs to another centre already.</source>
        <translation>Cet ordinateur appartient déjà à un autre centre.</translation>
    </message>
    <message>
        <source>The verifier page in this copy of Tutor is damaged. Install Tutor again.</source>
        <translation>La page de vérification de cette copie de Tutor est abîmée. Installez Tutor de nouveau.</translation>
    </message>
    <message>
        <source>The verifier page is missing from this copy of Tutor. Install Tutor again.</source>
        <translation>La page de vérification manque dans cette copie de Tutor. Installez Tutor de nouveau.</translation>
    </message>
    <message>
        <source>The file {name} cannot be written. Choose another place.</source>
        <translation>Impossible d&apos;enregistrer le fichier {name}. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read.</source>
        <translation>Impossible de lire le fichier {name}.</translation>
    </message>
    <message>
        <source>This computer&apos;s own key is damaged. Ask your trainer for help.</source>
        <translation>La clé propre à cet ordinateur est abîmée. Demandez de l&apos;aide à votre formateur.</translation>
    </message>
    <message>
        <source>This is not a centre server&apos;s address ({reason}).</source>
        <translation>Ce n&apos;est pas l&apos;adresse d&apos;un serveur de centre ({reason}).</translation>
    </message>
    <message>
        <source>This copy of Tutor cannot talk to a centre server (its PostgreSQL driver is missing). Your work is kept on this PC.</source>
        <translation>Cette copie de Tutor ne peut pas parler à un serveur de centre (son pilote PostgreSQL manque). Votre travail est gardé sur ce PC.</translation>
    </message>
    <message>
        <source>A database&apos;s name is made of letters, digits and _ (at most 63), like tutor or kakuma_centre.</source>
        <translation>Le nom d&apos;une base de données est fait de lettres, de chiffres et de _ (63 au plus), comme tutor ou kakuma_centre.</translation>
    </message>
    <message>
        <source>A centre server&apos;s password needs at least {count} characters.</source>
        <translation>Le mot de passe d&apos;un serveur de centre doit avoir au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The centre server could not be prepared: {reason}</source>
        <translation>Le serveur du centre n&apos;a pas pu être préparé : {reason}</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>This answer could not be read.</source>
        <translation>Cette réponse n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The right label is {label}.</source>
        <translation>La bonne étiquette est {label}.</translation>
    </message>
    <message>
        <source>Not marked: &quot;{text}&quot; ({label}).</source>
        <translation>Non marqué&#xa0;: «&#xa0;{text}&#xa0;» ({label}).</translation>
    </message>
    <message>
        <source>Not a {label} here: &quot;{text}&quot;.</source>
        <translation>Marqué à tort comme {label}&#xa0;: «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>{found} of {total} boxes found.</source>
        <translation>Cadres trouvés&#xa0;: {found} sur {total}.</translation>
    </message>
    <message>
        <source>A box is too loose or too tight: it overlaps {overlap} % (at least {needed} % counts).</source>
        <translation>Un cadre est trop large ou trop serré&#xa0;: il recouvre l&apos;objet à {overlap}&#xa0;% (il faut au moins {needed}&#xa0;% pour qu&apos;il compte).</translation>
    </message>
    <message>
        <source>Boxes round nothing to box: {count}.</source>
        <translation>Cadres autour d&apos;aucun objet demandé&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Nearly right: {field} (a capital letter or one character).</source>
        <translation>Presque juste&#xa0;: {field} (une majuscule ou un seul caractère de différence).</translation>
    </message>
    <message>
        <source>Not what the document says: {field}.</source>
        <translation>Pas comme sur le document&#xa0;: {field}.</translation>
    </message>
    <message>
        <source>An error you did not mark: {item}.</source>
        <translation>Une erreur que vous n&apos;avez pas marquée&#xa0;: {item}.</translation>
    </message>
    <message>
        <source>This was right: {item}.</source>
        <translation>C&apos;était juste&#xa0;: {item}.</translation>
    </message>
    <message>
        <source>“{first}” comes before “{second}”.</source>
        <translation>« {first} » vient avant « {second} ».</translation>
    </message>
    <message>
        <source>Word error rate: {wer} % (at most {needed} % passes).</source>
        <translation>Taux d’erreur sur les mots : {wer} % (réussi à {needed} % au plus).</translation>
    </message>
    <message>
        <source>Nothing was typed.</source>
        <translation>Rien n’a été tapé.</translation>
    </message>
    <message>
        <source>Listen again for: {words}.</source>
        <translation>Réécoutez : {words}.</translation>
    </message>
    <message>
        <source>Words typed that were not said (or that the style guide leaves out): {count}.</source>
        <translation>Mots tapés qui n’ont pas été dits (ou que le guide de style exclut) : {count}.</translation>
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
        <source>&apos;{key}&apos; is not an outcome: {value} (write framework:code, like icdl-ce:2.2.1 or digcomp:3.1@2)</source>
        <translation>&apos;{key}&apos; n&apos;est pas un objectif : {value} (écrivez cadre:code, comme icdl-ce:2.2.1 ou digcomp:3.1@2)</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: unknown framework &apos;{framework}&apos; in {value} (known: {known})</source>
        <translation>&apos;{key}&apos; : cadre inconnu &apos;{framework}&apos; dans {value} (cadres connus : {known})</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: {value} needs a DigComp proficiency level 1 to 8 after @, like digcomp:3.1@2</source>
        <translation>&apos;{key}&apos; : {value} doit avoir un niveau de maîtrise DigComp de 1 à 8 après @, comme digcomp:3.1@2</translation>
    </message>
    <message>
        <source>&apos;{key}&apos;: only DigComp outcomes take a level (@): {value}</source>
        <translation>&apos;{key}&apos; : seuls les objectifs DigComp ont un niveau (@) : {value}</translation>
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
        <source>lists or tables are nested {depth} deep; a pack needs at most {limit}</source>
        <translation>listes ou tables imbriquées sur {depth} niveaux ; un paquet en demande au plus {limit}</translation>
    </message>
    <message>
        <source>tables are nested deeper than {limit}</source>
        <translation>tables imbriquées sur plus de {limit} niveaux</translation>
    </message>
    <message>
        <source>a number is not finite (nan, inf) or far too large</source>
        <translation>un nombre n&apos;est pas fini (nan, inf) ou il est beaucoup trop grand</translation>
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
    <name>placement</name>
    <message>
        <source>Office work</source>
        <translation>Travail de bureau</translation>
    </message>
    <message>
        <source>Data entry and online tasks</source>
        <translation>Saisie de données et tâches en ligne</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>Service client</translation>
    </message>
    <message>
        <source>Building websites and code</source>
        <translation>Créer des sites web et programmer</translation>
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
    <name>sheets</name>
    <message>
        <source>{cell} is right.</source>
        <translation>La cellule {cell} est juste.</translation>
    </message>
    <message>
        <source>{cell} is empty. Something should be there.</source>
        <translation>La cellule {cell} est vide. Il faut y mettre quelque chose.</translation>
    </message>
    <message>
        <source>{cell} has a typed number. Type a formula instead: start with = so the spreadsheet calculates it.</source>
        <translation>La cellule {cell} contient un nombre tapé à la main. Tapez plutôt une formule&#xa0;: commencez par = pour que le tableur fasse le calcul.</translation>
    </message>
    <message>
        <source>The formula in {cell} only has numbers. Use the cells instead (like =B2+B3), so the result changes when they change.</source>
        <translation>La formule de la cellule {cell} contient seulement des nombres. Utilisez plutôt les cellules (par exemple =B2+B3)&#xa0;: ainsi, le résultat change quand elles changent.</translation>
    </message>
    <message>
        <source>{cell} shows the error {error}. Check the formula in this cell.</source>
        <translation>La cellule {cell} affiche l&apos;erreur {error}. Vérifiez la formule de cette cellule.</translation>
    </message>
    <message>
        <source>The formula in {cell} uses its own cell (a circular reference).</source>
        <translation>La formule de la cellule {cell} utilise sa propre cellule (c&apos;est une référence circulaire).</translation>
    </message>
    <message>
        <source>{cell} shows {actual}, but it should show {expected}.</source>
        <translation>La cellule {cell} affiche {actual}, mais elle devrait afficher {expected}.</translation>
    </message>
    <message>
        <source>The formula in {cell} should use the {function} function.</source>
        <translation>La formule de la cellule {cell} doit utiliser la fonction {function}.</translation>
    </message>
    <message>
        <source>The formula in {cell} should use {absolute} with dollar signs, so it does not move when you fill down.</source>
        <translation>La formule de la cellule {cell} doit utiliser {absolute} avec des signes dollar, pour que cette référence ne bouge pas quand vous recopiez vers le bas.</translation>
    </message>
    <message>
        <source>{cell} is right. {ref} stays in place in the direction you filled, which is all this task needs. {absolute}, with both dollar signs, is the usual choice: it stays in place whichever way the formula is copied.</source>
        <translation>{cell} est juste. {ref} reste en place dans le sens où vous avez recopié, c&apos;est tout ce que demande cette tâche. {absolute}, avec les deux signes dollar, est le choix habituel : il reste en place quel que soit le sens de la copie.</translation>
    </message>
    <message>
        <source>{cell} is wrong: the formula was filled from {first} and {ref} moved with it. Write {fixed} with dollar signs, so it stays in place.</source>
        <translation>{cell} est faux : la formule a été recopiée depuis {first} et {ref} s&apos;est déplacé avec elle. Écrivez {fixed} avec les signes dollar pour qu&apos;il reste en place.</translation>
    </message>
    <message>
        <source>The formula in {cell} gives the right result now, but not when {input} changes. Use the cells in the formula, not numbers typed into it.</source>
        <translation>La formule de {cell} donne le bon résultat maintenant, mais plus quand {input} change. Utilisez les cellules dans la formule, pas des nombres tapés dedans.</translation>
    </message>
    <message>
        <source>The formula in {cell} gives the right result now, but not when the numbers change. Use the cells in the formula, not numbers typed into it.</source>
        <translation>La formule de {cell} donne le bon résultat maintenant, mais plus quand les nombres changent. Utilisez les cellules dans la formule, pas des nombres tapés dedans.</translation>
    </message>
    <message>
        <source>Show {cell} as money (currency format).</source>
        <translation>Mettez la cellule {cell} au format monétaire.</translation>
    </message>
    <message>
        <source>Show {cell} as a percentage.</source>
        <translation>Mettez la cellule {cell} au format pourcentage.</translation>
    </message>
    <message>
        <source>Show {cell} as a date.</source>
        <translation>Mettez la cellule {cell} au format date.</translation>
    </message>
    <message>
        <source>Show {cell} as a number.</source>
        <translation>Mettez la cellule {cell} au format nombre.</translation>
    </message>
    <message>
        <source>Remove the special format of {cell}.</source>
        <translation>Enlevez le format spécial de la cellule {cell}.</translation>
    </message>
    <message>
        <source>Show {cell} with {decimals} decimal places.</source>
        <translation>Affichez la cellule {cell} avec {decimals} décimales.</translation>
    </message>
    <message>
        <source>Make {cell} bold.</source>
        <translation>Mettez la cellule {cell} en gras.</translation>
    </message>
    <message>
        <source>{cell} should not be bold.</source>
        <translation>La cellule {cell} ne doit pas être en gras.</translation>
    </message>
    <message>
        <source>The rows {range} are sorted by column {column}.</source>
        <translation>Les lignes {range} sont triées selon la colonne {column}.</translation>
    </message>
    <message>
        <source>Sort the rows {range} by column {column}, from smallest to largest (A to Z).</source>
        <translation>Triez les lignes {range} selon la colonne {column}, du plus petit au plus grand (de A à Z).</translation>
    </message>
    <message>
        <source>Sort the rows {range} by column {column}, from largest to smallest (Z to A).</source>
        <translation>Triez les lignes {range} selon la colonne {column}, du plus grand au plus petit (de Z à A).</translation>
    </message>
    <message>
        <source>Some rows of {range} were changed or lost while sorting. Undo and sort the whole table.</source>
        <translation>Des lignes de {range} ont été modifiées ou perdues pendant le tri. Annulez, puis triez le tableau entier.</translation>
    </message>
    <message>
        <source>There is a chart of the data.</source>
        <translation>Il y a un graphique des données.</translation>
    </message>
    <message>
        <source>Make a chart: select the data, then press Chart.</source>
        <translation>Faites un graphique&#xa0;: sélectionnez les données, puis cliquez sur Graphique.</translation>
    </message>
    <message>
        <source>Make a line chart: select the data, then press Chart and choose Line.</source>
        <translation>Faites un graphique en courbe&#xa0;: sélectionnez les données, puis cliquez sur Graphique et choisissez Courbe.</translation>
    </message>
    <message>
        <source>Make a bar chart: select the data, then press Chart and choose Bars.</source>
        <translation>Faites un graphique en barres&#xa0;: sélectionnez les données, puis cliquez sur Graphique et choisissez Barres.</translation>
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
    <message>
        <source>Typing thresholds</source>
        <translation>Seuils de frappe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Write the emails of a job search and of work, and spot fake messages.</source>
        <translation>Écrivez les e-mails de la recherche d&apos;emploi et du travail, et repérez les faux messages.</translation>
    </message>
    <message>
        <source>Basic coding</source>
        <translation>Bases de la programmation</translation>
    </message>
    <message>
        <source>Write your first programs in Python, one small step at a time.</source>
        <translation>Écrivez vos premiers programmes en Python, petit à petit.</translation>
    </message>
    <message>
        <source>Spreadsheets</source>
        <translation>Tableur</translation>
    </message>
    <message>
        <source>Tables, formulas, sorting and charts, as in LibreOffice Calc and Excel</source>
        <translation>Tableaux, formules, tris et graphiques, comme dans LibreOffice Calc et Excel</translation>
    </message>
    <message>
        <source>Computer basics</source>
        <translation>Bases de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Use the mouse, the keyboard, windows, files and folders, step by step.</source>
        <translation>Utilisez la souris, le clavier, les fenêtres, les fichiers et les dossiers, pas à pas.</translation>
    </message>
    <message>
        <source>Find my level</source>
        <translation>Trouver mon niveau</translation>
    </message>
    <message>
        <source>A few short tasks find what you can do; then your path starts there.</source>
        <translation>Quelques tâches courtes montrent ce que vous savez faire ; votre parcours commence là.</translation>
    </message>
    <message>
        <source>Levels and path</source>
        <translation>Niveaux et parcours</translation>
    </message>
    <message>
        <source>The class by level</source>
        <translation>La classe par niveau</translation>
    </message>
    <message>
        <source>Job tasks</source>
        <translation>Tâches en ligne</translation>
    </message>
    <message>
        <source>Practise the work of data entry and data annotation, as the platforms give it: guidelines, a qualification, then a queue of tasks.</source>
        <translation>Entraînez-vous au travail de saisie et d&apos;annotation de données, tel que les plateformes le proposent&#xa0;: des consignes, une qualification, puis une file de tâches.</translation>
    </message>
    <message>
        <source>Job tasks: projects open</source>
        <translation>Tâches en ligne : projets ouverts</translation>
    </message>
    <message>
        <source>Job tasks: quality and speed</source>
        <translation>Tâches en ligne&#xa0;: qualité et vitesse</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>A timed test your trainer starts and watches; its result can become a certificate.</source>
        <translation>Un test chronométré que votre formateur lance et surveille&#xa0;; son résultat peut devenir une attestation.</translation>
    </message>
    <message>
        <source>Start an assessment</source>
        <translation>Lancer une évaluation</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Attestations</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>This computer has no voice to read aloud. Ask your trainer to install one.</source>
        <translation>Cet ordinateur n&apos;a pas de voix pour lire à voix haute. Demandez à votre formateur d&apos;en installer une.</translation>
    </message>
    <message>
        <source>This computer has no voice for {language}. Ask your trainer to add one.</source>
        <translation>Cet ordinateur n&apos;a pas de voix en {language}. Demandez à votre formateur d&apos;en ajouter une.</translation>
    </message>
    <message>
        <source>The computer&apos;s voice did not work. Ask your trainer.</source>
        <translation>La voix de l&apos;ordinateur n&apos;a pas fonctionné. Demandez à votre formateur.</translation>
    </message>
    <message>
        <source>The computer&apos;s voice did not answer. Ask your trainer.</source>
        <translation>La voix de l&apos;ordinateur n&apos;a pas répondu. Demandez à votre formateur.</translation>
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
