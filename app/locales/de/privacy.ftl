## Deine Daten herunterladen (/me/data)

privacy-data-title = Deine Daten herunterladen
privacy-data-intro = Eine Datei (JSON) mit allem, was diese Community über dich gespeichert hat:
privacy-data-profile = dein Profil, deine früheren Nutzernamen und deine Benachrichtigungseinstellungen;
privacy-data-posts = alle Beiträge, die du geschrieben hast, mit früheren Fassungen bearbeiteter Beiträge, die Themen, die du eröffnet hast, denen du folgst und die dir gefallen;
privacy-data-stories = deine Geschichten und ihr Prüfverlauf;
privacy-data-points = dein Punktekonto, Abzeichen, Challenges, eingelöste Prämien (mit ihren Codes) und Empfehlungen;
privacy-data-rest = deine Umfrageantworten, Benachrichtigungen, die Fassungen der Nutzungsbedingungen, denen du zugestimmt hast, die E-Mails, die wir dir geschickt haben, und die Bilder, die du hochgeladen hast (als Links).
privacy-data-hint = Du kannst sie fünfmal pro Stunde herunterladen. Bewahre die Datei sicher auf: Die Prämiencodes darin lassen sich einlösen.
privacy-data-download = Meine Daten herunterladen (JSON)
privacy-back-to-profile = Zurück zu deinem Profil

## Dein Konto löschen (/me/delete)

privacy-delete-title = Dein Konto löschen
privacy-delete-intro = Das Löschen deines Kontos lässt sich nicht rückgängig machen. Das passiert, wenn du bestätigst:
privacy-delete-personal = dein Name, deine E-Mail-Adresse, dein Bild, deine Bio und deine Links werden gelöscht, und du wirst überall abgemeldet;
privacy-delete-stories = deine Geschichten werden von allen öffentlichen Seiten zurückgezogen, und ihr Text wird gelöscht;
privacy-delete-points = dein Punktestand verfällt, und Prämien, die noch nicht verschickt wurden, werden storniert;
privacy-delete-referrals = deine Empfehlungen bleiben in den Zahlen des Programms, ohne etwas, das auf dich schließen lässt.
# „Vielleicht möchtest du vorher [deine Daten herunterladen].“: die Worte vor dem Link, der Link, die Worte danach.
privacy-delete-download-before = Vielleicht möchtest du vorher
privacy-delete-download = deine Daten herunterladen
privacy-delete-download-after = .
privacy-your-posts = Deine Beiträge im Forum
# Was aus den Beiträgen wird, hier und auf der Seite für Admins.
privacy-posts-keep = Behalten; sie erscheinen als Beiträge eines gelöschten Mitglieds
privacy-posts-remove-yours = Entfernen (von dir eröffnete Themen verlieren ihren Titel; Antworten anderer bleiben)
privacy-password = Dein Passwort
privacy-password-missing = Gib dein Passwort ein.
privacy-confirm = Mir ist klar, dass mein Konto endgültig gelöscht wird.
privacy-delete-mine = Mein Konto löschen
privacy-keep-mine = Mein Konto behalten

## Nach dem Löschen (/goodbye)

privacy-goodbye-title = Dein Konto ist gelöscht
privacy-goodbye-text = Alles, was gezeigt hat, wer du warst, ist gelöscht, und du bist abgemeldet. Danke, dass du Teil der Community warst.
privacy-goodbye-home = Zur Startseite

## Das Konto eines Mitglieds löschen (/admin/members/<id>/delete, Admins)

privacy-admin-title = Konto eines Mitglieds löschen
privacy-admin-already = Dieses Konto ist gelöscht.
privacy-back-to-members = Zurück zu den Mitgliedern
privacy-admin-what = Die persönlichen Daten werden gelöscht, die Geschichten zurückgezogen, der Punktestand verfällt, und alle Sitzungen enden. Das lässt sich nicht rückgängig machen.
privacy-admin-is-admin = Dieses Mitglied ist Admin: Gib ihm zuerst eine andere Rolle.
privacy-their-posts = Beiträge im Forum
privacy-posts-remove = Entfernen
privacy-reason = Grund (wird im Protokoll gespeichert)
privacy-admin-delete = Dieses Konto löschen
# Was getan wurde, für Admins (das Protokoll speichert es auf Englisch). $by ist admin oder member, $posts ist
# keep oder remove.
privacy-deleted-summary = { $by ->
        [member] Vom Mitglied gelöscht
       *[admin] Grund: { $reason }
    }. Beiträge { $posts ->
        [keep] behalten
       *[remove] entfernt
    }: { $removed } entfernt; { $stories ->
        [one] { $stories } Geschichte
       *[other] { $stories } Geschichten
    } zurückgezogen; { $points ->
        [one] { $points } Punkt
       *[other] { $points } Punkte
    } verfallen; { $rewards ->
        [one] { $rewards } offene Prämie
       *[other] { $rewards } offene Prämien
    } storniert.

## Prüfungen und Antworten des Servers

privacy-confirm-missing = Setz das Häkchen, um zu bestätigen, dass sich das Löschen nicht rückgängig machen lässt.
privacy-wrong-password = Dieses Passwort ist nicht richtig.
privacy-posts-missing = Wähle, ob die Beiträge bleiben oder entfernt werden.
privacy-not-yourself = Lösche dein eigenes Konto über deine Profilseite, nicht hier.
# Der Anfang von „… darf höchstens 300 Zeichen lang sein.“
privacy-what-reason = Der Grund
privacy-reason-missing = Gib an, warum das Konto gelöscht wird (für das Protokoll).
privacy-admin-undeletable = Ein Admin-Konto kann nicht gelöscht werden: Gib ihm zuerst eine andere Rolle.
# Das Subjekt von „… wurde nicht gefunden.“
privacy-that-member = Dieses Mitglied
privacy-that-account = Dieses Konto
