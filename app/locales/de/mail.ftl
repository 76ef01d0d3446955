## E-Mails: was alle E-Mails gemeinsam haben (app/src/mail/templates/layout.*, button.html)

mail-hello = Hallo { $name },
# Die Fußzeile jeder E-Mail, gefolgt von der Adresse der Community.
mail-footer-account = Du erhältst diese E-Mail wegen deines Kontos bei { $community }
mail-unsubscribe = Diese E-Mails abbestellen
mail-button-fallback = Falls der Button nicht funktioniert, kopiere diese Adresse in deinen Browser:

## Passwort zurücksetzen (reset.*)

mail-reset-subject = Setze dein Passwort zurück
mail-reset-asked = Jemand (hoffentlich du) hat darum gebeten, das Passwort deines Kontos bei { $community } zurückzusetzen.
mail-reset-choose = Wähle hier ein neues Passwort; der Link funktioniert einmal und eine Stunde lang:
mail-reset-once = Der Link funktioniert einmal und eine Stunde lang.
mail-reset-action = Neues Passwort wählen
mail-reset-ignore = Falls du das nicht warst, ignoriere diese E-Mail: Dein Passwort bleibt, wie es ist.

## Eine sofort verschickte Benachrichtigung (notification.*)

mail-notification-code = Dein Code
mail-notification-open = Öffnen
mail-notification-why = Du erhältst diese E-Mail, weil „{ $topic }“ bei deinem Konto bei { $community } auf „Sofort per E-Mail“ steht.
mail-notification-choose = Wähle, was du per E-Mail bekommst

## In mehreren E-Mails

mail-hello-anonymous = Hallo,
# In Klammern nach einem Satz mit Link: „(der Link ist 48 Stunden lang gültig)“.
mail-link-valid = der Link ist { $valid } lang gültig
mail-lifetime-hour = eine Stunde
mail-lifetime-hours = { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
}
mail-confirm-action = Meine Adresse bestätigen
mail-not-you-reset = Falls du das nicht warst, setze jetzt dein Passwort zurück und sag uns Bescheid

## Passwort geändert (password_changed.*)

mail-password-changed-subject = Dein Passwort wurde geändert
mail-password-changed-text = Das Passwort deines Kontos bei { $community } wurde gerade geändert, und alle angemeldeten Geräte wurden abgemeldet.

## Die Anmeldung eines Mitglieds hat sich geändert (sign_in_changed.*)

mail-sign-in-changed-subject = Deine Anmeldung hat sich geändert
mail-sign-in-changed-see = So meldest du dich an
mail-sign-in-linked = { $provider } wurde mit deinem Konto verknüpft: Du kannst dich damit anmelden.
mail-sign-in-unlinked = { $provider } ist nicht mehr mit deinem Konto verknüpft: Damit meldest du dich nicht mehr an.
mail-sign-in-two-factor-on = Die Zwei-Faktor-Anmeldung wurde für dein Konto eingeschaltet.
mail-sign-in-two-factor-off = Die Zwei-Faktor-Anmeldung wurde für dein Konto ausgeschaltet.
mail-sign-in-new-codes = Für dein Konto wurden neue Wiederherstellungscodes erstellt; die alten gelten nicht mehr.
mail-sign-in-two-factor-reset = Ein Admin hat die Zwei-Faktor-Anmeldung für dein Konto ausgeschaltet. Richte sie auf deiner Sicherheitsseite wieder ein.

## Die Adresse eines neuen Kontos bestätigen (verify.*)

mail-verify-subject = Bestätige deine E-Mail-Adresse
mail-verify-welcome = Willkommen bei { $community }.
mail-verify-confirm = Bestätige, dass dies deine Adresse ist, um Beiträge zu schreiben, deine Geschichte zu teilen und Prämien einzulösen
mail-verify-ignore = Falls du kein Konto angelegt hast, ignoriere diese E-Mail; es passiert nichts weiter.

## Jemand hat sich mit einer Adresse registriert, die schon ein Konto hat (already_registered.*)

mail-already-registered-subject = Jemand hat versucht, deine Adresse zu verwenden
mail-already-registered-join-subject = Jemand hat versucht, mit deiner Adresse beizutreten
mail-already-registered-text = Jemand hat versucht, bei { $community } ein Konto mit dieser Adresse anzulegen, doch für sie gibt es schon eins.
mail-already-registered-sign-in = Falls du es warst, melde dich an
mail-already-registered-forgot = Passwort vergessen? Wähle ein neues
mail-already-registered-ignore = Falls du es nicht warst, kannst du diese E-Mail ignorieren: Es hat sich nichts geändert.

## Die Adresse eines Mitglieds ändert sich (email_changed.*, email_change.*, email_change_requested.*)

mail-email-changed-subject = Deine E-Mail-Adresse wurde geändert
mail-email-changed-text = Dein Konto bei { $community } verwendet jetzt die Adresse { $address }; E-Mails gehen ab sofort dorthin.
mail-email-changed-not-you = Falls du das nicht veranlasst hast, antworte auf diese E-Mail oder wende dich sofort an das Team der Community.
mail-email-change-subject = Bestätige deine neue E-Mail-Adresse
mail-email-change-text = Um dein Konto bei { $community } auf diese Adresse umzustellen, öffne diesen Link
mail-email-change-action = Diese Adresse verwenden
mail-email-change-ignore = Falls du das nicht veranlasst hast, ignoriere diese E-Mail: Es ändert sich nichts.
mail-email-change-requested-subject = Eine Änderung deiner E-Mail-Adresse wurde angefordert
mail-email-change-requested-text = Jemand, der in deinem Konto bei { $community } angemeldet ist, möchte es auf { $address } umstellen. Es ändert sich nichts, bis der Link geöffnet wird, der an diese Adresse ging.
mail-email-change-requested-not-you = Falls du das nicht warst, ändere jetzt dein Passwort

## Eine Einladung (invitation.*)

mail-invitation-subject = Du bist eingeladen
mail-invitation-text = { $inviter } hat dich zu { $community } eingeladen, unserer Kunden-Community: Stelle und beantworte Fragen in den Foren, teile deine Geschichte und sammle Punkte für Prämien.
mail-invitation-accept = { $days ->
    [one] Nimm die Einladung an und wähle hier dein Passwort (der Link ist { $days } Tag lang gültig, und mit dem Öffnen ist deine Adresse bestätigt)
   *[other] Nimm die Einladung an und wähle hier dein Passwort (der Link ist { $days } Tage lang gültig, und mit dem Öffnen ist deine Adresse bestätigt)
}
mail-invitation-action = Einladung annehmen
mail-invitation-ignore = Falls du nicht beitreten möchtest, ignoriere diese E-Mail; es passiert nichts weiter.

## Beitrittsanfragen (application_*)

mail-application-confirm-subject = Bestätige deine Adresse, um deine Anfrage abzuschicken
mail-application-confirm-text = Danke für deine Anfrage, { $community } beizutreten. Bestätige, dass dies deine Adresse ist, dann geht deine Anfrage an das Team
mail-application-confirm-next = Wir schreiben dir, sobald das Team entschieden hat. Falls du keine Anfrage gestellt hast, ignoriere diese E-Mail; es passiert nichts weiter.
mail-application-approved-subject = Willkommen: Deine Anfrage wurde angenommen
mail-application-approved-text = Gute Nachrichten: Deine Anfrage, { $community } beizutreten, wurde angenommen. Melde dich mit der Adresse und dem Passwort aus deiner Anfrage an:
mail-application-approved-action = Anmelden
mail-application-approved-welcome = Willkommen an Bord.
mail-application-declined-subject = Zu deiner Beitrittsanfrage
mail-application-declined-text = Danke für dein Interesse an { $community }. Das Team hat sich deine Anfrage angesehen und kann sie diesmal nicht annehmen.
mail-application-declined-note = Die Nachricht des Teams:
mail-application-declined-end = Es wurde kein Konto angelegt; es passiert nichts weiter.

## Ein Mitglied gesperrt oder stummgeschaltet (restricted.*); { $until } ist Datum und Uhrzeit

mail-restricted-suspended-subject = Dein Konto ist gesperrt
mail-restricted-silenced-subject = Du kannst eine Weile nichts schreiben
mail-restricted-suspended = Dein Konto bei { $community } ist bis { $until } (UTC) gesperrt: Bis dahin kannst du dich nicht anmelden.
mail-restricted-silenced = Du kannst bei { $community } bis { $until } (UTC) nichts schreiben. Anmelden und lesen kannst du weiterhin.
mail-restricted-reason = Die Begründung des Teams:
mail-restricted-mistake = Falls du das für einen Irrtum hältst, antworte auf diese E-Mail.

## Das Willkommensgeschenk für geworbene Freunde (friend_gift.*)

mail-friend-gift-subject = Dein Willkommensgeschenk
mail-friend-gift-text = Willkommen bei { $community }. Als Freund oder Freundin des Mitglieds, das dich eingeladen hat, bekommst du dein Willkommensgeschenk, { $gift }:
mail-friend-gift-again = Du findest es jederzeit auf deiner Empfehlungsseite
mail-friend-gift-action = Auf deiner Empfehlungsseite ansehen

## Ein Konto aus einem anderen Programm übernommen (imported_welcome.*)

mail-imported-subject = Dein Konto ist bereit
mail-imported-text = Dein Konto bei { $community } ist bereit: Das Programm, an dem du teilgenommen hast, ist hierher umgezogen, mit deinen Punkten und deinen Geschichten. Du meldest dich mit deiner E-Mail-Adresse an; wähle hier ein Passwort:
mail-imported-action = Passwort wählen
mail-imported-next = Gib dort diese Adresse ein, und wir schicken dir einen Link, mit dem du dein Passwort festlegst.

## Die Test-E-Mail der Admins (test.*)

mail-test-subject = Test-E-Mail
mail-test-text = Dies ist eine Test-E-Mail, die { $sender } von der Mail-Seite von { $community } geschickt hat.
mail-test-reaches = Wenn du sie lesen kannst, erreichen E-Mails von { $origin } diese Adresse.

## Die Zusammenfassung (digest.*); { $period } ist „day“ oder „week“

mail-digest-subject = { $period ->
    [day] Deine tägliche Zusammenfassung
   *[week] Deine wöchentliche Zusammenfassung
}
mail-digest-intro = { $period ->
    [day] Das ist heute für dich passiert
   *[week] Das ist diese Woche für dich passiert
}
mail-digest-heading = { $period ->
    [day] Heute für dich
   *[week] Diese Woche für dich
}
mail-digest-popular = Beliebt in der Community
mail-digest-topic = { $posts ->
    [one] { $title } ({ $posts } neuer Beitrag)
   *[other] { $title } ({ $posts } neue Beiträge)
}
mail-digest-stories = Neu hervorgehobene Geschichten
mail-digest-why = Du erhältst diese Zusammenfassung wegen deines Kontos bei { $community }.
